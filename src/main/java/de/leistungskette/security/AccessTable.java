package de.leistungskette.security;

import static de.leistungskette.security.Role.ANONYMOUS;
import static de.leistungskette.security.Role.INTERFACE;
import static de.leistungskette.security.Role.LEAD;
import static de.leistungskette.security.Role.PROVIDER;
import static de.leistungskette.security.Role.SIGNED_IN;
import static de.leistungskette.security.Role.STAFF;

import de.leistungskette.security.EnginePath.Api;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allow-list of the engine's API: which role may send which method to which canonical path
 * ({@link EnginePath}), and why. Everything it does not name is refused (403) for everybody but
 * administrators, reads as well as commands. Plain Java; {@code docs/security.md} shows the same
 * table ({@link #markdown()}, a test holds the two together).
 *
 * <p>A path pattern is a list of segments: a literal, {@code {name}} for one segment that is not a
 * literal of Camunda's API at that place ({@link #LITERALS}: {@code /process-definition/statistics}
 * is no definition id), or {@code **} for any rest. A row answers only whether the request may reach
 * the engine; the engine's authorizations then decide what the caller sees, and the guard checks
 * the commands' contents (start and form fields, messages, claiming for oneself).
 */
public final class AccessTable {

  /** Segments that name a resource of Camunda's API, never an id. */
  static final Set<String> LITERALS = Set.of("count", "create", "statistics", "key", "report", "suspended",
      "registered", "delete", "tenant-id", "job-retries", "cleanup", "variables", "submit-form", "start",
      "history-time-to-live", "restart", "modification", "migration", "async", "set-removal-time");

  /** One row: methods, API, path pattern, roles, reason; {@code required}: query parameters that must have these values. */
  public record Rule(Set<String> methods, Api api, List<String> pattern, Set<Role> roles, String reason,
      Map<String, String> required) {

    public Rule {
      methods = Set.copyOf(methods);
      pattern = List.copyOf(pattern);
      roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
      required = Map.copyOf(required);
    }

    boolean matches(String method, EnginePath path) {
      return methods.contains(method) && apiMatches(path.api()) && matches(pattern, path.segments());
    }

    private boolean apiMatches(Api requested) {
      return api == requested || api == Api.REST && requested == Api.WEBAPP;
    }

    private static boolean matches(List<String> pattern, List<String> segments) {
      for (int i = 0; i < pattern.size(); i++) {
        String expected = pattern.get(i);
        if (expected.equals("**")) {
          return true;
        }
        if (i >= segments.size()) {
          return false;
        }
        String segment = segments.get(i);
        boolean variable = expected.startsWith("{");
        if (variable ? LITERALS.contains(segment) : !expected.equals(segment)) {
          return false;
        }
      }
      return pattern.size() == segments.size();
    }

    /** Every required parameter has its value; {@value #CALLER} stands for the caller's own user id. */
    boolean parametersHold(Map<String, String[]> parameters, String userId) {
      return required.entrySet().stream().allMatch(entry -> {
        String[] values = parameters.get(entry.getKey());
        String expected = CALLER.equals(entry.getValue()) ? userId : entry.getValue();
        return expected != null && values != null && values.length > 0 && Arrays.stream(values).allMatch(expected::equals);
      });
    }

    /** The row as the table shows it: {@code GET /task/{id}/form}. */
    public String describe() {
      return methods.stream().sorted().collect(Collectors.joining(", ")) + " " + pathText();
    }

    /** The path pattern with its API and required query: {@code cockpit:/plugin/**}, {@code /task/{id}}. */
    public String pathText() {
      String query = required.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
      return (api == Api.COCKPIT ? "cockpit:" : "") + "/" + String.join("/", pattern)
          + (query.isEmpty() ? "" : "?" + query);
    }
  }

  private static final Set<Role> TASKLIST = EnumSet.of(STAFF, LEAD, PROVIDER);

  /** What Cockpit reads for a team lead: every family, GET only (and OPTIONS: which links Cockpit may offer). */
  private static final List<String> COCKPIT_READS = List.of("process-definition", "process-instance", "history",
      "task", "incident", "job", "job-definition", "decision-definition", "decision-requirements-definition",
      "deployment", "execution", "variable-instance", "batch", "case-definition", "case-instance", "case-execution",
      "external-task", "filter", "user", "group", "authorization", "tenant", "metrics", "telemetry", "version");

  /** Cockpit's queries sent as POST with a JSON body (they read, they change nothing). */
  private static final List<String> COCKPIT_QUERIES = List.of("process-instance", "task", "execution",
      "variable-instance", "job", "external-task", "incident");

  /** The history queries Cockpit sends as POST (never {@code /history/cleanup}, which is a command). */
  private static final List<String> HISTORY_QUERIES = List.of("process-instance", "activity-instance", "task",
      "variable-instance", "incident", "job-log", "user-operation", "decision-instance", "batch",
      "external-task-log", "identity-link-log", "detail", "case-instance", "case-activity-instance");

  public static final AccessTable RULES = new AccessTable(table());

  private final List<Rule> rules;

  AccessTable(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** A POST that only reads: a count, or one of the engine's query endpoints (for the wording of a refusal). */
  static boolean isQuery(EnginePath path) {
    List<String> segments = path.segments();
    if (segments.isEmpty()) {
      return false;
    }
    if (segments.get(segments.size() - 1).equals("count") || segments.get(segments.size() - 1).equals("list")) {
      return true;
    }
    return segments.size() == 1 && COCKPIT_QUERIES.contains(segments.get(0))
        || segments.size() == 2 && segments.get(0).equals("history") && HISTORY_QUERIES.contains(segments.get(1));
  }

  /** In a required parameter: the value must be the caller's own user id. */
  static final String CALLER = "{caller}";

  /** The first row that lets one of the roles send the request, or empty: refused. */
  public Optional<Rule> allowing(String method, EnginePath path, Set<Role> roles, Map<String, String[]> parameters,
      String userId) {
    String asked = method.equals("HEAD") ? "GET" : method;
    return rules.stream().filter(rule -> rule.matches(asked, path))
        .filter(rule -> rule.roles().stream().anyMatch(roles::contains))
        .filter(rule -> rule.parametersHold(parameters, userId)).findFirst();
  }

  private static List<Rule> table() {
    List<Rule> rules = new ArrayList<>();
    Builder table = new Builder(rules);

    // Logging in and one's own account
    table.get("/engine").to(ANONYMOUS, SIGNED_IN)
        .because("Anmeldeseiten und andere Systeme fragen, welche Prozess-Engine es gibt; keine Daten");
    table.get("/user/{id}/profile").to(SIGNED_IN)
        .because("das eigene Profil (Name, E-Mail); die Engine zeigt nur, wen die Person lesen darf (sich selbst)");
    table.get("/user", "/user/count").to(TASKLIST)
        .because("Tasklist zeigt Namen; die Engine zeigt nur Benutzer, die die Person lesen darf (sich selbst)");
    table.methods("GET, POST", "/group", "/group/count").to(TASKLIST)
        .because("Tasklist fragt die eigenen Teams; die Engine zeigt nur die eigenen Gruppen");
    table.methods("PUT", "/user/{id}/credentials").to(SIGNED_IN)
        .because("das eigene Passwort ändern (nur das eigene: Prüfung des Wächters)");
    table.methods("GET, POST", "/identity/password-policy").to(SIGNED_IN)
        .because("die Passwortrichtlinie lesen und ein neues Passwort gegen sie prüfen");

    // Tasklist: queues, tasks, forms
    table.methods("GET, OPTIONS", "/filter").to(TASKLIST)
        .because("Tasklist zeigt die Warteschlangen, die die Person lesen darf (Filter READ)");
    table.get("/filter/count", "/filter/{id}").to(TASKLIST)
        .because("Tasklist zeigt die Warteschlangen, die die Person lesen darf (Filter READ)");
    table.methods("GET, POST", "/filter/{id}/list", "/filter/{id}/count", "/filter/{id}/singleResult").to(TASKLIST)
        .because("eine Warteschlange lesen: die Engine zeigt nur Aufgaben, die die Person sehen darf; "
            + "Träger suchen nicht nach Angaben eines Falls");
    table.get("/task/{id}", "/task/{id}/form", "/task/{id}/deployed-form", "/task/{id}/form-variables").to(TASKLIST)
        .because("eine Aufgabe und ihr Formular öffnen (Engine: READ auf der Aufgabe); Träger erhalten genau die "
            + "Felder ihres Formulars");
    table.get("/task/{id}/comment", "/history/user-operation", "/history/user-operation/count").to(TASKLIST)
        .because("Registerkarte „Verlauf“ einer Aufgabe; ohne READ_HISTORY (Teams, Träger) zeigt die Engine nichts");
    table.get("/task").to(TASKLIST).onlyWith("assignee", CALLER)
        .because("nach dem Abschließen sucht Tasklist die nächste Aufgabe desselben Falls, die der Person selbst "
            + "zugewiesen ist; nur die eigenen Aufgaben");
    table.get("/task/{id}/identity-links").to(STAFF, LEAD)
        .because("Tasklist zeigt das Team einer Aufgabe");
    table.post("/task/{id}/claim", "/task/{id}/unclaim").to(TASKLIST)
        .because("eine Aufgabe für sich übernehmen (nur für sich selbst) und zurückgeben");
    table.post("/task/{id}/assignee").to(TASKLIST)
        .because("zuweisen, nur an ein Mitglied des Teams der Aufgabe (Engine: TASK_ASSIGN, die Teamleitung)");
    table.post("/task/{id}/complete", "/task/{id}/submit-form").to(TASKLIST)
        .because("eine Aufgabe abschließen, nur mit den Feldern ihres Formulars; Träger nur im Rahmen der Einwilligung");
    table.post("/task/{id}/comment/create").to(TASKLIST)
        .because("kommentieren, nur wer die Aufgabe bearbeitet");
    table.get("/process-definition/{id}", "/process-definition/{id}/xml").to(TASKLIST)
        .because("Tasklist nennt den Prozess einer Aufgabe und zeigt sein Diagramm; ein Modell enthält keine "
            + "Sozialdaten (Träger: nur die Zuweisung § 16a, Engine)");

    // Starting cases
    table.get("/process-definition", "/process-definition/count").to(STAFF, LEAD, INTERFACE)
        .because("Tasklist fragt, welche Prozesse die Person starten darf; andere Systeme finden die Prozesse");
    table.get("/process-definition", "/process-definition/count").to(PROVIDER)
        .onlyWith("startableInTasklist", "true").onlyWith("startablePermissionCheck", "true")
        .because("Tasklist fragt beim Öffnen, welche Prozesse die Person starten darf; Träger starten keinen: leer");
    table.get("/process-definition/key/{key}").to(STAFF, INTERFACE)
        .because("andere Systeme finden die aktuelle Version eines Prozesses");
    table.get("/process-definition/{id}/startForm", "/process-definition/{id}/deployed-start-form",
            "/process-definition/{id}/form-variables", "/process-definition/key/{key}/startForm",
            "/process-definition/key/{key}/deployed-start-form", "/process-definition/key/{key}/form-variables")
        .to(STAFF, INTERFACE)
        .because("das Startformular eines Prozesses (Engine: READ auf dem Prozess)");
    table.post("/process-definition/{id}/start", "/process-definition/{id}/submit-form",
            "/process-definition/key/{key}/start", "/process-definition/key/{key}/submit-form")
        .to(STAFF, INTERFACE)
        .because("einen Fall anlegen (Engine: CREATE_INSTANCE), nur mit den Feldern des Startformulars, nie mitten "
            + "im Prozess");
    table.post("/message").to(INTERFACE)
        .because("andere Systeme melden, was von außen eintrifft: nur Nachrichten, auf die ein Prozess wartet, mit "
            + "ihren Variablen");

    // Cockpit: the team lead reads every case and changes none
    for (String family : COCKPIT_READS) {
      table.methods("GET, OPTIONS", "/" + family, "/" + family + "/**").to(LEAD)
          .because("Cockpit (Aufsicht der Teamleitung): lesen, nichts ändern");
    }
    for (String query : COCKPIT_QUERIES) {
      table.post("/" + query, "/" + query + "/count").to(LEAD)
          .because("Abfragen von Cockpit mit JSON-Inhalt: lesen, nichts ändern");
    }
    for (String query : HISTORY_QUERIES) {
      table.post("/history/" + query, "/history/" + query + "/count").to(LEAD)
          .because("Abfragen des Verlaufs in Cockpit: lesen, nichts ändern");
    }
    table.on(Api.COCKPIT).get("/plugin/{plugin}/static/**").to(ANONYMOUS, SIGNED_IN)
        .because("die Skripte der Cockpit-Erweiterungen, die Cockpit schon vor der Anmeldung lädt; keine Daten");
    table.on(Api.COCKPIT).methods("GET, POST", "/plugin/**").to(LEAD)
        .because("Cockpits eigene Abfragen (Statistik, Listen von Fällen): nur wer Cockpit öffnen darf");
    return rules;
  }

  /**
   * The table as Markdown, for docs/security.md: one row per group of paths that share methods,
   * roles and reason.
   */
  public String markdown() {
    Map<String, List<Rule>> rows = new LinkedHashMap<>();
    for (Rule rule : rules) {
      rows.computeIfAbsent(String.join(",", new java.util.TreeSet<>(rule.methods())) + "|" + rule.api() + "|"
          + rule.roles() + "|" + rule.reason() + "|" + rule.required(), key -> new ArrayList<>()).add(rule);
    }
    StringBuilder table = new StringBuilder("| methods | paths | roles | why |\n|---|---|---|---|\n");
    for (List<Rule> row : rows.values()) {
      Rule first = row.get(0);
      table.append("| ").append(first.methods().stream().sorted().collect(Collectors.joining(", "))).append(" | ")
          .append(row.stream().map(rule -> "`" + rule.pathText() + "`")
              .collect(Collectors.joining(" "))).append(" | ")
          .append(first.roles().stream().map(r -> r.name().toLowerCase()).collect(Collectors.joining(", ")))
          .append(" | ").append(first.reason()).append(" |\n");
    }
    return table.toString();
  }

  /** Writes rows: {@code table.get("/a", "/b").to(ROLE).because("…")}. */
  private static final class Builder {
    private final List<Rule> rules;
    private Api api = Api.REST;

    Builder(List<Rule> rules) {
      this.rules = rules;
    }

    Builder on(Api api) {
      Builder other = new Builder(rules);
      other.api = api;
      return other;
    }

    Row get(String... paths) {
      return methods("GET", paths);
    }

    Row post(String... paths) {
      return methods("POST", paths);
    }

    Row methods(String methods, String... paths) {
      return new Row(rules, api, Set.of(methods.split(",\\s*")), List.of(paths));
    }
  }

  private static final class Row {
    private final List<Rule> rules;
    private final Api api;
    private final Set<String> methods;
    private final List<String> paths;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final Map<String, String> required = new LinkedHashMap<>();

    Row(List<Rule> rules, Api api, Set<String> methods, List<String> paths) {
      this.rules = rules;
      this.api = api;
      this.methods = methods;
      this.paths = paths;
    }

    Row to(Role... roles) {
      return to(List.of(roles));
    }

    Row to(Collection<Role> roles) {
      this.roles.addAll(roles);
      return this;
    }

    Row onlyWith(String parameter, String value) {
      required.put(parameter, value);
      return this;
    }

    void because(String reason) {
      for (String path : paths) {
        List<String> pattern = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        rules.add(new Rule(methods, api, pattern, roles, reason, required));
      }
    }
  }
}

package de.leistungskette.integration;

import static de.leistungskette.integration.IntegrationManagement.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.deadline.IsoDay;
import de.leistungskette.identity.Team;
import de.leistungskette.platform.ApiErrors;
import de.leistungskette.platform.ApplicationAuthenticationFilter;
import de.leistungskette.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integration plan as a whole, for the person to take along and for a hand-over: a printable
 * German page ({@code /integrationsplan/<personId>}) and JSON ({@code /api/integrationsplan/<personId>}).
 * Need-to-know: the integration managers (the team that works every case of the process) and whoever
 * has a task of the case in their queue right now (the team lead deciding an extension, the
 * Jobcenter's case management taking a case over); everybody else gets 403.
 */
@RestController
public class IntegrationPlanPage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  public IntegrationPlanPage(HistoryService history, TaskService tasks, IdentityService identity) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Where the printable plan of a person is (forms link to it). */
  public static String link(String personId) {
    return "/integrationsplan/" + personId;
  }

  @GetMapping(value = "/api/integrationsplan/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> json(@PathVariable String personId, HttpServletRequest request) {
    HistoricProcessInstance instance = newestCase(personId);
    Refusal refusal = refusal(instance, request, personId);
    if (refusal != null) {
      return ApiErrors.error(refusal.status(), refusal.message());
    }
    Case found = read(instance);
    ObjectNode body = JSON.createObjectNode();
    found.variables.forEach((name, value) -> {
      if (!INTEGRATION_PLAN.equals(name) && !INTEGRATION_PLAN_HISTORY.equals(name)) {
        body.put(name, value);
      }
    });
    body.set(INTEGRATION_PLAN, found.plan());
    body.set(INTEGRATION_PLAN_HISTORY, found.history());
    return ResponseEntity.ok(body);
  }

  @GetMapping("/integrationsplan/{personId}")
  public ResponseEntity<String> page(@PathVariable String personId, HttpServletRequest request) {
    HistoricProcessInstance instance = newestCase(personId);
    Refusal refusal = refusal(instance, request, personId);
    if (refusal != null) {
      return ResponseEntity.status(refusal.status()).contentType(new MediaType(MediaType.TEXT_PLAIN,
          StandardCharsets.UTF_8)).body(refusal.message());
    }
    String nonce = SecurityHeaders.nonce();
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
            + nonce + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
        .header("Cache-Control", "no-store")
        .body(html(read(instance), nonce));
  }

  private record Refusal(HttpStatus status, String message) {}

  /**
   * Checked before anything of the case is read. Whoever may not read every plan gets one answer
   * for "no such person" and "not in your work": otherwise the answer would tell any team who is a
   * refugee in counselling (§ 35 SGB I).
   */
  private Refusal refusal(HistoricProcessInstance instance, HttpServletRequest request, String personId) {
    List<String> groups = ApplicationAuthenticationFilter.callerGroups(request, identity);
    boolean readsEveryPlan = groups.contains(Team.INTEGRATIONSMANAGEMENT.groupId())
        || groups.contains(Team.TEAMLEITUNG.groupId());
    if (instance == null && readsEveryPlan) {
      return new Refusal(HttpStatus.NOT_FOUND, "Kein Fall im Integrationsmanagement mit der Personennummer „" + personId
          + "“.");
    }
    if (instance == null || !readsEveryPlan && !holdsATask(request, groups, instance)) {
      return new Refusal(HttpStatus.NOT_FOUND, "Kein Integrationsplan zur Personennummer „" + personId + "“, den Sie "
          + "lesen dürfen: Den Plan lesen das Integrationsmanagement, die Teamleitung und wer eine Aufgabe des Falls in "
          + "seiner Warteschlange hat.");
    }
    return null;
  }

  private boolean holdsATask(HttpServletRequest request, List<String> groups, HistoricProcessInstance instance) {
    String userId = (String) request.getAttribute(ApplicationAuthenticationFilter.USER_ID);
    if (userId == null) {
      return false;
    }
    return instance.getEndTime() == null
        && (tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(userId).count() > 0
            || !groups.isEmpty() && tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroupIn(groups).count() > 0);
  }

  /** The newest case of the person: the running one, or else the last that ended. */
  private HistoricProcessInstance newestCase(String personId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(personId).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().orElse(null);
  }

  /** The case's process-level variables the page shows. */
  private Case read(HistoricProcessInstance instance) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableNameIn(SHOWN.toArray(String[]::new))
        .disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() == null && instance.getId().equals(variable.getExecutionId())) {
        Object value = variable.getTypedValue() instanceof JsonValue json ? IntegrationListeners.jsonText(json)
            : variable.getValue();
        variables.put(variable.getName(), value == null ? null : value.toString());
      }
    }
    return new Case(instance.getEndTime() == null, variables);
  }

  /** What the plan's reader sees of the case besides the plan. */
  private static final List<String> SHOWN = List.of(PERSON_ID, PERSON_NAME, BIRTH_DATE, ASSIGNED_ON, MODEL, PHASE,
      FIRST_COUNSELLING_ON, COUNSELLING_ENDS_ON, EXTENSION_MONTHS_GRANTED, REVIEW_ON, CASE_OUTCOME, CLOSED_ON,
      INTEGRATION_PLAN, INTEGRATION_PLAN_HISTORY);

  private record Case(boolean running, Map<String, String> variables) {
    JsonNode plan() {
      return IntegrationPlan.parse(variables.get(INTEGRATION_PLAN));
    }

    JsonNode history() {
      return IntegrationPlan.parse(variables.get(INTEGRATION_PLAN_HISTORY));
    }
  }

  private static String html(Case found, String nonce) {
    Map<String, String> v = found.variables;
    JsonNode plan = found.plan();
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Integrationsplan ")
        .append(esc(v.get(PERSON_NAME))).append("</title><style nonce=\"").append(nonce).append("\">")
        .append("body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.4;color:#111}"
            + "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #999;padding:.3em .5em;"
            + "text-align:left;vertical-align:top}th{background:#eee;width:35%}h1{font-size:1.5em}h2{font-size:1.15em;"
            + "margin-top:1.5em}.hint{color:#444;font-size:.9em}@media print{button{display:none}body{margin:0}}")
        .append("</style></head><body>");
    page.append("<button id=\"print\" type=\"button\">Drucken</button>");
    page.append("<h1>Integrationsplan</h1><table>");
    row(page, "Name", v.get(PERSON_NAME));
    row(page, "Personennummer", v.get(PERSON_ID));
    row(page, "Geburtsdatum", day(v.get(BIRTH_DATE)));
    row(page, "Zuweisung in die Anschlussunterbringung", day(v.get(ASSIGNED_ON)));
    row(page, "Erstes Beratungsgespräch", day(v.get(FIRST_COUNSELLING_ON)));
    row(page, "WIESBADEN".equals(v.get(MODEL)) ? "Phase 1 endet am" : "Beratungszeitraum endet am",
        day(v.get(COUNSELLING_ENDS_ON)));
    if (v.get(EXTENSION_MONTHS_GRANTED) != null && !"0".equals(v.get(EXTENSION_MONTHS_GRANTED))) {
      row(page, "Verlängert um", v.get(EXTENSION_MONTHS_GRANTED) + " Monate");
    }
    row(page, "Nächste Fortschreibung", found.running ? day(v.get(REVIEW_ON)) : null);
    row(page, "Stand", plan == null ? "noch kein Plan" : IntegrationPlan.version(plan));
    page.append("</table>");
    if (plan != null) {
      page.append("<h2>Persönliche Daten und Ziele</h2><table>");
      IntegrationPlan.flat(plan).forEach((label, value) -> row(page, label, value));
      page.append("</table>");
    }
    JsonNode versions = found.history();
    if (versions != null && versions.size() > 0) {
      page.append("<h2>Fortschreibungen</h2><table><tr><th>Version</th><td><b>Wann, wer, Schritt, Änderungen</b></td></tr>");
      for (JsonNode version : versions) {
        StringBuilder what = new StringBuilder(esc(version.path("changedAt").asText().replace('T', ' ')) + ", "
            + esc(version.path("changedBy").asText()) + ": " + esc(version.path("step").asText()));
        if (version.hasNonNull("note")) {
          what.append("<br>").append(esc(version.path("note").asText()));
        }
        for (JsonNode change : version.path("changes")) {
          what.append("<br>· ").append(esc(change.path("field").asText())).append(": ")
              .append(esc(change.path("before").isNull() ? "–" : change.path("before").asText())).append(" → ")
              .append(esc(change.path("after").isNull() ? "–" : change.path("after").asText()));
        }
        page.append("<tr><th>").append(version.path("version").asInt()).append("</th><td>").append(what)
            .append("</td></tr>");
      }
      page.append("</table>");
    }
    page.append("<p class=\"hint\">Dieser Plan gehört der beratenen Person. Weitergabe an eine andere Stelle nur mit ihrer "
        + "Einwilligung (§ 67b SGB X). Der Beratungszeitraum läuft bei einem Umzug weiter.</p>");
    page.append("<script nonce=\"").append(nonce).append("\">document.getElementById('print')"
        + ".addEventListener('click',function(){window.print();});</script></body></html>");
    return page.toString();
  }

  private static void row(StringBuilder page, String label, String value) {
    if (value != null && !value.isBlank()) {
      page.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }
  }

  private static String day(String iso) {
    return iso == null ? null : GermanDates.shortForm(IsoDay.parse(iso));
  }

  private static String esc(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}

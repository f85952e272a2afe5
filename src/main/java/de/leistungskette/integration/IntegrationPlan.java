package de.leistungskette.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.deadline.IsoDay;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The integration plan (seed 002: personal data and goals; seed 000: Wiesbaden's phase goals) as
 * one JSON document, with its versions. Plain Java: the forms' flat fields in, the plan, what
 * changed, a German text and a printable German HTML page out.
 *
 * <pre>
 * { "version": 2, "updatedOn": "2027-05-24",
 *   "profile": { "qualifications": "…", "schooling": "…", "vocationalQualification": "…", "developments": "…" },
 *   "goals": { "language": { "goal": "B1", "by": "2027-06-30", "status": "IN_PROGRESS" }, … },
 *   "children": "…",
 *   "phaseGoals": { "phase1Orientation": true, … } }       (Wiesbaden only)
 * </pre>
 */
public final class IntegrationPlan {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Personal data (seed 002): form key → German label. */
  public static final Map<String, String> PROFILE = ordered(
      "qualifications", "Qualifikationen und Kompetenzen",
      "schooling", "Schulbildung",
      "vocationalQualification", "Berufsabschluss",
      "developments", "Individuelle Entwicklungen");

  /** Goal areas (seed 002): area → German label; form keys goal&lt;Area&gt;, goal&lt;Area&gt;By, goal&lt;Area&gt;Status. */
  public static final Map<String, String> AREAS = ordered(
      "language", "Spracherwerb",
      "work", "Arbeit und Beschäftigung",
      "recognition", "Anerkennung ausländischer Qualifikationen",
      "housing", "Wohnen",
      "school", "Schule (auch Kinder: Schule, Kita ab 2 Jahren)",
      "education", "Bildung und Ausbildung");

  public static final Map<String, String> STATUS = ordered(
      "OPEN", "offen", "IN_PROGRESS", "in Arbeit", "REACHED", "erreicht", "DROPPED", "entfallen");

  public static final String CHILDREN = "children";
  public static final String CHILDREN_LABEL = "Kinder (Schule, Kita ab 2 Jahren, Angebote nach SGB VIII)";
  /** What was changed or discussed (kept in the version, not in the plan). */
  public static final String CHANGE_NOTE = "planChangeNote";

  /** Wiesbaden's phase goals (seed 000) as a checklist: form key → German label. */
  public static final Map<String, String> PHASE_GOALS = ordered(
      "phase1Orientation", "Phase 1: Orientierung und Zurechtfinden in der Stadt",
      "phase1HealthCare", "Phase 1: Gesundheitsversorgung wird eigenständig genutzt",
      "phase1Authorities", "Phase 1: Hilfeangebote und Zuständigkeiten der Behörden sind bekannt",
      "phase1IntegrationCourse", "Phase 1: Integrationskurs angemeldet oder begonnen",
      "phase1WorkExperience", "Phase 1: erste Arbeitserfahrung (zumindest AGH) gestartet",
      "phase2LivingTogether", "Phase 2: Zusammenleben in der Unterkunft konflikt- und krisenfrei",
      "phase2HouseRules", "Phase 2: Haus-, Hygiene- und Brandschutzordnung, Putzpläne eingehalten",
      "phase2DailyStructure", "Phase 2: Tagesstruktur beibehalten",
      "phase2LanguageAndWork", "Phase 2: Spracherwerb und Arbeitserfahrung fortgesetzt",
      "phase2ReturnCounselling", "Phase 2: Rückkehrberatung vermittelt (im Bedarfsfall)");

  private IntegrationPlan() {}

  public static String goalKey(String area) {
    return "goal" + Character.toUpperCase(area.charAt(0)) + area.substring(1);
  }

  /** Every form key of the plan (the forms of "Integrationsplan erstellen" and "… fortschreiben"). */
  public static List<String> formKeys() {
    List<String> keys = new ArrayList<>(PROFILE.keySet());
    for (String area : AREAS.keySet()) {
      keys.add(goalKey(area));
      keys.add(goalKey(area) + "By");
      keys.add(goalKey(area) + "Status");
    }
    keys.add(CHILDREN);
    keys.addAll(PHASE_GOALS.keySet());
    keys.add(CHANGE_NOTE);
    return keys;
  }

  /**
   * The plan from the form's fields.
   *
   * @param field the value of a form key (null when not sent)
   * @param withPhaseGoals Wiesbaden: the checklist of seed 000 is part of the plan
   * @throws IllegalArgumentException with a German message for a malformed entry or an empty plan
   */
  public static ObjectNode fromForm(Function<String, Object> field, boolean withPhaseGoals, int version,
      LocalDate updatedOn) {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("version", version);
    plan.put("updatedOn", updatedOn.toString());
    ObjectNode profile = plan.putObject("profile");
    PROFILE.forEach((key, label) -> putText(profile, key, text(field.apply(key), label)));
    ObjectNode goals = plan.putObject("goals");
    int given = 0;
    for (Map.Entry<String, String> area : AREAS.entrySet()) {
      String key = goalKey(area.getKey());
      String goal = text(field.apply(key), area.getValue() + ": Ziel");
      LocalDate by = day(field.apply(key + "By"), area.getValue() + ": Zieldatum");
      String status = status(field.apply(key + "Status"), area.getValue());
      if (goal == null) {
        if (by != null) {
          throw new IllegalArgumentException(area.getValue() + ": ein Zieldatum ohne Ziel. Bitte das Ziel eintragen oder "
              + "das Datum löschen.");
        }
        continue;
      }
      given++;
      ObjectNode entry = goals.putObject(area.getKey());
      entry.put("goal", goal);
      if (by != null) {
        entry.put("by", by.toString());
      }
      entry.put("status", status == null ? "OPEN" : status);
    }
    if (given == 0) {
      throw new IllegalArgumentException("Integrationsplan: bitte mindestens ein Ziel eintragen (Spracherwerb, Arbeit, "
          + "Anerkennung, Wohnen, Schule oder Bildung).");
    }
    putText(plan, CHILDREN, text(field.apply(CHILDREN), CHILDREN_LABEL));
    if (withPhaseGoals) {
      ObjectNode phaseGoals = plan.putObject("phaseGoals");
      PHASE_GOALS.keySet().forEach(key -> phaseGoals.put(key, Boolean.TRUE.equals(field.apply(key))
          || "true".equals(String.valueOf(field.apply(key)))));
    }
    return plan;
  }

  /** The form's fields from the plan (to show the current plan in "Integrationsplan fortschreiben"). */
  public static Map<String, Object> toForm(JsonNode plan) {
    Map<String, Object> values = new LinkedHashMap<>();
    PROFILE.keySet().forEach(key -> values.put(key, textOf(plan.path("profile").path(key))));
    for (String area : AREAS.keySet()) {
      JsonNode goal = plan.path("goals").path(area);
      values.put(goalKey(area), textOf(goal.path("goal")));
      values.put(goalKey(area) + "By", textOf(goal.path("by")));
      values.put(goalKey(area) + "Status", goal.isMissingNode() ? "OPEN" : goal.path("status").asText("OPEN"));
    }
    values.put(CHILDREN, textOf(plan.path(CHILDREN)));
    PHASE_GOALS.keySet().forEach(key -> values.put(key, plan.path("phaseGoals").path(key).asBoolean(false)));
    values.put(CHANGE_NOTE, null);
    return values;
  }

  /** One change between two versions: the German label, before and after (null when empty). */
  public record Change(String field, String before, String after) {}

  /** What changed from {@code before} (null: nothing yet) to {@code after}, by German label. */
  public static List<Change> changes(JsonNode before, JsonNode after) {
    Map<String, String> old = flat(before);
    Map<String, String> now = flat(after);
    List<Change> changes = new ArrayList<>();
    for (String label : union(old, now)) {
      if (!Objects.equals(old.get(label), now.get(label))) {
        changes.add(new Change(label, old.get(label), now.get(label)));
      }
    }
    return changes;
  }

  /**
   * Records a version: the whole plan as it now is, who changed it when, in which step, with the
   * changes and the note. Returns the history with the new version last.
   */
  public static ArrayNode withVersion(JsonNode history, JsonNode plan, String by, String at, String step, String note,
      List<Change> changes) {
    ArrayNode versions = history != null && history.isArray() ? ((ArrayNode) history).deepCopy() : JSON.createArrayNode();
    ObjectNode version = versions.addObject();
    version.put("version", plan.path("version").asInt());
    version.put("changedBy", by);
    version.put("changedAt", at);
    version.put("step", step);
    if (note != null) {
      version.put("note", note);
    }
    ArrayNode list = version.putArray("changes");
    for (Change change : changes) {
      ObjectNode entry = list.addObject();
      entry.put("field", change.field());
      entry.put("before", change.before());
      entry.put("after", change.after());
    }
    version.set("plan", plan.deepCopy());
    return versions;
  }

  /** The plan as German text (Markdown), for forms that carry the whole plan. */
  public static String text(JsonNode plan) {
    StringBuilder text = new StringBuilder();
    text.append("**Integrationsplan, Stand ").append(version(plan)).append("**\n\n");
    for (Map.Entry<String, String> line : flat(plan).entrySet()) {
      text.append("- ").append(line.getKey()).append(": ").append(line.getValue()).append('\n');
    }
    return text.toString();
  }

  /** "Version 2 vom 24.05.2027". */
  public static String version(JsonNode plan) {
    return "Version " + plan.path("version").asInt() + " vom "
        + GermanDates.numeric(IsoDay.parse(plan.path("updatedOn").asText()));
  }

  /** Every filled entry of the plan by German label, in the plan's order. */
  public static Map<String, String> flat(JsonNode plan) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (plan == null || plan.isMissingNode() || plan.isNull()) {
      return entries;
    }
    PROFILE.forEach((key, label) -> putIfText(entries, label, plan.path("profile").path(key)));
    AREAS.forEach((area, label) -> {
      JsonNode goal = plan.path("goals").path(area);
      if (!goal.isMissingNode()) {
        StringBuilder value = new StringBuilder(goal.path("goal").asText());
        if (goal.hasNonNull("by")) {
          value.append(" · bis ").append(GermanDates.numeric(IsoDay.parse(goal.path("by").asText())));
        }
        value.append(" · ").append(STATUS.getOrDefault(goal.path("status").asText(), goal.path("status").asText()));
        entries.put("Ziel " + label, value.toString());
      }
    });
    putIfText(entries, CHILDREN_LABEL, plan.path(CHILDREN));
    if (plan.has("phaseGoals")) {
      PHASE_GOALS.forEach((key, label) -> entries.put(label, plan.path("phaseGoals").path(key).asBoolean() ? "erreicht"
          : "noch nicht erreicht"));
    }
    return entries;
  }

  public static JsonNode parse(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Der gespeicherte Integrationsplan ist kein JSON.", e);
    }
  }

  public static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putIfText(Map<String, String> entries, String label, JsonNode value) {
    if (value.isTextual() && !value.asText().isBlank()) {
      entries.put(label, value.asText());
    }
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> labels = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(label -> !a.containsKey(label)).forEach(labels::add);
    return labels;
  }

  private static void putText(ObjectNode node, String key, String text) {
    if (text != null) {
      node.put(key, text);
    }
  }

  private static String textOf(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static String text(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(label + ": bitte Text eingeben.");
    }
    return text.strip();
  }

  private static LocalDate day(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return IsoDay.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(label + ": „" + value + "“ ist kein gültiges Datum (TT.MM.JJJJ).");
    }
  }

  private static String status(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (!STATUS.containsKey(value.toString())) {
      throw new IllegalArgumentException(label + ": unbekannter Stand „" + value + "“ (erlaubt: "
          + String.join(", ", STATUS.keySet()) + ").");
    }
    return value.toString();
  }

  private static Map<String, String> ordered(String... keysAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      map.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}

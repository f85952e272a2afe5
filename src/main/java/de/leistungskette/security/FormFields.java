package de.leistungskette.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * The fields of a Camunda Form ({@code .form}, form-js JSON) by key: which a person fills in and
 * which only show a value (disabled or read-only). Plain Java; {@link ModelContracts} finds the
 * form of a task or start event in the engine.
 */
public record FormFields(Map<String, Boolean> editableByKey, Set<String> shown, Map<String, String> labels,
    Map<String, Integer> maxLengths) {

  /** form-js components that carry a value under their key. */
  private static final Set<String> VALUE_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
      "checklist", "radio", "select", "taglist", "datetime", "expression", "hidden");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static final FormFields NONE = new FormFields(Map.of(), Set.of(), Map.of(), Map.of());

  /** Names in a form's templates ({@code {{name}}}) and expressions ({@code =not(name)}). */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.\"])([A-Za-z_][A-Za-z0-9_]*)(?![\\w\"(])");
  private static final Set<String> FEEL_WORDS = Set.of("not", "and", "or", "true", "false", "null");

  public FormFields {
    editableByKey = Collections.unmodifiableMap(new LinkedHashMap<>(editableByKey));
    shown = Collections.unmodifiableSet(new TreeSet<>(shown));
    labels = Map.copyOf(labels);
    maxLengths = Map.copyOf(maxLengths);
  }

  /** The label a person reads for the field, or the key where the form gives none. */
  public String label(String key) {
    return labels.getOrDefault(key, key);
  }

  /**
   * A text the form would not take: longer than its {@code validate.maxLength}. The same limit for
   * a start or completion through the API as in the form (a REST start once took a name of 201
   * characters that the form refuses).
   *
   * @return the German refusal, or null when the text fits
   */
  public String tooLong(String key, String text) {
    Integer max = maxLengths.get(key);
    return max == null || text == null || text.codePointCount(0, text.length()) <= max ? null
        : "„" + label(key) + "“ ist zu lang: " + text.codePointCount(0, text.length()) + " Zeichen, höchstens " + max
            + ".";
  }

  /**
   * Every variable the form needs: its fields and what its texts and conditions refer to. A
   * reader who may see only what their form shows (a provider) gets exactly these.
   */
  public Set<String> needed() {
    Set<String> needed = new TreeSet<>(editableByKey.keySet());
    needed.addAll(shown);
    return needed;
  }

  public boolean has(String key) {
    return editableByKey.containsKey(key);
  }

  /** A person enters this value (not a field that only shows a value of the case). */
  public boolean isEditable(String key) {
    return Boolean.TRUE.equals(editableByKey.get(key));
  }

  public static FormFields parse(InputStream form) throws IOException {
    Map<String, Boolean> fields = new LinkedHashMap<>();
    Set<String> shown = new TreeSet<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Integer> maxLengths = new LinkedHashMap<>();
    collect(JSON.readTree(form).path("components"), fields, shown, labels, maxLengths);
    return new FormFields(fields, shown, labels, maxLengths);
  }

  private static void collect(JsonNode components, Map<String, Boolean> fields, Set<String> shown,
      Map<String, String> labels, Map<String, Integer> maxLengths) {
    for (JsonNode component : components) {
      Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
      while (template.find()) {
        shown.add(template.group(1));
      }
      for (JsonNode expression : List.of(component.path("conditional").path("hide"), component.path("disabled"),
          component.path("readonly"))) {
        if (expression.isTextual() && expression.asText().startsWith("=")) {
          Matcher name = NAME.matcher(expression.asText().substring(1).replaceAll("\"[^\"]*\"", ""));
          while (name.find()) {
            if (!FEEL_WORDS.contains(name.group(1))) {
              shown.add(name.group(1));
            }
          }
        }
      }
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && VALUE_TYPES.contains(type)) {
        boolean displayOnly = truthy(component.get("disabled")) || truthy(component.get("readonly"))
            || "expression".equals(type);
        String key = component.get("key").asText();
        fields.put(key, !displayOnly);
        if (component.hasNonNull("label")) {
          labels.put(key, component.get("label").asText());
        }
        if (component.path("validate").path("maxLength").canConvertToInt()
            && component.path("validate").path("maxLength").isNumber()) {
          maxLengths.put(key, component.path("validate").path("maxLength").asInt());
        }
      }
      if (component.has("components")) {
        collect(component.get("components"), fields, shown, labels, maxLengths);
      }
    }
  }

  /** {@code true}, or an expression (e.g. "=x"): it may make the field read-only. */
  private static boolean truthy(JsonNode value) {
    return value != null && (value.isBoolean() ? value.asBoolean() : value.isTextual() && !value.asText().isBlank());
  }
}

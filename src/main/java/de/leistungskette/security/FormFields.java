package de.leistungskette.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a Camunda Form ({@code .form}, form-js JSON) by key: which a person fills in and
 * which only show a value (disabled or read-only). Plain Java; {@link ModelContracts} finds the
 * form of a task or start event in the engine.
 */
public record FormFields(Map<String, Boolean> editableByKey) {

  /** form-js components that carry a value under their key. */
  private static final Set<String> VALUE_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
      "checklist", "radio", "select", "taglist", "datetime", "expression", "hidden");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static final FormFields NONE = new FormFields(Map.of());

  public FormFields {
    editableByKey = Collections.unmodifiableMap(new LinkedHashMap<>(editableByKey));
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
    collect(JSON.readTree(form).path("components"), fields);
    return new FormFields(fields);
  }

  private static void collect(JsonNode components, Map<String, Boolean> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && VALUE_TYPES.contains(type)) {
        boolean displayOnly = truthy(component.get("disabled")) || truthy(component.get("readonly"))
            || "expression".equals(type);
        fields.put(component.get("key").asText(), !displayOnly);
      }
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
    }
  }

  /** {@code true}, or an expression (e.g. "=x"): it may make the field read-only. */
  private static boolean truthy(JsonNode value) {
    return value != null && (value.isBoolean() ? value.asBoolean() : value.isTextual() && !value.asText().isBlank());
  }
}

package de.leistungskette.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the variables a caller sends ({@code "variables": {"name": {"value": …, "type": …}}})
 * before the engine sees them, with German messages that name the variable. Plain Java.
 *
 * <p>What is refused, and why: types that the engine would deserialize into Java objects
 * ({@code Object}, {@code Bytes}, {@code File}: Camunda's security guide, "Variable values from
 * untrusted sources"); untyped JSON objects and lists (they would become Java objects);
 * text longer than the engine's text column (4,000 characters: it would end in a persistence
 * error); numbers and dates that do not fit their type.
 */
public final class VariableChecks {

  /** Length of the engine's text column for variable values (ACT_RU_VARIABLE.TEXT_). */
  public static final int MAX_TEXT = 4000;
  public static final int MAX_NAME = 255;

  private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "json", "null");
  private static final ObjectMapper JSON = new ObjectMapper();

  private VariableChecks() {}

  /** Checks every variable of a {@code variables} map; absent or {@code null} is no variable. */
  public static void check(JsonNode variables, String field) {
    if (variables == null || variables.isNull() || variables.isMissingNode()) {
      return;
    }
    if (!variables.isObject()) {
      throw GuardRefusal.badRequest("„" + field + "“ muss ein JSON-Objekt sein: {\"name\": {\"value\": …}}.");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      checkOne(entry.getKey(), entry.getValue());
    }
  }

  static void checkOne(String name, JsonNode variable) {
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw GuardRefusal.badRequest("Ungültiger Variablenname „" + abbreviate(name) + "“.");
    }
    if (variable == null || !variable.isObject()) {
      throw GuardRefusal.badRequest("Variable „" + name + "“: erwartet wird ein Objekt {\"value\": …, \"type\": …}.");
    }
    JsonNode value = variable.get("value");
    JsonNode typeNode = variable.get("type");
    String type = typeNode == null || typeNode.isNull() ? null : typeNode.asText().toLowerCase(Locale.ROOT);
    if (type != null && !TYPES.contains(type)) {
      throw GuardRefusal.badRequest("Variable „" + name + "“: Der Typ „" + typeNode.asText() + "“ ist nicht erlaubt. "
          + "Erlaubt sind String, Boolean, Integer, Long, Short, Double, Date, Json und Null.");
    }
    JsonNode valueInfo = variable.get("valueInfo");
    if (valueInfo != null && valueInfo.hasNonNull("serializationDataFormat")) {
      throw GuardRefusal.badRequest("Variable „" + name + "“: serialisierte Objekte (serializationDataFormat) "
          + "werden nicht angenommen.");
    }
    if (value == null || value.isNull()) {
      return;
    }
    if (type == null) {
      if (value.isObject() || value.isArray()) {
        throw GuardRefusal.badRequest("Variable „" + name + "“: Objekte und Listen nur mit \"type\": \"Json\" "
            + "und dem JSON als Text.");
      }
      if (value.isTextual()) {
        checkLength(name, value.asText());
      }
      return;
    }
    switch (type) {
      case "string" -> {
        if (!value.isValueNode()) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (String): erwartet wird ein Text.");
        }
        checkLength(name, value.asText());
      }
      case "boolean" -> {
        if (!(value.isBoolean() || value.isTextual()
            && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false")))) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (Boolean): „" + abbreviate(value.asText())
              + "“ ist kein Wahrheitswert (true oder false).");
        }
      }
      case "integer" -> wholeNumber(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
      case "short" -> wholeNumber(name, value, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
      case "long" -> wholeNumber(name, value, Long.MIN_VALUE, Long.MAX_VALUE, "Long");
      case "double" -> {
        boolean ok = value.isNumber();
        if (value.isTextual()) {
          try {
            Double.parseDouble(value.asText());
            ok = true;
          } catch (NumberFormatException e) {
            ok = false;
          }
        }
        if (!ok) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (Double): „" + abbreviate(value.asText())
              + "“ ist keine Zahl.");
        }
      }
      case "date" -> {
        if (!value.isTextual() || !isEngineDate(value.asText())) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (Date): „" + abbreviate(value.asText())
              + "“ ist kein Zeitpunkt im Format JJJJ-MM-TTTHH:MM:SS.sss+hhmm.");
        }
      }
      case "json" -> {
        if (!value.isTextual()) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (Json): erwartet wird das JSON als Text.");
        }
        checkLength(name, value.asText());
        try {
          JSON.readTree(value.asText());
        } catch (IOException e) {
          throw GuardRefusal.badRequest("Variable „" + name + "“ (Json): kein gültiges JSON.");
        }
      }
      default -> { }
    }
  }

  private static void wholeNumber(String name, JsonNode value, long min, long max, String type) {
    long number;
    try {
      if (value.isIntegralNumber() && value.canConvertToLong()) {
        number = value.asLong();
      } else if (value.isTextual()) {
        number = Long.parseLong(value.asText().trim());
      } else {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw GuardRefusal.badRequest("Variable „" + name + "“ (" + type + "): „" + abbreviate(value.asText())
          + "“ ist keine ganze Zahl.");
    }
    if (number < min || number > max) {
      throw GuardRefusal.badRequest("Variable „" + name + "“ (" + type + "): " + number
          + " liegt außerhalb des erlaubten Bereichs.");
    }
  }

  static void checkLength(String name, String text) {
    if (text.length() > MAX_TEXT) {
      throw GuardRefusal.badRequest("Variable „" + name + "“ ist zu lang: " + text.length()
          + " Zeichen, höchstens " + MAX_TEXT + ".");
    }
  }

  /** The engine's date format for Date variables ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}), strictly. */
  private static boolean isEngineDate(String text) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    format.setLenient(false);
    java.text.ParsePosition position = new java.text.ParsePosition(0);
    return format.parse(text, position) != null && position.getIndex() == text.length();
  }

  static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}

package de.leistungskette.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's error answers in German. Camunda's REST API answers errors as
 * {@code {"type": …, "message": …}} with English messages, some naming Java classes; a person in
 * Tasklist or another system's operator reads {@code message}. Every successful answer streams as
 * it is; only error answers (status 400 and above) are rewritten ({@link #wrap}, {@link #finish}):
 *
 * <ul>
 *   <li>Leistungskette's own refusals ({@code RejectedInputException}, German) reach the caller as
 *       they were written, without the English the REST layer puts before them ("Cannot instantiate
 *       process definition …: ");</li>
 *   <li>known engine errors get a German message (missing permission, message not awaited, task
 *       not found); the original text stays in {@code detail} for operators, except for 500;</li>
 *   <li>anything else of status 500 becomes a German "internal error" without class names (the
 *       log keeps the original);</li>
 *   <li>for everybody but administrators, {@code detail} (the engine's English text, often with
 *       class names) is left out and written to the log as one line, and a 500 that only says an
 *       id names nothing ({@code … is null}, {@code Cannot find …}) is answered 404: that is what
 *       it is (a second click on "Abschließen", an id typed wrongly).</li>
 * </ul>
 */
final class GermanErrors {

  private static final Logger LOG = LoggerFactory.getLogger(GermanErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOT_AWAITED = Pattern.compile("Cannot correlate message '([^']*)'");
  private static final Pattern PERMISSION = Pattern.compile("'([A-Z_]+)' permission on resource '([^']*)'");
  private static final String PASSWORD_POLICY = "Password does not match policy";

  private GermanErrors() {}

  /** An error answer as the caller gets it. */
  record Answer(int status, byte[] body) {}

  static RewritingResponse wrap(HttpServletResponse response) {
    return new RewritingResponse(response, r -> r.getStatus() >= 400);
  }

  /** Every answer captured: statistics, whose successful answers lose their class names too ({@link #finish}). */
  static RewritingResponse wrapAll(HttpServletResponse response) {
    return new RewritingResponse(response, r -> true);
  }

  /** An unknown id, as the engine words it when it answers 500 instead of 404. */
  private static final Pattern UNKNOWN_ID = Pattern.compile("(?s).*(?:\\bis null\\b|Cannot find|No [a-z ]+ found|"
      + "doesn't exist|does not exist|not found|NullValueException).*");
  /** The same where the engine answers 400: "Cannot find task with id 'x'.: task is null". */
  private static final Pattern CANNOT_FIND = Pattern.compile("(?s)^Cannot find [a-z ]+ with id .*");

  /**
   * Writes the captured error answer in German.
   *
   * @param refused the German message of an input Leistungskette refused in this request, or null
   */
  static void finish(RewritingResponse response, String refused, boolean administrator) throws IOException {
    if (response.captured() && response.getStatus() < 400) {
      response.finish(GermanErrors::withoutClassNames);
    } else if (response.captured()) {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.finish(body -> {
        Answer answer = translate(response.getStatus(), body, refused, administrator);
        response.setStatus(answer.status());
        return answer.body();
      });
    }
  }

  static Answer translate(int status, byte[] original, String refused) {
    return translate(status, original, refused, true);
  }

  static Answer translate(int status, byte[] original, String refused, boolean administrator) {
    JsonNode node;
    try {
      node = JSON.readTree(original);
    } catch (IOException e) {
      node = null;
    }
    ObjectNode answer = node instanceof ObjectNode object ? object : JSON.createObjectNode();
    String type = answer.path("type").asText("");
    String message = answer.path("message").asText(new String(original, StandardCharsets.UTF_8));
    // a refused password is the caller's input, not a server error
    int answered = message.contains(PASSWORD_POLICY) ? 400 : status;
    if (!administrator && (answered >= 500 && UNKNOWN_ID.matcher(message).matches()
        || answered == 400 && CANNOT_FIND.matcher(message).matches())) {
      answered = 404;
    }
    String german = german(answered, type, message, refused, administrator);
    if (!administrator && answered < 500) {
      LOG.warn("Antwort der Engine-API {} ({}): {} {}", answered, status, type, message.replaceAll("\\s+", " "));
      answer.remove("detail");
      if (!german.equals(message)) {
        answer.put("message", german);
      }
      answer.put("type", germanType(answered, type));
    } else if (!german.equals(message)) {
      if (answered >= 500) {
        LOG.error("Fehler der Engine-API ({}): {} {}", status, type, message);
        answer.remove("detail");
      } else {
        answer.put("detail", message);
      }
      answer.put("message", german);
      if (answer.path("type").asText("").isEmpty()) {
        answer.put("type", answered >= 500 ? "InternalError" : "InvalidRequestException");
      }
    }
    try {
      return new Answer(answered, JSON.writeValueAsBytes(answer));
    } catch (IOException e) {
      return new Answer(status, original);
    }
  }

  /** The error types of Camunda's REST API that Tasklist and Cockpit know; anything else is a Java class name. */
  private static final java.util.Set<String> REST_TYPES = java.util.Set.of("AuthorizationException",
      "AuthenticationException", "InvalidRequestException", "RestException", "BadUserRequestException",
      "NotFoundException", "NotValidException", "MismatchingMessageCorrelationException");

  /** The error's type without Java class names: the engine's simple types stay, others become a status word. */
  private static String germanType(int status, String type) {
    if (REST_TYPES.contains(type)) {
      return type;
    }
    return switch (status) {
      case 401 -> "AuthenticationException";
      case 403 -> "AuthorizationException";
      case 404 -> "NotFound";
      default -> "InvalidRequestException";
    };
  }

  /**
   * A statistics answer without the engine's {@code "@class"} fields (Java class names of the REST
   * layer's objects, of no use to a caller).
   */
  static byte[] withoutClassNames(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      removeClassNames(node);
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      return body;
    }
  }

  private static void removeClassNames(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("@class");
    }
    node.forEach(GermanErrors::removeClassNames);
  }

  static String german(int status, String type, String message, String refused) {
    return german(status, type, message, refused, true);
  }

  static String german(int status, String type, String message, String refused, boolean administrator) {
    if (refused != null && message.contains(refused)) {
      return refused;
    }
    if (message.contains(PASSWORD_POLICY)) {
      return "Das Passwort entspricht nicht der Passwortrichtlinie: mindestens 10 Zeichen, darunter ein Großbuchstabe, "
          + "ein Kleinbuchstabe, eine Ziffer und ein Sonderzeichen; nicht der Benutzername.";
    }
    Matcher notAwaited = NOT_AWAITED.matcher(message);
    if (notAwaited.find() && message.contains("No process definition or execution matches")) {
      return "Die Nachricht „" + notAwaited.group(1) + "“ wird von keinem Fall mit diesen Angaben erwartet: "
          + "Der Fall wartet gerade nicht auf sie, ist beendet oder der Geschäftsschlüssel ist falsch.";
    }
    if (status == 404 || message.matches("(?s)^(?:No (?:task|process instance|execution|job|process definition)"
        + "[a-z ]* found|Cannot find (?:task|process instance)).*")) {
      return "Nicht gefunden: Den angefragten Eintrag gibt es nicht (mehr), oder Sie dürfen ihn nicht sehen.";
    }
    if ("AuthorizationException".equals(type) || status == 403) {
      Matcher permission = PERMISSION.matcher(message);
      return "Keine Berechtigung für diese Aktion"
          + (permission.find() ? " (es fehlt " + permission.group(1) + " auf " + permission.group(2) + ")" : "") + ".";
    }
    if (status == 401) {
      return "Anmeldung erforderlich: Benutzername und Passwort fehlen oder sind falsch.";
    }
    if (status >= 500) {
      return "Interner Fehler. Bitte wenden Sie sich an die Administration.";
    }
    if (status == 415) {
      return "Dieses Format wird hier nicht angenommen: erwartet wird JSON (Content-Type: application/json).";
    }
    if (status == 405) {
      return "Diese Methode ist an dieser Adresse nicht erlaubt.";
    }
    return administrator ? "Die Anfrage wurde abgelehnt (" + status + "). Einzelheiten stehen unter „detail“."
        : "Die Anfrage wurde abgelehnt (" + status + "): Angaben oder Format passen nicht zu dieser Aktion.";
  }
}

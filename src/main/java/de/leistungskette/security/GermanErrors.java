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
 *   <li>Leistungskette's own refusals (German, {@code RejectedInputException}) lose the English
 *       prefix the REST layer puts before them ("Cannot instantiate process definition …: ");</li>
 *   <li>known engine errors get a German message (missing permission, message not awaited, task
 *       not found); the original text stays in {@code detail} for operators, except for 500;</li>
 *   <li>anything else of status 500 becomes a German "internal error" without class names (the
 *       log keeps the original).</li>
 * </ul>
 */
final class GermanErrors {

  private static final Logger LOG = LoggerFactory.getLogger(GermanErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENGLISH_PREFIX = Pattern.compile(
      "^(?:Cannot (?:instantiate process definition|submit task form|complete task|correlate message) \\S+: )+(.*)$",
      Pattern.DOTALL);
  private static final Pattern NOT_AWAITED = Pattern.compile("Cannot correlate message '([^']*)'");
  private static final Pattern PERMISSION = Pattern.compile("'([A-Z_]+)' permission on resource '([^']*)'");

  private GermanErrors() {}

  static RewritingResponse wrap(HttpServletResponse response) {
    return new RewritingResponse(response, r -> r.getStatus() >= 400);
  }

  static void finish(RewritingResponse response) throws IOException {
    if (response.captured()) {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.finish(body -> {
        byte[] german = translate(response.getStatus(), body);
        if (new String(german, StandardCharsets.UTF_8).contains(PASSWORD_POLICY_GERMAN)) {
          response.setStatus(400); // a refused password is the caller's input, not a server error
        }
        return german;
      });
    }
  }

  static byte[] translate(int status, byte[] original) {
    JsonNode node;
    try {
      node = JSON.readTree(original);
    } catch (IOException e) {
      node = null;
    }
    ObjectNode answer = node instanceof ObjectNode object ? object : JSON.createObjectNode();
    String type = answer.path("type").asText("");
    String message = answer.path("message").asText(new String(original, StandardCharsets.UTF_8));
    String german = german(status, type, message);
    if (!german.equals(message)) {
      if (status >= 500 && !german.startsWith(PASSWORD_POLICY_GERMAN)) {
        LOG.error("Fehler der Engine-API ({}): {} {}", status, type, message);
        answer.remove("detail");
      } else {
        answer.put("detail", message);
      }
      answer.put("message", german);
      if (answer.path("type").asText("").isEmpty()) {
        answer.put("type", status >= 500 ? "InternalError" : "InvalidRequestException");
      }
    }
    try {
      return JSON.writeValueAsBytes(answer);
    } catch (IOException e) {
      return original;
    }
  }

  static final String PASSWORD_POLICY_GERMAN = "Das Passwort entspricht nicht der Passwortrichtlinie";

  static String german(int status, String type, String message) {
    if (message.contains("Password does not match policy")) {
      return PASSWORD_POLICY_GERMAN + ": mindestens 10 Zeichen, darunter ein Großbuchstabe, ein Kleinbuchstabe, "
          + "eine Ziffer und ein Sonderzeichen; nicht der Benutzername.";
    }
    Matcher prefixed = ENGLISH_PREFIX.matcher(message);
    if (prefixed.matches() && isGerman(prefixed.group(1))) {
      return prefixed.group(1);
    }
    if (isGerman(message)) {
      return message;
    }
    Matcher notAwaited = NOT_AWAITED.matcher(message);
    if (notAwaited.find() && message.contains("No process definition or execution matches")) {
      return "Die Nachricht „" + notAwaited.group(1) + "“ wird von keinem Fall mit diesen Angaben erwartet: "
          + "Der Fall wartet gerade nicht auf sie, ist beendet oder der Geschäftsschlüssel ist falsch.";
    }
    if (message.matches("(?s)^(?:No (?:task|process instance|execution|job|process definition)[a-z ]* found|Cannot find "
        + "(?:task|process instance)).*")) {
      return "Nicht gefunden: Den angefragten Eintrag gibt es nicht (mehr), oder Sie dürfen ihn nicht sehen.";
    }
    if ("AuthorizationException".equals(type) || status == 403) {
      Matcher permission = PERMISSION.matcher(message);
      return "Keine Berechtigung für diese Aktion"
          + (permission.find() ? " (es fehlt " + permission.group(1) + " auf " + permission.group(2) + ")" : "") + ".";
    }
    if (status == 404) {
      return "Nicht gefunden: Den angefragten Eintrag gibt es nicht (mehr), oder Sie dürfen ihn nicht sehen.";
    }
    if (status == 401) {
      return "Anmeldung erforderlich: Benutzername und Passwort fehlen oder sind falsch.";
    }
    if (status >= 500) {
      return "Interner Fehler. Bitte wenden Sie sich an die Administration.";
    }
    return "Die Anfrage wurde abgelehnt (" + status + "). Einzelheiten stehen unter „detail“.";
  }

  private static final Pattern GERMAN = Pattern.compile(
      "[„“äöüÄÖÜß]|\\b(?:der|die|das|den|dem|des|ein|eine|nicht|ist|und|oder|nach|vor|liegt|liegen|fehlt|darf|"
          + "muss|kein|keine|wird|bitte|mit)\\b", Pattern.CASE_INSENSITIVE);

  /** Leistungskette's messages are German (quotation marks, umlauts, common words); the engine's never are. */
  private static boolean isGerman(String text) {
    return GERMAN.matcher(text).find();
  }
}

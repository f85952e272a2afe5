package de.leistungskette.platform;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring's error answer (when a filter refuses a request with a bare status, e.g. Camunda's CSRF
 * or security filter, or a path does not exist) in German: {@code error} and {@code message} say
 * what happened, never a stack trace or an exception class.
 */
@Component
public class GermanErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object status = attributes.get("status");
    String german = switch (status instanceof Integer code ? code : 500) {
      case 400 -> "Ungültige Anfrage.";
      case 401 -> "Anmeldung erforderlich: Bitte melden Sie sich an.";
      case 403 -> "Keine Berechtigung für diese Aktion (oder die Sitzung ist abgelaufen: bitte neu laden und anmelden).";
      case 404 -> "Nicht gefunden: Diese Adresse gibt es nicht.";
      case 405 -> "Diese Methode ist hier nicht erlaubt.";
      case 413 -> "Die Anfrage ist zu groß.";
      case 415 -> "Dieses Format wird hier nicht angenommen.";
      default -> "Interner Fehler. Bitte wenden Sie sich an die Administration.";
    };
    attributes.put("error", german);
    attributes.put("message", german);
    attributes.remove("exception");
    attributes.remove("trace");
    return attributes;
  }
}

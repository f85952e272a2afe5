package de.leistungskette.platform;

import java.util.Map;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Leistungskette's API answers errors as German JSON, never with a stack trace. */
@RestControllerAdvice(basePackages = "de.leistungskette")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** An answer with a German message: {@code {"error": "…"}}. */
  public static <T> ResponseEntity<T> error(HttpStatus status, String message) {
    @SuppressWarnings("unchecked")
    T body = (T) Map.of("error", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }

  /** A body that is missing, no JSON or not the JSON object the request takes ({@code null}, {@code [1]}). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    LOG.warn("Abgewiesen (400): Inhalt der Anfrage nicht lesbar: {}", e.getMostSpecificCause().getMessage());
    return ResponseEntity.badRequest().body(Map.of("error", "Der Inhalt der Anfrage fehlt oder hat nicht die erwartete "
        + "Form (ein JSON-Objekt bzw. eine CSV-Datei mit Kopfzeile)."));
  }

  /** A parameter of the wrong kind ({@code tabelle=abc}). */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
        ? "eine ganze Zahl" : "ein gültiger Wert";
    return ResponseEntity.badRequest().body(Map.of("error", "Parameter „" + e.getName() + "“: „" + e.getValue()
        + "“ ist nicht " + expected + "."));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "Parameter „" + e.getParameterName() + "“ fehlt."));
  }

  /** An id the engine does not know (a process definition, a case): not found, not an internal error. */
  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
    LOG.warn("Abgewiesen (404): {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
        "Nicht gefunden: Den angefragten Eintrag gibt es nicht (mehr), oder Sie dürfen ihn nicht sehen."));
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    LOG.error("Unerwarteter Fehler in der API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(Map.of("error", "Interner Fehler. Bitte wenden Sie sich an die Administration."));
  }
}

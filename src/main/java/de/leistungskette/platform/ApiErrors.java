package de.leistungskette.platform;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    LOG.error("Unerwarteter Fehler in der API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(Map.of("error", "Interner Fehler. Bitte wenden Sie sich an die Administration."));
  }
}

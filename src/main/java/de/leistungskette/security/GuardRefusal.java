package de.leistungskette.security;

/**
 * A request the guard refuses before it reaches the engine: status and German message, answered
 * as {@code {"type": "…", "message": "…"}} like the engine's own errors, so that Tasklist and
 * Cockpit show the message.
 */
public class GuardRefusal extends RuntimeException {

  private final int status;
  private final String type;

  public GuardRefusal(int status, String type, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
  }

  public static GuardRefusal badRequest(String message) {
    return new GuardRefusal(400, "InvalidRequestException", message);
  }

  public static GuardRefusal forbidden(String message) {
    return new GuardRefusal(403, "AuthorizationException", message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }
}

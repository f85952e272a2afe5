package de.leistungskette.platform;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Input a process refuses: a missing or malformed start variable, form field or message variable.
 * The message is German and names the variable. Thrown inside the engine's transaction, it rolls
 * everything back (no instance is started, a task stays open, nothing recorded is lost) and never
 * becomes an incident.
 *
 * <p>Why a REST exception: Camunda's REST resources (and the webapps, which use them) pass a
 * {@code RestException} thrown while starting a process, completing a task or correlating a
 * message on with its own status, so the caller gets 400 with a JSON body
 * ({@code {"type": "InvalidRequestException", "message": "…"}}) instead of 500. Java callers see
 * an ordinary {@link RuntimeException}.
 */
public class RejectedInputException extends InvalidRequestException {

  /** The refusal last made in this thread, for the answer to the request that caused it. */
  private static final ThreadLocal<String> REFUSED = new ThreadLocal<>();

  public RejectedInputException(String message) {
    super(Status.BAD_REQUEST, message);
    REFUSED.set(message);
  }

  /**
   * The German message of the input refused last in this thread, and forgets it. The REST layer
   * puts English words before it ("Cannot instantiate process definition …: "); the request guard
   * answers with exactly this message instead.
   */
  public static String takeRefused() {
    String message = REFUSED.get();
    REFUSED.remove();
    return message;
  }
}

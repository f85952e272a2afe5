package de.leistungskette.platform;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A refused request (a malformed date in a form, a missing field from another system, a message no
 * case waits for, a missing permission, an id that names nothing) is answered to the caller with a
 * German 4xx, and the request guard or its error translation logs it as one WARN line; it is not a
 * fault of the server. The engine would still log it as an error with a page of stack trace
 * ("ENGINE-16004 Exception while closing command context"), so this filter leaves out exactly those
 * log entries whose exception is one of {@link #CALLERS_ERRORS}. Every other error is logged as before.
 */
@Component
public class RefusedInputLogFilter extends TurboFilter implements InitializingBean {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  /** The exceptions that say the caller asked for something that cannot be: answered 4xx, no server fault. */
  static final List<Class<? extends Throwable>> CALLERS_ERRORS = List.of(RejectedInputException.class,
      MismatchingMessageCorrelationException.class, AuthorizationException.class, BadUserRequestException.class,
      NotFoundException.class);

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(RefusedInputLogFilter.class::isInstance)) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || !Level.ERROR.equals(level)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Throwable current = cause;
      if (CALLERS_ERRORS.stream().anyMatch(type -> type.isInstance(current))) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}

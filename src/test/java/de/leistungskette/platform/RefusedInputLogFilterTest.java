package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** A caller's error is no server error: no ERROR with a stack trace; everything else is logged as before. */
class RefusedInputLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final RefusedInputLogFilter filter = new RefusedInputLogFilter();

  @Test
  void the_engine_s_stack_trace_of_a_caller_s_error_is_left_out() {
    var engine = context.getLogger(RefusedInputLogFilter.ENGINE_CONTEXT_LOGGER);
    for (Throwable callers : new Throwable[] {new RejectedInputException("Datum fehlt"),
        new MismatchingMessageCorrelationException("Cannot correlate message 'DocumentsReceived'"),
        new AuthorizationException("The user with id 'u25' does not have 'READ' permission"),
        new ProcessEngineException("wrapped", new MismatchingMessageCorrelationException("x"))}) {
      assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004", null, callers)).as(callers.toString())
          .isEqualTo(FilterReply.DENY);
    }
  }

  @Test
  void a_real_fault_and_other_loggers_are_logged_as_before() {
    var engine = context.getLogger(RefusedInputLogFilter.ENGINE_CONTEXT_LOGGER);
    assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004", null, new ProcessEngineException("db down")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, context.getLogger("de.leistungskette"), Level.ERROR, "x", null,
        new RejectedInputException("x"))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, engine, Level.WARN, "x", null, new RejectedInputException("x")))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}

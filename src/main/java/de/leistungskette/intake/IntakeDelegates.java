package de.leistungskette.intake;

import de.leistungskette.casework.Letters;
import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of "Neukundenaufnahme (Eingangszone)" as beans for
 * {@code camunda:delegateExpression} (docs/adr/0002 and 0008): one bean a step, named after what
 * happened, each running only when its step really ended (not when it was cancelled).
 */
@Configuration
public class IntakeDelegates {

  private static ExecutionListener step(Consumer<DelegateExecution> listener) {
    return execution -> {
      if (!execution.isCanceled()) {
        listener.accept(execution);
      }
    };
  }

  @Bean
  public IntakeListeners intakeListeners(IntakeProperties properties, Periods periods, Letters letters,
      RunningCases runningCases) {
    return new IntakeListeners(properties, periods, letters, runningCases);
  }

  @Bean
  public ExecutionListener intakeStarted(IntakeListeners listeners) {
    return step(listeners::started);
  }

  @Bean
  public ExecutionListener intakeRouted(IntakeListeners listeners) {
    return step(listeners::routed);
  }

  @Bean
  public ExecutionListener intakeQebBooked(IntakeListeners listeners) {
    return step(listeners::qebBooked);
  }

  @Bean
  public ExecutionListener intakeQebConducted(IntakeListeners listeners) {
    return step(listeners::qebConducted);
  }

  @Bean
  public ExecutionListener intakeQebHeldLate(IntakeListeners listeners) {
    return step(listeners::qebHeldLate);
  }

  @Bean
  public ExecutionListener intakeCounselled(IntakeListeners listeners) {
    return step(listeners::counselled);
  }

  @Bean
  public ExecutionListener intakeResponsibilityDecided(IntakeListeners listeners) {
    return step(listeners::responsibilityDecided);
  }

  @Bean
  public ExecutionListener intakePartnerInvited(IntakeListeners listeners) {
    return step(listeners::partnerInvited);
  }

  @Bean
  public JavaDelegate intakeHistoryNotes(IntakeListeners listeners) {
    return listeners::recordHistoryNotes;
  }
}

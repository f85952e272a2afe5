package de.leistungskette.intake;

import static de.leistungskette.casework.Steps.whenEnded;

import de.leistungskette.casework.Letters;
import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
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

  @Bean
  public IntakeListeners intakeListeners(IntakeProperties properties, Periods periods, Letters letters,
      RunningCases runningCases) {
    return new IntakeListeners(properties, periods, letters, runningCases);
  }

  @Bean
  public ExecutionListener intakeStarted(IntakeListeners listeners) {
    return whenEnded(listeners::started);
  }

  @Bean
  public ExecutionListener intakeRouted(IntakeListeners listeners) {
    return whenEnded(listeners::routed);
  }

  @Bean
  public ExecutionListener intakeQebBooked(IntakeListeners listeners) {
    return whenEnded(listeners::qebBooked);
  }

  @Bean
  public ExecutionListener intakeQebConducted(IntakeListeners listeners) {
    return whenEnded(listeners::qebConducted);
  }

  @Bean
  public ExecutionListener intakeQebHeldLate(IntakeListeners listeners) {
    return whenEnded(listeners::qebHeldLate);
  }

  @Bean
  public ExecutionListener intakeCounselled(IntakeListeners listeners) {
    return whenEnded(listeners::counselled);
  }

  @Bean
  public ExecutionListener intakeResponsibilityDecided(IntakeListeners listeners) {
    return whenEnded(listeners::responsibilityDecided);
  }

  @Bean
  public ExecutionListener intakePartnerInvited(IntakeListeners listeners) {
    return whenEnded(listeners::partnerInvited);
  }

  @Bean
  public JavaDelegate intakeHistoryNotes(IntakeListeners listeners) {
    return listeners::recordHistoryNotes;
  }
}

package de.leistungskette.application;

import static de.leistungskette.casework.Steps.whenEnded;

import de.leistungskette.casework.Letters;
import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The execution listeners of "Antragsbearbeitung (QEB)" as beans for
 * {@code camunda:delegateExpression="${qebDocumentsChecked}"} and so on: one bean a step, named
 * after what happened, each a thin adapter over {@link QebApplicationListeners}.
 *
 * <p>Why delegate expressions and not method expressions ({@code ${qebApplication.x(execution)}}):
 * the engine wraps an exception thrown inside a method expression in a ProcessEngineException,
 * so a {@link de.leistungskette.platform.RejectedInputException} would reach a REST caller as 500;
 * a delegate's exception reaches the REST layer as it is, which answers 400.
 *
 * <p>Each listener runs only when its step really happens: an {@code end} listener also fires when
 * the activity is cancelled (the request deadline interrupts the wait for documents), and then
 * there is nothing to check or record.
 */
@Configuration
public class QebApplicationDelegates {

  @Bean
  public QebRules qebRules(Letters letters, Periods periods) {
    return new QebRules(letters, period -> periods.of(QebApplication.PROCESS_KEY, period));
  }

  @Bean
  public QebApplicationListeners qebApplicationListeners(QebRules rules, Letters letters, RunningCases runningCases) {
    return new QebApplicationListeners(rules, letters, runningCases);
  }

  @Bean
  public ExecutionListener qebStarted(QebApplicationListeners listeners) {
    return whenEnded(listeners::started);
  }

  @Bean
  public ExecutionListener qebInvitationSent(QebApplicationListeners listeners) {
    return whenEnded(listeners::invitationSent);
  }

  @Bean
  public ExecutionListener qebApplicantAppeared(QebApplicationListeners listeners) {
    return whenEnded(listeners::applicantAppeared);
  }

  @Bean
  public ExecutionListener qebObjectionReceivedAtDesk(QebApplicationListeners listeners) {
    return whenEnded(listeners::objectionAtDesk);
  }

  @Bean
  public ExecutionListener qebApplicantAppearedAtDesk(QebApplicationListeners listeners) {
    return whenEnded(listeners::appearedAtDesk);
  }

  @Bean
  public ExecutionListener qebInvitationExpired(QebApplicationListeners listeners) {
    return whenEnded(listeners::invitationExpired);
  }

  @Bean
  public ExecutionListener qebDocumentsChecked(QebApplicationListeners listeners) {
    return whenEnded(listeners::documentsChecked);
  }

  @Bean
  public ExecutionListener qebDocumentsRequested(QebApplicationListeners listeners) {
    return whenEnded(listeners::documentsRequested);
  }

  @Bean
  public ExecutionListener qebAwaitingDocuments(QebApplicationListeners listeners) {
    return listeners::awaitingDocuments;
  }

  @Bean
  public ExecutionListener qebDocumentsReceived(QebApplicationListeners listeners) {
    return whenEnded(listeners::documentsReceived);
  }

  @Bean
  public ExecutionListener qebRequestDeadlinePassed(QebApplicationListeners listeners) {
    return whenEnded(listeners::requestDeadlinePassed);
  }

  @Bean
  public ExecutionListener qebDecided(QebApplicationListeners listeners) {
    return whenEnded(listeners::decided);
  }

  @Bean
  public ExecutionListener qebRefusalIssued(QebApplicationListeners listeners) {
    return whenEnded(listeners::refusalIssued);
  }

  @Bean
  public ExecutionListener qebOverdueHandled(QebApplicationListeners listeners) {
    return whenEnded(listeners::overdueHandled);
  }

  @Bean
  public ExecutionListener qebRecordDeregistered(QebApplicationListeners listeners) {
    return whenEnded(listeners::recordDeregistered);
  }

  @Bean
  public ExecutionListener qebObjectionReviewed(QebApplicationListeners listeners) {
    return whenEnded(listeners::objectionReviewed);
  }

  @Bean
  public ExecutionListener qebObjectionReceived(QebApplicationListeners listeners) {
    return whenEnded(listeners::objectionReceived);
  }
}

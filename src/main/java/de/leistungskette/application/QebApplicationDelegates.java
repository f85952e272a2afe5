package de.leistungskette.application;

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
 */
@Configuration
public class QebApplicationDelegates {

  @Bean
  public ExecutionListener qebStarted(QebApplicationListeners listeners) {
    return listeners::started;
  }

  @Bean
  public ExecutionListener qebInvitationSent(QebApplicationListeners listeners) {
    return listeners::invitationSent;
  }

  @Bean
  public ExecutionListener qebApplicantAppeared(QebApplicationListeners listeners) {
    return listeners::applicantAppeared;
  }

  @Bean
  public ExecutionListener qebInvitationExpired(QebApplicationListeners listeners) {
    return listeners::invitationExpired;
  }

  @Bean
  public ExecutionListener qebDocumentsChecked(QebApplicationListeners listeners) {
    return listeners::documentsChecked;
  }

  @Bean
  public ExecutionListener qebDocumentsRequested(QebApplicationListeners listeners) {
    return listeners::documentsRequested;
  }

  @Bean
  public ExecutionListener qebDocumentsReceived(QebApplicationListeners listeners) {
    return listeners::documentsReceived;
  }

  @Bean
  public ExecutionListener qebRequestDeadlinePassed(QebApplicationListeners listeners) {
    return listeners::requestDeadlinePassed;
  }

  @Bean
  public ExecutionListener qebDecided(QebApplicationListeners listeners) {
    return listeners::decided;
  }

  @Bean
  public ExecutionListener qebRefusalIssued(QebApplicationListeners listeners) {
    return listeners::refusalIssued;
  }

  @Bean
  public ExecutionListener qebOverdueHandled(QebApplicationListeners listeners) {
    return listeners::overdueHandled;
  }

  @Bean
  public ExecutionListener qebRecordDeregistered(QebApplicationListeners listeners) {
    return listeners::recordDeregistered;
  }

  @Bean
  public ExecutionListener qebObjectionReviewed(QebApplicationListeners listeners) {
    return listeners::objectionReviewed;
  }

  @Bean
  public ExecutionListener qebObjectionReceived(QebApplicationListeners listeners) {
    return listeners::objectionReceived;
  }
}

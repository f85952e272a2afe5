package de.leistungskette.referral;

import static de.leistungskette.casework.Steps.whenEnded;

import de.leistungskette.casework.RunningCases;
import de.leistungskette.deadline.DeadlineCalculator;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of "Zuweisung kommunale Eingliederungsleistung" as beans (docs/adr/0002, 0008). */
@Configuration
public class ReferralDelegates {

  @Bean
  public ReferralRules referralRules(DeadlineCalculator calculator) {
    return new ReferralRules(calculator);
  }

  @Bean
  public ReferralListeners referralListeners(ReferralRules rules, ReferralProperties properties,
      RunningCases runningCases, Vouchers vouchers) {
    return new ReferralListeners(rules, properties, runningCases, vouchers);
  }

  @Bean
  public ExecutionListener referralStarted(ReferralListeners listeners) {
    return whenEnded(listeners::started);
  }

  @Bean
  public ExecutionListener referralConsentObtained(ReferralListeners listeners) {
    return whenEnded(listeners::consentObtained);
  }

  @Bean
  public ExecutionListener referralOrderConfirmed(ReferralListeners listeners) {
    return whenEnded(listeners::orderConfirmed);
  }

  @Bean
  public JavaDelegate referralIssueVoucher(ReferralListeners listeners) {
    return listeners::issueVoucher;
  }

  @Bean
  public ExecutionListener referralInitialFeedback(ReferralListeners listeners) {
    return whenEnded(listeners::initialFeedbackGiven);
  }

  @Bean
  public ExecutionListener referralPhase2Decided(ReferralListeners listeners) {
    return whenEnded(listeners::phase2Decided);
  }

  @Bean
  public ExecutionListener referralInterimReported(ReferralListeners listeners) {
    return whenEnded(listeners::interimReported);
  }

  @Bean
  public ExecutionListener referralFinalReported(ReferralListeners listeners) {
    return whenEnded(listeners::finalReported);
  }

  @Bean
  public ExecutionListener referralNotTakenUp(ReferralListeners listeners) {
    return whenEnded(listeners::notTakenUpDecided);
  }

  @Bean
  public ExecutionListener referralResultReviewed(ReferralListeners listeners) {
    return whenEnded(listeners::resultReviewed);
  }

  @Bean
  public ExecutionListener referralRemindProvider(ReferralListeners listeners) {
    return whenEnded(listeners::remindProvider);
  }
}

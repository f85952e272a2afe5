package de.leistungskette.integration;

import static de.leistungskette.casework.Steps.whenEnded;

import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.deadline.Deadlines;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of "Integrationsmanagement" as beans (docs/adr/0002, 0008). */
@Configuration
public class IntegrationDelegates {

  @Bean
  public IntegrationListeners integrationListeners(IntegrationProperties properties, Periods periods,
      Deadlines deadlines, RunningCases runningCases) {
    return new IntegrationListeners(properties, periods, deadlines, runningCases);
  }

  @Bean
  public ExecutionListener imStarted(IntegrationListeners listeners) {
    return whenEnded(listeners::started);
  }

  @Bean
  public ExecutionListener imEnded(IntegrationListeners listeners) {
    return whenEnded(listeners::ended);
  }

  @Bean
  public ExecutionListener imEligibilityChecked(IntegrationListeners listeners) {
    return whenEnded(listeners::eligibilityChecked);
  }

  @Bean
  public ExecutionListener imReentryDecided(IntegrationListeners listeners) {
    return whenEnded(listeners::reentryDecided);
  }

  @Bean
  public ExecutionListener imFirstCounsellingHeld(IntegrationListeners listeners) {
    return whenEnded(listeners::firstCounsellingHeld);
  }

  @Bean
  public JavaDelegate imCalculatePeriod(IntegrationListeners listeners) {
    return listeners::calculatePeriod;
  }

  @Bean
  public ExecutionListener imPlanCreated(IntegrationListeners listeners) {
    return whenEnded(listeners::planCreated);
  }

  @Bean
  public TaskListener imShowPlan(IntegrationListeners listeners) {
    return listeners::showPlan;
  }

  @Bean
  public TaskListener imTakePlan(IntegrationListeners listeners) {
    return listeners::takePlan;
  }

  @Bean
  public TaskListener imShowPlanText(IntegrationListeners listeners) {
    return listeners::showPlanText;
  }

  @Bean
  public ExecutionListener imPlanReviewed(IntegrationListeners listeners) {
    return whenEnded(listeners::planReviewed);
  }

  @Bean
  public ExecutionListener imExtensionRequested(IntegrationListeners listeners) {
    return whenEnded(listeners::extensionRequested);
  }

  @Bean
  public ExecutionListener imExtensionDecided(IntegrationListeners listeners) {
    return whenEnded(listeners::extensionDecided);
  }

  @Bean
  public ExecutionListener imPhase2Chosen(IntegrationListeners listeners) {
    return whenEnded(listeners::phase2Chosen);
  }

  @Bean
  public ExecutionListener imBenefitsChanged(IntegrationListeners listeners) {
    return whenEnded(listeners::benefitsChanged);
  }

  @Bean
  public ExecutionListener imJobcenterTookOver(IntegrationListeners listeners) {
    return whenEnded(listeners::jobcenterTookOver);
  }

  @Bean
  public ExecutionListener imContinuationDecided(IntegrationListeners listeners) {
    return whenEnded(listeners::continuationDecided);
  }

  @Bean
  public ExecutionListener imPersonMoved(IntegrationListeners listeners) {
    return whenEnded(listeners::personMoved);
  }

  @Bean
  public ExecutionListener imPlanHandedOver(IntegrationListeners listeners) {
    return whenEnded(listeners::planHandedOver);
  }

  @Bean
  public ExecutionListener imCaseClosed(IntegrationListeners listeners) {
    return whenEnded(listeners::caseClosed);
  }
}

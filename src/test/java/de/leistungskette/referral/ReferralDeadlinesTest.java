package de.leistungskette.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of "Fristen der Zuweisung" (referral-deadlines) after the Düsseldorf table, seed 004 § 4.2. */
class ReferralDeadlinesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "individuell", value = {
      "CHILDCARE, 14, 14, individuell, false, 8",
      "CARE_OF_RELATIVES, individuell, individuell, individuell, false, individuell",
      "DEBT, 14, 14, 6, false, 26",
      "PSYCHOSOCIAL, 14, 14, 4, true, individuell",
      "ADDICTION, 14, 14, 4, true, 12"})
  void each_service_has_its_deadlines(String service, Integer firstAppointment, Integer initialFeedback, Integer interim,
      boolean appointmentCheck, Integer result) throws Exception {
    DmnDecision decision;
    try (InputStream in = Files.newInputStream(Path.of("processes/referral-deadlines.dmn"))) {
      decision = DMN.parseDecision("referral-deadlines", in);
    }
    DmnDecisionResultEntries row = DMN.evaluateDecision(decision, Map.of("service", service)).getSingleResult();
    assertThat((Object) row.getEntry("firstAppointmentDays")).isEqualTo(firstAppointment);
    assertThat((Object) row.getEntry("initialFeedbackDays")).isEqualTo(initialFeedback);
    assertThat((Object) row.getEntry("interimFeedbackWeeks")).isEqualTo(interim);
    assertThat((Object) row.getEntry("appointmentCheck")).isEqualTo(appointmentCheck);
    assertThat((Object) row.getEntry("resultWeeks")).isEqualTo(result);
  }
}

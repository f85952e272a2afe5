package de.leistungskette.referral;

import static de.leistungskette.EngineClock.*;
import static de.leistungskette.referral.KelReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through "Zuweisung kommunale Eingliederungsleistung" with concrete dates on the engine clock. */
@EngineTest
class KelReferralProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String clientId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    clientId = "K-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void a_debt_referral_with_consent_to_contents_runs_through_phase_2_reminders_and_the_result() {
    // Monday 23.11.2026
    ProcessInstance referral = start(day(2026, 11, 23, 9), "DEBT", "schuldnerberatung", true, "CONTENTS");

    Task initial = task(referral, INITIAL_FEEDBACK);
    assertThat(initial).hasCandidateGroup("traeger-schuldnerberatung").hasDueDate(endOf(2026, 12, 7));
    assertThat((String) runtimeService.getVariable(referral.getId(), VOUCHER_NUMBER)).matches("KEL-2026-\\d{6}");
    assertThat(referral).variables().containsEntry(FIRST_APPOINTMENT_DUE, "2026-12-07")
        .containsEntry(INTERIM_DUE, "2027-01-04").containsEntry(RESULT_DUE, "2027-05-24");

    now(day(2026, 12, 1, 10));
    complete(initial, withVariables(APPOINTMENT_KEPT, true, NEED_GROUP, "2", PSYCHOSOCIAL_NEEDED, true));
    assertThat(referral).variables().containsEntry(PHASE_2_NEEDED, true);
    assertThat((String) runtimeService.getVariable(referral.getId(), PLANNED_EFFORT))
        .startsWith("Schuldnerberatung, Hilfebedarfsgruppe 2").contains("Eingangsberatung: 1 Stunde");
    Task phase2 = task(referral, APPROVE_PHASE_2);
    assertThat(phase2).hasCandidateGroup("fallmanagement");
    complete(phase2, withVariables(PHASE_2_APPROVED, true));

    // The interim report (6 weeks: Mon 4.1.2027) is not done: the provider is reminded after the day,
    // a week later the caseworker learns it; the provider task stays open.
    Task interim = task(referral, INTERIM_REPORT);
    assertThat(interim).hasCandidateGroup("traeger-schuldnerberatung").hasDueDate(endOf(2027, 1, 4));
    now(day(2027, 1, 5, 0));
    execute(timer(referral, midnightAfter(2027, 1, 4)));
    assertThat(taskService.createTaskQuery().taskId(interim.getId()).singleResult().getPriority()).isEqualTo(80);
    assertThat((String) taskService.getVariableLocal(interim.getId(), "reminder")).startsWith("Erinnerung vom Di 5.1.2027");
    now(day(2027, 1, 12, 0));
    execute(timer(referral, midnightAfter(2027, 1, 11)));
    Task overdue = task(referral, FEEDBACK_OVERDUE);
    assertThat(overdue).hasCandidateGroup("fallmanagement");
    assertThat(overdue.getDueDate()).isNull();
    complete(overdue);

    complete(task(referral, INTERIM_REPORT), withVariables(RESULT, "Haushaltsplan erstellt", OUTLOOK, "Regulierung"));
    assertThat(task(referral, FINAL_REPORT)).hasDueDate(endOf(2027, 5, 24));
    now(day(2027, 5, 20, 9));
    complete(task(referral, FINAL_REPORT), withVariables(RESULT, "Vergleich mit allen Gläubigern", OUTLOOK, "keine"));
    complete(task(referral, REVIEW_RESULT), withVariables(NEXT_STEP, "CLOSE"));
    assertThat(referral).hasPassed("referralCompleted", "overdueFollowedUp", "reminderSent").isEnded();
  }

  @Test
  void without_consent_no_provider_ever_sees_the_case() {
    ProcessInstance referral = start(day(2026, 11, 23, 9), "ADDICTION", "suchtberatung", false, null);
    Task consent = task(referral, OBTAIN_CONSENT);
    assertThat(consent).hasCandidateGroup("fallmanagement");
    complete(consent, withVariables(CONSENT_GIVEN, false));
    assertThat(referral).hasPassed("endedWithoutConsent").isEnded();
    assertThat(taskService.createTaskQuery().taskCandidateGroup("traeger-suchtberatung")
        .processInstanceId(referral.getId()).count()).isZero();
  }

  @Test
  void consent_obtained_later_starts_the_provider_work_and_attendance_only_consent_keeps_contents_out() {
    ProcessInstance referral = start(day(2026, 11, 23, 9), "ADDICTION", "suchtberatung", false, null);
    complete(task(referral, OBTAIN_CONSENT), withVariables(CONSENT_GIVEN, true, CONSENT_SCOPE, "ATTENDANCE"));
    Task initial = task(referral, INITIAL_FEEDBACK);
    assertThat(initial).hasCandidateGroup("traeger-suchtberatung");
    assertThatThrownBy(() -> taskService.complete(initial.getId(), Map.of(APPOINTMENT_KEPT, true, NEED_GROUP, "3")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("nur Rückmeldungen zur Teilnahme")
        .hasMessageContaining("Hilfebedarfsgruppe");
    complete(initial, withVariables(APPOINTMENT_KEPT, true));
    // addiction: the 4-week check "Beratungstermin angenommen?" (Mon 21.12.2026)
    Task interim = task(referral, INTERIM_REPORT);
    assertThat(interim).hasDueDate(endOf(2026, 12, 21));
    assertThatThrownBy(() -> taskService.complete(interim.getId(), Map.of())).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("Beratungstermin angenommen (onwardAppointmentKept)");
    complete(interim, withVariables(ONWARD_APPOINTMENT_KEPT, true));
    // 12 weeks: Mon 15.2.2027
    assertThat(task(referral, FINAL_REPORT)).hasDueDate(endOf(2027, 2, 15));
  }

  @Test
  void a_voucher_not_redeemed_by_the_first_appointment_deadline_is_invalid_and_both_sides_learn_it() {
    // Friday 11.12.2026: 14 days end on Christmas Day → Monday 28.12. (26.12. is a Saturday and holiday)
    ProcessInstance referral = start(day(2026, 12, 11, 9), "CHILDCARE", "familienbuero", true, "ATTENDANCE");
    assertThat(referral).variables().containsEntry(FIRST_APPOINTMENT_DUE, "2026-12-28");
    assertThat(runtimeService.getVariable(referral.getId(), INTERIM_DUE)).isNull();
    now(day(2026, 12, 29, 0));
    execute(timer(referral, midnightAfter(2026, 12, 28)));

    Task returned = task(referral, VOUCHER_RETURNED);
    assertThat(returned).hasCandidateGroup("kel-koordination");
    assertThat(returned.getDueDate()).isNull();
    Task notTakenUp = task(referral, REFERRAL_NOT_TAKEN_UP);
    assertThat(notTakenUp).hasCandidateGroup("fallmanagement");
    assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(INITIAL_FEEDBACK)
        .count()).isZero();
    complete(returned);
    complete(notTakenUp, withVariables(NEXT_STEP, "REFER_AGAIN"));
    assertThat(referral).hasPassed("voucherBooked", "notTakenUpDone").isEnded();
  }

  @Test
  void an_appointment_not_kept_makes_the_voucher_invalid_at_once() {
    ProcessInstance referral = start(day(2026, 11, 23, 9), "CHILDCARE", "familienbuero", true, "ATTENDANCE");
    complete(task(referral, INITIAL_FEEDBACK), withVariables(APPOINTMENT_KEPT, false));
    assertThat(task(referral, VOUCHER_RETURNED)).hasCandidateGroup("kel-koordination");
    complete(task(referral, VOUCHER_RETURNED));
    complete(task(referral, REFERRAL_NOT_TAKEN_UP), withVariables(NEXT_STEP, "CLOSE"));
    assertThat(referral).hasPassed("voucherBooked", "notTakenUpDone").isEnded();
  }

  @Test
  void child_care_without_an_interim_report_goes_to_the_result_after_8_weeks_and_an_overdue_result_escalates() {
    // Monday 30.11.2026: the result is due after 8 weeks, Monday 25.1.2027
    ProcessInstance referral = start(day(2026, 11, 30, 9), "CHILDCARE", "familienbuero", true, "ATTENDANCE");
    complete(task(referral, INITIAL_FEEDBACK), withVariables(APPOINTMENT_KEPT, true));
    Task result = task(referral, FINAL_REPORT);
    assertThat(result).hasCandidateGroup("traeger-familienbuero").hasDueDate(endOf(2027, 1, 25));
    assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(INTERIM_REPORT)
        .count()).isZero();

    now(day(2027, 1, 26, 0));
    execute(timer(referral, midnightAfter(2027, 1, 25)));
    assertThat(taskService.createTaskQuery().taskId(result.getId()).singleResult().getPriority()).isEqualTo(80);
    now(day(2027, 2, 2, 0));
    execute(timer(referral, midnightAfter(2027, 2, 1)));
    complete(task(referral, FEEDBACK_OVERDUE));
    // attendance only: no contents
    assertThatThrownBy(() -> taskService.complete(result.getId(), Map.of(RESULT, "Kita-Platz gefunden")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("(Zwischen-)Ergebnis");
    complete(result);
    complete(task(referral, REVIEW_RESULT), withVariables(NEXT_STEP, "ADJUST_PLAN"));
    assertThat(referral).hasPassed("referralCompleted", "reminderSent", "overdueFollowedUp").isEnded();
  }

  @Test
  void care_of_relatives_gives_the_client_the_contact_and_no_provider_task() {
    ProcessInstance referral = start(day(2026, 11, 23, 9), "CARE_OF_RELATIVES", "pflegebuero", true, "ATTENDANCE");
    Task followUp = task(referral, CARE_OF_RELATIVES_FOLLOW_UP);
    assertThat(followUp.getDueDate()).isNull();
    complete(followUp);
    assertThat(referral).hasPassed("careContactGiven").isEnded();
  }

  @Test
  void debt_counselling_for_a_client_in_addiction_counselling_asks_for_the_order_first() {
    start(day(2026, 11, 23, 9), "ADDICTION", "suchtberatung", true, "ATTENDANCE");
    ProcessInstance debt = start(day(2026, 11, 24, 9), "DEBT", "schuldnerberatung", true, "ATTENDANCE");
    Task confirm = task(debt, CONFIRM_ORDER);
    assertThat(confirm).hasCandidateGroup("fallmanagement");
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(ORDER_CONFIRMED, false)))
        .isInstanceOf(RejectedInputException.class);
    complete(confirm, withVariables(ORDER_CONFIRMED, true));
    assertThat(task(debt, INITIAL_FEEDBACK)).hasCandidateGroup("traeger-schuldnerberatung");
  }

  @Test
  void psychosocial_clearing_needs_the_agreed_result_date_and_bad_input_starts_nothing() {
    assertThatThrownBy(() -> start(day(2026, 11, 23, 9), "PSYCHOSOCIAL", "gesundheitsamt", true, "ATTENDANCE"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Ergebnis bis (individualResultOn) fehlt");
    assertThatThrownBy(() -> start(day(2026, 11, 23, 9), "DEBT", "suchtberatung", true, "ATTENDANCE"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("bietet Schuldnerberatung nicht an");
    assertThatThrownBy(() -> start(day(2026, 11, 23, 9), "GAMBLING", "suchtberatung", true, "ATTENDANCE"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Leistung (service): unbekannter Wert");
    ProcessInstance referral = start(day(2026, 11, 23, 9), "PSYCHOSOCIAL", "gesundheitsamt", true, "ATTENDANCE",
        INDIVIDUAL_RESULT_ON, "2027-03-31");
    assertThat(referral).variables().containsEntry(RESULT_DUE, "2027-03-31").containsEntry(INTERIM_DUE, "2026-12-21")
        .containsEntry(APPOINTMENT_CHECK, true);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(Date now, String service, String provider, boolean consent, String scope,
      Object... more) {
    now(now);
    Map<String, Object> variables = new HashMap<>(Map.of(REFERRAL_ID, clientId + "-KEL-" + UUID.randomUUID()
        .toString().substring(0, 4), CLIENT_ID, clientId, CLIENT_NAME, "Erika Muster", BIRTH_DATE, "1980-01-01",
        SERVICE, service, PROVIDER_ID, provider, REASON, "Pfändung des Kontos", CONSENT_GIVEN, consent,
        REFERRED_ON, LocalDate.ofInstant(now.toInstant(), Deadlines.BERLIN).toString(), CASEWORKER_GROUP, "fallmanagement"));
    if (scope != null) {
      variables.put(CONSENT_SCOPE, scope);
    }
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private Job timer(ProcessInstance instance, Date due) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
        .filter(job -> job.getDuedate().equals(due)).findFirst().orElseThrow();
  }




}

package de.leistungskette.application;

import static de.leistungskette.EngineClock.*;
import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.leistungskette.EngineTest;
import de.leistungskette.platform.RejectedInputException;
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

/**
 * Every path through "Antragsbearbeitung (QEB)" with concrete dates on the engine clock, around
 * Easter, Christmas, month ends and Fronleichnam (DE-NW, the default state).
 */
@EngineTest
class QebApplicationProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String applicationId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    applicationId = "QEB-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- paths

  @Test
  void complete_documents_at_the_check_are_decided_within_7_days_and_an_approval_ends_the_case() {
    // Given: handed in on Thursday before Easter 2024
    ProcessInstance application = start("2024-03-28", "IN_PERSON", day(2024, 3, 28, 10));

    // Then: the check is due on Wednesday 3.4. (Karfreitag and Ostermontag are no working days)
    assertThat(application).isWaitingAt(CHECK_DOCUMENTS);
    assertThat(task(application)).hasCandidateGroup("fallkoordination").hasDueDate(endOf(2024, 4, 3));
    assertThat((String) taskService.getVariableLocal(task(application).getId(), "deadlineExplanation"))
        .contains("Zu erledigen bis Mittwoch, 3.4.2024", "Kein Arbeitstag: Fr 29.3.2024 (Karfreitag)");
    assertThat(runtimeService.getVariables(application.getId())).as("the day is the task's, not copied to the case")
        .doesNotContainKey("checkDocumentsDue");

    // When: checked complete on Tuesday 2.4.
    now(day(2024, 4, 2, 11));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, false));

    // Then: the QEB decides by Tuesday 9.4.
    assertThat(application).isWaitingAt(DECIDE_APPLICATION);
    assertThat(task(application)).hasCandidateGroup("qeb").hasDueDate(endOf(2024, 4, 9));
    assertThat(job(application).getDuedate()).as("MDS 15 days: 17.4., fires when it has ended").isEqualTo(midnightAfter(2024, 4, 17));

    complete(task(application), withVariables(DECISION, "APPROVED", DECISION_POSTED_ON, "2024-04-02"));

    assertThat(application).hasPassed("applicationApproved").isEnded();
  }

  @Test
  void an_application_from_an_institution_is_checked_like_one_handed_in() {
    ProcessInstance application = start("2025-12-30", "INSTITUTION", day(2025, 12, 30, 9));

    // 31.12. counts as a working day, Neujahr does not
    assertThat(application).isWaitingAt(CHECK_DOCUMENTS);
    assertThat(task(application)).hasDueDate(endOf(2026, 1, 2));
  }

  @Test
  void a_rejection_waits_one_month_after_notification_then_the_team_deregisters_the_record() {
    // Given: complete documents but an appointment is needed; complete documents arrive later
    ProcessInstance application = start("2025-01-20", "IN_PERSON", day(2025, 1, 20, 9));
    now(day(2025, 1, 21, 9));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, true));
    assertThat(application).isWaitingAt(REQUEST_DOCUMENTS);
    complete(task(application), withVariables(APPOINTMENT_ON, "2025-01-24", REQUEST_POSTED_ON, "2025-01-21",
        REFUSAL_WARNING_GIVEN, true));
    assertThat(application).isWaitingAt(DOCUMENTS_EXPECTED);
    now(day(2025, 1, 24, 12));
    correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, true));
    assertThat(application).isWaitingAt(DECIDE_APPLICATION);
    assertThat(task(application)).hasDueDate(endOf(2025, 1, 31));

    // When: rejected, notice posted on Monday 27.1.2025 → notified on Friday 31.1. (4 days)
    now(day(2025, 1, 27, 15));
    complete(task(application), withVariables(DECISION, "REJECTED", DECISION_POSTED_ON, "2025-01-27"));

    // Then: the objection period ends on 28.2.2025 (February has no 31st) and the timer fires after it
    assertThat(application).isWaitingAt(AWAIT_OBJECTION);
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2025, 2, 28));
    assertThat(application).variables().containsEntry(OBJECTION_DEADLINE, "2025-02-28");
    now(day(2025, 2, 28, 23));
    assertThat(executableJobs(application)).isZero();

    now(midnightAfter(2025, 2, 28));
    execute(job(application));

    assertThat(application).isWaitingAt(DEREGISTER_RECORD);
    assertThat(task(application)).hasCandidateGroup("fallmanagement").hasDueDate(endOf(2025, 3, 4));
    complete(task(application), withVariables(RECORD_DEREGISTERED, true));
    assertThat(application).hasPassed(RECORD_DEREGISTERED).isEnded();
  }

  @Test
  void a_jobcenter_without_a_connected_system_records_the_documents_in_its_queue() {
    // Request posted on Friday 11.12.2026 → notified Tuesday 15.12. (4 days) → 7 days → Tuesday 22.12.2026
    ProcessInstance application = start("2026-12-09", "IN_PERSON", day(2026, 12, 9, 9));
    requestMissingDocuments(application, day(2026, 12, 11, 10), "2026-12-11");
    Task expected = task(application);
    assertThat(expected).hasDefinitionKey(DOCUMENTS_EXPECTED).hasCandidateGroup("fallkoordination")
        .hasDueDate(endOf(2026, 12, 22));
    assertThat((String) taskService.getVariableLocal(expected.getId(), "deadlineExplanation"))
        .startsWith("Zu erledigen bis Dienstag, 22.12.2026").contains("§ 37 Abs. 2 SGB X");

    // Wednesday 16.12.: part of it at the counter; the form sends the answer as text
    now(day(2026, 12, 16, 11));
    complete(expected, withVariables(DOCUMENTS_COMPLETE, "false"));
    Task again = task(application);
    assertThat(again.getId()).isNotEqualTo(expected.getId());
    assertThat(again).hasDefinitionKey(DOCUMENTS_EXPECTED).hasDueDate(endOf(2026, 12, 22));
    assertThat(application).variables().containsEntry(DOCUMENT_DELIVERIES, 1).containsEntry(LAST_DELIVERY_ON, "2026-12-16");

    // no answer, no record: the task stays open
    assertThatThrownBy(() -> taskService.complete(again.getId()))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Unterlagen vollständig");
    assertThat(task(application).getId()).isEqualTo(again.getId());

    // Friday 18.12.: the rest; decision in 7 days: Friday 25.12. is Christmas → Monday 28.12.2026
    now(day(2026, 12, 18, 9));
    complete(again, withVariables(DOCUMENTS_COMPLETE, "true"));
    assertThat(application).isWaitingAt(DECIDE_APPLICATION).variables().containsEntry(DOCUMENT_DELIVERIES, 2)
        .containsEntry(DECISION_BASIS, "DOCUMENTS_COMPLETE").containsEntry(DECISION_FROM, "2026-12-18");
    assertThat(task(application)).hasDueDate(endOf(2026, 12, 28));
    assertThat(managementService.createJobQuery().processInstanceId(application.getId()).timers()
        .activityId("requestDeadlinePassed").count()).as("the deadline timer ended with the wait").isZero();

    // another system reporting the same documents now finds the case no longer waiting
    assertThatThrownBy(() -> correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, true)))
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
  }

  @Test
  void a_message_of_another_system_ends_the_team_s_task_and_is_recorded_the_same_way() {
    ProcessInstance application = start("2026-12-09", "IN_PERSON", day(2026, 12, 9, 9));
    requestMissingDocuments(application, day(2026, 12, 11, 10), "2026-12-11");
    Task expected = task(application);
    now(day(2026, 12, 21, 16));
    correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, true));
    assertThat(taskService.createTaskQuery().taskId(expected.getId()).singleResult()).isNull();
    assertThat(application).hasPassed(DOCUMENTS_RECEIVED).isWaitingAt(DECIDE_APPLICATION).variables()
        .containsEntry(DOCUMENT_DELIVERIES, 1).containsEntry(LAST_DELIVERY_ON, "2026-12-21");
  }

  @Test
  void partial_deliveries_are_recorded_and_the_wait_goes_on_until_documents_are_complete() {
    ProcessInstance application = start("2026-01-26", "IN_PERSON", day(2026, 1, 26, 9));
    requestMissingDocuments(application, day(2026, 1, 27, 10), "2026-01-27");

    now(day(2026, 1, 29, 10));
    correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, false));

    assertThat(application).isWaitingAt(DOCUMENTS_EXPECTED);
    assertThat(application).variables().containsEntry(DOCUMENT_DELIVERIES, 1).containsEntry(LAST_DELIVERY_ON, "2026-01-29");

    now(day(2026, 2, 2, 10));
    correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, true));

    assertThat(application).isWaitingAt(DECIDE_APPLICATION);
    assertThat(application).variables().containsEntry(DOCUMENT_DELIVERIES, 2)
        .containsEntry(DECISION_BASIS, "DOCUMENTS_COMPLETE").containsEntry(DECISION_FROM, "2026-02-02");
    assertThat(task(application)).hasDueDate(endOf(2026, 2, 9));
  }

  @Test
  void when_something_came_in_but_not_everything_the_decision_is_made_on_the_record_after_the_deadline() {
    // Request posted on 22.12.2027 → notified Sunday 26.12. (not moved) → 7 days → Sunday 2.1.2028 → Monday 3.1.
    ProcessInstance application = start("2027-12-20", "IN_PERSON", day(2027, 12, 20, 9));
    requestMissingDocuments(application, day(2027, 12, 22, 9), "2027-12-22");
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2028, 1, 3));
    assertThat(application).variables().containsEntry(REQUEST_DEADLINE, "2028-01-03");

    now(day(2027, 12, 28, 9));
    correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, false));

    now(day(2028, 1, 3, 23));
    assertThat(executableJobs(application)).as("the last day has not ended yet").isZero();
    now(midnightAfter(2028, 1, 3));
    execute(job(application));

    assertThat(application).hasPassed("requestDeadlinePassed").isWaitingAt(DECIDE_APPLICATION);
    assertThat(application).variables().containsEntry(DECISION_BASIS, "ON_RECORD").containsEntry(DECISION_FROM, "2028-01-03");
    assertThat(task(application)).hasCandidateGroup("qeb").hasDueDate(endOf(2028, 1, 10));
  }

  @Test
  void when_nothing_came_in_the_reception_refuses_and_an_objection_goes_to_the_qeb() {
    ProcessInstance application = start("2026-03-02", "IN_PERSON", day(2026, 3, 2, 9));
    requestMissingDocuments(application, day(2026, 3, 3, 9), "2026-03-03");

    // 3.3. + 4 = 7.3. notified, + 7 = Saturday 14.3. → Monday 16.3.
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2026, 3, 16));
    now(midnightAfter(2026, 3, 16));
    execute(job(application));

    assertThat(application).isWaitingAt(ISSUE_REFUSAL);
    assertThat(task(application)).hasCandidateGroup("eingangszone").hasDueDate(endOf(2026, 3, 23));
    now(day(2026, 3, 18, 10));
    complete(task(application), withVariables(DECISION_POSTED_ON, "2026-03-18"));
    assertThat(application).isWaitingAt(AWAIT_OBJECTION);
    assertThat(application).variables().containsEntry(DECISION, "REFUSED");

    now(day(2026, 4, 10, 10));
    correlate(MESSAGE_OBJECTION_RECEIVED, Map.of());

    assertThat(application).isWaitingAt(REVIEW_OBJECTION);
    assertThat(task(application)).hasCandidateGroup("qeb").hasDueDate(endOf(2026, 4, 24));
    complete(task(application), withVariables(OBJECTION_OUTCOME, "FORWARDED"));
    assertThat(application).hasPassed("objectionReviewed").isEnded();
  }

  @Test
  void a_postal_applicant_who_appears_is_checked_within_2_working_days_of_appearing() {
    ProcessInstance application = start("2024-05-27", "POST", day(2024, 5, 27, 9));

    assertThat(application).isWaitingAt(INVITE_POSTAL_APPLICANT);
    assertThat(task(application)).hasCandidateGroup("eingangszone").hasDueDate(endOf(2024, 5, 29));
    now(day(2024, 5, 28, 9));
    complete(task(application), withVariables(INVITATION_POSTED_ON, "2024-05-28"));
    assertThat(application).isWaitingAt(AWAIT_APPEARANCE);

    // Appears on Wednesday 29.5.2024; Fronleichnam (30.5.) is a holiday in NRW
    now(day(2024, 5, 29, 14));
    correlate(MESSAGE_APPLICANT_APPEARED, Map.of());

    assertThat(application).isWaitingAt(CHECK_DOCUMENTS);
    assertThat(task(application)).hasCandidateGroup("fallkoordination").hasDueDate(endOf(2024, 6, 3));
    assertThat(application).variables().containsEntry(APPEARED_ON, "2024-05-29")
        .containsEntry(APPEARANCE_LABEL, "Die Person ist am 29.5.2024 auf die Einladung erschienen.");
  }

  @Test
  void the_qeb_records_an_objection_that_came_in_at_the_counter_during_the_objection_period() {
    ProcessInstance application = start("2026-11-02", "IN_PERSON", day(2026, 11, 2, 9));
    now(day(2026, 11, 3, 9));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, false));
    // rejected, notice posted Monday 30.11.2026 → notified Friday 4.12. → one month → Monday 4.1.2027
    now(day(2026, 11, 30, 9));
    complete(task(application), withVariables(DECISION, "REJECTED", DECISION_POSTED_ON, "2026-11-30"));
    Task period = task(application);
    assertThat(application).isWaitingAt(AWAIT_OBJECTION);
    assertThat(period).hasCandidateGroup("qeb").hasDueDate(endOf(2027, 1, 4));
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2027, 1, 4));

    now(day(2026, 12, 31, 11)); // Silvester is a working day
    assertThatThrownBy(() -> taskService.complete(period.getId()))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Ist ein Widerspruch eingegangen?");
    complete(period, withVariables(OBJECTION_CONFIRMED, true));

    assertThat(application).isWaitingAt(REVIEW_OBJECTION).variables().containsEntry(OBJECTION_RECEIVED_ON, "2026-12-31");
    assertThat(managementService.createJobQuery().processInstanceId(application.getId()).timers()
        .activityId("objectionPeriodPassed").count()).isZero();
    assertThatThrownBy(() -> correlate(MESSAGE_OBJECTION_RECEIVED, Map.of()))
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
  }

  @Test
  void the_reception_confirms_in_its_queue_that_the_postal_applicant_appeared() {
    ProcessInstance application = start("2026-12-16", "POST", day(2026, 12, 16, 9));
    now(day(2026, 12, 18, 9));
    // posted Friday 18.12.2026 → notified Tuesday 22.12. → 5 days → Sunday 27.12. → Monday 28.12.2026
    complete(task(application), withVariables(INVITATION_POSTED_ON, "2026-12-18"));
    Task waiting = task(application);
    assertThat(application).isWaitingAt(AWAIT_APPEARANCE);
    assertThat(waiting).hasCandidateGroup("eingangszone").hasDueDate(endOf(2026, 12, 28));
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2026, 12, 28));

    // "Abschließen" without the confirmation records nothing
    now(day(2026, 12, 23, 10));
    assertThatThrownBy(() -> taskService.complete(waiting.getId()))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Ist die Person erschienen?");
    assertThat(application).isWaitingAt(AWAIT_APPEARANCE);

    // appears on Wednesday 23.12.; 24.12. is a working day, 25./26.12. holidays → check due Monday 28.12.2026
    complete(waiting, withVariables(APPEARANCE_CONFIRMED, true));
    assertThat(application).isWaitingAt(CHECK_DOCUMENTS).variables().containsEntry(APPEARED_ON, "2026-12-23")
        .containsEntry(APPEARANCE_LABEL, "Die Person ist am 23.12.2026 auf die Einladung erschienen.");
    assertThat(task(application)).hasCandidateGroup("fallkoordination").hasDueDate(endOf(2026, 12, 28));
    assertThat(managementService.createJobQuery().processInstanceId(application.getId()).count())
        .as("the invitation deadline ended with the wait").isZero();
    // another system reporting the same appearance now finds the case no longer waiting
    assertThatThrownBy(() -> correlate(MESSAGE_APPLICANT_APPEARED, Map.of()))
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
  }

  @Test
  void a_postal_applicant_who_does_not_appear_is_checked_after_the_invitation_deadline() {
    ProcessInstance application = start("2026-03-25", "POST", day(2026, 3, 25, 9));
    now(day(2026, 3, 27, 9));
    // invitation field left empty: posted today, Friday 27.3.2026
    complete(task(application));
    assertThat(application).variables().containsEntry(INVITATION_POSTED_ON, "2026-03-27");

    // notified Tuesday 31.3., + 5 days = Easter Sunday 5.4. → Ostermontag → Tuesday 7.4.
    assertThat(job(application).getDuedate()).isEqualTo(midnightAfter(2026, 4, 7));
    now(midnightAfter(2026, 4, 7));
    execute(job(application));

    assertThat(application).hasPassed("invitationDeadlinePassed").isWaitingAt(CHECK_DOCUMENTS);
    assertThat(application).variables().containsEntry(CHECK_FROM, "2026-04-07").doesNotContainKey(APPEARED_ON)
        .containsEntry(APPEARANCE_LABEL, "Die Person ist bis zum Ende der Einladungsfrist (7.4.2026) nicht erschienen.")
        // no yes/no copy of the sentence: nothing reads it (appearedOn says that the person came)
        .doesNotContainKey("applicantAppeared");
    assertThat(task(application)).hasDueDate(endOf(2026, 4, 9));
  }

  @Test
  void a_decision_open_after_15_days_goes_to_the_team_lead_and_stays_with_the_qeb() {
    ProcessInstance application = start("2025-06-03", "IN_PERSON", day(2025, 6, 3, 9));
    now(day(2025, 6, 4, 9));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, false));

    // 4.6. + 15 = 19.6.2025, Fronleichnam → Friday 20.6.
    Job minimumStandard = job(application);
    assertThat(minimumStandard.getDuedate()).isEqualTo(midnightAfter(2025, 6, 20));
    now(midnightAfter(2025, 6, 20));
    execute(minimumStandard);

    assertThat(application).isWaitingAt(DECIDE_APPLICATION, DECISION_OVERDUE);
    Task overdue = taskService.createTaskQuery().processInstanceId(application.getId())
        .taskDefinitionKey(DECISION_OVERDUE).singleResult();
    assertThat(overdue).hasCandidateGroup("teamleitung").hasDueDate(endOf(2025, 6, 20));
    complete(overdue, withVariables(OVERDUE_MEASURE, "Rücksprache mit der QEB, Entscheidung bis Montag"));
    assertThat(application).hasPassed("overdueReported").isWaitingAt(DECIDE_APPLICATION);

    now(day(2025, 6, 23, 9));
    Task decision = taskService.createTaskQuery().processInstanceId(application.getId()).singleResult();
    complete(decision, withVariables(DECISION, "APPROVED", DECISION_POSTED_ON, "2025-06-23"));
    assertThat(application).isEnded();
  }

  @Test
  void the_team_named_at_the_start_deregisters_the_record() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9), CASEWORKER_GROUP, "u25");
    now(day(2025, 3, 4, 9));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, false));
    complete(task(application), withVariables(DECISION, "REJECTED", DECISION_POSTED_ON, "2025-03-04"));
    now(midnightAfter(2025, 4, 8));
    execute(job(application));

    assertThat(task(application)).hasCandidateGroup("u25");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void a_start_with_missing_or_malformed_variables_is_rejected_and_creates_no_instance() {
    now(day(2025, 3, 3, 9));
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

    assertRejected(Map.of(CUSTOMER_NAME, "Erika Muster", RECEIVED_ON, "2025-03-03", CHANNEL, "POST"), APPLICATION_ID);
    assertRejected(Map.of(APPLICATION_ID, applicationId, RECEIVED_ON, "2025-03-03", CHANNEL, "POST"), CUSTOMER_NAME);
    assertRejected(Map.of(APPLICATION_ID, applicationId, CUSTOMER_NAME, "E", RECEIVED_ON, "3.3.2025", CHANNEL, "POST"),
        RECEIVED_ON);
    assertRejected(Map.of(APPLICATION_ID, applicationId, CUSTOMER_NAME, "E", RECEIVED_ON, "1999-12-31", CHANNEL, "POST"),
        "nicht vor dem 1.1.2000");
    assertRejected(Map.of(APPLICATION_ID, applicationId, CUSTOMER_NAME, "E", RECEIVED_ON, "2025-03-03", CHANNEL, "FAX"),
        CHANNEL);
    assertRejected(Map.of(APPLICATION_ID, applicationId, CUSTOMER_NAME, "E", RECEIVED_ON, "2025-03-03", CHANNEL, "POST",
        CASEWORKER_GROUP, "niemand"), CASEWORKER_GROUP);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
  }

  @Test
  void a_received_day_sent_as_a_date_is_taken_as_that_day_in_germany() {
    now(day(2025, 3, 3, 9));
    ProcessInstance application = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(
        APPLICATION_ID, applicationId, CUSTOMER_NAME, "Erika Mustermann", CHANNEL, "IN_PERSON",
        RECEIVED_ON, day(2025, 3, 3, 0)));

    assertThat(application).variables().containsEntry(RECEIVED_ON, "2025-03-03");
    assertThat(task(application)).hasDueDate(endOf(2025, 3, 5));
  }

  @Test
  void a_check_without_the_appointment_checkbox_means_no_appointment() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9));
    now(day(2025, 3, 4, 9));

    complete(task(application), withVariables(DOCUMENTS_STATUS, "COMPLETE"));

    assertThat(application).isWaitingAt(DECIDE_APPLICATION);
    assertThat(application).variables().containsEntry(APPOINTMENT_NEEDED, false);
  }

  @Test
  void the_business_key_is_the_application_id() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9));

    assertThat(application.getBusinessKey()).isEqualTo(applicationId);
  }

  @Test
  void a_rejected_task_completion_keeps_the_task_and_everything_recorded() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9));
    now(day(2025, 3, 4, 9));
    String checkId = task(application).getId();

    assertThatThrownBy(() -> taskService.complete(checkId, Map.of(DOCUMENTS_STATUS, "MAYBE", APPOINTMENT_NEEDED, false)))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(DOCUMENTS_STATUS);
    assertThatThrownBy(() -> taskService.complete(checkId, Map.of(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, "vielleicht")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(APPOINTMENT_NEEDED);

    assertThat(application).isWaitingAt(CHECK_DOCUMENTS);
    assertThat(task(application).getId()).isEqualTo(checkId);
    assertThat(runtimeService.getVariable(application.getId(), DOCUMENTS_STATUS)).isNull();
  }

  @Test
  void a_request_without_the_written_warning_of_section_66_or_dated_before_the_receipt_is_rejected() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9));
    now(day(2025, 3, 4, 9));
    complete(task(application), withVariables(DOCUMENTS_STATUS, "INCOMPLETE", APPOINTMENT_NEEDED, false));
    String requestId = task(application).getId();

    assertThatThrownBy(() -> taskService.complete(requestId, Map.of(MISSING_DOCUMENTS, "Kontoauszüge",
        REFUSAL_WARNING_GIVEN, false))).isInstanceOf(RejectedInputException.class).hasMessageContaining("§ 66");
    assertThatThrownBy(() -> taskService.complete(requestId, Map.of(REFUSAL_WARNING_GIVEN, true)))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(MISSING_DOCUMENTS);
    assertThatThrownBy(() -> taskService.complete(requestId, Map.of(MISSING_DOCUMENTS, "Kontoauszüge",
        REFUSAL_WARNING_GIVEN, true, REQUEST_POSTED_ON, "4.3.2025")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(REQUEST_POSTED_ON);
    assertThatThrownBy(() -> taskService.complete(requestId, Map.of(MISSING_DOCUMENTS, "Kontoauszüge",
        REFUSAL_WARNING_GIVEN, true, REQUEST_POSTED_ON, "2025-02-28")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Eingang");

    assertThat(application).isWaitingAt(REQUEST_DOCUMENTS);
  }

  @Test
  void a_documents_message_without_documents_complete_is_rejected_and_the_wait_goes_on() {
    ProcessInstance application = start("2025-03-03", "IN_PERSON", day(2025, 3, 3, 9));
    requestMissingDocuments(application, day(2025, 3, 4, 9), "2025-03-04");

    assertThatThrownBy(() -> correlate(MESSAGE_DOCUMENTS_RECEIVED, Map.of(DOCUMENTS_COMPLETE, "ja")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(DOCUMENTS_COMPLETE);

    assertThat(application).isWaitingAt(DOCUMENTS_EXPECTED);
    assertThat(application).variables().containsEntry(DOCUMENT_DELIVERIES, 0);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(String receivedOn, String channel, Date now, Object... more) {
    now(now);
    Map<String, Object> variables = new HashMap<>(Map.of(
        APPLICATION_ID, applicationId, CUSTOMER_NAME, "Erika Mustermann", RECEIVED_ON, receivedOn, CHANNEL, channel));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void requestMissingDocuments(ProcessInstance application, Date when, String postedOn) {
    now(when);
    complete(task(application), withVariables(DOCUMENTS_STATUS, "INCOMPLETE", APPOINTMENT_NEEDED, false));
    complete(task(application), withVariables(MISSING_DOCUMENTS, "Kontoauszüge der letzten 3 Monate",
        REQUEST_POSTED_ON, postedOn, REFUSAL_WARNING_GIVEN, true));
    assertThat(application).isWaitingAt(DOCUMENTS_EXPECTED);
  }

  private void correlate(String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(applicationId)
        .setVariables(variables).correlate();
  }

  private void assertRejected(Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(messagePart);
  }

  private long executableJobs(ProcessInstance application) {
    return managementService.createJobQuery().processInstanceId(application.getId()).executable().count();
  }




}

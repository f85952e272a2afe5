package de.leistungskette.intake;

import static de.leistungskette.EngineClock.*;
import static de.leistungskette.intake.NewClientIntake.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.EngineTest;
import de.leistungskette.application.QebApplication;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through "Neukundenaufnahme (Eingangszone)" (variant Aachen, the default) with concrete
 * dates on the engine clock, into the application processing and back.
 */
@EngineTest
class NewClientIntakeProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;

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
  void a_client_from_insured_employment_goes_to_the_joboffensive_and_a_rejection_reaches_the_team_the_same_day()
      throws Exception {
    // Given: registered on Friday 20.11.2026 after 5 months of insured employment; a household with
    // a daughter who turns 15 on the day of the decision, a son of 14 and a grandmother unable to work
    ProcessInstance intake = start(day(2026, 11, 20, 9), "1980-06-01", INSURED_EMPLOYMENT_MONTHS, 5,
        HOUSEHOLD, "Lea Muster; 25.11.2011; ja\nTim Muster; 02.03.2012; ja\nOma Muster; 01.01.1950; nein");

    // Then: routed by rule 1.2 a), the reception books the QEB today, the team counsels undated
    assertThat(intake).variables().containsEntry(TARGET_TEAM, "joboffensive")
        .containsEntry(ROUTING_RULE, "1.2 a) Zugang aus sv-pflichtiger Beschäftigung ≥ 3 Monate")
        .containsEntry(TARGET_TEAM_NAME, "Joboffensive").containsEntry(UNDER_25, false);
    assertThat(task(intake, BOOK_QEB_APPOINTMENT)).hasCandidateGroup("eingangszone").hasDueDate(endOf(2026, 11, 20));
    Task counselling = task(intake, FIRST_COUNSELLING);
    assertThat(counselling).hasCandidateGroup("joboffensive");
    assertThat(counselling.getDueDate()).isNull();
    assertThat(explanation(counselling)).startsWith("Ohne Frist. Neukunde, Mindeststandards beachten");

    // When: the QEB is booked for Monday and held then
    complete(task(intake, BOOK_QEB_APPOINTMENT), withVariables(QEB_APPOINTMENT_ON, "2026-11-23"));
    assertThat(task(intake, CONDUCT_QEB)).hasCandidateGroup("qeb").hasDueDate(endOf(2026, 11, 23));
    assertThatThrownBy(() -> taskService.complete(task(intake, CONDUCT_QEB).getId(),
        Map.of(QEB_ATTENDED, true, APPLICATION_STATE, "Antrag vollständig")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("erst am Mo 23.11.2026");
    now(day(2026, 11, 23, 10));
    complete(task(intake, CONDUCT_QEB), withVariables(QEB_ATTENDED, true, APPLICATION_STATE, "Antrag vollständig"));

    // Then: the application processing runs for the same team, received on the QEB day
    ProcessInstance application = application(clientId + "-QEB-1");
    assertThat(application).variables().containsEntry(QebApplication.RECEIVED_ON, "2026-11-23")
        .containsEntry(QebApplication.CHANNEL, "IN_PERSON").containsEntry(QebApplication.CASEWORKER_GROUP, "joboffensive")
        .containsEntry(QebApplication.CUSTOMER_NAME, "Erika Muster");

    // When: checked complete, rejected on Wednesday 25.11. (Lea's 15th birthday)
    now(day(2026, 11, 25, 11));
    complete(task(application, QebApplication.CHECK_DOCUMENTS),
        withVariables(QebApplication.DOCUMENTS_STATUS, "COMPLETE", QebApplication.APPOINTMENT_NEEDED, false));
    complete(task(application, QebApplication.DECIDE_APPLICATION), withVariables(QebApplication.DECISION, "REJECTED"));

    // Then: the intake learns it at once: notes for the client and Lea, an undated follow-up for the team
    assertThat(application).isWaitingAt(QebApplication.AWAIT_OBJECTION);
    assertThat(intake).variables().containsEntry(DECISION, "REJECTED").containsEntry(DECIDED_ON, "2026-11-25")
        .containsEntry(HAND_BACK_TO_ALG1, false);
    JsonNode notes = notes(intake);
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).path("name").asText()).isEqualTo("Erika Muster");
    assertThat(notes.get(1).path("name").asText()).isEqualTo("Lea Muster");
    assertThat(notes.get(1).path("age").asInt()).isEqualTo(15);
    assertThat(notes.get(1).path("text").asText()).isEqualTo("Antrag " + clientId + "-QEB-1 am 25.11.2026 abgelehnt.");
    Task followUp = task(intake, FOLLOW_UP_REJECTED);
    assertThat(followUp).hasCandidateGroup("joboffensive");
    assertThat(followUp.getDueDate()).isNull();
    complete(followUp, withVariables("followUpNote", "Stammdaten geprüft"));

    // When: the team counsels; the partner did not come
    complete(task(intake, FIRST_COUNSELLING), withVariables(RESPONSIBILITY_DISPUTED, false, CLIENT_ATTENDED, true,
        PARTNER_ATTENDANCE, "ABSENT"));

    // Then: the partner is invited today, the period runs 7 days after notification
    assertThat(task(intake, INVITE_PARTNER)).hasCandidateGroup("joboffensive").hasDueDate(endOf(2026, 11, 25));
    complete(task(intake, INVITE_PARTNER), withVariables(PARTNER_INVITATION_POSTED_ON, ""));
    // posted Wed 25.11., notified Sun 29.11., 7 days: Sunday 6.12. → Monday 7.12.
    assertThat(intake).variables().containsEntry(PARTNER_INVITATION_POSTED_ON, "2026-11-25")
        .containsEntry(PARTNER_INVITATION_DEADLINE, "2026-12-07");

    // When: the objection period passes and the team deregisters the record
    now(day(2027, 1, 5, 9));
    execute(managementService.createJobQuery().processInstanceId(application.getId()).singleResult());
    complete(task(application, QebApplication.DEREGISTER_RECORD), withVariables(QebApplication.RECORD_DEREGISTERED, true));

    // Then: everything is done
    assertThat(application).isEnded();
    assertThat(intake).hasPassed("applicationProcessed", "rejectionFollowedUp", "partnerInvited").isEnded();
  }

  @Test
  void an_approval_writes_notes_without_a_follow_up_and_a_transfer_from_sgb3_is_routed_by_profile() {
    ProcessInstance intake = start(day(2026, 12, 31, 9), "1970-02-28", CASE_TYPE, "TRANSFER_SGB3", PROFILE, "EP");
    assertThat(intake).variables().containsEntry(TARGET_TEAM, "arbeitsvermittlung")
        .containsEntry(ROUTING_RULE, "1.1 marktnah (Aktivierungs-/Entwicklungsprofil)");

    complete(task(intake, BOOK_QEB_APPOINTMENT), withVariables(QEB_APPOINTMENT_ON, "2026-12-31"));
    complete(task(intake, CONDUCT_QEB), withVariables(QEB_ATTENDED, true, APPLICATION_STATE, "vollständig"));
    ProcessInstance application = application(clientId + "-QEB-1");
    now(day(2027, 1, 4, 9));
    complete(task(application, QebApplication.CHECK_DOCUMENTS),
        withVariables(QebApplication.DOCUMENTS_STATUS, "COMPLETE", QebApplication.APPOINTMENT_NEEDED, false));
    complete(task(application, QebApplication.DECIDE_APPLICATION), withVariables(QebApplication.DECISION, "APPROVED"));

    assertThat(application).isEnded();
    assertThat(intake).hasPassed("approvalNoted", "applicationProcessed").variables()
        .containsEntry(DECISION, "APPROVED").containsEntry(HAND_BACK_TO_ALG1, false);
    assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey(FOLLOW_UP_REJECTED)
        .count()).isZero();

    complete(task(intake, FIRST_COUNSELLING), withVariables(CLIENT_ATTENDED, true, PARTNER_ATTENDANCE, "NONE"));
    assertThat(intake).hasPassed("counsellingDone").isEnded();
  }

  @Test
  void a_no_show_at_the_qeb_informs_the_team_without_a_due_date_and_a_late_qeb_starts_the_application() {
    ProcessInstance intake = start(day(2026, 5, 29, 9), "1990-05-29", COMPLETED_STUDIES, true);
    assertThat(intake).variables().containsEntry(TARGET_TEAM, "hochschulteam");
    // Friday before Whit Monday: booked for Tuesday 2.6.
    complete(task(intake, BOOK_QEB_APPOINTMENT), withVariables(QEB_APPOINTMENT_ON, "2026-06-02"));
    now(day(2026, 6, 2, 16));
    complete(task(intake, CONDUCT_QEB), withVariables(QEB_ATTENDED, false));

    Task noShow = task(intake, FOLLOW_UP_NO_SHOW);
    assertThat(noShow).hasCandidateGroup("hochschulteam");
    assertThat(noShow.getDueDate()).isNull();
    assertThat(intake).isWaitingAt(AWAIT_LATE_QEB);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(QebApplication.PROCESS_KEY)
        .processInstanceBusinessKey(clientId + "-QEB-1").count()).isZero();

    // When: the QEB is held on Monday 15.6. and reported on Tuesday
    now(day(2026, 6, 16, 9));
    assertThatThrownBy(() -> correlate(MESSAGE_QEB_HELD_LATE, Map.of(QEB_HELD_ON, "2026-06-17")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("liegt nach heute");
    correlate(MESSAGE_QEB_HELD_LATE, Map.of(QEB_HELD_ON, "2026-06-15"));

    // Then: the team learns it the same way, and the application starts as received that day
    Task late = task(intake, FOLLOW_UP_QEB_HELD_LATE);
    assertThat(late).hasCandidateGroup("hochschulteam");
    assertThat(late.getDueDate()).isNull();
    assertThat(application(clientId + "-QEB-1")).variables().containsEntry(QebApplication.RECEIVED_ON, "2026-06-15");
    complete(noShow);
    complete(late);
    assertThat(intake).hasPassed("noShowFollowedUp", "lateQebFollowedUp");
  }

  @Test
  void without_a_qeb_the_intake_waits_six_months_and_then_ends_that_branch() {
    ProcessInstance intake = start(day(2026, 2, 27, 9), "1985-01-01");
    complete(task(intake, BOOK_QEB_APPOINTMENT), withVariables(QEB_APPOINTMENT_ON, "2026-02-27"));
    complete(task(intake, CONDUCT_QEB), withVariables(QEB_ATTENDED, false));

    // 183 days after Friday 27.2.2026: Saturday 29.8. → Monday 31.8.; the timer fires after it
    var timer = managementService.createJobQuery().processInstanceId(intake.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(midnightAfter(2026, 8, 31));
    now(day(2026, 9, 1, 0));
    execute(timer);
    assertThat(intake).hasPassed("intakeEndedWithoutQeb");
    assertThat(intake).isNotWaitingAt(AWAIT_LATE_QEB);
  }

  @Test
  void a_client_under_25_goes_to_the_u25_team_and_the_25th_birthday_on_the_day_of_registration_counts() {
    // one day before the 25th birthday: U25
    ProcessInstance young = start(day(2026, 11, 20, 9), "2001-11-21", INSURED_EMPLOYMENT_MONTHS, 12);
    assertThat(young).variables().containsEntry(UNDER_25, true).containsEntry(TARGET_TEAM, "u25");
    assertThat(task(young, FIRST_INTERVIEW_U25)).hasCandidateGroup("u25").hasDueDate(endOf(2026, 11, 20));
    complete(task(young, FIRST_INTERVIEW_U25), withVariables(CLIENT_ATTENDED, true, PARTNER_ATTENDANCE, "NONE"));

    // the 25th birthday is the day of registration: not U25 any more
    clientId = clientId + "b";
    ProcessInstance twentyFive = start(day(2026, 11, 20, 9), "2001-11-20", INSURED_EMPLOYMENT_MONTHS, 12);
    assertThat(twentyFive).variables().containsEntry(UNDER_25, false).containsEntry(TARGET_TEAM, "joboffensive");
  }

  @Test
  void a_disputed_responsibility_is_decided_by_the_team_lead_and_the_case_moves_to_that_queue() {
    ProcessInstance intake = start(day(2026, 11, 20, 9), "1980-01-01", EMPLOYED_NOW, true);
    assertThat(intake).variables().containsEntry(TARGET_TEAM, "fallmanagement");

    assertThatThrownBy(() -> taskService.complete(task(intake, FIRST_COUNSELLING).getId(),
        Map.of(RESPONSIBILITY_DISPUTED, true))).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("Begründung (disputeReason) fehlt");
    complete(task(intake, FIRST_COUNSELLING), withVariables(RESPONSIBILITY_DISPUTED, true,
        DISPUTE_REASON, "Marktnah, gehört in die Arbeitsvermittlung"));

    Task decide = task(intake, DECIDE_RESPONSIBILITY);
    assertThat(decide).hasCandidateGroup("teamleitung");
    assertThat(decide.getDueDate()).isNull();
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(TARGET_TEAM, "teamleitung")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("unbekannter Wert „teamleitung“");
    complete(decide, withVariables(TARGET_TEAM, "arbeitsvermittlung", RESPONSIBILITY_NOTE, "Profil AP"));

    assertThat(task(intake, FIRST_COUNSELLING)).hasCandidateGroup("arbeitsvermittlung");
    assertThat(intake).variables().containsEntry(TARGET_TEAM_NAME, "Arbeitsvermittlung")
        .containsEntry(ROUTING_RULE, "Entscheidung der Teamleitung (Anlage 7): Arbeitsvermittlung; zuvor: "
            + "1.2 f) Meldung mit laufender sv-pflichtiger Beschäftigung");

    // the client does not come: the team informs the QEB
    complete(task(intake, FIRST_COUNSELLING), withVariables(RESPONSIBILITY_DISPUTED, false, CLIENT_ATTENDED, false));
    Task note = task(intake, NOTE_COUNSELLING_NO_SHOW);
    assertThat(note).hasCandidateGroup("qeb");
    assertThat(note.getDueDate()).isNull();
    complete(note);
    assertThat(intake).hasPassed("counsellingNoShowNoted");
  }

  @Test
  void bad_input_is_refused_in_german_and_nothing_starts() {
    assertRefused(Map.of(BIRTH_DATE, "1980-02-30"), "Geburtsdatum (birthDate): „1980-02-30“ ist kein gültiges Datum");
    assertRefused(Map.of(CASE_TYPE, "UMZUG"), "Fallgestaltung (caseType): unbekannter Wert „UMZUG“");
    assertRefused(Map.of(INSURED_EMPLOYMENT_MONTHS, -1), "liegt nicht zwischen 0 und 600");
    assertRefused(Map.of(HOUSEHOLD, "Max; 31.02.2010; ja"), "„31.02.2010“ ist kein gültiges Datum (TT.MM.JJJJ)");
    assertRefused(Map.of(HOUSEHOLD, "[{\"name\": \"Max\", \"birthDate\": \"2010-01-01\"}]"), "ableToWork fehlt");
    assertRefused(Map.of(REGISTERED_ON, "2026-11-21"), "liegt nach heute");
    assertRefused(Map.of(CLIENT_ID, "-1"), "Kundennummer (clientId)");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(clientId).count()).isZero();

    // one running intake per client
    start(day(2026, 11, 20, 9), "1980-01-01");
    assertThatThrownBy(() -> start(day(2026, 11, 20, 10), "1980-01-01")).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining(clientId);
  }

  @Test
  void a_rule_changed_in_the_table_routes_new_intakes_after_a_restart() throws Exception {
    // The process owner sends the remaining new clients (1.2 k) to the Arbeitsvermittlung in Camunda
    // Modeler; a restart deploys model and table together (deployment by path), as done here.
    String table = Files.readString(Path.of("processes", "intake-routing.dmn"), StandardCharsets.UTF_8);
    String changed = table.replace("<outputEntry id=\"aachen_20_team\"><text>\"fallmanagement\"</text>",
        "<outputEntry id=\"aachen_20_team\"><text>\"arbeitsvermittlung\"</text>");
    assertThat(changed).isNotEqualTo(table);
    Deployment deployment = repositoryService.createDeployment().name("Regel geändert")
        .addString("processes/intake-routing.dmn", changed)
        .addString("processes/new-client-intake.bpmn",
            Files.readString(Path.of("processes", "new-client-intake.bpmn"), StandardCharsets.UTF_8))
        .deploy();
    try {
      ProcessInstance intake = start(day(2026, 11, 20, 9), "1980-01-01");
      assertThat(intake).variables().containsEntry(TARGET_TEAM, "arbeitsvermittlung")
          .containsEntry(ROUTING_RULE, "1.2 k) übrige Kunden (marktferne Profillagen)");
      assertThat(task(intake, FIRST_COUNSELLING)).hasCandidateGroup("arbeitsvermittlung");
      runtimeService.deleteProcessInstance(intake.getId(), "Test");
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    assertThat(runtimeService.getVariable(start(day(2026, 11, 20, 10), "1980-01-01").getId(), TARGET_TEAM))
        .isEqualTo("fallmanagement");
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(Date now, String birthDate, Object... more) {
    now(now);
    Map<String, Object> variables = new HashMap<>(Map.of(CLIENT_ID, clientId, CLIENT_NAME, "Erika Muster",
        BIRTH_DATE, birthDate, REGISTERED_ON, LocalDate.ofInstant(now.toInstant(), Deadlines.BERLIN).toString()));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void assertRefused(Map<String, Object> change, String message) {
    now(day(2026, 11, 20, 9));
    Map<String, Object> variables = new HashMap<>(Map.of(CLIENT_ID, clientId, CLIENT_NAME, "Erika Muster",
        BIRTH_DATE, "1980-01-01", REGISTERED_ON, "2026-11-20"));
    variables.putAll(change);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining(message);
  }

  private ProcessInstance application(String applicationId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(QebApplication.PROCESS_KEY)
        .processInstanceBusinessKey(applicationId).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private String explanation(Task task) {
    return (String) taskService.getVariableLocal(task.getId(), "deadlineExplanation");
  }

  private JsonNode notes(ProcessInstance intake) throws Exception {
    return new ObjectMapper().readTree(runtimeService.getVariable(intake.getId(), HISTORY_NOTES).toString());
  }

  private void correlate(String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(clientId).setVariables(variables)
        .correlate();
  }




}

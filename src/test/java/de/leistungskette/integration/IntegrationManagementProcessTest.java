package de.leistungskette.integration;

import static de.leistungskette.EngineClock.*;
import static de.leistungskette.integration.IntegrationManagement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through "Integrationsmanagement" with concrete dates on the engine clock. */
@EngineTest
class IntegrationManagementProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  private String personId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    personId = "P-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void bw_first_counselling_on_a_leap_day_runs_three_years_and_the_plan_keeps_every_version() {
    now(day(2028, 2, 29, 10)); // Tuesday, leap day
    ProcessInstance im = start("2028-02-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW");
    assertThat(im).isWaitingAt(FIRST_COUNSELLING);
    Task first = task(im, FIRST_COUNSELLING);
    assertThat(first).hasCandidateGroup("integrationsmanagement");
    assertThat(first.getDueDate()).isNull();
    assertThat(taskService.getVariableLocal(first.getId(), "caseName")).isEqualTo("Amina Yusuf");
    complete(first, withVariables(FIRST_COUNSELLING_ON, "2028-02-29", TIME_LIMIT_EXPLAINED, true));

    // 36 months after 29.2.2028: February 2031 has no 29th, so its last day (§ 188 Abs. 3 BGB)
    assertThat(im).variables().containsEntry(COUNSELLING_ENDS_ON, "2031-02-28").containsEntry(CLOSING_NOTICE_ON, "2031-01-31")
        .containsEntry(EXTENSION_MONTHS_LEFT, 12);
    assertThat((String) runtimeService.getVariable(im.getId(), COUNSELLING_EXPLANATION)).contains("§ 188 Abs. 3 BGB")
        .contains("29.2.2028");

    identityService.setAuthentication("im1", java.util.List.of("integrationsmanagement"));
    complete(task(im, CREATE_INTEGRATION_PLAN), withVariables("qualifications", "Schneiderin, 8 Jahre Berufserfahrung",
        "goalLanguage", "Deutsch B1", "goalLanguageBy", "2028-12-31", "goalLanguageStatus", "OPEN",
        "goalWorkStatus", "OPEN", "planChangeNote", "Erste Fassung mit der Person besprochen"));
    identityService.clearAuthentication();
    JsonNode plan = plan(im);
    assertThat(plan.path("version").asInt()).isEqualTo(1);
    assertThat(plan.path("goals").path("language").path("by").asText()).isEqualTo("2028-12-31");
    assertThat(plan.path("goals").has("work")).isFalse();
    assertThat(runtimeService.getVariable(im.getId(), "goalLanguage")).as("form fields are not kept twice").isNull();
    assertThat(runtimeService.getVariables(im.getId())).doesNotContainKey("goalLanguage");

    // review due six months later: 29.8.2028; the form shows the current plan
    Task review = task(im, REVIEW_INTEGRATION_PLAN);
    assertThat(review).hasDueDate(endOf(2028, 8, 29));
    assertThat(taskService.getVariableLocal(review.getId(), "goalLanguage")).isEqualTo("Deutsch B1");
    now(day(2028, 8, 29, 9));
    // what Tasklist does: the form shows the task's variables and submits every field
    Map<String, Object> form = new HashMap<>(taskService.getVariablesLocal(review.getId()));
    form.keySet().retainAll(IntegrationPlan.formKeys());
    form.put("goalLanguageStatus", "IN_PROGRESS");
    form.put("goalWork", "Praktikum in einer Schneiderei");
    form.put("planChangeNote", "Kurs begonnen");
    form.put(REVIEW_OUTCOME, "CONTINUE");
    complete(review, form);
    plan = plan(im);
    assertThat(plan.path("version").asInt()).isEqualTo(2);
    assertThat(plan.path("profile").path("qualifications").asText()).isEqualTo("Schneiderin, 8 Jahre Berufserfahrung");
    assertThat(plan.path("goals").path("language").path("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode history = history(im);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).path("changedBy").asText()).isEqualTo("im1");
    assertThat(history.get(1).path("changedAt").asText()).isEqualTo("2028-08-29T09:00");
    assertThat(history.get(1).path("note").asText()).isEqualTo("Kurs begonnen");
    assertThat(history.get(1).path("changes").toString()).contains("Ziel Spracherwerb").contains("offen").contains("in Arbeit")
        .contains("Ziel Arbeit und Beschäftigung").doesNotContain("Qualifikationen");
    assertThat(history.get(0).path("plan").path("version").asInt()).isEqualTo(1);

    // the next review: 29.8.2028 + 6 months = 28.2.2029
    Task next = task(im, REVIEW_INTEGRATION_PLAN);
    assertThat(next).hasDueDate(endOf(2029, 2, 28));
    // unchanged fields and no note: no new version
    Map<String, Object> same = new HashMap<>(taskService.getVariablesLocal(next.getId()));
    same.keySet().retainAll(IntegrationPlan.formKeys());
    same.put(REVIEW_OUTCOME, "CONTINUE");
    complete(next, same);
    assertThat(history(im)).hasSize(2);

    // four weeks before the end: "Beratung abschließen", due on 28.2.2031
    Job notice = timer(im, day(2031, 1, 31, 0));
    now(day(2031, 1, 31, 0));
    execute(notice);
    Task close = task(im, CLOSE_CASE);
    assertThat(close).hasDueDate(endOf(2031, 2, 28));
    assertThat((String) taskService.getVariableLocal(close.getId(), PLAN_TEXT)).contains("Deutsch B1 · bis 31.12.2028 · in Arbeit");
    now(day(2031, 2, 28, 11));
    complete(close, withVariables(CLOSING_NOTE, "An die Migrationsberatung vermittelt"));
    assertThat(im).hasPassed("periodEnded", "caseClosed").isEnded();
    assertThat(ended(im, CASE_OUTCOME)).isEqualTo("PERIOD_ENDED");
    assertThat(ended(im, CLOSED_ON)).isEqualTo("2031-02-28");
  }

  @Test
  void two_extensions_of_8_and_6_months_the_second_is_cut_to_4_and_the_end_moves_with_them() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-10-01", "UKRAINE_24", "SGB2", "PRIVATE", "BW"), "2026-11-23");
    assertThat(im).variables().containsEntry(COUNSELLING_ENDS_ON, "2029-11-23");

    // from the review: 8 months, illiteracy
    Task review = task(im, REVIEW_INTEGRATION_PLAN);
    complete(review, reviewWith("REQUEST_EXTENSION", EXTENSION_MONTHS_REQUESTED, 8L, EXTENSION_REASON, "ILLITERACY"));
    assertThat(im).isWaitingAt(APPROVE_EXTENSION, REVIEW_INTEGRATION_PLAN);
    Task approve = task(im, APPROVE_EXTENSION);
    assertThat(approve).hasCandidateGroup("teamleitung").hasDueDate(endOf(2029, 11, 23));
    assertThat(runtimeService.getVariable(im.getId(), EXTENSION_MONTHS_APPROVED)).isEqualTo(8);
    // a second request while one is open is refused
    assertThatThrownBy(() -> correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, 2,
        EXTENSION_REASON, "DISABILITY"))).isInstanceOf(RejectedInputException.class).hasMessageContaining("bereits");
    complete(approve, withVariables(EXTENSION_APPROVED, true, EXTENSION_MONTHS_APPROVED, 8.0,
        EXTENSION_DECISION_NOTE, "Alphabetisierungskurs läuft"));
    assertThat(im).variables().containsEntry(COUNSELLING_ENDS_ON, "2030-07-23").containsEntry(EXTENSION_MONTHS_GRANTED, 8)
        .containsEntry(EXTENSION_MONTHS_LEFT, 4).containsEntry(CLOSING_NOTICE_ON, "2030-06-25");
    // the waiting timer moved with the end
    Job notice = timer(im, day(2030, 6, 25, 0));
    now(day(2030, 6, 25, 0));
    execute(notice);
    Task close = task(im, CLOSE_CASE);
    assertThat(close).hasDueDate(endOf(2030, 7, 23));

    // from another system: 6 more months, of which 4 are left
    correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, 6, EXTENSION_REASON, "OTHER",
        EXTENSION_REASON_TEXT, "Pflege eines Angehörigen, Kurs unterbrochen"));
    complete(task(im, APPROVE_EXTENSION), withVariables(EXTENSION_APPROVED, true, EXTENSION_MONTHS_APPROVED, 6L,
        EXTENSION_DECISION_NOTE, "Begründet"));
    assertThat(im).variables().containsEntry(EXTENSION_MONTHS_GRANTED, 12).containsEntry(EXTENSION_MONTHS_APPROVED, 4)
        .containsEntry(EXTENSION_MONTHS_LEFT, 0).containsEntry(COUNSELLING_ENDS_ON, "2030-11-23");
    assertThat(runtimeService.getVariables(im.getId())).as("the plan is one variable").doesNotContainKey("goalLanguage");
    assertThat((String) runtimeService.getVariable(im.getId(), EXTENSION_DECISION_NOTE))
        .startsWith("Genehmigt 6 Monate, gewährt 4");
    // the open closing task follows the new end
    assertThat(task(im, CLOSE_CASE)).hasDueDate(endOf(2030, 11, 23));
    assertThat((String) taskService.getVariableLocal(task(im, CLOSE_CASE).getId(), TaskDeadlines.EXPLANATION))
        .startsWith("Zu erledigen bis Samstag, 23.11.2030");

    // nothing is left
    assertThatThrownBy(() -> correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, 1,
        EXTENSION_REASON, "DISABILITY"))).isInstanceOf(RejectedInputException.class).hasMessageContaining("ausgeschöpft");
    Task last = task(im, REVIEW_INTEGRATION_PLAN);
    assertThatThrownBy(() -> taskService.complete(last.getId(), reviewWith("REQUEST_EXTENSION",
        EXTENSION_MONTHS_REQUESTED, 1L, EXTENSION_REASON, "DISABILITY"))).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("ausgeschöpft");
    assertThat(plan(im).path("version").asInt()).as("a refused step records nothing").isEqualTo(1);
    assertThat(history(im)).as("extensions leave the plan as it was").hasSize(1);
    assertThat(plan(im).path("goals").path("language").path("goal").asText()).isEqualTo("Deutsch B1");
  }

  @Test
  void a_refused_extension_keeps_the_end() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"), "2026-11-23");
    correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, "3", EXTENSION_REASON, "CHRONIC_ILLNESS"));
    Task approve = task(im, APPROVE_EXTENSION);
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of(EXTENSION_APPROVED, false)))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Begründung der Entscheidung");
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of(EXTENSION_APPROVED, true,
        EXTENSION_MONTHS_APPROVED, 13, EXTENSION_DECISION_NOTE, "x"))).isInstanceOf(RejectedInputException.class)
        .hasMessageContaining("zwischen 1 und 12");
    complete(approve, withVariables(EXTENSION_APPROVED, false, EXTENSION_DECISION_NOTE, "Nicht belegt"));
    assertThat(im).hasPassed("extensionDecided").variables().containsEntry(COUNSELLING_ENDS_ON, "2029-11-23")
        .containsEntry(EXTENSION_MONTHS_GRANTED, 0);
    assertThatThrownBy(() -> correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, 3,
        EXTENSION_REASON, "OTHER"))).isInstanceOf(RejectedInputException.class).hasMessageContaining("bitte begründen");
  }

  @Test
  void wiesbaden_assignment_on_31_august_phase_1_ends_on_the_leap_day_then_phase_2_and_the_jobcenter() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = start("2026-08-31", "REFUGEE_FOLLOW_UP", "ASYLBLG", "PRIVATE", "WIESBADEN");
    complete(task(im, FIRST_COUNSELLING), withVariables(FIRST_COUNSELLING_ON, "2026-09-15", TIME_LIMIT_EXPLAINED, true));
    // 18 months after 31.8.2026: 29.2.2028 (February 2028 has 29 days, no 31st)
    assertThat(im).variables().containsEntry(COUNSELLING_ENDS_ON, "2028-02-29").containsEntry(EXTENSION_MONTHS_LEFT, 0);
    complete(task(im, CREATE_INTEGRATION_PLAN), withVariables("goalLanguage", "Integrationskurs",
        "phase1Orientation", true, "phase1HealthCare", false));
    assertThat(plan(im).path("phaseGoals").path("phase1Orientation").asBoolean()).isTrue();
    // Wiesbaden's reviews are not capped by the end of phase 1, and there is no extension;
    // 23.11.2026 + 6 months = Sunday 23.5.2027: due on Monday, as every date a person sees
    Task review = task(im, REVIEW_INTEGRATION_PLAN);
    assertThat(review).hasDueDate(endOf(2027, 5, 24));
    assertThat(im).variables().containsEntry(REVIEW_ON, "2027-05-24");
    assertThat((String) taskService.getVariableLocal(review.getId(), "deadlineExplanation"))
        .startsWith("Zu erledigen bis Montag, 24.5.2027 (Ende des Tages).").contains("nächsten Arbeitstag");
    assertThatThrownBy(() -> correlate(EXTENSION_REQUESTED, Map.of(EXTENSION_MONTHS_REQUESTED, 3,
        EXTENSION_REASON, "DISABILITY"))).isInstanceOf(RejectedInputException.class).hasMessageContaining("nur im Modell BW");

    now(day(2028, 2, 1, 0));
    execute(timer(im, day(2028, 2, 1, 0)));
    Task phase2 = task(im, CHOOSE_PHASE_2);
    assertThat(phase2).hasDueDate(endOf(2028, 2, 29));
    assertThatThrownBy(() -> taskService.complete(phase2.getId(), Map.of(PHASE_2, "CASE_MANAGEMENT_SGB2")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("setzt Leistungen nach dem SGB II voraus");
    complete(phase2, withVariables(PHASE_2, "RESIDENCE_MANAGEMENT"));
    assertThat(im).hasPassed("phase2Begun").isWaitingAt(REVIEW_INTEGRATION_PLAN).variables().containsEntry(PHASE, 2);

    // moving to SGB II: the Jobcenter's case management takes over with the whole plan; private flat: case ends
    now(day(2028, 3, 6, 9));
    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "SGB2", BENEFITS_CHANGED_ON, "2028-03-01"));
    Task handOver = task(im, HAND_OVER_TO_JOBCENTER);
    assertThat(handOver).hasCandidateGroup("fallmanagement");
    assertThat((String) taskService.getVariableLocal(handOver.getId(), PLAN_TEXT)).contains("Integrationskurs")
        .contains("Phase 1: Orientierung und Zurechtfinden in der Stadt: erreicht");
    complete(handOver, withVariables(JOBCENTER_TAKEN_OVER_ON, "2028-03-06"));
    assertThat(im).hasPassed("handedToJobcenter", "caseClosed").isEnded();
    assertThat(ended(im, CASE_OUTCOME)).isEqualTo("HANDED_TO_JOBCENTER");
  }

  @Test
  void wiesbaden_in_shared_accommodation_the_municipality_goes_on_after_the_hand_over_and_after_phase_1() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-08-31", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "WIESBADEN"),
        "2026-09-01");
    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "SGB2"));
    assertThat(im).variables().containsEntry(BENEFITS_CHANGED_ON, "2026-11-23");
    complete(task(im, HAND_OVER_TO_JOBCENTER), withVariables(JOBCENTER_TAKEN_OVER_ON, "2026-11-23"));
    assertThat(im).hasPassed("municipalityContinues").isWaitingAt(REVIEW_INTEGRATION_PLAN);
    assertThat(history(im).get(1).path("step").asText()).startsWith("Übergabe an das Jobcenter");

    now(day(2028, 2, 1, 0));
    execute(timer(im, day(2028, 2, 1, 0)));
    complete(task(im, CHOOSE_PHASE_2), withVariables(PHASE_2, "CASE_MANAGEMENT_SGB2"));
    assertThat(im).hasPassed("phase2Begun").isWaitingAt(REVIEW_INTEGRATION_PLAN);
  }

  @Test
  void wiesbaden_case_management_after_phase_1_in_a_private_flat_ends_the_case() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-08-31", "UKRAINE_24", "SGB2", "PRIVATE", "WIESBADEN"), "2026-09-01");
    now(day(2028, 2, 1, 0));
    execute(timer(im, day(2028, 2, 1, 0)));
    complete(task(im, CHOOSE_PHASE_2), withVariables(PHASE_2, "CASE_MANAGEMENT_SGB2"));
    assertThat(im).hasPassed("phase1Closed", "caseClosed").isEnded();
    assertThat(ended(im, CASE_OUTCOME)).isEqualTo("PHASE_1_ENDED");
  }

  @Test
  void leaving_benefits_the_manager_decides_other_benefits_are_noted() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "SGB2", "SHARED", "BW"), "2026-11-23");
    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "SGB12"));
    assertThat(im).hasPassed("benefitsNoted").variables().containsEntry(BENEFITS, "SGB12");
    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "SGB2"));
    assertThat(im).hasPassed("benefitsNoted").isWaitingAt(REVIEW_INTEGRATION_PLAN);
    assertThat(taskService.createTaskQuery().processInstanceId(im.getId()).taskDefinitionKey(HAND_OVER_TO_JOBCENTER).count())
        .as("BW goes on counselling").isZero();

    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "NONE", BENEFITS_CHANGED_ON, "2026-11-20"));
    complete(task(im, DECIDE_CONTINUATION), withVariables(CONTINUATION, "CONTINUE", CONTINUATION_REASON,
        "Anerkennungsverfahren läuft noch"));
    assertThat(im).hasPassed("counsellingContinues").isWaitingAt(REVIEW_INTEGRATION_PLAN);

    correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "NONE"));
    complete(task(im, DECIDE_CONTINUATION), withVariables(CONTINUATION, "END", CONTINUATION_REASON, "Arbeit gefunden"));
    assertThat(im).hasPassed("noFurtherCounselling", "counsellingEnds", "caseClosed").isEnded();
    assertThat(ended(im, CASE_OUTCOME)).isEqualTo("NO_FURTHER_COUNSELLING");
    assertThatThrownBy(() -> correlate(BENEFITS_CHANGED, Map.of(BENEFITS, "kaputt")))
        .as("no case of the person is running any more").isInstanceOf(RuntimeException.class);
  }

  @Test
  void a_move_hands_the_whole_plan_over_and_the_period_keeps_running() {
    now(day(2026, 11, 23, 9));
    ProcessInstance im = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"), "2026-11-23");
    correlate(PERSON_MOVED, Map.of(NEW_MUNICIPALITY, "Göppingen"));
    Task handOver = task(im, HAND_OVER_PLAN);
    assertThat((String) taskService.getVariableLocal(handOver.getId(), PLAN_TEXT)).contains("Deutsch B1");
    assertThat(runtimeService.getVariable(im.getId(), NEW_MUNICIPALITY)).isEqualTo("Göppingen");
    assertThatThrownBy(() -> taskService.complete(handOver.getId(), Map.of(NEW_MUNICIPALITY, "Göppingen",
        MOVED_ON, "2026-13-01"))).isInstanceOf(RejectedInputException.class).hasMessageContaining("Umzug am");
    complete(handOver, withVariables(NEW_MUNICIPALITY, "Göppingen", MOVED_ON, "2026-11-20", PLAN_HANDED_TO_PERSON, true,
        PLAN_SENT_TO_NEW_OFFICE, false));
    assertThat(im).hasPassed("handedOverToNewMunicipality", "counsellingEnds", "caseClosed").isEnded();
    assertThat(ended(im, CASE_OUTCOME)).isEqualTo("MOVED");
    JsonNode history = IntegrationPlan.parse(ended(im, INTEGRATION_PLAN_HISTORY));
    assertThat(history.get(1).path("note").asText()).contains("Göppingen").contains("läuft bis Fr 23.11.2029 weiter");
    assertThat(history.get(1).path("plan")).isEqualTo(history.get(0).path("plan"));
  }

  @Test
  void a_move_reported_in_the_review_and_an_early_end_with_a_positive_result() {
    now(day(2026, 11, 23, 9));
    ProcessInstance moved = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"), "2026-11-23");
    complete(task(moved, REVIEW_INTEGRATION_PLAN), reviewWith("MOVED"));
    assertThat(moved).hasPassed("movedReported").isWaitingAt(HAND_OVER_PLAN);

    personId = personId + "-2";
    ProcessInstance early = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"), "2026-11-23");
    Task review = task(early, REVIEW_INTEGRATION_PLAN);
    assertThatThrownBy(() -> taskService.complete(review.getId(), reviewWith("END_EARLY")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Grund des vorzeitigen Abschlusses");
    complete(review, reviewWith("END_EARLY", EARLY_END_REASON, "WORK"));
    assertThat(early).hasPassed("endedEarly", "closeMerge", "caseClosed").isEnded();
    assertThat(ended(early, CASE_OUTCOME)).isEqualTo("EARLY_POSITIVE");
  }

  @Test
  void not_in_the_target_group_or_without_benefits_the_manager_decides() {
    now(day(2026, 11, 23, 9));
    ProcessInstance other = start("2026-10-01", "OTHER", "ASYLBLG", "PRIVATE", "BW");
    Task check = task(other, CHECK_ELIGIBILITY);
    assertThat((String) runtimeService.getVariable(other.getId(), ELIGIBILITY_QUESTION)).contains("nicht zur Zielgruppe");
    complete(check, withVariables(PARTICIPATION, "END", PARTICIPATION_REASON, "Keine Anschlussunterbringung"));
    assertThat(other).hasPassed("endedNotEligible").isEnded();
    assertThat(ended(other, CASE_OUTCOME)).isEqualTo("NOT_ELIGIBLE");

    personId = personId + "-2";
    ProcessInstance none = start("2026-10-01", "REFUGEE_FOLLOW_UP", "NONE", "SHARED", "BW");
    assertThat((String) runtimeService.getVariable(none.getId(), ELIGIBILITY_QUESTION)).contains("keine Leistungen");
    complete(task(none, CHECK_ELIGIBILITY), withVariables(PARTICIPATION, "ADMIT", PARTICIPATION_REASON,
        "Leistungsantrag gestellt"));
    assertThat(none).isWaitingAt(FIRST_COUNSELLING);
  }

  @Test
  void re_entry_within_the_period_keeps_the_end_and_the_plan_after_it_no_new_period() {
    now(day(2026, 11, 23, 9));
    ProcessInstance first = counselling(start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"), "2026-11-23");
    complete(task(first, REVIEW_INTEGRATION_PLAN), reviewWith("END_EARLY", EARLY_END_REASON, "INDEPENDENCE"));
    assertThat(first).isEnded();

    // back on benefits a year later: the same period (until 23.11.2029), the manager decides
    now(day(2027, 12, 1, 9));
    ProcessInstance again = start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW");
    assertThat(again).isWaitingAt(DECIDE_REENTRY).variables().containsEntry(REENTRY, true)
        .containsEntry(EARLIER_CASE_ENDS_ON, "2029-11-23").containsEntry(FIRST_COUNSELLING_ON, "2026-11-23");
    complete(task(again, DECIDE_REENTRY), withVariables(REENTRY_DECISION, "ACCEPT", REENTRY_REASON, "Wieder im Leistungsbezug"));
    assertThat(again).isWaitingAt(REVIEW_INTEGRATION_PLAN).variables().containsEntry(COUNSELLING_ENDS_ON, "2029-11-23");
    assertThat(plan(again).path("goals").path("language").path("goal").asText()).isEqualTo("Deutsch B1");
    assertThat(history(again)).hasSize(2);
    assertThat(history(again).get(1).path("step").asText()).isEqualTo("Wiederaufnahme");
    assertThat(task(again, REVIEW_INTEGRATION_PLAN)).hasDueDate(endOf(2028, 6, 1));
    // a second case of the same person while one runs
    assertThatThrownBy(() -> start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Es läuft bereits ein Fall");
    complete(task(again, REVIEW_INTEGRATION_PLAN), reviewWith("END_EARLY", EARLY_END_REASON, "TRAINING"));

    now(day(2028, 1, 10, 9));
    ProcessInstance declined = start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW");
    complete(task(declined, DECIDE_REENTRY), withVariables(REENTRY_DECISION, "DECLINE", REENTRY_REASON, "Kein Bedarf"));
    assertThat(declined).hasPassed("endedReentryDeclined").isEnded();

    // the period ended on 23.11.2029: no new one
    now(day(2029, 11, 24, 9));
    assertThatThrownBy(() -> start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("endete am Fr 23.11.2029");
  }

  @Test
  void malformed_or_missing_input_is_refused_in_german_and_nothing_is_recorded() {
    now(day(2026, 11, 23, 9));
    assertThatThrownBy(() -> start(Map.of(PERSON_ID, personId, PERSON_NAME, "Kind", BIRTH_DATE, "2010-01-01",
        ASSIGNED_ON, "2026-10-01", TARGET_GROUP, "REFUGEE_FOLLOW_UP", BENEFITS, "ASYLBLG", HOUSING, "SHARED")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("noch nicht volljährig");
    assertThatThrownBy(() -> start("2026-12-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BW"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("liegt nach heute");
    assertThatThrownBy(() -> start("2026-10-01", "REFUGEE", "ASYLBLG", "SHARED", "BW"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Zielgruppe");
    assertThatThrownBy(() -> start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", "BERLIN"))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Modell");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personId).count()).isZero();

    ProcessInstance im = start("2026-10-01", "REFUGEE_FOLLOW_UP", "ASYLBLG", "SHARED", null);
    assertThat(im).variables().containsEntry(MODEL, "BW");
    Task first = task(im, FIRST_COUNSELLING);
    assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of(FIRST_COUNSELLING_ON, "2026-09-30",
        TIME_LIMIT_EXPLAINED, true))).isInstanceOf(RejectedInputException.class).hasMessageContaining("vor der Zuweisung");
    assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of(FIRST_COUNSELLING_ON, "2026-11-02",
        TIME_LIMIT_EXPLAINED, false))).isInstanceOf(RejectedInputException.class).hasMessageContaining("zeitliche Begrenzung");
    complete(first, withVariables(FIRST_COUNSELLING_ON, "2026-11-02", TIME_LIMIT_EXPLAINED, true));
    Task plan = task(im, CREATE_INTEGRATION_PLAN);
    assertThatThrownBy(() -> taskService.complete(plan.getId(), Map.of("qualifications", "Koch")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("mindestens ein Ziel");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), Map.of("goalLanguage", "B1", "goalWorkBy", "2027-01-01")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("Zieldatum ohne Ziel");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), Map.of("goalLanguage", "B1", "goalLanguageBy", "31.02.2027")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("kein gültiges Datum");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), Map.of("goalLanguage", "B1", "goalLanguageStatus", "FERTIG")))
        .isInstanceOf(RejectedInputException.class).hasMessageContaining("unbekannter Stand");
    assertThat(runtimeService.getVariable(im.getId(), INTEGRATION_PLAN)).isNull();
    assertThat(im).isWaitingAt(CREATE_INTEGRATION_PLAN);
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance start(String assignedOn, String group, String benefits, String housing, String model) {
    Map<String, Object> variables = new HashMap<>(Map.of(PERSON_ID, personId, PERSON_NAME, "Amina Yusuf",
        BIRTH_DATE, "1990-05-05", ASSIGNED_ON, assignedOn, TARGET_GROUP, group, BENEFITS, benefits, HOUSING, housing));
    if (model != null) {
      variables.put(MODEL, model);
    }
    return start(variables);
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  /** First counselling on the day and a plan with one language goal: the case is in "Beratung". */
  private ProcessInstance counselling(ProcessInstance im, String firstCounsellingOn) {
    complete(task(im, FIRST_COUNSELLING), withVariables(FIRST_COUNSELLING_ON, firstCounsellingOn, TIME_LIMIT_EXPLAINED, true));
    complete(task(im, CREATE_INTEGRATION_PLAN), withVariables("goalLanguage", "Deutsch B1", "goalLanguageStatus", "OPEN"));
    return im;
  }

  private Map<String, Object> reviewWith(String outcome, Object... more) {
    Map<String, Object> form = new HashMap<>();
    form.put("goalLanguage", "Deutsch B1");
    form.put(REVIEW_OUTCOME, outcome);
    for (int i = 0; i < more.length; i += 2) {
      form.put((String) more[i], more[i + 1]);
    }
    return form;
  }

  private void correlate(String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(personId).setVariables(variables)
        .correlate();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private Job timer(ProcessInstance instance, java.util.Date due) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(job.getDuedate()).isEqualTo(due);
    return job;
  }

  private JsonNode plan(ProcessInstance instance) {
    return json(instance, INTEGRATION_PLAN);
  }

  private JsonNode history(ProcessInstance instance) {
    return json(instance, INTEGRATION_PLAN_HISTORY);
  }

  private JsonNode json(ProcessInstance instance, String name) {
    JsonValue value = runtimeService.getVariableTyped(instance.getId(), name, false);
    return value == null ? null : IntegrationPlan.parse(value.getValueSerialized());
  }

  private String ended(ProcessInstance instance, String name) {
    var variable = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).disableCustomObjectDeserialization().singleResult();
    Object value = variable.getTypedValue() instanceof JsonValue json ? json.getValueSerialized() : variable.getValue();
    return value == null ? null : value.toString();
  }
}

package de.leistungskette.intake;

import static de.leistungskette.intake.NewClientIntake.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The intake with {@code leistungskette.intake.variant=DUESSELDORF}: other routing, direct access the same day. */
@EngineTest
@TestPropertySource(properties = "leistungskette.intake.variant=DUESSELDORF")
class DuesseldorfIntakeTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_fallkoordination_keeps_a_client_with_a_child_under_three_and_counsels_the_same_day() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 24, 9, 0, 0, 0, Deadlines.BERLIN).toInstant()));
    ProcessInstance intake = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(
        CLIENT_ID, "D-" + UUID.randomUUID().toString().substring(0, 8), CLIENT_NAME, "Erika Muster",
        BIRTH_DATE, "1990-01-01", REGISTERED_ON, "2026-12-24", SECTION_10_LIMIT, "CHILD_UNDER_THREE"));

    assertThat(intake).variables().containsEntry(INTAKE_VARIANT, "DUESSELDORF").containsEntry(TARGET_TEAM,
        "fallkoordination").containsEntry(ROUTING_RULE, "Kunde der Fallkoordination: § 10 SGB II, Kind unter 3 Jahren");
    Task counselling = taskService.createTaskQuery().processInstanceId(intake.getId())
        .taskDefinitionKey(FIRST_COUNSELLING).singleResult();
    assertThat(counselling).hasCandidateGroup("fallkoordination").hasDueDate(
        Date.from(LocalDate.of(2026, 12, 24).atTime(23, 59, 59).atZone(Deadlines.BERLIN).toInstant()));
    assertThat((String) taskService.getVariableLocal(counselling.getId(), "deadlineExplanation"))
        .contains("Direktzugang am Tag der Vorsprache");
  }
}

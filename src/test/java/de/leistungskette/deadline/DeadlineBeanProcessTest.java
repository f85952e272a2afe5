package de.leistungskette.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import de.leistungskette.EngineTest;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bean {@code deadlines} in a model: a user task's due date and a timer date, on the engine clock. */
@EngineTest
class DeadlineBeanProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void a_task_is_due_at_the_end_of_the_deadline_day_and_a_timer_fires_once_it_has_ended() {
    // Given: received on Thursday before Easter 2024, a letter posted on 22.12.2027 (due 3.1.2028)
    ClockUtil.setCurrentTime(berlin(2024, 3, 28, 10, 0));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("deadline-bean-test",
        Map.of("receivedOn", "2024-03-28", "postedOn", "2027-12-22"));

    // Then: due at the end of Wednesday 3.4.2024 (Karfreitag and Ostermontag are no working days)
    assertThat(task(instance).getDueDate()).isEqualTo(berlin(2024, 4, 3, 23, 59, 59));

    // When the task is done, the timer waits for the end of Monday 3.1.2028
    complete(task(instance));
    assertThat(instance).isWaitingAt("deadlinePassed");
    assertThat(job(instance).getDuedate()).isEqualTo(berlin(2028, 1, 4, 0, 0));

    ClockUtil.setCurrentTime(berlin(2028, 1, 3, 23, 59));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(berlin(2028, 1, 4, 0, 0));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isOne();
    execute(job(instance));
    assertThat(instance).isEnded();
  }

  private static Date berlin(int year, int month, int day, int hour, int minute) {
    return berlin(year, month, day, hour, minute, 0);
  }

  private static Date berlin(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, Deadlines.BERLIN).toInstant());
  }
}

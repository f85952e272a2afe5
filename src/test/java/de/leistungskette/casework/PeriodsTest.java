package de.leistungskette.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner changes a period in the decision table "Fristen der Prozesse" (Camunda Modeler,
 * then a restart deploys it): new cases use the new number for the timer and for every due date
 * that hangs on it. Here the changed table is deployed as a process owner's restart would.
 */
@EngineTest
class PeriodsTest {

  @Autowired Periods periods;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_periods_of_the_qeb_come_from_the_table() {
    assertThat(periods.of("qeb-application", "check")).isEqualTo(2);
    assertThat(periods.of("qeb-application", "request")).isEqualTo(7);
    assertThat(periods.of("qeb-application", "decision")).isEqualTo(7);
    assertThat(periods.of("qeb-application", "minimumStandard")).isEqualTo(15);
    assertThat(periods.of("qeb-application", "objection")).isEqualTo(1);
    assertThatThrownBy(() -> periods.of("qeb-application", "gibt-es-nicht"))
        .hasMessage("Fristen der Prozesse (periods.dmn): keine Frist „gibt-es-nicht“ für den Prozess „qeb-application“.");
  }

  @Test
  void a_period_changed_in_the_table_changes_timer_and_due_dates_of_new_cases() throws Exception {
    String table = Files.readString(Path.of("processes", "periods.dmn"), StandardCharsets.UTF_8);
    String changed = table
        .replace("<outputEntry id=\"qebRequestAmount\"><text>7</text>", "<outputEntry id=\"qebRequestAmount\"><text>10</text>")
        .replace("<outputEntry id=\"qebDecisionAmount\"><text>7</text>", "<outputEntry id=\"qebDecisionAmount\"><text>9</text>")
        .replace("<outputEntry id=\"qebMinimumStandardAmount\"><text>15</text>",
            "<outputEntry id=\"qebMinimumStandardAmount\"><text>20</text>");
    assertThat(changed).isNotEqualTo(table);
    Deployment deployment = repositoryService.createDeployment().name("Fristen geändert")
        .addString("processes/periods.dmn", changed).deploy();
    periods.refresh(); // as the next look-up after Periods.NEWEST_VERSION_TTL would
    try {
      // Monday 2.3.2026: received, checked, documents requested the same day
      now(2026, 3, 2);
      String number = "PER-" + UUID.randomUUID().toString().substring(0, 8);
      String instance = runtimeService.startProcessInstanceByKey("qeb-application", new HashMap<>(Map.of(
          "applicationId", number, "customerName", "Erika Mustermann", "receivedOn", "2026-03-02",
          "channel", "IN_PERSON"))).getId();
      taskService.complete(task(instance).getId(), Map.of("documentsStatus", "INCOMPLETE", "appointmentNeeded", false));
      taskService.complete(task(instance).getId(), Map.of("missingDocuments", "Mietvertrag",
          "requestPostedOn", "2026-03-02", "refusalWarningGiven", true));

      // notified Fri 6.3., 10 days instead of 7: Mon 16.3. instead of Fri 13.3.
      assertThat(runtimeService.getVariable(instance, "requestDeadline")).isEqualTo("2026-03-16");
      Job requestTimer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(requestTimer.getDuedate()).isEqualTo(midnightAfter(2026, 3, 16));

      // complete documents on Tue 10.3.: decision due in 9 days (Thu 19.3.), minimum standard after 20 (Mon 30.3.)
      now(2026, 3, 10);
      runtimeService.createMessageCorrelation("DocumentsReceived").processInstanceBusinessKey(number)
          .setVariable("documentsComplete", true).correlate();
      Task decide = task(instance);
      assertThat(decide.getTaskDefinitionKey()).isEqualTo("decideApplication");
      assertThat(LocalDate.ofInstant(decide.getDueDate().toInstant(), Deadlines.BERLIN)).isEqualTo(LocalDate.of(2026, 3, 19));
      Job minimumStandard = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(minimumStandard.getDuedate()).isEqualTo(midnightAfter(2026, 3, 30));
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    periods.refresh();
    assertThat(periods.of("qeb-application", "request")).isEqualTo(7);
  }

  private Task task(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static void now(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Deadlines.BERLIN).toInstant()));
  }

  private static Date midnightAfter(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).plusDays(1).atStartOfDay(Deadlines.BERLIN).toInstant());
  }
}

package de.leistungskette.casework;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of an older version: open tasks without a case header and running cases without a
 * number reservation. The first start of this version brings both up to date, once.
 */
@EngineTest
class UpgradeTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseHeader caseHeader;
  @Autowired RunningCases runningCases;
  @Autowired DataSource dataSource;

  @Test
  void tasks_and_cases_of_an_older_version_get_their_header_and_their_number() {
    String number = "UP-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, new HashMap<>(Map.of(APPLICATION_ID, number,
        CUSTOMER_NAME, "Alte Kundin", RECEIVED_ON, LocalDate.now(Deadlines.BERLIN).toString(), CHANNEL, "IN_PERSON")));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    // as an older version left them
    taskService.removeVariablesLocal(task.getId(), java.util.List.of(CaseHeader.CASE_ID, CaseHeader.CASE_NAME));
    new JdbcTemplate(dataSource).update("DELETE FROM " + RunningCases.TABLE + " WHERE BUSINESS_KEY = ?", number);
    managementService.deleteProperty(CaseHeader.MIGRATED);
    managementService.deleteProperty(RunningCases.MIGRATED);

    caseHeader.afterSingletonsInstantiated();
    runningCases.postProcessEngineBuild(engine);

    assertThat(taskService.getVariableLocal(task.getId(), CaseHeader.CASE_ID)).isEqualTo(number);
    assertThat(taskService.getVariableLocal(task.getId(), CaseHeader.CASE_NAME)).isEqualTo("Alte Kundin");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, new HashMap<>(Map.of(
        APPLICATION_ID, number, CUSTOMER_NAME, "Doppelt", RECEIVED_ON, LocalDate.now(Deadlines.BERLIN).toString(),
        CHANNEL, "IN_PERSON")))).isInstanceOf(RejectedInputException.class).hasMessageContaining(number);
    assertThat(managementService.getProperties()).containsKeys(CaseHeader.MIGRATED, RunningCases.MIGRATED);
  }
}

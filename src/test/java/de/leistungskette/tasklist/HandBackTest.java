package de.leistungskette.tasklist;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A person who claimed a task can give it back ("zurücklegen"); nobody else's task, though. */
@EngineTest
class HandBackTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private int post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, new HttpEntity<>(body, headers),
        String.class).getStatusCode().value();
  }

  @Test
  void the_person_who_claimed_a_task_gives_it_back_and_nobody_else_can() {
    String number = "HB-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, new HashMap<>(Map.of(APPLICATION_ID, number,
        CUSTOMER_NAME, "Erika", RECEIVED_ON, LocalDate.now(Deadlines.BERLIN).toString(), CHANNEL, "IN_PERSON")));
    Task check = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();

    assertThat(post("fallkoordination", "/task/" + check.getId() + "/claim", "{\"userId\":\"fallkoordination\"}"))
        .isEqualTo(204);
    assertThat(post("u25", "/task/" + check.getId() + "/unclaim", "{}")).isEqualTo(403);
    assertThat(assignee(check)).isEqualTo("fallkoordination");

    assertThat(post("fallkoordination", "/task/" + check.getId() + "/unclaim", "{}")).isEqualTo(204);
    assertThat(assignee(check)).isNull();
    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().taskId(check.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list();
    assertThat(log).extracting(UserOperationLogEntry::getUserId).containsOnly("fallkoordination");

    // the team lead may take a task back from whoever holds it
    post("fallkoordination", "/task/" + check.getId() + "/claim", "{\"userId\":\"fallkoordination\"}");
    assertThat(post("teamleitung", "/task/" + check.getId() + "/unclaim", "{}")).isEqualTo(204);
    assertThat(assignee(check)).isNull();
  }

  private String assignee(Task task) {
    return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }
}

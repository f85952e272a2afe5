package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The contract of "Antragsbearbeitung (QEB)" as other systems use it: through /engine-rest. */
@EngineTest
class QebApplicationRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String applicationId = "REST-" + UUID.randomUUID().toString().substring(0, 8);
  private final String today = LocalDate.now(de.leistungskette.deadline.Deadlines.BERLIN).toString();

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, body, JsonNode.class);
  }

  private Map<String, Object> startBody(String receivedOn, String channel) {
    return Map.of("variables", Map.of(
        APPLICATION_ID, Map.of("value", applicationId),
        CUSTOMER_NAME, Map.of("value", "Erika Mustermann"),
        RECEIVED_ON, Map.of("value", receivedOn),
        CHANNEL, Map.of("value", channel)));
  }

  @Test
  void a_malformed_start_is_answered_with_400_and_a_german_message_and_starts_nothing() {
    ResponseEntity<JsonNode> response =
        post("eingangszone", "/process-definition/key/qeb-application/start", startBody("21.11.2026", "IN_PERSON"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("Eingangsdatum (receivedOn)", "kein gültiges Datum");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count()).isZero();
  }

  @Test
  void the_reception_starts_an_application_and_the_fallkoordination_works_it_through_rest() {
    ResponseEntity<JsonNode> started =
        post("eingangszone", "/process-definition/key/qeb-application/start", startBody(today, "IN_PERSON"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("businessKey").asText()).isEqualTo(applicationId);

    Task check = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
    assertThat(check.getTaskDefinitionKey()).isEqualTo(CHECK_DOCUMENTS);

    ResponseEntity<JsonNode> rejected = post("fallkoordination", "/task/" + check.getId() + "/complete",
        Map.of("variables", Map.of(DOCUMENTS_STATUS, Map.of("value", "VIELLEICHT"), APPOINTMENT_NEEDED, Map.of("value", false))));
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody().get("message").asText()).contains(DOCUMENTS_STATUS);

    ResponseEntity<JsonNode> completed = post("fallkoordination", "/task/" + check.getId() + "/complete",
        Map.of("variables", Map.of(DOCUMENTS_STATUS, Map.of("value", "INCOMPLETE"), APPOINTMENT_NEEDED, Map.of("value", false))));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task request = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
    assertThat(request.getTaskDefinitionKey()).isEqualTo(REQUEST_DOCUMENTS);
    post("fallkoordination", "/task/" + request.getId() + "/complete", Map.of("variables", Map.of(
        MISSING_DOCUMENTS, Map.of("value", "Mietvertrag"), REFUSAL_WARNING_GIVEN, Map.of("value", true))));

    ResponseEntity<JsonNode> badMessage = post("demo", "/message", Map.of("messageName", MESSAGE_DOCUMENTS_RECEIVED,
        "businessKey", applicationId, "processVariables", Map.of(DOCUMENTS_COMPLETE, Map.of("value", "ja"))));
    assertThat(badMessage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMessage.getBody().get("message").asText()).contains(DOCUMENTS_COMPLETE);

    ResponseEntity<JsonNode> message = post("demo", "/message", Map.of("messageName", MESSAGE_DOCUMENTS_RECEIVED,
        "businessKey", applicationId, "processVariables",
        Map.of(DOCUMENTS_COMPLETE, Map.of("value", true, "type", "Boolean"))));
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task decide = taskService.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
    assertThat(decide.getTaskDefinitionKey()).isEqualTo(DECIDE_APPLICATION);
  }

  @Test
  void other_teams_may_not_start_an_application() {
    ResponseEntity<JsonNode> response =
        post("joboffensive", "/process-definition/key/qeb-application/start", startBody(today, "IN_PERSON"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}

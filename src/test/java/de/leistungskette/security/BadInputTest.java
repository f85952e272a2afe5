package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.ApiCaller;
import de.leistungskette.EngineTest;
import de.leistungskette.application.QebApplication;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Bad input gets a 4xx with a German JSON body, never a 500, a stack trace, a Java class name or
 * English engine text, and nothing already recorded is lost: on Leistungskette's own APIs and on
 * the engine's API for everybody but administrators. Each request as the outside test sent it.
 */
@EngineTest
class BadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void leistungskette_s_own_apis_answer_bad_input_with_4xx_in_german() {
    ApiCaller lead = ApiCaller.basic(rest, "teamleitung");
    expect(lead.call(HttpMethod.GET, "/api/fristen/ueberfaellig?processDefinitionId=gibt-es-nicht", null), 404);
    // a case that does not exist has no open tasks: the same answer as a finished one (no existence leak)
    expect(lead.call(HttpMethod.GET, "/api/fristen/fall/gibt-es-nicht", null), 200);
    expect(lead.call(HttpMethod.GET, "/api/berichte/kel/csv?tabelle=abc", null), 400);
    expect(lead.call(HttpMethod.GET, "/api/berichte/kel/csv?tabelle=-1", null), 400);
    expect(lead.call(HttpMethod.GET, "/api/berichte/kel?jahr=20x6", null), 400);
    expect(lead.call(HttpMethod.GET, "/api/berichte/gibt-es-nicht", null), 404);
    for (String body : List.of("{kaputt", "null", "[1]", "", "\"Text\"", "{\"team\":[1,2]}")) {
      expect(lead.call(HttpMethod.POST, "/api/berichte/soll-ist/plan", body, "application/json"), 400);
    }
    expect(lead.call(HttpMethod.POST, "/api/berichte/soll-ist/plan", "", "text/csv"), 400);
    expect(lead.call(HttpMethod.POST, "/api/berichte/soll-ist/plan", "Team;Standort\nx", "text/csv"), 400);
    expect(lead.call(HttpMethod.POST, "/api/berichte/soll-ist/plan", "x", "text/plain"), 415);
    ApiCaller team = ApiCaller.basic(rest, "fallkoordination");
    expect(team.call(HttpMethod.GET, "/api/deadlines?rule=DAYS&from=2026-13-01&amount=5", null), 400);
    expect(team.call(HttpMethod.GET, "/api/deadlines?rule=DAYS&from=22.12.2027&amount=5", null), 400);
    expect(team.call(HttpMethod.GET, "/api/deadlines?rule=DAYS&from=2026-12-01&amount=x", null), 400);
    expect(team.call(HttpMethod.GET, "/api/deadlines?rule=KEINE&from=2026-12-01&amount=5", null), 400);
    expect(team.call(HttpMethod.GET, "/api/deadlines?rule=DAYS&from=2026-12-01&amount=5&state=DE-XX", null), 400);
    ApiCaller integration = ApiCaller.basic(rest, "integrationsmanagement");
    expect(integration.call(HttpMethod.GET, "/api/integrationsplan/gibt-es-nicht", null), 403, 404);
    expect(integration.call(HttpMethod.GET, "/api/integrationsplan/a%2Fb", null), 400, 403, 404);
  }

  @Test
  void the_engine_api_answers_bad_input_of_non_administrators_with_4xx_in_german() {
    ApiCaller lead = ApiCaller.basic(rest, "teamleitung");
    for (String query : List.of("/task/count", "/execution/count", "/task", "/process-instance/count",
        "/history/task/count")) {
      // POST without a body is a query without filters
      expect(lead.engine(HttpMethod.POST, query, null), 200);
    }
    expect(lead.call(HttpMethod.POST, "/engine-rest/task/count", "{}", "text/plain"), 415);
    expect(lead.engine(HttpMethod.POST, "/task/count", "[".repeat(5000) + "]".repeat(5000)), 400);
    expect(lead.engine(HttpMethod.POST, "/task/count", "{kaputt"), 400);
    expect(lead.engine(HttpMethod.POST, "/task/count", "null"), 400);
    expect(lead.engine(HttpMethod.GET, "/task/gibt-es-nicht/localVariables", null), 404);
    expect(lead.engine(HttpMethod.GET, "/decision-definition/gibt-es-nicht", null), 404);
    expect(lead.call(HttpMethod.GET, "/engine-rest/task/a%2Fb", null), 400);
    expect(lead.call(HttpMethod.GET, "/engine-rest/engine/anderswo/task", null), 404);
    ResponseEntity<String> statistics = lead.engine(HttpMethod.GET, "/process-definition/statistics", null);
    assertThat(statistics.getStatusCode().value()).isEqualTo(200);
    assertThat(statistics.getBody()).doesNotContain("@class", "org.camunda");

    ApiCaller team = ApiCaller.basic(rest, "fallkoordination");
    Task check = openCheck();
    expect(team.engine(HttpMethod.POST, "/task/" + check.getId() + "/complete",
        "{\"variables\":{\"documentsStatus\":null}}"), 400);
    expect(team.engine(HttpMethod.POST, "/task/" + check.getId() + "/complete",
        "{\"variables\":{\"documentsStatus\":{\"value\":\"KAPUTT\"}}}"), 400);
    expect(team.engine(HttpMethod.POST, "/message", "{\"messageName\":\"DocumentsReceived\"}"), 403);
    expect(team.engine(HttpMethod.GET, "/decision-definition/gibt-es-nicht", null), 403);
    // nothing of the refused completions is recorded: the check is still open, the case unchanged
    assertThat(taskService.createTaskQuery().taskId(check.getId()).singleResult()).isNotNull();
    assertThat(runtimeService.getVariable(check.getProcessInstanceId(), "documentsStatus")).isNull();

    ApiCaller other = ApiCaller.basic(rest, "schnittstelle");
    expect(other.engine(HttpMethod.POST, "/message", "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"X\","
        + "\"processVariables\":{\"documentsComplete\":{\"value\":null}}}"), 400);
    expect(other.engine(HttpMethod.POST, "/message", "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"gibt-es-"
        + "nicht\",\"processVariables\":{\"documentsComplete\":{\"value\":true,\"type\":\"Boolean\"}}}"), 400);
  }

  @Test
  void a_start_through_the_api_takes_no_more_than_the_form_does() {
    ApiCaller reception = ApiCaller.basic(rest, "eingangszone");
    String clientId = "BI-" + UUID.randomUUID().toString().substring(0, 8);
    String body = "{\"variables\":{\"clientId\":{\"value\":\"" + clientId + "\"},\"clientName\":{\"value\":\""
        + "x".repeat(201) + "\"},\"birthDate\":{\"value\":\"1980-01-01\"},\"registeredOn\":{\"value\":\""
        + LocalDate.now(Deadlines.BERLIN) + "\"}}}";
    ResponseEntity<String> answer = reception.engine(HttpMethod.POST, "/process-definition/key/new-client-intake/start",
        body);
    expect(answer, 400);
    assertThat(answer.getBody()).contains("zu lang", "201", "200");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(clientId).count()).isZero();
  }

  private Task openCheck() {
    ProcessInstance application = runtimeService.startProcessInstanceByKey(QebApplication.PROCESS_KEY, new HashMap<>(
        Map.of(QebApplication.APPLICATION_ID, "BI-" + UUID.randomUUID().toString().substring(0, 8),
            QebApplication.CUSTOMER_NAME, "Erika Mustermann", QebApplication.RECEIVED_ON,
            LocalDate.now(Deadlines.BERLIN).toString(), QebApplication.CHANNEL, "IN_PERSON")));
    return taskService.createTaskQuery().processInstanceId(application.getId()).singleResult();
  }

  /** The status is one of these; a 4xx answer is German JSON without class names, stack traces or engine English. */
  private static void expect(ResponseEntity<String> answer, int... statuses) {
    int status = answer.getStatusCode().value();
    String body = answer.getBody() == null ? "" : answer.getBody();
    assertThat(statuses).as(status + " " + body).contains(status);
    if (status >= 400) {
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("keine JSON-Antwort: " + body, e);
      }
      String message = json.path("message").asText(json.path("error").asText(""));
      assertThat(message).as(body).isNotBlank();
      assertThat(body).as(body).doesNotContain("org.camunda", "java.", "Exception:", "\tat ", "Whitelabel",
          "Cannot ", "No ", "Unexpected", "is null", "@class", " not ");
      assertThat(json.path("type").asText("")).as(body).doesNotContain(".", "NullPointer");
      assertThat(json.has("detail")).as(body).isFalse();
    }
  }
}

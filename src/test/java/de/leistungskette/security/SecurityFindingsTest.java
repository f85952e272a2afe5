package de.leistungskette.security;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.ApiCaller;
import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The findings of the security test against the QEB release (issue "Need-to-know access and
 * tamper-proof deadlines"), each as it was tried then: every one answered wrongly before.
 */
@EngineTest
class SecurityFindingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  private final String today = LocalDate.now(Deadlines.BERLIN).toString();
  private final String applicationId = "SEC-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void finding_1_a_team_member_cannot_use_up_the_retries_of_a_deadline_timer() {
    ProcessInstance postal = start("POST");
    Task invite = task(postal);
    taskService.complete(invite.getId()); // posted with the next post
    Job timer = managementService.createJobQuery().processInstanceId(postal.getId()).timers().singleResult();

    for (int i = 0; i < 3; i++) {
      ResponseEntity<JsonNode> response = call("u25", HttpMethod.POST, "/job/" + timer.getId() + "/execute", "{}");
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(message(response)).contains("der Administration vorbehalten");
    }

    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(3);
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(call("u25", HttpMethod.GET, "/job?processInstanceId=" + postal.getId(), null).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void finding_2_a_team_reads_no_case_outside_its_work() {
    start("IN_PERSON");

    assertThat(call("u25", HttpMethod.GET, "/variable-instance?variableName=customerName", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call("u25", HttpMethod.GET, "/history/variable-instance?variableName=customerName", null)
        .getStatusCode().value()).isEqualTo(403);
    // The Fallkoordination works the check: its queue shows the case header, the case's variables stay hidden.
    JsonNode queue = halList("fallkoordination", "Fallkoordination", applicationId);
    assertThat(queue.toString()).contains(applicationId, "Erika Mustermann");
    ResponseEntity<JsonNode> variables = call("fallkoordination", HttpMethod.GET,
        "/variable-instance?variableName=customerName&processInstanceIdIn=" + instance().getId(), null);
    assertThat(variables.getStatusCode().value()).isEqualTo(403);
    assertThat(variables.getBody().toString()).doesNotContain("Erika Mustermann");
  }

  @Test
  void finding_3_start_checks_cannot_be_skipped() {
    long cases = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    for (String trick : List.of(
        ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"checkDocuments\"}]",
        ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"issueRefusal\"}]",
        ",\"skipCustomListeners\":true",
        ",\"skipIoMappings\":true")) {
      ResponseEntity<JsonNode> response = call("eingangszone", HttpMethod.POST,
          "/process-definition/key/qeb-application/start", "{\"variables\":{}" + trick + "}");
      assertThat(response.getStatusCode().value()).as(trick).isEqualTo(403);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(cases);
  }

  @Test
  void finding_4_completing_a_task_changes_only_its_own_fields() {
    ProcessInstance application = start("IN_PERSON");
    Task check = task(application);

    ResponseEntity<JsonNode> response = call("fallkoordination", HttpMethod.POST, "/task/" + check.getId() + "/complete",
        "{\"variables\":{\"documentsStatus\":{\"value\":\"COMPLETE\"},\"receivedOn\":{\"value\":\"kaputt\"},"
            + "\"caseworkerGroup\":{\"value\":\"camunda-admin\"}}}");

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(message(response)).contains("„receivedOn“ gehört nicht zur Aufgabe „Unterlagen prüfen“");
    assertThat(task(application).getId()).isEqualTo(check.getId());
    assertThat(runtimeService.getVariable(application.getId(), RECEIVED_ON)).isEqualTo(today);
    assertThat(runtimeService.getVariable(application.getId(), CASEWORKER_GROUP)).isEqualTo("fallmanagement");

    // The form's own fields are taken (and Tasklist may send the shown deadline back unchanged).
    Object shown = taskService.getVariable(check.getId(), "deadlineExplanation");
    ResponseEntity<JsonNode> completed = call("fallkoordination", HttpMethod.POST, "/task/" + check.getId() + "/complete",
        "{\"variables\":{\"documentsStatus\":{\"value\":\"COMPLETE\"},\"appointmentNeeded\":{\"value\":false},"
            + "\"deadlineExplanation\":{\"value\":" + JSON.valueToTree(shown) + "}}}");
    assertThat(completed.getStatusCode().value()).isEqualTo(204);
    assertThat(task(application).getTaskDefinitionKey()).isEqualTo(DECIDE_APPLICATION);
  }

  @Test
  void finding_5_messages_need_a_case_and_other_systems_need_no_admin_rights() {
    ProcessInstance application = start("IN_PERSON");
    taskService.complete(task(application).getId(), Map.of(DOCUMENTS_STATUS, "INCOMPLETE", APPOINTMENT_NEEDED, false));
    taskService.complete(task(application).getId(), Map.of(MISSING_DOCUMENTS, "Mietvertrag",
        REFUSAL_WARNING_GIVEN, true));

    ResponseEntity<JsonNode> withoutKey = call("schnittstelle", HttpMethod.POST, "/message",
        "{\"messageName\":\"DocumentsReceived\",\"processVariables\":{\"documentsComplete\":{\"value\":true}}}");
    assertThat(withoutKey.getStatusCode().value()).isEqualTo(400);
    assertThat(message(withoutKey)).contains("Geschäftsschlüssel (businessKey)");

    ResponseEntity<JsonNode> foreignVariable = call("schnittstelle", HttpMethod.POST, "/message",
        "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"" + applicationId + "\",\"processVariables\":"
            + "{\"receivedOn\":{\"value\":\"2020-01-01\"}}}");
    assertThat(foreignVariable.getStatusCode().value()).isEqualTo(400);

    ResponseEntity<JsonNode> correlated = call("schnittstelle", HttpMethod.POST, "/message",
        "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"" + applicationId + "\",\"processVariables\":"
            + "{\"documentsComplete\":{\"value\":true,\"type\":\"Boolean\"}}}");
    assertThat(correlated.getStatusCode().value()).isEqualTo(204);
    assertThat(task(application).getTaskDefinitionKey()).isEqualTo(DECIDE_APPLICATION);

    ResponseEntity<JsonNode> notAwaited = call("schnittstelle", HttpMethod.POST, "/message",
        "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"" + applicationId + "\"}");
    assertThat(notAwaited.getStatusCode().value()).isEqualTo(400);
    assertThat(message(notAwaited)).contains("wird von keinem Fall mit diesen Angaben erwartet");

    HttpHeaders multipart = new HttpHeaders();
    multipart.setBasicAuth("schnittstelle", "demo");
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> deploy = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(new LinkedMultiValueMap<>(Map.of("deployment-name", List.of("x"))), multipart), String.class);
    assertThat(deploy.getStatusCode().value()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("schnittstelle").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void finding_6_wrong_passwords_delay_but_never_lock_an_account_for_good() {
    identityService.saveUser(newUser("sec-" + applicationId));
    String user = "sec-" + applicationId;
    Date now = new Date();
    for (int i = 0; i < 15; i++) {
      now = new Date(now.getTime() + 31_000); // past each temporary lock
      ClockUtil.setCurrentTime(now);
      assertThat(identityService.checkPassword(user, "falsch")).isFalse();
    }
    ClockUtil.setCurrentTime(new Date(now.getTime() + 31_000));
    assertThat(identityService.checkPassword(user, "Richtig-2026!")).isTrue();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void finding_8_object_variables_and_java_serialization_are_refused_with_400() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();

    ResponseEntity<JsonNode> file = call("eingangszone", HttpMethod.POST, "/process-definition/key/qeb-application/start",
        startBody("\"customerName\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
            + "\"serializationDataFormat\":\"application/json\"}}"));
    assertThat(file.getStatusCode().value()).isEqualTo(400);
    assertThat(message(file)).contains("Typ „Object“ ist nicht erlaubt");

    ResponseEntity<JsonNode> serialized = call("schnittstelle", HttpMethod.POST, "/process-definition/key/qeb-application/start",
        startBody("\"customerName\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
            + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"));
    assertThat(serialized.getStatusCode().value()).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count()).isZero();
  }

  @Test
  void finding_9_bad_bodies_and_values_get_a_german_400_never_a_500() {
    String start = "/process-definition/key/qeb-application/start";
    String longName = "x".repeat(4001);
    Map<String, String> cases = new HashMap<>(Map.of(
        startBody("\"customerName\":{\"value\":\"" + longName + "\"}"), "ist zu lang: 4001 Zeichen, höchstens 4000",
        "null", "nicht null",
        "{\"variables\": {", "kein gültiges JSON",
        startBody("\"customerName\":{\"value\":\"Erika\"},\"receivedOn\":{\"value\":\"2026-11-19Tkaputt\"},"
            + "\"channel\":{\"value\":\"IN_PERSON\"}"), "„2026-11-19Tkaputt“ ist kein gültiges Datum",
        startBody("\"customerName\":{\"value\":\"abc\",\"type\":\"Integer\"}"), "„abc“ ist keine ganze Zahl"));
    cases.forEach((body, expected) -> {
      ResponseEntity<JsonNode> response = call("eingangszone", HttpMethod.POST, start, body);
      assertThat(response.getStatusCode().value()).as(expected).isEqualTo(400);
      assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
      assertThat(message(response)).as(expected).contains(expected).doesNotContain("Exception", "org.camunda");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count()).isZero();
  }

  @Test
  void finding_10_web_headers_protect_pages_cookies_and_api_answers() {
    ResponseEntity<String> page = rest.withBasicAuth("fallkoordination", "demo").getForEntity("/fristenrechner", String.class);
    assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'", "script-src 'nonce-");

    ResponseEntity<String> api = rest.withBasicAuth("fallkoordination", "demo").getForEntity("/engine-rest/task", String.class);
    assertThat(api.getHeaders().get("Cache-Control")).containsExactly("no-store");
    ResponseEntity<String> deadlines = rest.withBasicAuth("fallkoordination", "demo")
        .getForEntity("/api/deadlines?rule=DAYS&from=2026-11-20&amount=7", String.class);
    assertThat(deadlines.getHeaders().get("Cache-Control")).containsExactly("no-store");

    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    // a user of its own: a wrong password delays that user's next login, and other tests use the demo users
    String stranger = "sec-login-" + applicationId;
    identityService.saveUser(newUser(stranger));
    ResponseEntity<String> refused = rest.exchange("/camunda/api/admin/auth/user/default/login/welcome", HttpMethod.POST,
        new HttpEntity<>("username=" + stranger + "&password=falsch", form), String.class);
    identityService.deleteUser(stranger);
    assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
    assertThat(refused.getHeaders().get("Set-Cookie")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
            .doesNotContain("SameSite=Lax;SameSite"));

    String login = rest.getForObject("/camunda/app/welcome/default/", String.class);
    assertThat(login).doesNotContain("7.24", "version=\"v");
  }

  @Test
  void unknown_addresses_of_our_api_answer_404_in_german_json() {
    ResponseEntity<String> response = rest.withBasicAuth("fallkoordination", "demo").getForEntity("/api/gibt-es-nicht",
        String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getBody()).contains("Nicht gefunden: Diese Adresse gibt es nicht.").doesNotContain("Not Found");
  }

  @Test
  void the_team_lead_assigns_a_task_within_its_team_and_changes_nothing_else() {
    ProcessInstance application = start("IN_PERSON");
    Task check = task(application);
    identityService.saveUser(newUser("fk-" + applicationId));
    identityService.createMembership("fk-" + applicationId, "fallkoordination");

    assertThat(call("teamleitung", HttpMethod.POST, "/task/" + check.getId() + "/assignee",
        "{\"userId\":\"u25\"}").getStatusCode().value()).isEqualTo(400);
    assertThat(call("fallkoordination", HttpMethod.POST, "/task/" + check.getId() + "/assignee",
        "{\"userId\":\"fk-" + applicationId + "\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(call("teamleitung", HttpMethod.POST, "/task/" + check.getId() + "/assignee",
        "{\"userId\":\"fk-" + applicationId + "\"}").getStatusCode().value()).isEqualTo(204);
    assertThat(task(application).getAssignee()).isEqualTo("fk-" + applicationId);

    assertThat(call("teamleitung", HttpMethod.POST, "/task/" + check.getId() + "/complete",
        "{\"variables\":{\"documentsStatus\":{\"value\":\"COMPLETE\"}}}").getStatusCode().value()).isEqualTo(403);
    assertThat(call("teamleitung", HttpMethod.POST, "/task/" + check.getId() + "/comment/create",
        "{\"message\":\"Bitte beeilen\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(call("teamleitung", HttpMethod.PUT, "/task/" + check.getId(), "{\"name\":\"x\"}").getStatusCode().value())
        .isEqualTo(403);
    assertThat(task(application).getDueDate()).isEqualTo(check.getDueDate());
    assertThat(task(application).getName()).isEqualTo("Unterlagen prüfen");
    identityService.deleteUser("fk-" + applicationId);
  }

  @Test
  void the_webapps_engine_api_is_guarded_like_the_rest_api_and_cockpit_answers_only_leads() {
    ProcessInstance application = start("IN_PERSON");
    Task check = task(application);

    ApiCaller u25 = ApiCaller.webapp(rest, "u25");
    ResponseEntity<String> dueDate = u25.engine(HttpMethod.PUT, "/task/" + check.getId(), "{\"name\":\"x\",\"due\":null}");
    assertThat(dueDate.getStatusCode().value()).isEqualTo(403);
    assertThat(dueDate.getBody()).contains("der Administration vorbehalten");
    ResponseEntity<String> variables = u25.engine(HttpMethod.GET, "/variable-instance?variableName=customerName", null);
    assertThat(variables.getStatusCode().value()).isEqualTo(403);
    assertThat(variables.getBody()).doesNotContain("Erika Mustermann");
    ResponseEntity<String> statistics = u25.call(HttpMethod.GET,
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null);
    assertThat(statistics.getStatusCode().value()).isEqualTo(403);
    assertThat(statistics.getBody()).contains("nur der Teamleitung");

    ApiCaller lead = ApiCaller.webapp(rest, "teamleitung");
    assertThat(lead.call(HttpMethod.GET, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null)
        .getBody()).contains(PROCESS_KEY);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(String channel) {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, new HashMap<>(Map.of(
        APPLICATION_ID, applicationId, CUSTOMER_NAME, "Erika Mustermann", RECEIVED_ON, today, CHANNEL, channel)));
  }

  private ProcessInstance instance() {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private String startBody(String variables) {
    return "{\"variables\":{\"applicationId\":{\"value\":\"" + applicationId + "\"}," + variables + "}}";
  }

  private org.camunda.bpm.engine.identity.User newUser(String id) {
    var user = identityService.newUser(id);
    user.setPassword("Richtig-2026!");
    return user;
  }

  /** The queue as Tasklist reads it (HAL), narrowed to one case (the queue holds other tests' cases too). */
  private JsonNode halList(String user, String filterName, String businessKey) {
    JsonNode filters = call(user, HttpMethod.GET, "/filter?name=" + filterName, null).getBody();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + filters.get(0).get("id").asText()
        + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
        new HttpEntity<>("{\"processInstanceBusinessKey\":\"" + businessKey + "\"}", headers), JsonNode.class).getBody();
  }

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers),
        JsonNode.class);
  }

  private static String message(ResponseEntity<JsonNode> response) {
    return response.getBody() == null ? "" : response.getBody().path("message").asText();
  }
}

package de.leistungskette.referral;

import static de.leistungskette.referral.KelReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/**
 * A provider's staff see their own provider's referrals and, of each, only what their form shows;
 * another provider's referral not at all: through Tasklist's API and through the Java API.
 */
@EngineTest
class ProviderAccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void provider_a_cannot_see_read_claim_or_complete_provider_b_s_referral_and_b_reads_only_its_form() throws Exception {
    ProcessInstance debt = start("DEBT", "schuldnerberatung");
    start("ADDICTION", "suchtberatung");
    Task debtTask = taskService.createTaskQuery().processInstanceId(debt.getId()).singleResult();
    String key = debt.getBusinessKey();

    // A (Suchtberatung) sees nothing of B's (Schuldnerberatung) referral
    assertThat(queue("suchtberatung", key)).doesNotContain(key);
    assertThat(status("suchtberatung", HttpMethod.GET, "/task?processInstanceBusinessKey=" + key, null)).isEqualTo(403);
    assertThat(status("suchtberatung", HttpMethod.GET, "/task/" + debtTask.getId() + "/form-variables", null))
        .isIn(403, 404);
    assertThat(status("suchtberatung", HttpMethod.POST, "/task/" + debtTask.getId() + "/claim",
        "{\"userId\":\"suchtberatung\"}")).isIn(403, 404);
    assertThat(status("suchtberatung", HttpMethod.POST, "/task/" + debtTask.getId() + "/complete",
        "{\"variables\":{\"appointmentKept\":{\"value\":true}}}")).isIn(403, 404);
    for (String user : List.of("suchtberatung", "schuldnerberatung")) {
      // closed by default: none of these reaches the engine for a provider
      for (String read : List.of("/history/task?processInstanceId=" + debt.getId(),
          "/history/variable-instance?processInstanceId=" + debt.getId(),
          "/variable-instance?processInstanceIdIn=" + debt.getId() + "&variableName=reason",
          "/process-instance?businessKey=" + key, "/process-definition?key=qeb-application")) {
        ResponseEntity<String> answer = call(user, HttpMethod.GET, read, null);
        assertThat(answer.getStatusCode().value()).as(user + " " + read).isEqualTo(403);
        assertThat(answer.getBody()).doesNotContain("Pfändung", key);
      }
      assertThat(json(user, HttpMethod.GET, "/user", null)).hasSize(1);
      assertThat(status(user, HttpMethod.POST, "/process-definition/key/kel-referral/start", "{}")).isEqualTo(403);
      assertThat(status(user, HttpMethod.POST, "/message", "{\"messageName\":\"QebHeldLate\",\"businessKey\":\"x\"}"))
          .isEqualTo(403);
    }

    // B sees its referral in its queue and reads exactly what its form shows: not the reason, the
    // birth date, the client number or the caseworker's team
    assertThat(queue("schuldnerberatung", key)).contains(key);
    JsonNode variables = json("schuldnerberatung", HttpMethod.GET, "/task/" + debtTask.getId() + "/form-variables",
        null);
    assertThat(variables.has(CLIENT_NAME)).isTrue();
    assertThat(variables.has(VOUCHER_NUMBER)).isTrue();
    assertThat(variables.has(FIRST_APPOINTMENT_DUE)).isTrue();
    assertThat(variables.has(CONSENT_SCOPE)).isTrue();
    for (String hidden : List.of(REASON, BIRTH_DATE, CLIENT_ID, CASEWORKER_GROUP, SOURCE, PROVIDER_ADDRESS)) {
      assertThat(variables.has(hidden)).as(hidden).isFalse();
    }
    // asking for more does not help
    JsonNode asked = json("schuldnerberatung", HttpMethod.GET, "/task/" + debtTask.getId()
        + "/form-variables?variableNames=reason,birthDate", null);
    assertThat(asked.has(REASON)).isFalse();
    assertThat(status("schuldnerberatung", HttpMethod.GET, "/task/" + debtTask.getId() + "/variables", null))
        .isEqualTo(403);
    assertThat(status("schuldnerberatung", HttpMethod.GET, "/task/" + debtTask.getId() + "/variables/reason", null))
        .isEqualTo(403);
    assertThat(status("schuldnerberatung", HttpMethod.GET, "/task?processVariables=birthDate_eq_1980-01-01", null))
        .isEqualTo(403);

    // B claims and reports back
    assertThat(status("schuldnerberatung", HttpMethod.POST, "/task/" + debtTask.getId() + "/claim",
        "{\"userId\":\"schuldnerberatung\"}")).isEqualTo(204);
    assertThat(status("schuldnerberatung", HttpMethod.POST, "/task/" + debtTask.getId() + "/complete",
        "{\"variables\":{\"appointmentKept\":{\"value\":true}}}")).isEqualTo(204);

    // the Java API gives A nothing either
    identityService.setAuthentication("suchtberatung", List.of("traeger-suchtberatung"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
    Task next = taskService.createTaskQuery().processInstanceId(debt.getId()).list().stream().findFirst().orElse(null);
    assertThat(next).isNull();
    identityService.clearAuthentication();
    String interimOrFinal = taskService.createTaskQuery().processInstanceId(debt.getId()).singleResult().getId();
    identityService.setAuthentication("suchtberatung", List.of("traeger-suchtberatung"));
    assertThatThrownBy(() -> taskService.getVariables(interimOrFinal)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(interimOrFinal)).isInstanceOf(AuthorizationException.class);
  }

  private ProcessInstance start(String service, String provider) {
    String referralId = "R-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>(Map.of(REFERRAL_ID, referralId,
        CLIENT_ID, "K-" + referralId, CLIENT_NAME, "Erika Muster", BIRTH_DATE, "1980-01-01", SERVICE, service,
        PROVIDER_ID, provider, REASON, "Pfändung des Kontos", CONSENT_GIVEN, true,
        REFERRED_ON, LocalDate.now(Deadlines.BERLIN).toString(), CASEWORKER_GROUP, "fallmanagement"));
    variables.put(CONSENT_SCOPE, "CONTENTS");
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers),
        String.class);
  }

  /** The provider's queues as Tasklist reads them (its filters, HAL), narrowed to one case, as text. */
  private String queue(String user, String businessKey) throws Exception {
    JsonNode filters = json(user, HttpMethod.GET, "/filter?resourceType=Task", null);
    StringBuilder all = new StringBuilder();
    for (JsonNode filter : filters) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
      ResponseEntity<String> list = rest.withBasicAuth(user, "demo").exchange("/engine-rest/filter/"
          + filter.get("id").asText() + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
          new HttpEntity<>("{\"processInstanceBusinessKey\":\"" + businessKey + "\"}", headers), String.class);
      assertThat(list.getStatusCode().value()).isEqualTo(200);
      all.append(list.getBody());
    }
    return all.toString();
  }

  private int status(String user, HttpMethod method, String path, String body) {
    return call(user, method, path, body).getStatusCode().value();
  }

  private JsonNode json(String user, HttpMethod method, String path, String body) throws Exception {
    ResponseEntity<String> response = call(user, method, path, body);
    assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }
}

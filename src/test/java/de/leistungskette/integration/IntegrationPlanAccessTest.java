package de.leistungskette.integration;

import static de.leistungskette.integration.IntegrationManagement.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.identity.Team;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The printable plan is need-to-know: the integration managers and the team lead, and whoever has
 * a task of the case in their queue (the Jobcenter's case management while it takes a case over);
 * nobody else. The test fails when the circle widens.
 */
@EngineTest
class IntegrationPlanAccessTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String today = LocalDate.now(Deadlines.BERLIN).toString();

  @Test
  void the_team_the_lead_and_whoever_holds_a_task_of_the_case_read_the_plan_nobody_else() {
    String personId = "P-ACC-" + UUID.randomUUID().toString().substring(0, 8);
    var im = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(PERSON_ID, personId, PERSON_NAME,
        "Amina <b>Muster</b>", BIRTH_DATE, "1990-01-01", ASSIGNED_ON, today, TARGET_GROUP, "REFUGEE_FOLLOW_UP",
        BENEFITS, "ASYLBLG", HOUSING, "SHARED", MODEL, "WIESBADEN"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(im.getId()).singleResult().getId(),
        Map.of(FIRST_COUNSELLING_ON, today, TIME_LIMIT_EXPLAINED, true));
    taskService.complete(taskService.createTaskQuery().processInstanceId(im.getId()).singleResult().getId(),
        Map.of("goalLanguage", "Deutsch <script>alert(1)</script>"));

    // whoever may not read it gets the answer a number without a case gets: nothing tells who is in counselling
    assertThat(statuses(personId)).containsEntry("integrationsmanagement", 200).containsEntry("teamleitung", 200)
        .containsEntry("fallmanagement", 404).containsEntry("u25", 404).containsEntry("schnittstelle", 404)
        .containsEntry("qeb", 404);
    String nobody = "P-NIEMAND-" + UUID.randomUUID().toString().substring(0, 8);
    for (String user : List.of("fallmanagement", "u25", "schnittstelle")) {
      ResponseEntity<String> existing = rest.withBasicAuth(user, "demo").getForEntity("/api/integrationsplan/" + personId,
          String.class);
      ResponseEntity<String> missing = rest.withBasicAuth(user, "demo").getForEntity("/api/integrationsplan/" + nobody,
          String.class);
      assertThat(missing.getStatusCode()).isEqualTo(existing.getStatusCode());
      assertThat(missing.getBody().replace(nobody, "X")).isEqualTo(existing.getBody().replace(personId, "X"));
    }
    ResponseEntity<String> page = rest.withBasicAuth("integrationsmanagement", "demo")
        .getForEntity("/integrationsplan/" + personId, String.class);
    assertThat(page.getBody()).contains("Amina &lt;b&gt;Muster&lt;/b&gt;").contains("Deutsch &lt;script&gt;")
        .doesNotContain("<script>alert");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'; script-src 'nonce-");
    assertThat(page.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");

    // while the Jobcenter's case management has the hand-over in its queue, it reads the whole plan
    runtimeService.createMessageCorrelation(BENEFITS_CHANGED).processInstanceBusinessKey(personId)
        .setVariable(BENEFITS, "SGB2").correlate();
    assertThat(statuses(personId)).containsEntry("fallmanagement", 200).containsEntry("u25", 404);
    ResponseEntity<String> json = rest.withBasicAuth("fallmanagement", "demo")
        .getForEntity("/api/integrationsplan/" + personId, String.class);
    assertThat(json.getBody()).contains("\"integrationPlan\":{\"version\":1").contains("\"integrationPlanHistory\":[");

    assertThat(rest.getForEntity("/api/integrationsplan/" + personId, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("integrationsmanagement", "demo").getForEntity("/api/integrationsplan/P-UNBEKANNT",
        String.class).getBody()).contains("Kein Fall im Integrationsmanagement");
  }

  private Map<String, Integer> statuses(String personId) {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (Team team : Team.values()) {
      statuses.put(team.groupId(), status(team.groupId(), personId));
    }
    statuses.put("schnittstelle", status("schnittstelle", personId));
    return statuses;
  }

  private int status(String user, String personId) {
    int api = rest.withBasicAuth(user, "demo").getForEntity("/api/integrationsplan/" + personId, String.class)
        .getStatusCode().value();
    int page = rest.withBasicAuth(user, "demo").getForEntity("/integrationsplan/" + personId, String.class)
        .getStatusCode().value();
    assertThat(page).as("page and API agree for " + user).isEqualTo(api);
    return api;
  }
}

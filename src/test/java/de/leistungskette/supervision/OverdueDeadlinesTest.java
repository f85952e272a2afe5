package de.leistungskette.supervision;

import static de.leistungskette.EngineClock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.EngineTest;
import de.leistungskette.identity.Team;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Overdue deadlines for supervision, with concrete dates on the engine clock: what is overdue and
 * due today, per process and team and per user task; only for team leads and administrators.
 */
@EngineTest
class OverdueDeadlinesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void counts_and_lists_overdue_and_due_today_per_process_team_and_task() throws Exception {
    // Thursday 5.3.2020: received Mon 2.3. → "Unterlagen prüfen" due Wed 4.3. (overdue by 1 day);
    // received Tue 3.3. → due Thu 5.3. (today); received Thu 5.3. → due Mon 9.3. (later)
    now(day(2020, 3, 5, 10));
    String tag = UUID.randomUUID().toString().substring(0, 6);
    ProcessInstance late = start("OD-L-" + tag, "2020-03-02");
    start("OD-T-" + tag, "2020-03-03");
    start("OD-F-" + tag, "2020-03-05");

    JsonNode overview = get("teamleitung", "/api/fristen/uebersicht");
    JsonNode qeb = find(overview.path("processes"), "key", "qeb-application");
    assertThat(qeb.path("overdue").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(qeb.path("dueToday").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode team = find(overview.path("teams"), "group", Team.FALLKOORDINATION.groupId());
    assertThat(team.path("name").asText()).isEqualTo("Fallkoordination");
    assertThat(overview.path("todayText").asText()).isEqualTo("Do 5.3.2020");

    JsonNode overdue = get("teamleitung", "/api/fristen/ueberfaellig?processDefinitionId=" + late.getProcessDefinitionId());
    JsonNode mine = null;
    for (JsonNode task : overdue.path("tasks")) {
      if (("OD-L-" + tag).equals(task.path("caseId").asText())) {
        mine = task;
      }
      assertThat(task.path("caseId").asText()).as("only overdue tasks").isNotIn("OD-T-" + tag, "OD-F-" + tag);
    }
    assertThat(mine).isNotNull();
    assertThat(mine.path("dueText").asText()).isEqualTo("Mi 4.3.2020");
    assertThat(mine.path("daysOverdue").asInt()).isEqualTo(1);
    assertThat(mine.path("team").asText()).isEqualTo("Fallkoordination");
    assertThat(mine.path("caseName").asText()).isEqualTo("Erika Frist");
    assertThat(overdue.path("perActivity").path("checkDocuments").asInt()).isGreaterThanOrEqualTo(1);

    JsonNode ofCase = get("teamleitung", "/api/fristen/fall/" + late.getId());
    assertThat(ofCase.path("tasks").get(0).path("overdue").asBoolean()).isTrue();
    assertThat(get("demo", "/api/fristen/uebersicht").has("processes")).as("administrators too").isTrue();
  }

  @Test
  void team_members_and_providers_get_nothing() {
    for (Team team : Team.values()) {
      if (team != Team.TEAMLEITUNG) {
        assertThat(status(team.groupId(), "/api/fristen/uebersicht")).as(team.groupId()).isEqualTo(403);
        assertThat(status(team.groupId(), "/api/fristen/ueberfaellig")).as(team.groupId()).isEqualTo(403);
      }
    }
    assertThat(status("schnittstelle", "/api/fristen/uebersicht")).isEqualTo(403);
    assertThat(status("schuldnerberatung", "/api/fristen/ueberfaellig")).isEqualTo(403);
    assertThat(rest.getForEntity("/api/fristen/uebersicht", String.class).getStatusCode().value()).isEqualTo(401);
  }

  private ProcessInstance start(String applicationId, String receivedOn) {
    return runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Frist", "receivedOn", receivedOn, "channel", "IN_PERSON"));
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  private int status(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value();
  }

  private static JsonNode find(JsonNode rows, String key, String value) {
    for (JsonNode row : rows) {
      if (value.equals(row.path(key).asText())) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + "=" + value + " in " + rows);
  }
}

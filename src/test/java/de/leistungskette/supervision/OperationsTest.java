package de.leistungskette.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Health and metrics for the operator: administrators only; open and overdue tasks per process and team. */
@EngineTest
class OperationsTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskMetrics metrics;

  @Test
  void the_administrator_reads_health_and_task_gauges_nobody_else_does() {
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId",
        "OPS-" + UUID.randomUUID().toString().substring(0, 8), "customerName", "Erika Frist", "receivedOn", "2020-03-02",
        "channel", "IN_PERSON"));
    metrics.refresh();

    ResponseEntity<String> health = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    // (the job executor's indicator is there when jobs run: not in tests, which execute jobs themselves)
    assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"");

    String prometheus = rest.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);
    assertThat(prometheus).containsPattern(
        "leistungskette_tasks_open\\{[^}]*process=\"qeb-application\"[^}]*team=\"fallkoordination\"[^}]*} [1-9]")
        .containsPattern(
            "leistungskette_tasks_overdue\\{[^}]*process=\"qeb-application\"[^}]*team=\"fallkoordination\"[^}]*} [1-9]");

    assertThat(rest.withBasicAuth("teamleitung", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("fallkoordination", "demo").getForEntity("/actuator/health", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(401);
  }
}

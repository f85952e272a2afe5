package de.leistungskette.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One running "Antragsbearbeitung" per application number, through REST as other systems start it. */
@EngineTest
class RunningCasesTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  private final String number = "NR-" + UUID.randomUUID().toString().substring(0, 8);
  private final String today = LocalDate.now(Deadlines.BERLIN).toString();

  private ResponseEntity<JsonNode> start() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"variables\":{\"applicationId\":{\"value\":\"" + number + "\"},\"customerName\":{\"value\":\"Erika\"},"
        + "\"receivedOn\":{\"value\":\"" + today + "\"},\"channel\":{\"value\":\"IN_PERSON\"}}}";
    return rest.withBasicAuth("eingangszone", "demo").postForEntity("/engine-rest/process-definition/key/qeb-application/start",
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  private long running() {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count();
  }

  @Test
  void a_second_running_case_with_the_same_number_is_refused_naming_the_number() {
    assertThat(start().getStatusCode().value()).isEqualTo(200);

    ResponseEntity<JsonNode> second = start();

    assertThat(second.getStatusCode().value()).isEqualTo(400);
    assertThat(second.getBody().get("message").asText())
        .isEqualTo("Es läuft bereits ein Fall mit der Antragsnummer „" + number + "“. Bitte den laufenden Fall "
            + "weiterbearbeiten; ein neuer Fall mit dieser Nummer ist erst nach dessen Abschluss möglich.");
    assertThat(running()).isEqualTo(1);
  }

  @Test
  void two_starts_at_the_same_moment_give_one_case() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      answers.add(clients.submit(() -> {
        together.await();
        return start().getStatusCode().value();
      }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    clients.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 400);
    assertThat(running()).isEqualTo(1);
  }

  @Test
  void a_finished_or_deleted_case_does_not_block_a_new_one() {
    String first = start().getBody().get("id").asText();
    runtimeService.deleteProcessInstance(first, "Test: Fall beendet");
    String second = start().getBody().get("id").asText();
    // deleted by an administrator without listeners: the number is free for the next start
    runtimeService.deleteProcessInstance(second, "Test", true);

    assertThat(start().getStatusCode().value()).isEqualTo(200);
    assertThat(running()).isEqualTo(1);
  }
}

package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Plausible dates, through REST as other systems and the forms send them: a receipt cannot lie
 * after today; a letter is posted neither before the event it answers, nor on a Sunday or public
 * holiday, nor more than 14 days ahead. Engine clock: Wednesday 23.12.2026 (DE-NW).
 */
@EngineTest
class PlausibleDatesTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String number = "PD-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void a_receipt_date_after_today_is_refused_naming_the_field() {
    now(2026, 12, 23);
    for (String receivedOn : new String[] {"2026-12-24", "2099-12-31"}) {
      ResponseEntity<JsonNode> response = start(receivedOn);
      assertThat(response.getStatusCode().value()).isEqualTo(400);
      assertThat(message(response)).startsWith("Eingangsdatum (receivedOn): Ein Antrag kann nicht nach heute "
          + "(Mi 23.12.2026) eingegangen sein");
    }
    assertThat(start("2026-12-23").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void a_posting_day_on_a_sunday_or_holiday_before_the_event_or_too_far_ahead_is_refused() {
    now(2026, 12, 23);
    start("2026-12-23");
    Task check = task();
    taskService.complete(check.getId(), Map.of(DOCUMENTS_STATUS, "INCOMPLETE", APPOINTMENT_NEEDED, false));
    Task request = task();

    Map<String, String> refused = Map.of(
        "2026-12-22", "darf nicht vor dem Eingang des Antrags (Mi 23.12.2026) liegen",
        "2026-12-25", "Am Fr 25.12.2026 wird keine Post aufgegeben (Feiertag: 1. Weihnachtstag)",
        "2026-12-27", "Am So 27.12.2026 wird keine Post aufgegeben (Sonntag)",
        "2027-01-07", "Do 7.1.2027 liegt mehr als 14 Tage nach heute (Mi 23.12.2026)");
    refused.forEach((postedOn, expected) -> {
      ResponseEntity<JsonNode> response = completeRequest(request, "\"" + postedOn + "\"");
      assertThat(response.getStatusCode().value()).as(postedOn).isEqualTo(400);
      assertThat(message(response)).as(postedOn)
          .startsWith("Datum der Aufgabe zur Post des Schreibens (requestPostedOn)").contains(expected);
      assertThat(task().getId()).isEqualTo(request.getId());
    });

    ResponseEntity<JsonNode> saturdayTwoWeeksAhead = completeRequest(request, "\"2027-01-06\"");
    assertThat(saturdayTwoWeeksAhead.getStatusCode().value()).isEqualTo(204);
    assertThat(runtimeService.getVariable(request.getProcessInstanceId(), REQUEST_POSTED_ON)).isEqualTo("2027-01-06");
  }

  @Test
  void an_empty_posting_day_on_a_holiday_means_the_next_day_post_is_handed_in() {
    now(2026, 12, 23);
    start("2026-12-23");
    taskService.complete(task().getId(), Map.of(DOCUMENTS_STATUS, "INCOMPLETE", APPOINTMENT_NEEDED, false));
    Task request = task();

    now(2026, 12, 25); // 1. Weihnachtstag; then 2. Weihnachtstag (Saturday 26.12.) is a holiday too, 27.12. a Sunday
    assertThat(completeRequest(request, "null").getStatusCode().value()).isEqualTo(204);

    assertThat(runtimeService.getVariable(request.getProcessInstanceId(), REQUEST_POSTED_ON)).isEqualTo("2026-12-28");
  }

  // ---------------------------------------------------------------- helpers

  private ResponseEntity<JsonNode> start(String receivedOn) {
    return post("eingangszone", "/process-definition/key/qeb-application/start", "{\"variables\":{"
        + "\"applicationId\":{\"value\":\"" + number + "\"},\"customerName\":{\"value\":\"Erika Mustermann\"},"
        + "\"receivedOn\":{\"value\":\"" + receivedOn + "\"},\"channel\":{\"value\":\"IN_PERSON\"}}}");
  }

  private ResponseEntity<JsonNode> completeRequest(Task request, String postedOn) {
    return post("fallkoordination", "/task/" + request.getId() + "/complete", "{\"variables\":{"
        + "\"missingDocuments\":{\"value\":\"Kontoauszüge\"},\"refusalWarningGiven\":{\"value\":true},"
        + "\"requestPostedOn\":{\"value\":" + postedOn + "}}}");
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, new HttpEntity<>(body, headers),
        JsonNode.class);
  }

  private Task task() {
    return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
  }

  private static String message(ResponseEntity<JsonNode> response) {
    return response.getBody() == null ? "" : response.getBody().path("message").asText();
  }

  private static void now(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, Deadlines.BERLIN).toInstant()));
  }
}

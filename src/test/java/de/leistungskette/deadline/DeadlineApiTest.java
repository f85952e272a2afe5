package de.leistungskette.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@EngineTest
class DeadlineApiTest {

  @Autowired TestRestTemplate rest;

  private ResponseEntity<JsonNode> get(String query) {
    return rest.withBasicAuth("fallkoordination", "demo").getForEntity("/api/deadlines?" + query, JsonNode.class);
  }

  @Test
  void answers_a_postal_deadline_with_notification_day_state_and_steps() {
    ResponseEntity<JsonNode> response = get("rule=DAYS_AFTER_POSTAL&from=2027-12-22&amount=7");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = response.getBody();
    assertThat(body.get("due").asText()).isEqualTo("2028-01-03");
    assertThat(body.get("notified").asText()).isEqualTo("2027-12-26");
    assertThat(body.get("state").asText()).isEqualTo("DE-NW");
    assertThat(body.get("steps").get(0).asText()).isEqualTo("Aufgabe zur Post: Mi 22.12.2027");
  }

  @Test
  void answers_working_days_in_another_state_without_a_notification_day() {
    JsonNode body = get("rule=WORKING_DAYS&from=2025-01-03&amount=1&state=DE-BW").getBody();

    assertThat(body.get("due").asText()).isEqualTo("2025-01-07");
    assertThat(body.get("state").asText()).isEqualTo("DE-BW");
    assertThat(body.has("notified")).isFalse();
  }

  @Test
  void postal_days_override_the_law() {
    JsonNode body = get("rule=MONTHS_AFTER_POSTAL&from=2026-03-02&amount=1&postalDays=3").getBody();

    assertThat(body.get("notified").asText()).isEqualTo("2026-03-05");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      from=2025-01-01&amount=7                                   | rule
      rule=YEARS&from=2025-01-01&amount=7                        | rule
      rule=DAYS&amount=7                                         | from
      rule=DAYS&from=2025-02-30&amount=7                         | from
      rule=DAYS&from=01.02.2025&amount=7                         | from
      rule=DAYS&from=2025-01-01                                  | amount
      rule=DAYS&from=2025-01-01&amount=0                         | amount
      rule=DAYS&from=2025-01-01&amount=-3                        | amount
      rule=DAYS&from=2025-01-01&amount=1.5                       | amount
      rule=DAYS&from=2025-01-01&amount=99999999999               | amount
      rule=DAYS&from=2025-01-01&amount=7&state=DE-XX             | state
      rule=DAYS&from=2025-01-01&amount=7&state=NRW               | state
      rule=DAYS_AFTER_POSTAL&from=2025-01-01&amount=7&postalDays=x  | postalDays
      rule=DAYS_AFTER_POSTAL&from=2025-01-01&amount=7&postalDays=-1 | postalDays
      """)
  void answers_bad_parameters_with_400_and_a_german_message_naming_the_parameter(String query, String parameter) {
    ResponseEntity<JsonNode> response = get(query);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(response.getBody().get("error").asText()).contains(parameter);
    assertThat(response.getBody().get("parameter").asText()).isEqualTo(parameter);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at de.");
  }

  @Test
  void requires_a_login() {
    ResponseEntity<JsonNode> response =
        rest.getForEntity("/api/deadlines?rule=DAYS&from=2025-01-01&amount=7", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getBody().get("error").asText()).contains("Anmeldung");
  }

  @Test
  void the_page_sends_a_browser_without_login_to_the_login_and_shows_itself_after_it() throws Exception {
    HttpResponse<String> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/fristenrechner")).build(),
            HttpResponse.BodyHandlers.ofString());
    ResponseEntity<String> loggedIn = rest.withBasicAuth("demo", "demo").getForEntity("/fristenrechner", String.class);

    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).contains("/camunda/app/welcome/"));
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(loggedIn.getBody()).contains("Fristenrechner", "Frist berechnen");
  }
}

package de.leistungskette.supervision;

import static de.leistungskette.EngineClock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.EngineTest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The reports against figures computed by hand, on cases seeded in 2019 with the engine clock (no
 * other test uses that year): minimum standards of QEB, § 16a per provider, planned vs actual with
 * a month of plan 0; the deadline bands by what the seeded tasks add; who may read them.
 */
@EngineTest
class ReportsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ReferralPlan plan;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void figures_match_the_hand_computed_ones_and_the_csv_opens_in_excel() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    // QEB: A checked in time, decided after 3 days; B checked 2 days late (due Wed 6.3.), decided after
    // 10 days; C checked in time, decided after 20 days (in April: a breach of the 15 days)
    qeb("RA-" + tag, "2019-03-04", day(2019, 3, 5, 10), day(2019, 3, 8, 10));
    qeb("RB-" + tag, "2019-03-04", day(2019, 3, 8, 10), day(2019, 3, 18, 10));
    qeb("RC-" + tag, "2019-03-11", day(2019, 3, 12, 10), day(2019, 4, 1, 10));

    JsonNode standards = get("teamleitung", "/api/berichte/mindeststandards?jahr=2019");
    JsonNode rows = standards.path("tables").get(0).path("rows");
    JsonNode checks = row(rows, "month", "2019-03", "team", "Fallkoordination");
    assertThat(checks.path("checks").asInt()).isEqualTo(3);
    assertThat(checks.path("checksInTime").asInt()).isEqualTo(2);
    assertThat(checks.path("checksShare").asDouble()).isEqualTo(66.7);
    JsonNode march = row(rows, "month", "2019-03", "team", "Qualifizierte Erstberatung (QEB)");
    assertThat(march.path("decisions").asInt()).isEqualTo(2);
    assertThat(march.path("within7Share").asDouble()).isEqualTo(50.0);
    assertThat(march.path("within15Share").asDouble()).isEqualTo(100.0);
    assertThat(march.path("medianDays").asDouble()).isEqualTo(6.5);
    JsonNode april = row(rows, "month", "2019-04", "team", "Qualifizierte Erstberatung (QEB)");
    assertThat(april.path("within15Share").asDouble()).isEqualTo(0.0);
    assertThat(april.path("medianDays").asDouble()).isEqualTo(20.0);
    JsonNode breaches = standards.path("tables").get(1).path("rows");
    assertThat(breaches.toString()).contains("RB-" + tag).contains("2 Tage nach der Frist").contains("RC-" + tag)
        .contains("20 Tage (Mindeststandard 15)").doesNotContain("RA-" + tag);
    assertThat(standards.path("chart").path("datasets").get(0).path("data").get(2).asDouble()).isEqualTo(66.7);

    // § 16a: two debt referrals in February (one kept, one U25 never redeemed and returned), one addiction
    // referral of the U25 team in March; on 1.6.2019 every open step is older than 90 days
    referral("K1-" + tag, "schuldnerberatung", "DEBT", "1990-01-01", day(2019, 2, 1, 9), "fallmanagement", "Mitte", true);
    ProcessInstance notRedeemed = referral("K2-" + tag, "schuldnerberatung", "DEBT", "2000-01-01", day(2019, 2, 4, 9),
        "fallmanagement", "Mitte", false);
    List<Job> timers = managementService.createJobQuery().processInstanceId(notRedeemed.getId()).timers().list();
    Job expiry = timers.stream().min(Comparator.comparing(Job::getDuedate)).orElseThrow();
    now(new java.util.Date(expiry.getDuedate().getTime() + 1000));
    managementService.executeJob(expiry.getId());
    referral("K3-" + tag, "suchtberatung", "ADDICTION", "1985-05-05", day(2019, 3, 5, 9), "u25", "Süd", true);
    now(day(2019, 6, 1, 9));

    JsonNode kel = get("kel-koordination", "/api/berichte/kel?jahr=2019");
    JsonNode debt = row(kel.path("tables").get(0).path("rows"), "provider",
        "Schuldner- und Insolvenzberatung des Sozialamtes");
    assertThat(debt.path("inCounselling").asInt()).isEqualTo(1);
    assertThat(debt.path("issued").asInt()).isEqualTo(2);
    assertThat(debt.path("redeemed").asInt()).isEqualTo(1);
    assertThat(debt.path("returned").asInt()).isEqualTo(1);
    assertThat(debt.path("u25").asInt()).isEqualTo(1);
    assertThat(debt.path("u25Share").asDouble()).isEqualTo(50.0);
    assertThat(debt.path("stale").asInt()).isEqualTo(2);
    assertThat(kel.path("tables").get(1).path("rows").toString()).contains("K1-" + tag).contains("K2-" + tag);

    // Soll/Ist: Fallmanagement/Mitte planned 2 in January, 1 in February, 0 in March; U25/Süd 0 in March
    plan.save(List.of(ReferralPlan.entry("fallmanagement", "Mitte", "01.2019", "2"),
        ReferralPlan.entry("fallmanagement", "Mitte", "2019-02", "1"), ReferralPlan.entry("fallmanagement", "Mitte", "03.2019", "0"),
        ReferralPlan.entry("u25", "Süd", "2019-03", "0")));
    JsonNode planned = get("teamleitung", "/api/berichte/soll-ist?jahr=2019").path("tables").get(0).path("rows");
    JsonNode january = row(planned, "team", "Fallmanagement", "location", "Mitte", "month", "2019-01");
    assertThat(january.path("deviation").asDouble()).isEqualTo(-100.0);
    JsonNode february = row(planned, "team", "Fallmanagement", "location", "Mitte", "month", "2019-02");
    assertThat(february.path("actual").asInt()).isEqualTo(2);
    assertThat(february.path("deviation").asDouble()).isEqualTo(100.0);
    assertThat(february.path("absolute").asInt()).isEqualTo(1);
    assertThat(february.path("cumulativeDeviation").asDouble()).isEqualTo(-33.3);
    JsonNode marchPlan = row(planned, "team", "Fallmanagement", "location", "Mitte", "month", "2019-03");
    assertThat(marchPlan.path("deviation").isMissingNode() || marchPlan.path("deviation").isNull())
        .as("0 / 0 stays empty").isTrue();
    assertThat(row(planned, "team", "U25", "location", "Süd", "month", "2019-03").path("deviation").asDouble())
        .as("plan 0 with actual > 0 is +100 %").isEqualTo(100.0);

    ResponseEntity<byte[]> csv = rest.withBasicAuth("teamleitung", "demo")
        .getForEntity("/api/berichte/soll-ist/csv?jahr=2019", byte[].class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("soll-ist-2019.csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFTeam;Standort;Monat;Soll;Ist;Abweichung (%);Abweichung absolut;Soll kumuliert;"
        + "Ist kumuliert;Abweichung kumuliert (%)\r\n");
    assertThat(text).contains("\r\nFallmanagement;Mitte;2019-02;1;2;100,0;1;3;2;-33,3\r\n")
        .contains("\r\nFallmanagement;Mitte;2019-03;0;0;;0;3;2;-33,3\r\n");
  }

  @Test
  void the_deadline_bands_count_what_is_open() throws Exception {
    now(day(2019, 10, 9, 10)); // Wednesday
    JsonNode before = JSON.createObjectNode(); // no open task of the team yet: no row
    for (JsonNode row : get("teamleitung", "/api/berichte/fristen").path("tables").get(0).path("rows")) {
      if ("Fallkoordination".equals(row.path("team").asText())) {
        before = row;
      }
    }
    String tag = UUID.randomUUID().toString().substring(0, 6);
    startQeb("FA-" + tag, "2019-10-04"); // check due Tue 8.10.: overdue
    startQeb("FB-" + tag, "2019-10-07"); // due Wed 9.10.: today
    startQeb("FC-" + tag, "2019-10-08"); // due Thu 10.10.: this week
    startQeb("FD-" + tag, "2019-10-09"); // due Fri 11.10.: this week
    JsonNode after = row(get("teamleitung", "/api/berichte/fristen").path("tables").get(0).path("rows"), "team",
        "Fallkoordination");
    assertThat(after.path("overdue").asInt() - before.path("overdue").asInt(0)).isEqualTo(1);
    assertThat(after.path("today").asInt() - before.path("today").asInt(0)).isEqualTo(1);
    assertThat(after.path("thisWeek").asInt() - before.path("thisWeek").asInt(0)).isEqualTo(2);
  }

  @Test
  void only_team_leads_the_kel_coordination_and_administrators_read_reports_and_bad_input_is_refused() {
    assertThat(status("fallmanagement", "/api/berichte/fristen")).isEqualTo(403);
    assertThat(status("u25", "/berichte")).isEqualTo(403);
    assertThat(status("schuldnerberatung", "/api/berichte/kel")).isEqualTo(403);
    assertThat(status("kel-koordination", "/api/berichte/kel")).isEqualTo(200);
    assertThat(status("demo", "/api/berichte/soll-ist")).isEqualTo(200);
    assertThat(status("teamleitung", "/berichte")).isEqualTo(200);
    assertThat(rest.getForEntity("/api/berichte/fristen", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("teamleitung", "demo").getForEntity("/api/berichte/kel?jahr=19", String.class)
        .getBody()).contains("Jahr „19“ ist ungültig");
    assertThat(status("teamleitung", "/api/berichte/unbekannt")).isEqualTo(404);

    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.valueOf("text/csv"));
    ResponseEntity<String> bad = rest.withBasicAuth("teamleitung", "demo").postForEntity("/api/berichte/soll-ist/plan",
        new HttpEntity<>("Team;Standort;Monat;Soll\nfallmanagement;Mitte;13.2030;5\n", csv), String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("Zeile 2: Monat „13.2030“ ist ungültig");
    ResponseEntity<String> good = rest.withBasicAuth("teamleitung", "demo").postForEntity("/api/berichte/soll-ist/plan",
        new HttpEntity<>("Team;Standort;Monat;Soll\nfallmanagement;Nord;05.2030;5\nu25;Nord;2030-06;3\n", csv), String.class);
    assertThat(good.getBody()).contains("\"saved\":2");
    assertThat(plan.of(2030).get("u25|Nord")[6]).isEqualTo(3);
    ResponseEntity<String> foreign = rest.withBasicAuth("fallmanagement", "demo").postForEntity(
        "/api/berichte/soll-ist/plan", new HttpEntity<>("fallmanagement;Nord;05.2030;99\n", csv), String.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(403);
    assertThat(plan.of(2030).get("fallmanagement|Nord")[5]).isEqualTo(5);
  }

  // ---------------------------------------------------------------------------------------------

  private void qeb(String applicationId, String receivedOn, java.util.Date checked, java.util.Date decided) {
    ProcessInstance application = startQeb(applicationId, receivedOn);
    now(checked);
    taskService.complete(single(application), Map.of("documentsStatus", "COMPLETE", "appointmentNeeded", false));
    now(decided);
    String day = de.leistungskette.deadline.Deadlines.toDate(decided, "Tag").toString();
    taskService.complete(single(application), Map.of("decision", "APPROVED", "decisionPostedOn", day));
  }

  private ProcessInstance startQeb(String applicationId, String receivedOn) {
    if (ClockUtil.getCurrentTime().toInstant().isBefore(java.time.LocalDate.parse(receivedOn)
        .atStartOfDay(de.leistungskette.deadline.Deadlines.BERLIN).toInstant())) {
      now(day(Integer.parseInt(receivedOn.substring(0, 4)), Integer.parseInt(receivedOn.substring(5, 7)),
          Integer.parseInt(receivedOn.substring(8)), 9));
    }
    return runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Bericht", "receivedOn", receivedOn, "channel", "IN_PERSON"));
  }

  private ProcessInstance referral(String clientId, String provider, String service, String birthDate,
      java.util.Date referred, String team, String location, boolean kept) {
    now(referred);
    Map<String, Object> variables = new HashMap<>(Map.of("referralId", clientId + "-KEL", "clientId", clientId,
        "clientName", "Erika Bericht", "birthDate", birthDate, "service", service, "providerId", provider, "reason", "Bedarf",
        "consentGiven", true, "referredOn", de.leistungskette.deadline.Deadlines.toDate(referred, "Tag").toString(),
        "caseworkerGroup", team));
    variables.put("location", location);
    ProcessInstance referral = runtimeService.startProcessInstanceByKey("kel-referral", variables);
    if (kept) {
      taskService.complete(taskService.createTaskQuery().processInstanceId(referral.getId())
          .taskDefinitionKey("initialFeedback").singleResult().getId(), Map.of("appointmentKept", true));
    }
    return referral;
  }

  private String single(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  private int status(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value();
  }

  private static JsonNode row(JsonNode rows, String... keysAndValues) {
    for (JsonNode row : rows) {
      boolean matches = true;
      for (int i = 0; i < keysAndValues.length; i += 2) {
        matches &= keysAndValues[i + 1].equals(row.path(keysAndValues[i]).asText());
      }
      if (matches) {
        return row;
      }
    }
    throw new AssertionError("no row " + String.join(",", keysAndValues) + " in " + rows);
  }
}

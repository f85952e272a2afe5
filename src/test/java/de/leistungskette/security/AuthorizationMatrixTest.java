package de.leistungskette.security;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.EngineTest;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.identity.Team;
import de.leistungskette.identity.TechnicalRole;
import de.leistungskette.integration.IntegrationManagement;
import de.leistungskette.intake.NewClientIntake;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every team user and the interface role against every resource family and operation of
 * {@code /engine-rest}, with the expected answer per cell. A cell is the status, and for reads
 * the number of the two fixture cases' entries the user sees ("200:0" = allowed, sees nothing).
 * The test fails when any cell changes, in particular when a grant widens.
 *
 * <p>Fixture: case C (waiting at "Unterlagen prüfen", Fallkoordination) and case D (waiting at
 * "Über den Antrag entscheiden", QEB, with its 15-day timer).
 */
@EngineTest
class AuthorizationMatrixTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STARTERS = "eingangszone fallkoordination schnittstelle";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final String today = LocalDate.now(Deadlines.BERLIN).toString();

  /** One operation: how to call it as a user, and the expected cell per user (default for the rest). */
  private record Operation(String name, Function<String, String> call, String expectedDefault,
      Map<String, String> expectedFor) {}

  private static List<String> users() {
    List<String> users = new ArrayList<>();
    for (Team team : Team.values()) {
      users.add(team.groupId());
    }
    users.add(TechnicalRole.INTERFACE.groupId());
    return users;
  }

  @Test
  void every_user_gets_exactly_the_expected_answer_for_every_operation() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    ProcessInstance c = start("MX-C-" + tag);
    ProcessInstance d = start("MX-D-" + tag);
    Task check = taskService.createTaskQuery().processInstanceId(c.getId()).singleResult();
    taskService.complete(taskService.createTaskQuery().processInstanceId(d.getId()).singleResult().getId(),
        Map.of(DOCUMENTS_STATUS, "COMPLETE", APPOINTMENT_NEEDED, false));
    Task decide = taskService.createTaskQuery().processInstanceId(d.getId()).singleResult();
    Job timer = managementService.createJobQuery().processInstanceId(d.getId()).singleResult();
    String keys = c.getBusinessKey() + "," + d.getBusinessKey();
    String ids = c.getId() + "," + d.getId();
    // an intake routed to the Fallmanagement (rule 1.2 k): tasks for the reception and the team
    ProcessInstance intake = runtimeService.startProcessInstanceByKey(NewClientIntake.PROCESS_KEY, Map.of(
        NewClientIntake.CLIENT_ID, "MX-N-" + tag, NewClientIntake.CLIENT_NAME, "Max Muster",
        NewClientIntake.BIRTH_DATE, "1980-01-01", NewClientIntake.REGISTERED_ON, today));

    // an integration-management case waiting for its first counselling
    ProcessInstance im = runtimeService.startProcessInstanceByKey(IntegrationManagement.PROCESS_KEY,
        Map.of(IntegrationManagement.PERSON_ID, "MX-IM-" + tag, IntegrationManagement.PERSON_NAME, "Amina Muster",
            IntegrationManagement.BIRTH_DATE, "1990-01-01", IntegrationManagement.ASSIGNED_ON, today,
            IntegrationManagement.TARGET_GROUP, "REFUGEE_FOLLOW_UP", IntegrationManagement.BENEFITS, "ASYLBLG",
            IntegrationManagement.HOUSING, "SHARED"));

    List<Operation> operations = List.of(
        // Reading: only what each role's work needs passes the allow-list (AccessTable); teams read their
        // tasks through their queues in Tasklist, the team lead reads everything (Cockpit); then the
        // engine's authorizations decide what is seen.
        read("Aufgaben lesen", "/task?processInstanceBusinessKeyIn=" + keys,
            "403", "teamleitung=200:2"),
        count("Aufgaben zählen", "/task/count?processInstanceBusinessKeyIn=" + keys,
            "403", "teamleitung=200:2"),
        read("Fallvariablen lesen", "/variable-instance?variableName=customerName&processInstanceIdIn=" + ids,
            "403", "teamleitung=200:2"),
        read("Kopfzeile der eigenen Aufgaben lesen", "/variable-instance?variableName=caseName&processInstanceIdIn=" + ids,
            "403", "teamleitung=200:2"),
        status("Formularvariablen der Aufgabe C", HttpMethod.GET, "/task/" + check.getId() + "/form-variables", null,
            "403", "fallkoordination=200 teamleitung=200"),
        read("Laufende Fälle", "/process-instance?processInstanceIds=" + ids, "403", "teamleitung=200:2"),
        read("Verlauf der Fälle", "/history/process-instance?processInstanceIds=" + ids, "403", "teamleitung=200:2"),
        read("Verlauf der Variablen", "/history/variable-instance?variableName=customerName&processInstanceIdIn=" + ids,
            "403", "teamleitung=200:2"),
        read("Verlauf der Aufgaben", "/history/task?processInstanceId=" + c.getId(), "403", "teamleitung=200:1"),
        read("Jobs des Falls D", "/job?processInstanceId=" + d.getId(), "403", "teamleitung=200:1"),
        read("Bereitstellungen", "/deployment?name=leistungskette", "403", "teamleitung=200:1"),
        read("Prozessdefinition QEB", "/process-definition?key=qeb-application&latestVersion=true", "200:1", ""),
        read("Benutzer", "/user", "200:1", "schnittstelle=403"),
        read("Gruppen (die eigene)", "/group", "200:1", "schnittstelle=403"),
        // Commands nobody but the engine or the administration gives.
        status("Job ausführen", HttpMethod.POST, "/job/" + timer.getId() + "/execute", "{}", "403", ""),
        status("Job-Wiederholungen setzen", HttpMethod.PUT, "/job/" + timer.getId() + "/retries", "{\"retries\":0}", "403", ""),
        status("Job-Fälligkeit ändern", HttpMethod.PUT, "/job/" + timer.getId() + "/duedate",
            "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}", "403", ""),
        status("Jobdefinition aussetzen", HttpMethod.PUT, "/job-definition/" + timer.getJobDefinitionId() + "/suspended",
            "{\"suspended\":true}", "403", ""),
        status("Zwischenfall kommentieren", HttpMethod.PUT, "/incident/x/annotation", "{\"annotation\":\"x\"}", "403", ""),
        status("Bereitstellung anlegen", HttpMethod.POST, "/deployment/create", "{}", "403", ""),
        status("Batch aussetzen", HttpMethod.PUT, "/batch/x/suspended", "{\"suspended\":true}", "403", ""),
        status("Migration ausführen", HttpMethod.POST, "/migration/execute", "{}", "403", ""),
        status("Fall verändern (Modification)", HttpMethod.POST, "/process-instance/" + c.getId() + "/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"issueRefusal\"}]}", "403", ""),
        status("Externe Aufgaben holen", HttpMethod.POST, "/external-task/fetchAndLock", "{}", "403", ""),
        status("Signal senden", HttpMethod.POST, "/signal", "{\"name\":\"x\"}", "403", ""),
        status("Bedingung auswerten", HttpMethod.POST, "/condition", "{}", "403", ""),
        status("Verlauf bereinigen", HttpMethod.POST, "/history/cleanup", "{}", "403", ""),
        status("Fall löschen", HttpMethod.DELETE, "/process-instance/" + c.getId(), null, "403", ""),
        status("Prozess aussetzen", HttpMethod.PUT, "/process-definition/key/qeb-application/suspended",
            "{\"suspended\":true}", "403", ""),
        status("Fallvariable ändern", HttpMethod.PUT, "/process-instance/" + c.getId() + "/variables/receivedOn",
            "{\"value\":\"2020-01-01\"}", "403", ""),
        status("Aufgabenvariablen ändern", HttpMethod.POST, "/task/" + check.getId() + "/variables",
            "{\"modifications\":{\"receivedOn\":{\"value\":\"2020-01-01\"}}}", "403", ""),
        // the process alone writes a task's own variables (their first value has no history record, TaskCopyHistory)
        status("Aufgabeneigene Variablen ändern", HttpMethod.POST, "/task/" + check.getId() + "/localVariables",
            "{\"modifications\":{\"caseName\":{\"value\":\"x\"}}}", "403", ""),
        status("Aufgabeneigene Variable setzen", HttpMethod.PUT, "/task/" + check.getId() + "/localVariables/caseId",
            "{\"value\":\"x\"}", "403", ""),
        status("Fälligkeit einer Aufgabe ändern", HttpMethod.PUT, "/task/" + check.getId(),
            "{\"name\":\"x\",\"due\":null}", "403", ""),
        status("Team einer Aufgabe ändern", HttpMethod.POST, "/task/" + check.getId() + "/identity-links",
            "{\"groupId\":\"u25\",\"type\":\"candidate\"}", "403", ""),
        status("Aufgabe löschen", HttpMethod.DELETE, "/task/" + check.getId(), null, "403", ""),
        // Starting: only the starters, only from the start, only with the start form's fields.
        op("Fall starten", user -> call(user, HttpMethod.POST, "/process-definition/key/qeb-application/start",
            startBody("MX-S-" + tag + "-" + user, "")).getStatusCode().value() + "", "403",
            expect(STARTERS, "200")),
        status("Starten mit startInstructions", HttpMethod.POST, "/process-definition/key/qeb-application/start",
            startBody("MX-I-" + tag, ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"issueRefusal\"}]"),
            "403", ""),
        status("Starten mit skipCustomListeners", HttpMethod.POST, "/process-definition/key/qeb-application/start",
            startBody("MX-K-" + tag, ",\"skipCustomListeners\":true"), "403", ""),
        status("Starten mit fremder Variable", HttpMethod.POST, "/process-definition/key/qeb-application/start",
            "{\"variables\":{\"applicationId\":{\"value\":\"MX-F-" + tag + "\"},\"decision\":{\"value\":\"REJECTED\"}}}",
            "400", "teamleitung=403"),
        // Tasks: each takes only its own fields; claim for oneself; assign within the team.
        status("Aufgabe C mit fremder Variable abschließen", HttpMethod.POST, "/task/" + check.getId() + "/complete",
            "{\"variables\":{\"documentsStatus\":{\"value\":\"COMPLETE\"},\"caseworkerGroup\":{\"value\":\"camunda-admin\"}}}",
            "403", "fallkoordination=400 teamleitung=400"),
        op("Aufgabe D eines anderen Teams abschließen", user -> "qeb".equals(user) ? "–"
            : call(user, HttpMethod.POST, "/task/" + decide.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVED\"},\"decisionPostedOn\":{\"value\":\"" + today + "\"}}}")
                .getStatusCode().value() + "", "403", Map.of("qeb", "–")),
        // Camunda's comment resource looks the task up in the history, which teams may not read: 400.
        status("Aufgabe C kommentieren", HttpMethod.POST, "/task/" + check.getId() + "/comment/create",
            "{\"message\":\"Notiz\"}", "403", "fallkoordination=400"),
        status("Aufgabe C für eine andere Person übernehmen", HttpMethod.POST, "/task/" + check.getId() + "/claim",
            "{\"userId\":\"demo\"}", "403", ""),
        status("Aufgabe C teamfremd zuweisen", HttpMethod.POST, "/task/" + check.getId() + "/assignee",
            "{\"userId\":\"u25\"}", "403", "fallkoordination=400 teamleitung=400"),
        // Messages: only by business key, only declared ones, only for those who may correlate.
        status("Nachricht ohne Geschäftsschlüssel", HttpMethod.POST, "/message",
            "{\"messageName\":\"DocumentsReceived\"}", "403", "schnittstelle=400"),
        status("Nachricht an Fall C (wartet nicht)", HttpMethod.POST, "/message",
            "{\"messageName\":\"DocumentsReceived\",\"businessKey\":\"" + c.getBusinessKey()
                + "\",\"processVariables\":{\"documentsComplete\":{\"value\":true}}}", "403", "schnittstelle=400"),
        // New-client intake: the reception and other systems start it; each team sees its own task.
        op("Neukundenaufnahme starten", user -> call(user, HttpMethod.POST,
            "/process-definition/key/new-client-intake/start", intakeBody("MX-NS-" + tag + "-" + user))
            .getStatusCode().value() + "", "403", expect("eingangszone schnittstelle", "200")),
        op("Zuweisung § 16a starten", user -> call(user, HttpMethod.POST,
            "/process-definition/key/kel-referral/start", referralBody("MX-R-" + tag + "-" + user))
            .getStatusCode().value() + "", "403", expect("fallkoordination arbeitsvermittlung fallmanagement "
                + "fallmanagement-alleinerziehende fallmanagement-selbstaendige joboffensive hochschulteam u25 reha "
                + "integrationsmanagement schnittstelle", "200")),
        read("Aufgaben der Neukundenaufnahme", "/task?processInstanceBusinessKey=" + intake.getBusinessKey(), "403",
            "teamleitung=200:2"),
        read("Fallvariablen der Neukundenaufnahme", "/variable-instance?variableName=birthDate&processInstanceIdIn="
            + intake.getId(), "403", "teamleitung=200:1"),
        status("Nachricht QebHeldLate (wartet nicht)", HttpMethod.POST, "/message",
            "{\"messageName\":\"QebHeldLate\",\"businessKey\":\"" + intake.getBusinessKey() + "\"}", "403",
            "schnittstelle=400"),
        // Integration management: the integration managers and other systems start it; the team works every case.
        op("Integrationsmanagement starten", user -> call(user, HttpMethod.POST,
            "/process-definition/key/integration-management/start", integrationBody("MX-IS-" + tag + "-" + user))
            .getStatusCode().value() + "", "403", expect("integrationsmanagement schnittstelle", "200")),
        read("Aufgaben des Integrationsmanagements", "/task?processInstanceBusinessKey=" + im.getBusinessKey(), "403",
            "teamleitung=200:1"),
        read("Fallvariablen des Integrationsmanagements", "/variable-instance?variableName=birthDate&processInstanceIdIn="
            + im.getId(), "403", "teamleitung=200:1"),
        status("Nachricht PersonMoved (wartet noch nicht)", HttpMethod.POST, "/message",
            "{\"messageName\":\"PersonMoved\",\"businessKey\":\"" + im.getBusinessKey() + "\"}", "403",
            "schnittstelle=400"),
        status("Nachricht BenefitsChanged mit fremder Variable", HttpMethod.POST, "/message",
            "{\"messageName\":\"BenefitsChanged\",\"businessKey\":\"" + im.getBusinessKey()
                + "\",\"processVariables\":{\"counsellingEndsOn\":{\"value\":\"2099-01-01\"}}}", "403",
            "schnittstelle=400"),
        status("Interne Nachricht ApplicationDecided von außen", HttpMethod.POST, "/message",
            "{\"messageName\":\"ApplicationDecided\",\"businessKey\":\"" + intake.getBusinessKey()
                + "\"}", "403", "schnittstelle=400"));

    Map<String, String> mismatches = new LinkedHashMap<>();
    StringBuilder table = new StringBuilder();
    for (Operation operation : operations) {
      table.append(String.format("%-45s", operation.name()));
      for (String user : users()) {
        String expected = operation.expectedFor().getOrDefault(user, operation.expectedDefault());
        String actual = operation.call().apply(user);
        table.append(' ').append(user).append('=').append(actual);
        if (!expected.equals(actual)) {
          mismatches.put(operation.name() + " / " + user, "erwartet " + expected + ", erhalten " + actual);
        }
      }
      table.append('\n');
    }
    assertThat(mismatches).as("Abweichungen der Berechtigungsmatrix:\n" + table).isEmpty();

    // Nothing of the cases changed through any refused command.
    assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(3);
    assertThat(runtimeService.getVariable(c.getId(), RECEIVED_ON)).isEqualTo(today);
    assertThat(runtimeService.getVariable(c.getId(), CASEWORKER_GROUP)).isEqualTo("fallmanagement");
    assertThat(taskService.createTaskQuery().taskId(check.getId()).singleResult().getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(d.getId()).singleResult().getId()).isEqualTo(decide.getId());
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(String applicationId) {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, applicationId, new HashMap<>(Map.of(
        APPLICATION_ID, applicationId, CUSTOMER_NAME, "Erika Mustermann", RECEIVED_ON, today, CHANNEL, "IN_PERSON")));
  }

  private String startBody(String applicationId, String more) {
    return "{\"variables\":{\"applicationId\":{\"value\":\"" + applicationId + "\"},"
        + "\"customerName\":{\"value\":\"Max Muster\"},\"receivedOn\":{\"value\":\"" + today + "\"},"
        + "\"channel\":{\"value\":\"IN_PERSON\"}}" + more + "}";
  }

  private String referralBody(String referralId) {
    return "{\"variables\":{\"referralId\":{\"value\":\"" + referralId + "\"},\"clientId\":{\"value\":\"K-"
        + referralId + "\"},\"clientName\":{\"value\":\"Max Muster\"},\"birthDate\":{\"value\":\"1980-01-01\"},"
        + "\"service\":{\"value\":\"DEBT\"},\"providerId\":{\"value\":\"schuldnerberatung\"},"
        + "\"reason\":{\"value\":\"Schulden\"},\"consentGiven\":{\"value\":true},\"referredOn\":{\"value\":\""
        + today + "\"},\"caseworkerGroup\":{\"value\":\"fallmanagement\"}}}";
  }

  private String integrationBody(String personId) {
    return "{\"variables\":{\"personId\":{\"value\":\"" + personId + "\"},\"personName\":{\"value\":\"Amina Muster\"},"
        + "\"birthDate\":{\"value\":\"1990-01-01\"},\"assignedOn\":{\"value\":\"" + today + "\"},"
        + "\"targetGroup\":{\"value\":\"UKRAINE_24\"},\"benefits\":{\"value\":\"SGB2\"},"
        + "\"housing\":{\"value\":\"PRIVATE\"}}}";
  }

  private String intakeBody(String clientId) {
    return "{\"variables\":{\"clientId\":{\"value\":\"" + clientId + "\"},\"clientName\":{\"value\":\"Max Muster\"},"
        + "\"birthDate\":{\"value\":\"1980-01-01\"},\"registeredOn\":{\"value\":\"" + today + "\"}}}";
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers),
        String.class);
  }

  private Operation read(String name, String path, String expectedDefault, String expected) {
    return op(name, user -> {
      ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
      JsonNode body = json(response.getBody());
      return response.getStatusCode().value() + (body != null && body.isArray() ? ":" + body.size() : "");
    }, expectedDefault, expect(expected));
  }

  private Operation count(String name, String path, String expectedDefault, String expected) {
    return op(name, user -> {
      ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
      JsonNode body = json(response.getBody());
      return response.getStatusCode().value() + (body != null && body.has("count") ? ":" + body.get("count").asInt() : "");
    }, expectedDefault, expect(expected));
  }

  private Operation status(String name, HttpMethod method, String path, String body, String expectedDefault,
      String expected) {
    return op(name, user -> call(user, method, path, body).getStatusCode().value() + "", expectedDefault, expect(expected));
  }

  private static Operation op(String name, Function<String, String> call, String expectedDefault,
      Map<String, String> expected) {
    return new Operation(name, call, expectedDefault, expected);
  }

  /** "user=cell user=cell"; {@link #expect(String, String)} gives several users the same cell. */
  private static Map<String, String> expect(String cells) {
    Map<String, String> expected = new HashMap<>();
    for (String cell : cells.trim().split("\\s+")) {
      if (!cell.isEmpty()) {
        String[] parts = cell.split("=", 2);
        expected.put(parts[0], parts[1]);
      }
    }
    return expected;
  }

  private static Map<String, String> expect(String users, String cell) {
    Map<String, String> expected = new HashMap<>();
    for (String user : users.split(" ")) {
      expected.put(user, cell);
    }
    return expected;
  }

  private static JsonNode json(String body) {
    try {
      return body == null ? null : JSON.readTree(body);
    } catch (Exception e) {
      return null;
    }
  }
}

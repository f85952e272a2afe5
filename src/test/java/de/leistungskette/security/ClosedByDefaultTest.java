package de.leistungskette.security;

import static de.leistungskette.referral.KelReferral.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.ApiCaller;
import de.leistungskette.EngineTest;
import de.leistungskette.application.QebApplication;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.security.AccessTable.Rule;
import de.leistungskette.security.EnginePath.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Closed by default, tried as a curious provider, team member or other system would: every path
 * spelling of what a role may not read, through {@code /engine-rest} and through a Tasklist login,
 * answers no data; every row of the allow-list reaches the engine for its roles; nothing answers a
 * non-administrator 500. The two HIGH findings of the outside security test (7fdcd01) exactly as
 * they were tried.
 */
@EngineTest
class ClosedByDefaultTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;

  private final String today = LocalDate.now(Deadlines.BERLIN).toString();
  private String tag;
  /** What no denied answer may contain: the referral's reason and the client's birth date. */
  private String reason;
  private final String birthDate = "1977-03-14";
  private ProcessInstance addiction;
  private ProcessInstance debt;
  private Task addictionTask;
  private Task debtTask;

  @BeforeEach
  void twoReferralsOfOneClient() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    reason = "Befund-" + tag + " Rückfall im Mai";
    String client = "K-" + tag;
    addiction = referral("R-A-" + tag, client, "ADDICTION", "suchtberatung");
    debt = referral("R-D-" + tag, client, "DEBT", "schuldnerberatung");
    addictionTask = taskService.createTaskQuery().processInstanceId(addiction.getId()).singleResult();
    // the debt referral of a client in addiction counselling waits for the order of help to be confirmed
    Task confirm = taskService.createTaskQuery().processInstanceId(debt.getId()).singleResult();
    taskService.complete(confirm.getId(), Map.of(ORDER_CONFIRMED, true));
    debtTask = taskService.createTaskQuery().processInstanceId(debt.getId()).singleResult();
    assertThat(runtimeService.getVariable(debt.getId(), OPEN_ADDICTION_REFERRAL)).isEqualTo(true);
  }

  @Test
  void high_1_no_spelling_of_a_path_opens_the_case_to_its_provider() {
    for (ApiCaller provider : List.of(ApiCaller.basic(rest, "suchtberatung"), ApiCaller.webapp(rest, "suchtberatung"))) {
      String id = addictionTask.getId();
      for (String path : List.of("/task/" + id + "/variables", "/task/" + id + "/variables/reason",
          "/task/" + id + "/variables/birthDate/data", "/task?processVariables=reason_eq_" + encoded(reason),
          "/task/count?processVariables=birthDate_eq_" + birthDate, "/process-definition/statistics",
          "/task?taskVariables=caseName_like_%25")) {
        for (String spelling : spellings(provider, path)) {
          ResponseEntity<String> answer = provider.call(HttpMethod.GET, spelling, null);
          assertThat(answer.getStatusCode().value()).as(provider.enginePrefix() + " " + spelling).isIn(400, 403);
          assertNoCaseData(spelling, answer.getBody());
        }
      }
      // the form's variables: exactly what the form needs, whatever is asked and however it is spelled
      for (String spelling : spellings(provider, "/task/" + id + "/form-variables?variableNames=reason,birthDate")) {
        ResponseEntity<String> answer = provider.call(HttpMethod.GET, spelling, null);
        assertThat(answer.getStatusCode().value()).as(spelling).isEqualTo(200);
        assertNoCaseData(spelling, answer.getBody());
        assertThat(fieldNames(answer.getBody())).as(spelling).contains(CLIENT_NAME, VOUCHER_NUMBER)
            .doesNotContain(REASON, BIRTH_DATE, CASEWORKER_GROUP, CLIENT_ID, OPEN_ADDICTION_REFERRAL);
      }
    }
  }

  @Test
  void high_1_the_debt_counsellor_never_learns_of_the_addiction_referral() {
    for (ApiCaller provider : List.of(ApiCaller.basic(rest, "schuldnerberatung"),
        ApiCaller.webapp(rest, "schuldnerberatung"))) {
      String id = debtTask.getId();
      for (String path : List.of("/task/" + id + "/variables", "/task/" + id + "/variables/openAddictionReferral",
          "/task/" + id + "/form-variables", "/task/" + id + "/form-variables?variableNames=openAddictionReferral",
          "/task?processVariables=openAddictionReferral_eq_true")) {
        for (String spelling : spellings(provider, path)) {
          ResponseEntity<String> answer = provider.call(HttpMethod.GET, spelling, null);
          assertThat(answer.getStatusCode().value()).as(spelling).isLessThan(500);
          // a refusal may repeat the path asked for; an answer with data would carry the name as a JSON key
          assertThat(answer.getBody()).as(spelling).doesNotContain("\"" + OPEN_ADDICTION_REFERRAL + "\"", reason);
        }
      }
    }
  }

  @Test
  void denied_reads_give_no_role_any_data_in_any_spelling() {
    String definition = addiction.getProcessDefinitionId();
    List<String> denied = List.of("/task/" + addictionTask.getId() + "/variables",
        "/process-instance/" + addiction.getId() + "/variables", "/variable-instance?variableName=reason",
        "/history/variable-instance?variableName=reason", "/history/detail?processInstanceId=" + addiction.getId(),
        "/process-definition/statistics", "/process-definition/" + definition + "/statistics",
        "/job?processInstanceId=" + addiction.getId(), "/incident", "/execution?processInstanceId=" + addiction.getId(),
        "/deployment", "/decision-definition", "/external-task", "/authorization", "/process-instance",
        "/task?processInstanceBusinessKey=" + addiction.getBusinessKey(), "/task/count", "/history/task",
        "/process-instance/" + addiction.getId() + "/activity-instances");
    List<ApiCaller> callers = new ArrayList<>();
    for (String user : List.of("suchtberatung", "fallkoordination", "fallmanagement", "u25")) {
      callers.add(ApiCaller.basic(rest, user));
      callers.add(ApiCaller.webapp(rest, user));
    }
    callers.add(ApiCaller.basic(rest, "schnittstelle"));
    Map<String, String> leaks = new LinkedHashMap<>();
    int tried = 0;
    for (ApiCaller caller : callers) {
      for (String path : denied) {
        for (String spelling : spellings(caller, path)) {
          ResponseEntity<String> answer = caller.call(HttpMethod.GET, spelling, null);
          tried++;
          int status = answer.getStatusCode().value();
          String body = answer.getBody() == null ? "" : answer.getBody();
          if ((status != 400 && status != 403) || body.contains(reason) || body.contains(birthDate)) {
            leaks.put(caller.user() + " " + spelling, status + " " + body.substring(0, Math.min(120, body.length())));
          }
        }
      }
    }
    assertThat(tried).isGreaterThan(1000);
    assertThat(leaks).as("verweigerte Lesezugriffe, die antworten").isEmpty();
  }

  @Test
  void every_row_of_the_allow_list_reaches_the_engine_for_its_roles_and_nothing_answers_500() {
    Map<Role, String> users = Map.of(Role.STAFF, "fallkoordination", Role.LEAD, "teamleitung", Role.PROVIDER,
        "suchtberatung", Role.INTERFACE, "schnittstelle", Role.SIGNED_IN, "u25");
    Map<String, String> refused = new LinkedHashMap<>();
    Map<Role, ApiCaller> callers = new LinkedHashMap<>();
    users.forEach((role, user) -> callers.put(role,
        role == Role.INTERFACE ? ApiCaller.basic(rest, user) : ApiCaller.webapp(rest, user)));
    for (Rule rule : AccessTable.RULES.rules()) {
      if (rule.api() == Api.COCKPIT || rule.pattern().contains("**")) {
        continue; // families are the lead's Cockpit: walked by the browser test and the matrix
      }
      for (Role role : rule.roles()) {
        String user = users.get(role);
        if (user == null) {
          continue;
        }
        ApiCaller caller = callers.get(role);
        for (String method : rule.methods()) {
          String path = instance(rule, user);
          // commands name a task or definition that does not exist: they reach the engine and change nothing
          String body = method.equals("GET") || method.equals("OPTIONS") ? null : "{}";
          ResponseEntity<String> answer = caller.engine(HttpMethod.valueOf(method), path, body);
          int status = answer.getStatusCode().value();
          String text = answer.getBody() == null ? "" : answer.getBody();
          boolean guardRefused = (status == 401 || status == 403) && (text.contains("nicht freigegeben")
              || text.contains("Träger sehen nur") || text.contains("der Administration vorbehalten"));
          if (guardRefused || status >= 500 || text.contains("Exception:") || text.contains("org.camunda")) {
            refused.put(role + " " + method + " " + path, status + " " + text.substring(0, Math.min(160, text.length())));
          }
        }
      }
    }
    assertThat(refused).as("Zeilen der Freigabeliste, die nicht ankommen oder 500 antworten").isEmpty();
  }

  @Test
  void a_second_click_and_unknown_ids_are_404_in_german_not_500() {
    ApiCaller team = ApiCaller.webapp(rest, "fallkoordination");
    for (String[] request : List.of(new String[] {"POST", "/task/gibt-es-nicht/complete", "{}"},
        new String[] {"POST", "/task/gibt-es-nicht/submit-form", "{\"variables\":{}}"},
        new String[] {"GET", "/task/gibt-es-nicht/form-variables", null},
        new String[] {"GET", "/task/gibt-es-nicht", null},
        new String[] {"GET", "/process-definition/gibt-es-nicht", null},
        new String[] {"GET", "/process-definition/gibt-es-nicht/xml", null},
        new String[] {"POST", "/task/gibt-es-nicht/claim", "{\"userId\":\"fallkoordination\"}"})) {
      ResponseEntity<String> answer = team.engine(HttpMethod.valueOf(request[0]), request[1], request[2]);
      assertThat(answer.getStatusCode().value()).as(request[1]).isEqualTo(404);
      assertGerman(request[1], answer.getBody());
    }
    // completing a task twice: the second click finds no task
    ApiCaller provider = ApiCaller.basic(rest, "suchtberatung");
    String complete = "/task/" + addictionTask.getId() + "/complete";
    assertThat(provider.engine(HttpMethod.POST, complete, "{\"variables\":{\"appointmentKept\":{\"value\":true}}}")
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> again = provider.engine(HttpMethod.POST, complete,
        "{\"variables\":{\"appointmentKept\":{\"value\":true}}}");
    assertThat(again.getStatusCode().value()).isIn(403, 404);
    assertGerman(complete, again.getBody());
  }

  // ---------------------------------------------------------------- helpers

  /** The path in every spelling the outside test tried, for this caller's API. */
  private static List<String> spellings(ApiCaller caller, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q);
    List<String> spellings = new ArrayList<>();
    for (String spelling : EnginePathTest.spellingsOf(path)) {
      boolean webapp = spelling.startsWith("/camunda/");
      if (webapp == caller.enginePrefix().startsWith("/camunda/")) {
        spellings.add(spelling + query);
      }
    }
    return spellings;
  }

  /** The row's path with ids of the fixture: the caller's own task and queue, ids that do not exist for commands. */
  private String instance(Rule rule, String user) {
    boolean command = !rule.methods().contains("GET");
    String task = command ? "gibt-es-nicht" : user.equals("suchtberatung") ? addictionTask.getId()
        : user.equals("fallkoordination") || user.equals("teamleitung") ? qebTask(user) : "gibt-es-nicht";
    String definition = command ? "gibt-es-nicht" : repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(QebApplication.PROCESS_KEY).latestVersion().singleResult().getId();
    if (user.equals("suchtberatung") && !command) {
      definition = addiction.getProcessDefinitionId();
    }
    StringBuilder path = new StringBuilder();
    String previous = "";
    for (String segment : rule.pattern()) {
      String value = segment;
      if (segment.startsWith("{")) {
        value = switch (previous) {
          case "task" -> task;
          case "filter" -> filterOf(user);
          case "key" -> command ? "gibt-es-nicht" : QebApplication.PROCESS_KEY;
          case "user" -> user;
          default -> definition;
        };
      }
      path.append('/').append(value);
      previous = segment;
    }
    if (!rule.required().isEmpty()) {
      path.append('?');
      rule.required().forEach((name, value) -> path.append(name).append('=')
          .append(AccessTable.CALLER.equals(value) ? user : value).append('&'));
    }
    return path.toString();
  }

  private String qebTask(String user) {
    ProcessInstance application = runtimeService.startProcessInstanceByKey(QebApplication.PROCESS_KEY, new HashMap<>(
        Map.of(QebApplication.APPLICATION_ID, "CD-" + user + "-" + UUID.randomUUID().toString().substring(0, 6),
            QebApplication.CUSTOMER_NAME, "Erika Mustermann", QebApplication.RECEIVED_ON, today,
            QebApplication.CHANNEL, "IN_PERSON")));
    return taskService.createTaskQuery().processInstanceId(application.getId()).singleResult().getId();
  }

  private String filterOf(String user) {
    JsonNode filters = json(ApiCaller.basic(rest, user).engine(HttpMethod.GET, "/filter?resourceType=Task", null)
        .getBody());
    return filters != null && filters.size() > 0 ? filters.get(filters.size() - 1).get("id").asText() : "gibt-es-nicht";
  }

  private ProcessInstance referral(String referralId, String client, String service, String provider) {
    Map<String, Object> variables = new HashMap<>(Map.of(REFERRAL_ID, referralId, CLIENT_ID, client, CLIENT_NAME,
        "Max Muster", BIRTH_DATE, birthDate, SERVICE, service, PROVIDER_ID, provider, REASON, reason,
        CONSENT_GIVEN, true, REFERRED_ON, today, CASEWORKER_GROUP, "fallmanagement"));
    variables.put(CONSENT_SCOPE, "ATTENDANCE");
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }

  private void assertNoCaseData(String spelling, String body) {
    assertThat(body == null ? "" : body).as(spelling).doesNotContain(reason, birthDate, "\"count\":1");
  }

  private static void assertGerman(String what, String body) {
    assertThat(body).as(what).doesNotContain("Exception:", "org.camunda", "java.", "Cannot ", "No task")
        .containsAnyOf("Nicht gefunden", "Keine Berechtigung", "nicht");
  }

  private static Set<String> fieldNames(String body) {
    Set<String> names = new TreeSet<>();
    JsonNode node = json(body);
    if (node != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    return names;
  }

  private static JsonNode json(String body) {
    try {
      return body == null ? null : JSON.readTree(body);
    } catch (Exception e) {
      return null;
    }
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}

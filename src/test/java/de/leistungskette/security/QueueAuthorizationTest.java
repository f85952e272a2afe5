package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.EngineTest;
import de.leistungskette.application.QebApplication;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.intake.NewClientIntake;
import de.leistungskette.tasklist.TasklistFilters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * A team's queue is answered without the engine's authorization join ({@link QueueAuthorization}),
 * and that never shows anybody a task more than the engine's check would: another team's tasks
 * stay invisible through every query a member could send, and the fact the short cut rests on
 * (each candidate group of an open task holds a READ grant on it) holds for every open task.
 */
@EngineTest
class QueueAuthorizationTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  private final String today = LocalDate.now(Deadlines.BERLIN).toString();
  private Task ownTask;
  private Task foreignTask;

  @BeforeEach
  void twoQueues() {
    String applicationId = "QA-" + UUID.randomUUID().toString().substring(0, 8);
    String application = runtimeService.startProcessInstanceByKey(QebApplication.PROCESS_KEY, new HashMap<>(Map.of(
        QebApplication.APPLICATION_ID, applicationId, QebApplication.CUSTOMER_NAME, "Erika Mustermann",
        QebApplication.RECEIVED_ON, today, QebApplication.CHANNEL, "IN_PERSON"))).getId();
    ownTask = taskService.createTaskQuery().processInstanceId(application).singleResult();
    String intake = runtimeService.startProcessInstanceByKey(NewClientIntake.PROCESS_KEY, new HashMap<>(Map.of(
        NewClientIntake.CLIENT_ID, "QA-" + UUID.randomUUID().toString().substring(0, 8),
        NewClientIntake.CLIENT_NAME, "Max Muster", NewClientIntake.BIRTH_DATE, "1980-01-01",
        NewClientIntake.REGISTERED_ON, today))).getId();
    foreignTask = taskService.createTaskQuery().processInstanceId(intake).list().stream()
        .filter(task -> !groups(task).isEmpty() && !groups(task).contains("fallkoordination")).findFirst().orElseThrow();
    assertThat(groups(ownTask)).containsExactly("fallkoordination");
    assertThat(groups(foreignTask)).doesNotContain("fallkoordination");
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void a_member_sees_the_own_queue_and_no_task_of_another_team_through_any_query() {
    String foreignGroup = groups(foreignTask).get(0);
    identityService.setAuthentication("fallkoordination", List.of("fallkoordination"));

    assertThat(ids(taskService.createTaskQuery().taskCandidateGroup("fallkoordination").list()))
        .contains(ownTask.getId()).doesNotContain(foreignTask.getId());
    assertThat(taskService.createTaskQuery().taskCandidateGroup("fallkoordination").count())
        .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("fallkoordination").list().size());
    assertThat(taskService.createTaskQuery().taskCandidateGroup(foreignGroup).list()).isEmpty();
    assertThat(ids(taskService.createTaskQuery().taskCandidateGroupIn(List.of("fallkoordination", foreignGroup)).list()))
        .contains(ownTask.getId()).doesNotContain(foreignTask.getId());
    assertThat(ids(taskService.createTaskQuery().taskCandidateGroup("fallkoordination").or()
        .taskCandidateGroup(foreignGroup).processInstanceId(foreignTask.getProcessInstanceId()).endOr().list()))
        .doesNotContain(foreignTask.getId());
    assertThat(ids(taskService.createTaskQuery().taskCandidateUser("fallkoordination").list()))
        .contains(ownTask.getId()).doesNotContain(foreignTask.getId());
    assertThat(ids(taskService.createTaskQuery().list())).doesNotContain(foreignTask.getId());
  }

  @Test
  void groups_without_grants_change_no_answer_of_a_checked_query() {
    String foreignGroup = groups(foreignTask).get(0);
    // a query the short cut does not take (no candidate group): the engine's full check
    identityService.setAuthentication("fallkoordination", List.of("fallkoordination"));
    List<String> alone = ids(taskService.createTaskQuery().processInstanceId(ownTask.getProcessInstanceId()).list());
    identityService.setAuthentication("fallkoordination", List.of("fallkoordination", "ohne-rechte", "ohne-rechte"));
    List<String> withGroupsWithoutGrants =
        ids(taskService.createTaskQuery().processInstanceId(ownTask.getProcessInstanceId()).list());
    identityService.setAuthentication("someone", List.of("ohne-rechte"));
    List<String> onlyGroupsWithoutGrants = ids(taskService.createTaskQuery().list());

    assertThat(alone).contains(ownTask.getId());
    assertThat(withGroupsWithoutGrants).isEqualTo(alone);
    assertThat(onlyGroupsWithoutGrants).isEmpty();
    assertThat(new QueueAuthorization().filterAuthenticatedGroupIds(
        Arrays.asList("fallkoordination", null, foreignGroup, "fallkoordination")))
        .containsExactly("fallkoordination", foreignGroup);
  }

  @Test
  void the_short_cut_applies_only_to_queries_of_the_persons_own_groups() {
    Authentication member = new Authentication("fallkoordination", List.of("fallkoordination"));

    assertThat(own(query().taskCandidateGroup("fallkoordination"), member)).isTrue();
    assertThat(own(
        query().taskCandidateGroupIn(List.of("fallkoordination")).includeAssignedTasks(), member)).isTrue();
    assertThat(own(query().taskCandidateGroup("eingangszone"), member)).isFalse();
    assertThat(own(
        query().taskCandidateGroupIn(List.of("fallkoordination", "eingangszone")), member)).isFalse();
    assertThat(own(query().taskCandidateUser("fallkoordination"), member)).isFalse();
    assertThat(own(query(), member)).isFalse();
    assertThat(own(query().taskCandidateGroup("fallkoordination"), null)).isFalse();
    assertThat(own(query().taskCandidateGroup("fallkoordination"),
        new Authentication("someone", List.of()))).isFalse();
  }

  @Test
  void a_filter_extended_with_another_teams_group_still_shows_none_of_its_tasks() {
    Filter queue = filterService.createFilterQuery().filterName("Fallkoordination").singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
    String foreignGroup = groups(foreignTask).get(0);

    JsonNode own = rest.withBasicAuth("fallkoordination", "demo").exchange(
        "/engine-rest/filter/" + queue.getId() + "/list", HttpMethod.POST,
        new HttpEntity<>("{}", headers), JsonNode.class).getBody();
    JsonNode widened = rest.withBasicAuth("fallkoordination", "demo").exchange(
        "/engine-rest/filter/" + queue.getId() + "/list", HttpMethod.POST,
        new HttpEntity<>("{\"candidateGroup\": \"" + foreignGroup + "\"}", headers), JsonNode.class).getBody();

    assertThat(own.toString()).contains(ownTask.getId()).doesNotContain(foreignTask.getId());
    assertThat(widened.toString()).doesNotContain(foreignTask.getId());
  }

  @Test
  void overdue_lists_the_own_teams_tasks_and_all_of_them_only_for_team_leads() {
    ClockUtil.offset(40L * 24 * 3600 * 1000);
    Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    Filter all = filterService.createFilterQuery().filterName(TasklistFilters.ALL_OVERDUE).singleResult();

    identityService.setAuthentication("fallkoordination", List.of("fallkoordination"));
    assertThat(ids(filterService.list(overdue.getId()))).contains(ownTask.getId()).doesNotContain(foreignTask.getId());
    assertThat(filterService.createFilterQuery().filterName(TasklistFilters.ALL_OVERDUE).count()).isZero();

    identityService.setAuthentication("teamleitung", List.of("teamleitung"));
    assertThat(ids(filterService.list(all.getId()))).contains(ownTask.getId(), foreignTask.getId());
  }

  @Test
  void every_candidate_group_of_an_open_task_holds_a_read_grant_on_it() {
    List<String> missing = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().list()) {
      for (String group : groups(task)) {
        if (!authorizationService.isUserAuthorized(null, List.of(group), Permissions.READ, Resources.TASK,
            task.getId())) {
          missing.add(task.getTaskDefinitionKey() + "/" + group);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private TaskQuery query() {
    return taskService.createTaskQuery();
  }

  private static boolean own(TaskQuery query, Authentication authentication) {
    return QueueAuthorization.withinOwnQueues((TaskQueryImpl) query, authentication);
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private static List<String> ids(List<? extends Object> tasks) {
    return tasks.stream().map(task -> ((Task) task).getId()).toList();
  }
}

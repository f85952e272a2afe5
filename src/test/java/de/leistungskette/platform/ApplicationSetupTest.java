package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.identity.IdentitySetup;
import de.leistungskette.identity.Team;
import de.leistungskette.tasklist.TasklistFilters;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@EngineTest
class ApplicationSetupTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentitySetup identitySetup;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired ModelDeployment modelDeployment;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void every_team_is_a_group_with_its_german_name_and_a_demo_user() {
    for (Team team : Team.values()) {
      assertThat(identityService.createGroupQuery().groupId(team.groupId()).singleResult().getName())
          .isEqualTo(team.displayName());
      assertThat(identityService.checkPassword(team.groupId(), "demo")).isTrue();
      assertThat(identityService.createUserQuery().userId(team.groupId()).memberOfGroup(team.groupId()).count())
          .isEqualTo(1);
    }
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId("demo").memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }

  @Autowired StartupSetup startupSetup;

  @Test
  void identities_then_process_permissions_then_filters_are_set_up_in_one_place() {
    List<Integer> order = startupSetup.steps().stream().map(SetupStep::order).toList();

    assertThat(order).isSorted().contains(SetupStep.IDENTITIES, SetupStep.PROCESS_PERMISSIONS, SetupStep.FILTERS);
    assertThat(startupSetup.steps()).hasAtLeastOneElementOfType(IdentitySetup.class)
        .hasAtLeastOneElementOfType(TasklistFilters.class);
  }

  @Test
  void every_team_may_use_tasklist_and_only_team_leads_cockpit() {
    for (Team team : Team.values()) {
      List<String> groups = List.of(team.groupId());
      assertThat(authorizationService.isUserAuthorized(team.groupId(), groups, Permissions.ACCESS,
          Resources.APPLICATION, "tasklist")).as(team.groupId()).isTrue();
      assertThat(authorizationService.isUserAuthorized(team.groupId(), groups, Permissions.ACCESS,
          Resources.APPLICATION, "cockpit")).as(team.groupId()).isEqualTo(team == Team.TEAMLEITUNG);
    }
  }

  @Test
  void team_leads_read_every_process_with_its_history_in_cockpit() {
    List<String> groups = List.of("teamleitung");

    for (var permission : List.of(Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE)) {
      assertThat(authorizationService.isUserAuthorized("teamleitung", groups, permission,
          Resources.PROCESS_DEFINITION, "qeb-application")).as(permission.getName()).isTrue();
      assertThat(authorizationService.isUserAuthorized("teamleitung", groups, permission,
          Resources.PROCESS_DEFINITION, "any-other-process")).as(permission.getName()).isTrue();
    }
    assertThat(authorizationService.isUserAuthorized("teamleitung", groups, Permissions.UPDATE,
        Resources.PROCESS_INSTANCE, "any")).isFalse();
  }

  @Test
  void a_team_sees_its_own_queue_and_the_personal_filters_only() {
    identityService.setAuthentication("fallkoordination", List.of("fallkoordination"));

    List<String> visible = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();

    assertThat(visible).containsExactlyInAnyOrder("Meine Aufgaben", "Überfällig", "Fallkoordination");
    assertThat(visible).doesNotContain("Eingangszone");
  }

  @Test
  void team_leads_see_every_filter() {
    identityService.setAuthentication("teamleitung", List.of("teamleitung"));

    assertThat(filterService.createFilterQuery().count()).isEqualTo(Team.values().length + 3);
  }

  @Test
  void a_queue_lists_the_unassigned_tasks_of_its_group_earliest_due_first() {
    Filter queue = filterService.createFilterQuery().filterName("Fallkoordination").singleResult();

    TaskQueryImpl query = (TaskQueryImpl) queue.getQuery();

    assertThat(queue.getProperties()).containsEntry("refresh", true);
    assertThat(query.getCandidateGroup()).isEqualTo("fallkoordination");
    assertThat(query.isUnassigned()).isTrue();
    assertThat(query.getOrderingProperties()).singleElement().satisfies(ordering -> {
      assertThat(ordering.getQueryProperty().getName()).isEqualTo("DUE_DATE_");
      assertThat(ordering.getDirection().getName()).isEqualTo("asc");
    });
  }

  @Test
  void a_restart_creates_no_second_filter_group_authorization_or_definition_version() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    identitySetup.apply();
    tasklistFilters.apply();
    modelDeployment.postProcessEngineBuild(engine);

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void every_deployed_process_has_a_history_time_to_live_and_cleanup_runs_at_night() {
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().list();

    assertThat(definitions).isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull());
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void the_rest_api_requires_basic_authentication() {
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A user of its own: after a wrong password the engine delays that user's next login, and the
    // demo users are used by other tests in the same application.
    User stranger = identityService.newUser("wrong-password-" + System.nanoTime());
    stranger.setPassword("Richtig-2026!");
    identityService.saveUser(stranger);
    assertThat(rest.withBasicAuth(stranger.getId(), "wrong").getForEntity("/engine-rest/engine", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    identityService.deleteUser(stranger.getId());
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void authorizations_apply_in_the_rest_api() {
    var asCaseworker = rest.withBasicAuth("fallkoordination", "demo").getForEntity("/engine-rest/filter", String.class);
    var asAdmin = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/filter", String.class);

    assertThat(asCaseworker.getBody()).contains("Fallkoordination").doesNotContain("\"Eingangszone\"");
    assertThat(asAdmin.getBody()).contains("Fallkoordination", "\"Eingangszone\"");
  }
}

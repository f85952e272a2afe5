package de.leistungskette.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.application.QebApplicationPermissions;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Start-up grants on a database that already holds grants of an older version or an operator. */
@EngineTest
class GrantsTest {

  @Autowired Grants grants;
  @Autowired AuthorizationService authorizationService;
  @Autowired QebApplicationPermissions qebPermissions;

  @Test
  void a_newer_permission_is_added_to_an_existing_grant_and_an_operators_addition_stays() {
    String group = "grp-" + UUID.randomUUID().toString().substring(0, 8);
    Authorization older = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    older.setGroupId(group);
    older.setResource(Resources.PROCESS_DEFINITION);
    older.setResourceId("some-process");
    older.addPermission(Permissions.READ);
    older.addPermission(Permissions.READ_HISTORY); // added by an operator in Camunda Admin
    authorizationService.saveAuthorization(older);

    grants.toGroup(group, Resources.PROCESS_DEFINITION, "some-process", Permissions.READ, Permissions.CREATE_INSTANCE);
    grants.toGroup(group, Resources.PROCESS_DEFINITION, "some-process", Permissions.READ, Permissions.CREATE_INSTANCE);

    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group).count()).isEqualTo(1);
    for (var permission : List.of(Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY)) {
      assertThat(authorizationService.isUserAuthorized("someone", List.of(group), permission,
          Resources.PROCESS_DEFINITION, "some-process")).as(permission.getName()).isTrue();
    }
  }

  @Test
  void the_older_read_instance_grant_of_every_team_is_taken_away_on_start_up() {
    grants.toGroup("u25", Resources.PROCESS_DEFINITION, "qeb-application", Permissions.READ, Permissions.READ_INSTANCE);
    assertThat(authorizationService.isUserAuthorized("u25", List.of("u25"), Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "qeb-application")).isTrue();

    qebPermissions.apply();

    assertThat(authorizationService.isUserAuthorized("u25", List.of("u25"), Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "qeb-application")).isFalse();
    assertThat(authorizationService.isUserAuthorized("u25", List.of("u25"), Permissions.READ,
        Resources.PROCESS_DEFINITION, "qeb-application")).isTrue();
    assertThat(authorizationService.isUserAuthorized("teamleitung", List.of("teamleitung"), Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "qeb-application")).isTrue();
  }
}

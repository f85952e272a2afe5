package de.leistungskette.identity;

import de.leistungskette.platform.SetupStep;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import de.leistungskette.platform.PlatformProperties;
import de.leistungskette.referral.Provider;
import de.leistungskette.referral.ReferralProperties;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates on start-up, when absent: one group per {@link Team}, the administrator group with all
 * permissions, the application permissions (every team may use Tasklist, the team leads also
 * Cockpit) and, in demo mode, the demo users. Existing data is never overwritten, so a restart
 * changes nothing and an operator's changes in Camunda Admin are kept.
 */
@Component
public class IdentitySetup implements SetupStep {

  public static final String DEMO_PASSWORD = "demo";
  public static final String DEMO_ADMIN = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final Grants grants;
  private final PlatformProperties properties;
  private final List<Provider> providers;

  public IdentitySetup(
      IdentityService identityService, Grants grants, PlatformProperties properties, ReferralProperties referral) {
    this.identityService = identityService;
    this.grants = grants;
    this.properties = properties;
    this.providers = referral.providers();
  }

  @Override
  public int order() {
    return IDENTITIES;
  }

  @Override
  public void apply() {
    createAdminGroup();
    grantSupervision(Team.TEAMLEITUNG.groupId());
    for (TechnicalRole role : TechnicalRole.values()) {
      createGroup(role.groupId(), role.displayName(), Groups.GROUP_TYPE_SYSTEM);
    }
    for (Team team : Team.values()) {
      createGroup(team.groupId(), team.displayName(), Groups.GROUP_TYPE_WORKFLOW);
      grants.toGroup(team.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist shows the process name of a task and offers processes to start only with READ.
      grants.toGroup(team.groupId(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    // Providers work their own queue in Tasklist; what they may read of a case: ReferralPermissions.
    for (Provider provider : providers) {
      createGroup(provider.groupId(), provider.name(), Groups.GROUP_TYPE_WORKFLOW);
      grants.toGroup(provider.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    if (properties.demo()) {
      createUser(DEMO_ADMIN, "Demo", "Administration", Groups.CAMUNDA_ADMIN);
      for (Team team : Team.values()) {
        createUser(team.groupId(), "Demo", team.displayName(), team.groupId());
      }
      for (TechnicalRole role : TechnicalRole.values()) {
        createUser(role.groupId(), "Demo", role.displayName(), role.groupId());
      }
      for (Provider provider : providers) {
        createUser(provider.id(), "Demo", provider.name(), provider.groupId());
      }
    } else {
      removeDemoUsers();
      createAdministrator(properties.admin());
    }
  }

  private void createAdministrator(PlatformProperties.Admin admin) {
    if (identityService.createUserQuery().userId(admin.user()).count() == 0
        && !identityService.checkPasswordAgainstPolicy(admin.password()).isValid()) {
      throw new IllegalStateException("Leistungskette startet nicht: ADMIN_PASSWORD entspricht nicht der "
          + "Passwortrichtlinie (mindestens 10 Zeichen, Groß- und Kleinbuchstaben, Ziffer und Sonderzeichen).");
    }
    createUser(admin.user(), admin.password(), "Administration", "Leistungskette", Groups.CAMUNDA_ADMIN);
  }

  /**
   * Team leads watch every process in Cockpit: they read everything and change no case data. The
   * one thing a lead may do to a task is assign it to a member of the task's team (TASK_ASSIGN;
   * the request guard refuses anyone outside the team and every other use of that permission,
   * such as moving the due date).
   */
  private void grantSupervision(String groupId) {
    grants.toGroup(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.toGroup(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE, Permissions.READ_TASK);
    grants.toGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grants.toGroup(groupId, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
    grants.toGroup(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.toGroup(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.toGroup(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  private void createAdminGroup() {
    createGroup(Groups.CAMUNDA_ADMIN, "Administration", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grants.toGroup(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private void createGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void createUser(String id, String firstName, String lastName, String groupId) {
    createUser(id, DEMO_PASSWORD, firstName, lastName, groupId);
  }

  private void createUser(String id, String password, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("Benutzer {} angelegt", id);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }

  /**
   * Outside demo mode no user may keep the published demo password: an installation that was
   * first started in demo mode loses those users. A user whose password was changed is kept.
   */
  private void removeDemoUsers() {
    removeIfDemoPassword(DEMO_ADMIN);
    for (Team team : Team.values()) {
      removeIfDemoPassword(team.groupId());
    }
    for (TechnicalRole role : TechnicalRole.values()) {
      removeIfDemoPassword(role.groupId());
    }
    for (Provider provider : providers) {
      removeIfDemoPassword(provider.id());
    }
  }

  private void removeIfDemoPassword(String userId) {
    if (identityService.createUserQuery().userId(userId).count() > 0
        && identityService.checkPassword(userId, DEMO_PASSWORD)) {
      identityService.deleteUser(userId);
      LOG.warn("Demo-Benutzer {} entfernt (Demo-Modus ist aus)", userId);
    }
  }
}

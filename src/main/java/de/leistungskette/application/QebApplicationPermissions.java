package de.leistungskette.application;

import de.leistungskette.identity.Grants;
import de.leistungskette.identity.Team;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Who may start "Antragsbearbeitung (QEB)" in Tasklist: the reception and the Fallkoordination,
 * where applications arrive. Working its tasks needs no grant here: Camunda authorizes each task's
 * candidate group.
 */
@Component
public class QebApplicationPermissions implements InitializingBean {

  private final Grants grants;

  public QebApplicationPermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  public void afterPropertiesSet() {
    for (Team team : new Team[] {Team.EINGANGSZONE, Team.FALLKOORDINATION}) {
      grants.toGroup(team.groupId(), Resources.PROCESS_DEFINITION, QebApplication.PROCESS_KEY,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grants.toGroup(team.groupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }
}

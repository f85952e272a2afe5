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
 * where applications arrive. Every team may read the cases' variables, so that Tasklist shows whose
 * case a task belongs to (customer, application number) and a form shows what earlier steps
 * recorded; any team can be the one that deregisters the record. Working a task needs no grant
 * here: Camunda authorizes each task's candidate group.
 */
@Component
public class QebApplicationPermissions implements InitializingBean {

  private final Grants grants;

  public QebApplicationPermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  public void afterPropertiesSet() {
    for (Team team : Team.values()) {
      boolean starts = team == Team.EINGANGSZONE || team == Team.FALLKOORDINATION;
      if (starts) {
        grants.toGroup(team.groupId(), Resources.PROCESS_DEFINITION, QebApplication.PROCESS_KEY,
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.CREATE_INSTANCE);
        grants.toGroup(team.groupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      } else {
        grants.toGroup(team.groupId(), Resources.PROCESS_DEFINITION, QebApplication.PROCESS_KEY,
            Permissions.READ, Permissions.READ_INSTANCE);
      }
    }
  }
}

package de.leistungskette.application;

import de.leistungskette.platform.SetupStep;
import de.leistungskette.identity.Grants;
import de.leistungskette.identity.Team;
import de.leistungskette.identity.TechnicalRole;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may start "Antragsbearbeitung (QEB)": the reception and the Fallkoordination (in Tasklist,
 * where applications arrive) and other systems ({@link TechnicalRole#INTERFACE}), which also
 * correlate its messages. Nobody but the team leads reads a case as a whole: a team reads a case
 * only through the tasks in its queue (Camunda grants a task's candidate group READ and TASK_WORK
 * on that task), see the permission table in docs/security.md.
 *
 * <p>Older versions let every team read every case (READ_INSTANCE on the definition); that
 * permission is taken away again on start-up.
 */
@Component
public class QebApplicationPermissions implements SetupStep {

  private final Grants grants;

  public QebApplicationPermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  public int order() {
    return PROCESS_PERMISSIONS;
  }

  @Override
  public void apply() {
    for (Team team : Team.values()) {
      if (team != Team.TEAMLEITUNG) {
        grants.revokeFromGroup(team.groupId(), Resources.PROCESS_DEFINITION, QebApplication.PROCESS_KEY,
            Permissions.READ_INSTANCE);
      }
    }
    grants.mayStart(QebApplication.PROCESS_KEY, List.of(Team.EINGANGSZONE.groupId(), Team.FALLKOORDINATION.groupId(),
        TechnicalRole.INTERFACE.groupId()));
    // Correlating a message updates the case it reaches (engine: UPDATE_INSTANCE on the definition).
    grants.toGroup(TechnicalRole.INTERFACE.groupId(), Resources.PROCESS_DEFINITION, QebApplication.PROCESS_KEY,
        Permissions.UPDATE_INSTANCE);
  }
}

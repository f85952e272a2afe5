package de.leistungskette.intake;

import de.leistungskette.identity.Grants;
import de.leistungskette.identity.Team;
import de.leistungskette.identity.TechnicalRole;
import de.leistungskette.platform.SetupStep;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may start "Neukundenaufnahme (Eingangszone)": the reception (in Tasklist, form "Neukunde
 * aufnehmen") and other systems ({@link TechnicalRole#INTERFACE}), which also report a QEB held
 * later (message QebHeldLate). Every team reads an intake only through the tasks in its queue;
 * the team leads read everything (docs/security.md, permission table).
 */
@Component
public class IntakePermissions implements SetupStep {

  private final Grants grants;

  public IntakePermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  public int order() {
    return PROCESS_PERMISSIONS;
  }

  @Override
  public void apply() {
    grants.mayStart(NewClientIntake.PROCESS_KEY, List.of(Team.EINGANGSZONE.groupId(), TechnicalRole.INTERFACE.groupId()));
    // Correlating QebHeldLate updates the case it reaches (engine: UPDATE_INSTANCE on the definition).
    grants.toGroup(TechnicalRole.INTERFACE.groupId(), Resources.PROCESS_DEFINITION, NewClientIntake.PROCESS_KEY,
        Permissions.UPDATE_INSTANCE);
  }
}

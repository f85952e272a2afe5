package de.leistungskette.integration;

import de.leistungskette.identity.Grants;
import de.leistungskette.identity.Team;
import de.leistungskette.identity.TechnicalRole;
import de.leistungskette.platform.SetupStep;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may start "Integrationsmanagement": the integration managers (Tasklist start form "Fall
 * aufnehmen") and other systems, which also report changes (messages ExtensionRequested,
 * BenefitsChanged, PersonMoved: correlating updates the case, engine permission UPDATE_INSTANCE on
 * the definition). The team lead reads an extension through its task, the Jobcenter's case
 * management the hand-over through its task; the plan's print view checks the same
 * (docs/security.md, permission table).
 */
@Component
public class IntegrationPermissions implements SetupStep {

  private final Grants grants;

  public IntegrationPermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  public int order() {
    return PROCESS_PERMISSIONS;
  }

  @Override
  public void apply() {
    grants.mayStart(IntegrationManagement.PROCESS_KEY,
        List.of(Team.INTEGRATIONSMANAGEMENT.groupId(), TechnicalRole.INTERFACE.groupId()));
    grants.toGroup(TechnicalRole.INTERFACE.groupId(), Resources.PROCESS_DEFINITION, IntegrationManagement.PROCESS_KEY,
        Permissions.UPDATE_INSTANCE);
  }
}

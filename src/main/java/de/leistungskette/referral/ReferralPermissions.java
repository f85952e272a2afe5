package de.leistungskette.referral;

import de.leistungskette.identity.Grants;
import de.leistungskette.identity.TechnicalRole;
import de.leistungskette.platform.SetupStep;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may refer: every client-facing team (Tasklist start form "Zuweisung anlegen") and other
 * systems. A provider reads nothing but the tasks in its queue (Camunda grants a task's candidate
 * group READ and TASK_WORK on that task) and the model of this process, so Tasklist can name it;
 * what a provider may read of a case through its task: the request guard (docs/security.md).
 */
@Component
public class ReferralPermissions implements SetupStep {

  private final Grants grants;
  private final ReferralProperties properties;

  public ReferralPermissions(Grants grants, ReferralProperties properties) {
    this.grants = grants;
    this.properties = properties;
  }

  @Override
  public int order() {
    return PROCESS_PERMISSIONS;
  }

  @Override
  public void apply() {
    List<String> starters = new ArrayList<>(ReferralListeners.CASEWORKER_TEAMS);
    starters.add(TechnicalRole.INTERFACE.groupId());
    grants.mayStart(KelReferral.PROCESS_KEY, starters);
    for (Provider provider : properties.providers()) {
      grants.toGroup(provider.groupId(), Resources.PROCESS_DEFINITION, KelReferral.PROCESS_KEY, Permissions.READ);
    }
  }
}

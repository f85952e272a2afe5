package de.leistungskette.casework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Bean {@code periods}: every period of every process from one decision table,
 * {@code processes/periods.dmn} ("Fristen der Prozesse"), which process owners edit in Camunda
 * Modeler. A model reads a period where it needs it, so a changed number changes the timer and
 * every due date that hangs on it, and no Java code repeats it:
 *
 * <pre>
 *   ${taskDeadline.set(task, deadlines.days(decisionFrom, periods.of('qeb-application', 'decision')))}
 * </pre>
 *
 * The table is evaluated with the DMN engine directly (no history entry per look-up) on the newest
 * deployed version; a missing row is an error that names process and period.
 */
@Component("periods")
public class Periods {

  public static final String DECISION_KEY = "periods";

  private final ObjectProvider<ProcessEngine> engine;
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public Periods(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** The number of the period (its unit is the one of the Fristenrechner rule that uses it). */
  public int of(String process, String period) {
    DmnDecisionTableResult result = inEngine(() -> dmnEngine().evaluateDecisionTable(latestDecision(),
        Variables.createVariables().putValue("process", process).putValue("period", period)));
    if (result.isEmpty() || result.getSingleResult().getEntry("amount") == null) {
      throw new IllegalStateException("Fristen der Prozesse (periods.dmn): keine Frist „" + period + "“ für den Prozess „"
          + process + "“.");
    }
    return ((Number) result.getSingleResult().getEntry("amount")).intValue();
  }

  private DmnDecision latestDecision() {
    RepositoryService repository = engine.getObject().getRepositoryService();
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
        .latestVersion().withoutTenantId().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Die Entscheidungstabelle „Fristen der Prozesse“ (periods.dmn) ist nicht bereitgestellt.");
    }
    return parsed.computeIfAbsent(definition.getId(), id -> dmnEngine().parseDecision(DECISION_KEY,
        repository.getDmnModelInstance(id)));
  }

  private DmnEngine dmnEngine() {
    return ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration()).getDmnEngine();
  }

  /**
   * Periods are configuration, not case data: whoever's step needs one may read it, so the
   * look-up runs without the caller's authorizations, inside the engine's command (the DMN engine
   * needs its context) or in one of its own when called from outside.
   */
  private <T> T inEngine(Supplier<T> lookup) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(lookup::get);
    }
    return ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(lookup::get));
  }
}

package de.leistungskette.casework;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
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
 * deployed version; a missing row is an error that names process and period. Which version is the
 * newest is asked at most every {@link #NEWEST_VERSION_TTL} (a process owner's new table counts
 * from then on, on every node; an administrator who deletes the newest table's deployment gets
 * errors for as long), and each answer is kept per version: a timer storm asks the table for the
 * same period thousands of times.
 */
@Component("periods")
public class Periods {

  public static final String DECISION_KEY = "periods";

  private final ObjectProvider<ProcessEngine> engine;
  /** How long the id of the newest deployed table is used before the engine is asked again. */
  static final Duration NEWEST_VERSION_TTL = Duration.ofSeconds(10);

  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
  private final Map<String, Integer> amounts = new ConcurrentHashMap<>();
  private volatile Newest newest;

  private record Newest(String definitionId, long askedAt) {}

  public Periods(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** The number of the period (its unit is the one of the Fristenrechner rule that uses it). */
  public int of(String process, String period) {
    return inEngine(() -> amount(process, period));
  }

  private int amount(String process, String period) {
    String definitionId = newestDefinitionId();
    return amounts.computeIfAbsent(definitionId + "\n" + process + "\n" + period,
        key -> evaluate(definitionId, process, period));
  }

  private int evaluate(String definitionId, String process, String period) {
    DmnDecisionTableResult result = dmnEngine().evaluateDecisionTable(parsed(definitionId),
        Variables.createVariables().putValue("process", process).putValue("period", period));
    if (result.isEmpty() || result.getSingleResult().getEntry("amount") == null) {
      throw new IllegalStateException("Fristen der Prozesse (periods.dmn): keine Frist „" + period + "“ für den Prozess „"
          + process + "“.");
    }
    return ((Number) result.getSingleResult().getEntry("amount")).intValue();
  }

  private String newestDefinitionId() {
    Newest known = newest;
    long now = System.nanoTime();
    if (known != null && now - known.askedAt() < NEWEST_VERSION_TTL.toNanos()) {
      return known.definitionId();
    }
    DecisionDefinition definition = engine.getObject().getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().withoutTenantId().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Die Entscheidungstabelle „Fristen der Prozesse“ (periods.dmn) ist nicht bereitgestellt.");
    }
    newest = new Newest(definition.getId(), now);
    return definition.getId();
  }

  private DmnDecision parsed(String definitionId) {
    return parsed.computeIfAbsent(definitionId, id -> dmnEngine().parseDecision(DECISION_KEY,
        engine.getObject().getRepositoryService().getDmnModelInstance(id)));
  }

  /** Forgets which version is the newest (a test deploys a changed table and expects it at once). */
  public void refresh() {
    newest = null;
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

package de.leistungskette.platform;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link SetupStep} once per start, in one place and one order, after the engine is
 * built and the models are deployed (the engine is a dependency, so it exists before this runs).
 * Before, three beans set up identities, grants and filters in whatever order Spring created them,
 * and a team lead's grant was once lost that way.
 */
@Component
public class StartupSetup implements SmartInitializingSingleton {

  private final List<SetupStep> steps;

  public StartupSetup(ProcessEngine engine, List<SetupStep> steps) {
    this.steps = steps.stream().sorted(Comparator.comparingInt(SetupStep::order)).toList();
  }

  @Override
  public void afterSingletonsInstantiated() {
    steps.forEach(SetupStep::apply);
  }

  /** The steps in the order they run (for tests and the log). */
  public List<SetupStep> steps() {
    return steps;
  }
}

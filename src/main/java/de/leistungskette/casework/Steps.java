package de.leistungskette.casework;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The execution listener of a step as a bean (docs/adr/0002, 0008): it runs only when the step
 * really ended, not when it was cancelled (an {@code end} listener also fires when a boundary event
 * interrupts the step, and then there is nothing to check or record).
 */
public final class Steps {

  private Steps() {}

  public static ExecutionListener whenEnded(Consumer<DelegateExecution> listener) {
    return execution -> {
      if (!execution.isCanceled()) {
        listener.accept(execution);
      }
    };
  }
}

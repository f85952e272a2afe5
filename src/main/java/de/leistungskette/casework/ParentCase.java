package de.leistungskette.casework;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Tells the case that called this one (a call activity) that something happened, by a message the
 * calling model waits for, e.g. the intake learns of the decision on an application the moment it
 * is posted, not only when the application processing ends a month later. A case started on its
 * own, or called by a process that does not wait for the message, is left alone.
 *
 * <p>The message is correlated in the same transaction without the caller's permissions: the
 * person completing the task may work the child case, not the parent; the engine delivers what
 * the model declares (Camunda's {@code CommandContext#runWithoutAuthorization}).
 */
public final class ParentCase {

  private ParentCase() {}

  public static void tell(DelegateExecution execution, String message, Map<String, Object> variables) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller == null) {
      return;
    }
    String parent = caller.getProcessInstanceId();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      if (runtime.createEventSubscriptionQuery().processInstanceId(parent).eventType("message").eventName(message)
          .count() > 0) {
        runtime.createMessageCorrelation(message).processInstanceId(parent).setVariables(variables).correlate();
      }
      return null;
    });
  }
}

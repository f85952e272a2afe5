package de.leistungskette.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer (history level {@code full}) with one exception: what the process
 * copies onto a task when it creates it gets no record of its first value in {@code ACT_HI_DETAIL}.
 *
 * <p>Those task variables are copies of what the case records already: the case header
 * ({@code caseId}, {@code caseName}), the deadline's explanation, the integration plan in the form
 * of "Integrationsplan fortschreiben", the plan as text, a provider's reminder. Their record in
 * {@code ACT_HI_DETAIL} would repeat the record of the case data they are copied from, and cost a
 * row and its removal-time update per copy (6 of the 26 detail rows of a QEB case, 43 of 73 of an
 * integration case up to its first review; docs/benchmarks.md). Each copy keeps its history
 * instance ({@code ACT_HI_VARINST}, its last value).
 *
 * <p>Recorded as before: every variable of the case, and every change of a task variable after
 * its creation (Tasklist submits a form into the task variables the form shows: what a person
 * entered there is recorded). Only the process and administrators create task variables: the
 * request guard refuses {@code /task/{id}/localVariables} to everybody else.
 *
 * <p>The engine calls {@link #shouldWriteHistoricDetail} for every variable event; registered in
 * place of its default writer by {@link EngineSettingsPlugin}.
 */
public class TaskCopyHistory extends DbHistoryEventHandler {

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && !isCopyOntoTask(event);
  }

  /** A task variable, being created (the history event carries the variable's own task). */
  static boolean isCopyOntoTask(HistoricVariableUpdateEventEntity event) {
    return event.getTaskId() != null && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE);
  }
}

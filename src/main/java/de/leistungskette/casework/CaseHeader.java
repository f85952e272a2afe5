package de.leistungskette.casework;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The case header every task carries, so that a queue shows whose case a task is while a team
 * reads nothing of the case beyond its own tasks (need-to-know, § 35 SGB I): when a user task is
 * created, the case id (the business key) and the client's name are copied onto the task as
 * task-local variables {@value #CASE_ID} and {@value #CASE_NAME}. Camunda lets a task's candidate
 * group read the task's own variables; the case's variables stay hidden.
 *
 * <p>Which variable holds the client's name a process declares as the extension property
 * {@value #CASE_NAME_PROPERTY} of its process element (Camunda Modeler: process, "Extension
 * properties"), e.g. {@code customerName}.
 */
@Component
public class CaseHeader extends AbstractProcessEnginePlugin {

  public static final String CASE_ID = "caseId";
  public static final String CASE_NAME = "caseName";
  public static final String CASE_NAME_PROPERTY = "caseName";

  /** The columns every Tasklist filter shows (name and German label). */
  public static final List<Map<String, String>> LISTED_VARIABLES = List.of(
      Map.of("name", CASE_NAME, "label", "Kunde/Kundin"),
      Map.of("name", CASE_ID, "label", "Vorgang"));

  private static final TaskListener COPY_HEADER = CaseHeader::copyTo;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_HEADER);
        }
      }
    });
  }

  static void copyTo(DelegateTask task) {
    var execution = task.getExecution();
    if (execution == null) {
      return;
    }
    task.setVariableLocal(CASE_ID, execution.getProcessBusinessKey());
    String nameVariable = nameVariable(execution.getBpmnModelInstance().getModelElementById(
        execution.getProcessDefinitionId().split(":")[0]));
    if (nameVariable != null) {
      Object name = execution.getVariable(nameVariable);
      task.setVariableLocal(CASE_NAME, name == null ? null : String.valueOf(name));
    }
  }

  private static String nameVariable(Object element) {
    if (!(element instanceof Process process) || process.getExtensionElements() == null) {
      return null;
    }
    ExtensionElements extensions = process.getExtensionElements();
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (CASE_NAME_PROPERTY.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }
}

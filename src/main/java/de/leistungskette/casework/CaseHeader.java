package de.leistungskette.casework;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
public class CaseHeader extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  public static final String CASE_ID = "caseId";
  public static final String CASE_NAME = "caseName";
  public static final String CASE_NAME_PROPERTY = "caseName";

  /** The columns every Tasklist filter shows (name and German label). */
  public static final List<Map<String, String>> LISTED_VARIABLES = List.of(
      Map.of("name", CASE_NAME, "label", "Kunde/Kundin"),
      Map.of("name", CASE_ID, "label", "Vorgang"));

  private final BeanFactory beans;

  public CaseHeader(BeanFactory beans) {
    this.beans = beans;
  }

  /** Once per model, when it is deployed: every user task of the process copies the header. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryProcess.onDeployment(configuration, (processElement, definition) -> {
      Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(processElement);
      String nameVariable = properties == null ? null : properties.get(CASE_NAME_PROPERTY);
      TaskListener copyHeader = task -> copyTo(task, nameVariable);
      definition.getTaskDefinitions().values()
          .forEach(taskDefinition -> taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE, copyHeader));
    });
  }

  /** Engine property that records that open tasks of older versions have their header. */
  static final String MIGRATED = "leistungskette.case-header";

  /**
   * Tasks created before this version have no header: they get it once, on the first start of
   * this version (recorded as an engine property, so later starts do nothing). Runs when all
   * beans are ready, i.e. after the models of this version are deployed (their extension property
   * says which variable names the client).
   */
  @Override
  public void afterSingletonsInstantiated() {
    ProcessEngine engine = beans.getBean(ProcessEngine.class);
    ManagementService management = engine.getManagementService();
    if (management.getProperties().containsKey(MIGRATED)) {
      return;
    }
    TaskService tasks = engine.getTaskService();
    RuntimeService runtime = engine.getRuntimeService();
    int first = 0;
    List<Task> page;
    do {
      page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, 500);
      for (Task task : page) {
        if (task.getProcessInstanceId() != null && tasks.getVariableLocal(task.getId(), CASE_ID) == null) {
          ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
              .singleResult();
          tasks.setVariableLocal(task.getId(), CASE_ID, instance.getBusinessKey());
          // the newest model says which variable names the client (older versions did not)
          String key = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
          var latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
              .latestVersion().singleResult();
          String nameVariable = latest == null ? null
              : nameVariable(engine.getRepositoryService().getBpmnModelInstance(latest.getId()).getModelElementById(key));
          if (nameVariable != null) {
            Object name = runtime.getVariable(task.getProcessInstanceId(), nameVariable);
            tasks.setVariableLocal(task.getId(), CASE_NAME, name == null ? null : String.valueOf(name));
          }
        }
      }
      first += page.size();
    } while (page.size() == 500);
    management.setProperty(MIGRATED, "1");
  }

  static void copyTo(DelegateTask task, String nameVariable) {
    var execution = task.getExecution();
    if (execution == null) {
      return;
    }
    task.setVariableLocal(CASE_ID, execution.getProcessBusinessKey());
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

package de.leistungskette.benchmark;

import de.leistungskette.LeistungsketteApplication;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Leistungskette in the benchmark's own JVM, with the settings of a {@link Node}, for the engine's
 * Java API: what another Spring component or an embedding system calls, without HTTP, the REST
 * API's guard or its logins. Each call runs as the worker with its groups, so that authorization
 * is checked as for a request.
 */
final class JavaApi implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  /** The administrator's REST client of this application (to set up users and models). */
  final Rest admin;

  private JavaApi(ConfigurableApplicationContext context, int port) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.admin = new Rest(port, Node.ADMIN, Node.PASSWORD);
  }

  static JavaApi start(Database database, int port) {
    return new JavaApi(new SpringApplicationBuilder(LeistungsketteApplication.class)
        .run(Node.arguments(database, port).toArray(String[]::new)), port);
  }

  /** A worker's calls, authenticated as that user with those groups. */
  Scenario.Driver driver(String user, Set<String> groups) {
    IdentityService identity = engine.getIdentityService();
    List<String> groupIds = List.copyOf(groups);
    return new Scenario.Driver() {
      @Override
      public String start(String processKey, String businessKey, Map<String, Object> variables) {
        identity.setAuthentication(user, groupIds);
        try {
          return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables)
              .getBusinessKey();
        } finally {
          identity.clearAuthentication();
        }
      }

      @Override
      public List<Scenario.OpenTask> openTasks(String businessKeys) {
        identity.setAuthentication(user, groupIds);
        try {
          return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(businessKeys.split(",")).list()
              .stream().map(task -> new Scenario.OpenTask(task.getId(), task.getTaskDefinitionKey())).toList();
        } finally {
          identity.clearAuthentication();
        }
      }

      @Override
      public void complete(String taskId, Map<String, Object> variables, String what) {
        identity.setAuthentication(user, groupIds);
        try {
          engine.getTaskService().complete(taskId, variables);
        } finally {
          identity.clearAuthentication();
        }
      }
    };
  }

  /**
   * What a finished case holds, read from its history: the case's variables with their last
   * values, and the variables the process put on each task (by task id in the model).
   */
  record CaseData(Map<String, Object> caseVariables, Map<String, Map<String, Object>> taskVariables) {}

  CaseData caseData(String businessKey) {
    String instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    Map<String, String> taskKeys = new HashMap<>();
    for (HistoricTaskInstance task : engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(instance).list()) {
      taskKeys.put(task.getId(), task.getTaskDefinitionKey());
    }
    Map<String, Object> caseVariables = new LinkedHashMap<>();
    Map<String, Map<String, Object>> taskVariables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance).orderByVariableName().asc().list()) {
      if (variable.getTaskId() == null) {
        caseVariables.put(variable.getName(), variable.getTypedValue());
      } else {
        taskVariables.computeIfAbsent(taskKeys.get(variable.getTaskId()), key -> new LinkedHashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return new CaseData(caseVariables, taskVariables);
  }

  @Override
  public void close() {
    context.close();
  }
}

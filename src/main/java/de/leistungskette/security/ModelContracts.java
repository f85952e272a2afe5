package de.leistungskette.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What the deployed models promise other systems and people, read from the engine for the request
 * guard: the fields of each form, the messages each process waits for and the variables each
 * message may carry, a task's candidate groups. The look-ups run as the system (not as the
 * caller, who may not read the model or the task's links); the guard decides what to allow.
 *
 * <p>A message catch event declares the variables its message may carry as the extension property
 * {@value #MESSAGE_VARIABLES} (comma-separated names; Camunda Modeler: "Extension properties").
 * A message without that property carries none.
 */
@Component
public class ModelContracts {

  public static final String MESSAGE_VARIABLES = "messageVariables";
  public static final String INTERNAL_MESSAGE = "internalMessage";

  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final CommandExecutor commandExecutor;

  /** A message some process waits for: the processes (keys) and the variables it may carry. */
  public record DeclaredMessage(Set<String> processKeys, Set<String> variables) {}

  private final Map<String, FormFields> taskForms = new ConcurrentHashMap<>();
  private final Map<String, Optional<FormFields>> startForms = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Set<String>>> messagesByDefinition = new ConcurrentHashMap<>();

  public ModelContracts(RepositoryService repositoryService, FormService formService, TaskService taskService,
      IdentityService identityService, AuthorizationService authorizationService, ProcessEngine engine) {
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.commandExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  /** The task as the system sees it, or empty when there is no such task. */
  public Optional<Task> task(String taskId) {
    return asSystem(() -> Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).initializeFormKeys()
        .singleResult()));
  }

  /** The fields of the task's form; {@link FormFields#NONE} when the task has no Camunda Form. */
  public FormFields taskForm(Task task) {
    if (task.getCamundaFormRef() == null) {
      return FormFields.NONE;
    }
    return taskForms.computeIfAbsent(task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey(),
        key -> asSystem(() -> read(formService.getDeployedTaskForm(task.getId()))));
  }

  /** The fields of the process's start form, or empty when it has none (then nothing is checked). */
  public Optional<FormFields> startForm(ProcessDefinition definition) {
    return startForms.computeIfAbsent(definition.getId(), id -> asSystem(() -> {
      var data = formService.getStartFormData(id);
      return data == null || data.getCamundaFormRef() == null
          ? Optional.<FormFields>empty()
          : Optional.of(read(formService.getDeployedStartForm(id)));
    }));
  }

  public Optional<ProcessDefinition> latestDefinition(String key) {
    return asSystem(() -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().withoutTenantId().singleResult()));
  }

  public Optional<ProcessDefinition> definition(String id) {
    return asSystem(() -> Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
        .processDefinitionId(id).singleResult()));
  }

  /**
   * The messages the latest versions of the deployed processes wait for, each with the variables
   * it may carry.
   */
  public Map<String, DeclaredMessage> declaredMessages() {
    return asSystem(() -> {
      Map<String, DeclaredMessage> messages = new HashMap<>();
      for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
        messagesByDefinition.computeIfAbsent(definition.getId(), id -> messagesOf(repositoryService.getBpmnModelInstance(id)))
            .forEach((name, variables) -> {
              DeclaredMessage message = messages.computeIfAbsent(name,
                  n -> new DeclaredMessage(new HashSet<>(), new HashSet<>()));
              message.processKeys().add(definition.getKey());
              message.variables().addAll(variables);
            });
      }
      return messages;
    });
  }

  /** The caller may correlate the message to a case of at least one process that waits for it. */
  public boolean mayCorrelate(Caller caller, DeclaredMessage message) {
    return asSystem(() -> message.processKeys().stream().anyMatch(key -> authorizationService.isUserAuthorized(
        caller.userId(), caller.groupIds(), Permissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, key)));
  }

  /** The task as the caller sees it (with its form), or empty when they may not see it or it does not exist. */
  public Optional<Task> visibleTask(Caller caller, String taskId) {
    return asCaller(caller, () -> Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).initializeFormKeys()
        .singleResult()));
  }

  /** What the case holds for a variable, as the task sees it (read as the system). */
  public Object recordedValue(String taskId, String name) {
    return asSystem(() -> taskService.getVariable(taskId, name));
  }

  /** The candidate groups of a task. */
  public List<String> candidateGroups(String taskId) {
    return asSystem(() -> taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList());
  }

  /** The caller works the task: it is assigned to them, or they belong to one of its candidate groups. */
  public boolean works(Caller caller, String taskId) {
    Optional<Task> task = task(taskId);
    if (task.isEmpty()) {
      return false;
    }
    return caller.userId().equals(task.get().getAssignee())
        || candidateGroups(taskId).stream().anyMatch(caller.groupIds()::contains);
  }

  /**
   * Gives a task back to its queue for the person it is assigned to. Camunda asks TASK_ASSIGN for
   * that, which team members do not have (it would also let them assign tasks to anybody); here
   * only the assignee may, and the engine's operation log records that person.
   *
   * @return whether the task was the caller's and is given back
   */
  public boolean giveBack(Caller caller, String taskId) {
    Optional<Task> task = task(taskId);
    if (task.isEmpty() || !caller.userId().equals(task.get().getAssignee())) {
      return false;
    }
    return asCaller(caller, () -> commandExecutor.execute(context -> context.runWithoutAuthorization(() -> {
      taskService.setAssignee(taskId, null);
      return true;
    })));
  }

  /** The groups of a user (empty for an unknown user). */
  public List<String> groupsOf(String userId) {
    return asSystem(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  static Map<String, Set<String>> messagesOf(BpmnModelInstance model) {
    Map<String, Set<String>> messages = new HashMap<>();
    for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
      if (isInternal(event.getExtensionElements())) {
        continue;
      }
      for (var definition : event.getEventDefinitions()) {
        if (definition instanceof MessageEventDefinition message && message.getMessage() != null
            && message.getMessage().getName() != null) {
          messages.computeIfAbsent(message.getMessage().getName(), n -> new HashSet<>())
              .addAll(declaredVariables(event.getExtensionElements()));
        }
      }
    }
    return messages;
  }

  /**
   * A message only the engine sends (property {@value #INTERNAL_MESSAGE} = true, e.g. a called case
   * reporting back to its caller): nobody may send it through the API.
   */
  private static boolean isInternal(ExtensionElements extensions) {
    return extensions != null && extensions.getChildElementsByType(CamundaProperties.class).stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(property -> INTERNAL_MESSAGE.equals(property.getCamundaName())
            && "true".equals(property.getCamundaValue()));
  }

  private static Collection<String> declaredVariables(ExtensionElements extensions) {
    Set<String> names = new HashSet<>();
    if (extensions == null) {
      return names;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (MESSAGE_VARIABLES.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          Arrays.stream(property.getCamundaValue().split(",")).map(String::trim).filter(s -> !s.isEmpty())
              .forEach(names::add);
        }
      }
    }
    return names;
  }

  private static FormFields read(InputStream form) {
    try (InputStream in = form) {
      return FormFields.parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("Formular nicht lesbar", e);
    }
  }

  /** Runs as the caller (whose request may not have set the engine's authentication yet). */
  private <T> T asCaller(Caller caller, Supplier<T> action) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(caller.userId(), caller.groupIds());
    try {
      return action.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      } else {
        identityService.clearAuthentication();
      }
    }
  }

  /**
   * Runs a look-up without the caller's authorizations: the engine checks authorizations only for
   * an authenticated thread, so the caller's authentication is set aside and put back.
   */
  private <T> T asSystem(Supplier<T> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}

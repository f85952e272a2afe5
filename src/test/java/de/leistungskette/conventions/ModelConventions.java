package de.leistungskette.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.identity.Team;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * The conventions every model and form of Leistungskette keeps, as a checker that lists every
 * violation in German-readable English. Used by {@link ModelConventionsTest} over {@code processes/}
 * and {@code forms/}; plain Java over the files, no engine.
 *
 * <ul>
 *   <li>every user task has documentation, a Camunda Form by {@code camunda:formRef} with binding
 *       {@code deployment} that exists in {@code forms/}, and a candidate group that is a team (or
 *       an expression, e.g. {@code ${caseworkerGroup}});</li>
 *   <li>every executable process names the variable holding the client's name (extension property
 *       {@code caseName}, the case header every task carries);</li>
 *   <li>every task form shows the case header ({@code caseHeader}), the same in every form of a
 *       process, and the deadline box ({@code deadlineExplanation}), the same in every form.</li>
 *   <li>every variable the model's expressions read is a name of its backing class (the process's
 *       contract) or a value a form or message of the process sets ({@link #checkVariables});
 *       every field a listener reads from a person or another system is a key of one of the
 *       process's forms or a declared message variable.</li>
 * </ul>
 */
final class ModelConventions {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TEAMS = Arrays.stream(Team.values()).map(Team::groupId).collect(Collectors.toSet());

  private final Map<String, JsonNode> formsById = new HashMap<>();
  private final List<String> violations = new ArrayList<>();
  private JsonNode deadlineBox;

  ModelConventions(Path formsFolder) throws IOException {
    try (Stream<Path> files = Files.list(formsFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        formsById.put(form.path("id").asText(), form);
      }
    }
  }

  JsonNode form(String id) {
    return formsById.get(id);
  }

  List<String> violations() {
    return violations;
  }

  void check(String name, BpmnModelInstance model) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && property(process.getExtensionElements(), "caseName") == null) {
        violations.add(name + ": process " + process.getId() + " names no client variable (extension property caseName)");
      }
    }
    JsonNode caseHeader = null;
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = name + ": user task " + task.getId();
      String documentation = task.getDocumentations().stream().map(Documentation::getTextContent)
          .filter(Objects::nonNull).collect(Collectors.joining()).trim();
      if (documentation.isEmpty()) {
        violations.add(where + " has no documentation");
      }
      String group = task.getCamundaCandidateGroups();
      if (group == null || group.isBlank()) {
        violations.add(where + " has no candidate group");
      } else if (!group.startsWith("${") && !TEAMS.contains(group)) {
        violations.add(where + ": candidate group " + group + " is no team");
      }
      String formRef = task.getCamundaFormRef();
      if (formRef == null) {
        violations.add(where + " has no camunda:formRef");
        continue;
      }
      if (!"deployment".equals(task.getCamundaFormRefBinding())) {
        violations.add(where + ": formRefBinding is not deployment");
      }
      JsonNode form = formsById.get(formRef);
      if (form == null) {
        violations.add(where + ": form " + formRef + " does not exist in forms/");
        continue;
      }
      JsonNode header = component(form, "caseHeader");
      JsonNode box = component(form, "deadlineExplanation");
      if (header == null) {
        violations.add(where + ": form " + formRef + " shows no case header (component caseHeader)");
      } else if (caseHeader == null) {
        caseHeader = header;
      } else if (!caseHeader.equals(header)) {
        violations.add(where + ": form " + formRef + " shows another case header than the other forms of " + name);
      }
      if (box == null) {
        violations.add(where + ": form " + formRef + " shows no deadline box (component deadlineExplanation)");
      } else if (deadlineBox == null) {
        deadlineBox = box;
      } else if (!deadlineBox.equals(box)) {
        violations.add(where + ": form " + formRef + " shows another deadline box than the other forms");
      }
    }
  }

  void check(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      check(file.getFileName().toString(), Bpmn.readModelFromStream(in));
    }
  }

  /** Beans and engine objects the models' expressions may use besides variables. */
  private static final Set<String> EXPRESSION_NAMES = Set.of("deadlines", "periods", "taskDeadline", "task",
      "execution", "true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\w+}\"");
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

  /**
   * The variables of a model against its contract: {@code backing} holds the names of the
   * process (the public API), {@code fieldsRead} what its listeners read from people and systems.
   */
  void checkVariables(String name, String xml, Set<String> backing, Collection<String> fieldsRead) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Set<String> entered = enteredVariables(model);
    String text = DELEGATE.matcher(xml).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
    Matcher expression = EXPRESSION.matcher(text);
    Set<String> read = new TreeSet<>();
    while (expression.find()) {
      Matcher names = NAME.matcher(expression.group(1).replaceAll("'[^']*'", ""));
      while (names.find()) {
        read.add(names.group(1));
      }
    }
    read.removeAll(EXPRESSION_NAMES);
    for (String variable : read) {
      if (!backing.contains(variable) && !entered.contains(variable)) {
        violations.add(name + ": the model reads " + variable + ", which neither its backing class names nor a form "
            + "or message of the process sets");
      }
    }
    for (String field : fieldsRead) {
      if (!entered.contains(field)) {
        violations.add(name + ": a listener reads " + field + ", which no form or message of the process sets");
      }
    }
  }

  /** The keys of the process's forms (start and tasks) and the variables its messages may carry. */
  Set<String> enteredVariables(BpmnModelInstance model) {
    Set<String> entered = new TreeSet<>();
    List<String> formRefs = new ArrayList<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> formRefs.add(task.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(start -> formRefs.add(start.getCamundaFormRef()));
    for (String formRef : formRefs) {
      if (formRef != null && formsById.containsKey(formRef)) {
        keys(formsById.get(formRef), entered);
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String declared = property(element.getExtensionElements(), "messageVariables");
      if (declared != null) {
        Arrays.stream(declared.split(",")).map(String::trim).forEach(entered::add);
      }
    }
    return entered;
  }

  private static void keys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      keys(component, keys);
    }
  }

  /** A component by id, anywhere in the form (nested groups included). */
  static JsonNode component(JsonNode form, String id) {
    for (JsonNode component : form.path("components")) {
      if (id.equals(component.path("id").asText())) {
        return component;
      }
      JsonNode nested = component(component, id);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private static String property(ExtensionElements extensions, String name) {
    if (extensions == null) {
      return null;
    }
    return extensions.getChildElementsByType(CamundaProperties.class).stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(property -> property.getCamundaValue()).findFirst().orElse(null);
  }
}

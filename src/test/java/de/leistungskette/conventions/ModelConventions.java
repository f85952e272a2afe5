package de.leistungskette.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.identity.Team;
import java.io.IOException;
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
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
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

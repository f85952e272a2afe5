package de.leistungskette.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.application.QebApplication;
import de.leistungskette.application.QebApplicationListeners;
import de.leistungskette.integration.IntegrationListeners;
import de.leistungskette.integration.IntegrationManagement;
import de.leistungskette.supervision.OverdueSummary;
import de.leistungskette.supervision.OverdueSummaryProcess;
import de.leistungskette.intake.IntakeListeners;
import de.leistungskette.intake.NewClientIntake;
import de.leistungskette.referral.KelReferral;
import de.leistungskette.referral.ReferralListeners;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every model in processes/ and every form in forms/ keeps the conventions ({@link ModelConventions}). */
class ModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  @Test
  void every_model_and_form_keeps_the_conventions() throws IOException {
    ModelConventions conventions = new ModelConventions(FORMS);
    try (Stream<Path> models = Files.list(PROCESSES)) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        conventions.check(model);
      }
    }
    assertThat(conventions.violations()).isEmpty();
  }

  @Test
  void a_user_task_without_documentation_or_with_a_foreign_group_is_reported() throws IOException {
    String qeb = Files.readString(PROCESSES.resolve("qeb-application.bpmn"), StandardCharsets.UTF_8);
    String broken = qeb.replaceFirst("(?s)(<bpmn:userTask id=\"checkDocuments\"[^>]*>\\s*)<bpmn:documentation>.*?</bpmn:documentation>",
        "$1").replace("camunda:candidateGroups=\"qeb\"", "camunda:candidateGroups=\"camunda-admin\"");
    ModelConventions conventions = new ModelConventions(FORMS);

    conventions.check("broken.bpmn", Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
        broken.getBytes(StandardCharsets.UTF_8))));

    assertThat(conventions.violations()).contains("broken.bpmn: user task checkDocuments has no documentation",
        "broken.bpmn: user task decideApplication: candidate group camunda-admin is no team");
  }

  @Test
  void the_backing_class_names_exactly_the_user_tasks_and_messages_of_its_model() throws Exception {
    for (Map.Entry<String, Class<?>[]> process : PROCESSES_AND_CODE.entrySet()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(process.getKey()).toFile());
      Set<String> inModel = new TreeSet<>();
      model.getModelElementsByType(UserTask.class).forEach(task -> inModel.add(task.getId()));
      model.getModelElementsByType(Message.class).forEach(message -> inModel.add(message.getName()));
      Class<?> backing = process.getValue()[0];

      assertThat(names(backing)).as(backing.getSimpleName()).containsAll(inModel);
      assertThat((Object) model.getModelElementById((String) backing.getField("PROCESS_KEY").get(null))).isNotNull();
    }
  }

  /** The processes with their contract (backing class) and the listeners that read people's input. */
  private static final Map<String, Class<?>[]> PROCESSES_AND_CODE = Map.of(
      "qeb-application.bpmn", new Class<?>[] {QebApplication.class, QebApplicationListeners.class},
      "new-client-intake.bpmn", new Class<?>[] {NewClientIntake.class, IntakeListeners.class},
      "kel-referral.bpmn", new Class<?>[] {KelReferral.class, ReferralListeners.class},
      "integration-management.bpmn", new Class<?>[] {IntegrationManagement.class, IntegrationListeners.class},
      "overdue-summary.bpmn", new Class<?>[] {OverdueSummaryProcess.class, OverdueSummary.class});

  @Test
  void every_variable_a_model_or_listener_reads_is_named_by_its_contract_or_set_by_its_forms() throws Exception {
    ModelConventions conventions = new ModelConventions(FORMS);
    for (Map.Entry<String, Class<?>[]> process : PROCESSES_AND_CODE.entrySet()) {
      conventions.checkVariables(process.getKey(), Files.readString(PROCESSES.resolve(process.getKey())),
          names(process.getValue()[0]), fieldsRead(process.getValue()[1]));
    }
    assertThat(conventions.violations()).isEmpty();
    try (Stream<Path> models = Files.list(PROCESSES)) {
      assertThat(models.map(model -> model.getFileName().toString()).filter(model -> model.endsWith(".bpmn")))
          .as("every model is listed with its code").allMatch(PROCESSES_AND_CODE::containsKey);
    }
  }

  @Test
  void a_variable_nobody_sets_is_reported() throws Exception {
    String qeb = Files.readString(PROCESSES.resolve("qeb-application.bpmn"), StandardCharsets.UTF_8)
        .replace("${documentsComplete}", "${documentsCompleted}");
    ModelConventions conventions = new ModelConventions(FORMS);

    conventions.checkVariables("broken.bpmn", qeb, names(QebApplication.class), List.of("documentsComplete", "note"));

    assertThat(conventions.violations()).containsExactly(
        "broken.bpmn: the model reads documentsCompleted, which neither its backing class names nor a form or message "
            + "of the process sets",
        "broken.bpmn: a listener reads note, which no form or message of the process sets");
  }

  private static Set<String> names(Class<?> backing) throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : backing.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  private static List<String> fieldsRead(Class<?> listeners) throws IllegalAccessException {
    List<String> read = new ArrayList<>();
    for (Field field : listeners.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == de.leistungskette.casework.Field.class) {
        field.setAccessible(true);
        read.add(((de.leistungskette.casework.Field) field.get(null)).variable());
      }
    }
    return read;
  }

  @Test
  void the_start_form_checks_what_the_process_checks() throws IOException {
    JsonNode form = new ModelConventions(FORMS).form("qeb-application-start");
    JsonNode applicationId = ModelConventions.component(form, "applicationId").path("validate");
    JsonNode customerName = ModelConventions.component(form, "customerName").path("validate");

    assertThat(applicationId.path("maxLength").asInt()).isEqualTo(QebApplication.APPLICATION_ID_MAX_LENGTH);
    assertThat(applicationId.path("pattern").asText()).isEqualTo(QebApplication.APPLICATION_ID_PATTERN);
    assertThat(customerName.path("maxLength").asInt()).isEqualTo(QebApplication.CUSTOMER_NAME_MAX_LENGTH);

    JsonNode intake = new ModelConventions(FORMS).form("new-client-intake-start");
    JsonNode clientId = ModelConventions.component(intake, NewClientIntake.CLIENT_ID).path("validate");
    assertThat(clientId.path("maxLength").asInt()).isEqualTo(NewClientIntake.CLIENT_ID_MAX_LENGTH);
    assertThat(clientId.path("pattern").asText()).isEqualTo(NewClientIntake.CLIENT_ID_PATTERN);
    assertThat(ModelConventions.component(intake, NewClientIntake.CLIENT_NAME).path("validate").path("maxLength").asInt())
        .isEqualTo(NewClientIntake.CLIENT_NAME_MAX_LENGTH);
  }

  @Test
  void component_ids_are_readable() throws IOException {
    List<String> numbered = new ArrayList<>();
    try (Stream<Path> forms = Files.list(FORMS)) {
      for (Path form : forms.toList()) {
        if (Files.readString(form, StandardCharsets.UTF_8).matches("(?s).*\"id\"\\s*:\\s*\"Field_\\w+\".*")) {
          numbered.add(form.getFileName().toString());
        }
      }
    }
    assertThat(numbered).as("forms with numbered component ids (Field_…)").isEmpty();
  }
}

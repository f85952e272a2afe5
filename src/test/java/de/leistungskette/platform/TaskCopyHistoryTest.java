package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.integration.IntegrationPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the history records of a case's variables ({@link TaskCopyHistory}): every value of the
 * case and every change a person makes; not the first value of what the process copies onto a task.
 */
@EngineTest
class TaskCopyHistoryTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  @Test
  void a_qeb_case_records_every_value_of_the_case_and_no_copy_of_the_header_on_its_task() {
    String applicationId = "QEB-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance application = runtimeService.startProcessInstanceByKey("qeb-application", Map.of(
        "applicationId", applicationId, "customerName", "Erika Mustermann", "receivedOn", "2026-11-20",
        "channel", "IN_PERSON"));
    Task check = taskService.createTaskQuery().processInstanceId(application.getId()).singleResult();

    List<HistoricVariableInstance> onTask = historyService.createHistoricVariableInstanceQuery()
        .taskIdIn(check.getId()).list();
    assertThat(onTask).extracting(HistoricVariableInstance::getName)
        .as("the copies keep their history instance with the last value")
        .contains("caseId", "caseName", "deadlineExplanation");
    assertThat(details(application)).as("no record of the copies' first value")
        .noneMatch(detail -> check.getId().equals(detail.getTaskId()));

    List<HistoricVariableInstance> ofCase = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(application.getId()).list().stream()
        .filter(variable -> variable.getTaskId() == null).toList();
    assertThat(ofCase).extracting(HistoricVariableInstance::getName)
        .contains("applicationId", "customerName", "receivedOn", "channel");
    List<HistoricDetail> recorded = details(application);
    assertThat(ofCase).as("every variable of the case has the record of its value")
        .allSatisfy(variable -> assertThat(recorded)
            .anyMatch(detail -> variable.getId().equals(((HistoricVariableUpdate) detail).getVariableInstanceId())));
  }

  @Test
  void what_a_person_changes_in_a_form_copied_onto_a_task_is_recorded() {
    String personId = "P-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance im = runtimeService.startProcessInstanceByKey("integration-management", Map.of(
        "personId", personId, "personName", "Amina Yusuf", "birthDate", "1990-05-05",
        "assignedOn", "2026-11-02", "targetGroup", "REFUGEE_FOLLOW_UP", "benefits", "ASYLBLG", "housing", "SHARED",
        "model", "BW"));
    taskService.complete(task(im).getId(), Map.of("firstCounsellingOn", "2026-11-20", "timeLimitExplained", true));
    taskService.complete(task(im).getId(), Map.of("goalLanguage", "Deutsch B1", "goalLanguageStatus", "OPEN"));

    // "Integrationsplan fortschreiben" shows the plan from copies on the task: not recorded
    Task review = task(im);
    assertThat(taskService.getVariableLocal(review.getId(), "goalLanguageStatus")).isEqualTo("OPEN");
    assertThat(details(im)).noneMatch(detail -> review.getId().equals(detail.getTaskId()));

    // what Tasklist does: it submits every field of the form into those task variables
    Map<String, Object> form = new HashMap<>(taskService.getVariablesLocal(review.getId()));
    form.keySet().retainAll(IntegrationPlan.formKeys());
    form.put("goalLanguageStatus", "IN_PROGRESS");
    form.put("planChangeNote", "Kurs begonnen");
    form.put("reviewOutcome", "CONTINUE");
    formService.submitTaskForm(review.getId(), form);

    assertThat(details(im)).filteredOn(detail -> review.getId().equals(detail.getTaskId()))
        .as("the person's change of a copied field is recorded, with its value")
        .map(detail -> ((HistoricVariableUpdate) detail).getVariableName() + "="
            + ((HistoricVariableUpdate) detail).getValue())
        .contains("goalLanguageStatus=IN_PROGRESS");
  }

  private List<HistoricDetail> details(ProcessInstance instance) {
    return historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}

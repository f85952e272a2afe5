package de.leistungskette.referral;

import static de.leistungskette.referral.KelReferral.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.ApiCaller;
import de.leistungskette.EngineTest;
import de.leistungskette.casework.Field;
import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Consent to attendance only: a provider reports whether the client came, nothing about the
 * contents. Every content field of every provider task, completed as the provider would (HTTP
 * Basic and a Tasklist login), is refused with the field's name, the task stays open and nothing
 * of it is recorded, neither in the case nor in its history. With consent to contents the same
 * report is taken.
 */
@EngineTest
class ProviderConsentTest {

  private static final String PROVIDER = "schuldnerberatung";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void high_2_a_finding_in_the_initial_feedback_is_refused_under_consent_to_attendance_as_tried() {
    for (ApiCaller provider : List.of(ApiCaller.basic(rest, PROVIDER), ApiCaller.webapp(rest, PROVIDER))) {
      ProcessInstance referral = referral("ATTENDANCE");
      Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult();
      ResponseEntity<String> answer = provider.engine(HttpMethod.POST, "/task/" + task.getId() + "/complete",
          "{\"variables\":{\"appointmentKept\":{\"value\":true},"
              + "\"initialSituation\":{\"value\":\"Befund: Rückfall im Mai\"}}}");
      assertThat(answer.getStatusCode().value()).as(provider.enginePrefix()).isEqualTo(400);
      assertThat(answer.getBody()).contains("Einwilligung", "Ausgangssituation").doesNotContain("Exception:", "org.camunda");
      assertNothingRecorded(referral, task, INITIAL_SITUATION);
    }
  }

  @Test
  void every_content_field_of_every_provider_task_needs_consent_to_contents() {
    ApiCaller provider = ApiCaller.basic(rest, PROVIDER);
    for (Map.Entry<String, List<Field>> task : ReferralRules.CONTENT_FIELDS.entrySet()) {
      for (Field field : task.getValue()) {
        ProcessInstance referral = referral("ATTENDANCE");
        Task open = reach(referral, task.getKey());
        ResponseEntity<String> answer = provider.engine(HttpMethod.POST, "/task/" + open.getId() + "/complete",
            "{\"variables\":{" + keptIfAsked(task.getKey()) + "\"" + field.variable() + "\":{\"value\":"
                + value(field.variable()) + "}}}");
        assertThat(answer.getStatusCode().value()).as(task.getKey() + " " + field.variable()).isEqualTo(400);
        assertThat(answer.getBody()).as(field.variable()).contains(field.label());
        assertNothingRecorded(referral, open, field.variable());
      }
    }
  }

  @Test
  void with_consent_to_contents_the_provider_reports_them() {
    ApiCaller provider = ApiCaller.basic(rest, PROVIDER);
    ProcessInstance referral = referral("CONTENTS");
    Task initial = reach(referral, INITIAL_FEEDBACK);
    assertThat(provider.engine(HttpMethod.POST, "/task/" + initial.getId() + "/complete",
        "{\"variables\":{\"appointmentKept\":{\"value\":true},\"initialSituation\":{\"value\":\"Mietschulden\"}}}")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(runtimeService.getVariable(referral.getId(), INITIAL_SITUATION)).isEqualTo("Mietschulden");
  }

  @Test
  void every_content_field_is_one_of_its_task_s_form_and_hidden_there_without_consent_to_contents() {
    for (Map.Entry<String, List<Field>> task : ReferralRules.CONTENT_FIELDS.entrySet()) {
      String form = read("forms/kel-referral-" + task.getKey().replaceAll("([A-Z])", "-$1").toLowerCase() + ".form");
      for (Field field : task.getValue()) {
        assertThat(form).as(task.getKey()).contains("\"key\": \"" + field.variable() + "\"");
      }
      // every field the form hides without consent to contents is in the list
      java.util.regex.Matcher hidden = java.util.regex.Pattern.compile(
          "\"key\": \"([a-zA-Z]+)\"(?:(?!\"key\")[\\s\\S])*?\"hide\": \"=consentScope != \\\\\"CONTENTS\\\\\"")
          .matcher(form);
      while (hidden.find()) {
        String key = hidden.group(1);
        assertThat(task.getValue().stream().map(Field::variable)).as(task.getKey() + " " + key).contains(key);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String read(String path) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertNothingRecorded(ProcessInstance referral, Task task, String variable) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("Aufgabe bleibt offen").isNotNull();
    assertThat(runtimeService.getVariable(referral.getId(), variable)).as(variable).isNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableName(variable).count()).as(variable + " im Verlauf").isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(referral.getId()).variableUpdates().list()
        .stream().filter(detail -> variable.equals(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()))).isEmpty();
  }

  /** The referral's open task of that kind, the earlier provider tasks done without contents. */
  private Task reach(ProcessInstance referral, String taskKey) {
    for (String step : List.of(INITIAL_FEEDBACK, INTERIM_REPORT, FINAL_REPORT)) {
      Task open = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(step)
          .singleResult();
      assertThat(open).as(step).isNotNull();
      if (step.equals(taskKey)) {
        return open;
      }
      taskService.complete(open.getId(), step.equals(INITIAL_FEEDBACK) ? Map.of(APPOINTMENT_KEPT, true) : Map.of());
    }
    throw new IllegalArgumentException(taskKey);
  }

  private static String keptIfAsked(String taskKey) {
    return taskKey.equals(INITIAL_FEEDBACK) ? "\"appointmentKept\":{\"value\":true}," : "";
  }

  private static String value(String variable) {
    return switch (variable) {
      case FIRST_TREATMENT, PSYCHOSOCIAL_NEEDED, PREVENTION_NEEDED -> "true";
      case NEED_GROUP -> "\"3\"";
      case PLACEMENT -> "\"HOUSING\"";
      default -> "\"Befund: Rückfall im Mai\"";
    };
  }

  private ProcessInstance referral(String scope) {
    String referralId = "RC-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>(Map.of(REFERRAL_ID, referralId, CLIENT_ID, "K-" + referralId,
        CLIENT_NAME, "Erika Muster", BIRTH_DATE, "1980-01-01", SERVICE, "DEBT", PROVIDER_ID, PROVIDER, REASON,
        "Pfändung des Kontos", CONSENT_GIVEN, true, REFERRED_ON, LocalDate.now(Deadlines.BERLIN).toString(),
        CASEWORKER_GROUP, "fallmanagement"));
    variables.put(CONSENT_SCOPE, scope);
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }
}

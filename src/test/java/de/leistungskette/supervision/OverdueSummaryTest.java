package de.leistungskette.supervision;

import static de.leistungskette.EngineClock.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.EngineTest;
import de.leistungskette.referral.ReferralProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The daily summary: what became overdue since the last one, per team, once, as a task or an e-mail. */
@EngineTest
class OverdueSummaryTest {

  @Autowired OverdueSummary summary;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired javax.sql.DataSource dataSource;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void each_morning_the_team_leads_get_what_became_overdue_once_and_can_work_it_off_in_tasklist() {
    // received Mon 5.11.2018: "Unterlagen prüfen" due Wed 7.11.2018, overdue from Thursday on
    now(day(2018, 11, 5, 9));
    String applicationId = "SUM-" + UUID.randomUUID().toString().substring(0, 6);
    runtimeService.startProcessInstanceByKey("qeb-application", Map.of("applicationId", applicationId,
        "customerName", "Erika Übersicht", "receivedOn", "2018-11-05", "channel", "IN_PERSON"));

    now(day(2018, 11, 8, 6));
    managementService.deleteProperty(OverdueSummary.LAST_RUN); // no summary yet (other tests may have run one)
    assertThat(summary.run()).isEqualTo(1);
    Task task = taskService.createTaskQuery().taskCandidateGroup("teamleitung")
        .processInstanceBusinessKey("Tagesübersicht-2018-11-08-Fallkoordination").singleResult();
    assertThat(task.getName()).isEqualTo("Überfällige Fristen (Tagesübersicht)");
    assertThat((String) runtimeService.getVariable(task.getProcessInstanceId(), OverdueSummaryProcess.SUMMARY_TEXT)).contains("Unterlagen prüfen · Vorgang " + applicationId + " · fällig Mi 7.11.2018")
        .contains("nicht übernommen");
    assertThat(task.getDueDate()).isEqualTo(endOf(2018, 11, 8));
    assertThat(summary.run()).as("the same window is reported once, also with a second node").isZero();

    // the next morning: nothing new became overdue
    now(day(2018, 11, 9, 6));
    assertThat(summary.run()).isZero();

    // the team lead reads and completes it through the API Tasklist uses
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("fallkoordination", "demo").getForEntity("/engine-rest/task/" + task.getId(),
        String.class).getStatusCode().value()).as("a team member does not see it").isIn(403, 404);
    assertThat(rest.withBasicAuth("teamleitung", "demo").postForEntity("/engine-rest/task/" + task.getId() + "/claim",
        new HttpEntity<>("{\"userId\":\"teamleitung\"}", json), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(rest.withBasicAuth("teamleitung", "demo").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>("{}", json), String.class).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void with_mail_configured_the_summary_goes_by_e_mail_instead() {
    List<SimpleMailMessage> sent = new ArrayList<>();
    JavaMailSender sender = new JavaMailSenderImpl() {
      @Override
      public void send(SimpleMailMessage... messages) {
        sent.addAll(List.of(messages));
      }
    };
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", sender));
    OverdueSummary byMail = new OverdueSummary(taskService, runtimeService, dataSource, beans.getBeanProvider(JavaMailSender.class),
        "leitung@jobcenter.example, vertretung@jobcenter.example", new TeamNames(new ReferralProperties(List.of())));

    byMail.deliver("Fallkoordination", List.of("- Unterlagen prüfen · Vorgang A-1 · fällig Mi 7.11.2018"),
        LocalDate.of(2018, 11, 8));

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getTo()).containsExactly("leitung@jobcenter.example", "vertretung@jobcenter.example");
    assertThat(sent.get(0).getSubject()).isEqualTo("Überfällige Fristen (Tagesübersicht) Fallkoordination, Do 8.11.2018");
    assertThat(sent.get(0).getText()).contains("Vorgang A-1");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        "Tagesübersicht-2018-11-08-Fallkoordination").count()).as("no task when mailed").isLessThanOrEqualTo(1);
  }
}

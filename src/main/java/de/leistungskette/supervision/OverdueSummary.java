package de.leistungskette.supervision;

import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.TaskDeadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily summary of deadlines that became overdue, per team, for the team leads: an e-mail
 * through Spring Mail when {@code spring.mail.host} and {@code leistungskette.summary.mail-to} are
 * configured, otherwise a Tasklist task "Überfällige Fristen (Tagesübersicht)" for
 * {@code teamleitung} (process {@code overdue-summary}, {@link OverdueSummaryProcess}). Runs every morning (cron {@code leistungskette.summary.cron}, default 6:00 in
 * Germany); with several nodes exactly one sends it (the window is claimed in the database).
 */
@Component
public class OverdueSummary {

  static final String TASK_NAME = "Überfällige Fristen (Tagesübersicht)";
  static final String LAST_RUN = "leistungskette.overdue-summary.last";
  private static final Logger LOG = LoggerFactory.getLogger(OverdueSummary.class);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final ObjectProvider<JavaMailSender> mail;
  private final String mailTo;
  private final TeamNames teams;

  public OverdueSummary(TaskService tasks, RuntimeService runtime, DataSource dataSource, ObjectProvider<JavaMailSender> mail,
      @Value("${leistungskette.summary.mail-to:}") String mailTo, TeamNames teams) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.jdbc = new JdbcTemplate(dataSource);
    this.mail = mail;
    this.mailTo = mailTo;
    this.teams = teams;
  }

  @Scheduled(cron = "${leistungskette.summary.cron:0 0 6 * * *}", zone = "Europe/Berlin")
  public void daily() {
    int teamsReported = run();
    LOG.info("Tagesübersicht überfälliger Fristen: {} Team(s)", teamsReported);
  }

  /** Claims the window since the last summary and reports it; returns how many teams got one. */
  public int run() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant since = claim(now);
    if (since == null) {
      return 0;
    }
    Map<String, List<String>> lines = collect(since, now);
    LocalDate today = TaskDeadlines.today();
    lines.forEach((team, list) -> deliver(team, list, today));
    return lines.size();
  }

  /** Per team (display name): one line per task whose due date passed in [since, now) and that is still open. */
  Map<String, List<String>> collect(Instant since, Instant now) {
    Map<String, List<String>> lines = new TreeMap<>();
    for (Task task : tasks.createTaskQuery().dueAfter(Date.from(since.minusMillis(1))).dueBefore(Date.from(now))
        .orderByDueDate().asc().list()) {
      if (OverdueSummaryProcess.READ_SUMMARY.equals(task.getTaskDefinitionKey())) {
        continue; // a summary of its own is no deadline of a case
      }
      String line = "- " + task.getName() + " · Vorgang " + tasks.getVariableLocal(task.getId(), "caseId") + " · fällig "
          + GermanDates.shortForm(Deadlines.toDate(task.getDueDate(), "Fälligkeit"))
          + (task.getAssignee() == null ? " · nicht übernommen" : " · bearbeitet von " + task.getAssignee());
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          lines.computeIfAbsent(teams.of(link.getGroupId()), key -> new ArrayList<>())
              .add(line);
        }
      }
    }
    return lines;
  }

  void deliver(String team, List<String> lines, LocalDate today) {
    String title = TASK_NAME + " " + team + ", " + GermanDates.shortForm(today);
    String text = "Seit der letzten Übersicht überfällig geworden (" + lines.size() + "):\n" + String.join("\n", lines)
        + "\n\nDie Liste steht in Cockpit (Überfällige Fristen) und in Tasklist (Filter „Überfällig“).";
    JavaMailSender sender = mail.getIfAvailable();
    if (sender != null && !mailTo.isBlank()) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setTo(mailTo.split("\\s*,\\s*"));
      message.setSubject(title);
      message.setText(text);
      sender.send(message);
      return;
    }
    runtime.startProcessInstanceByKey(OverdueSummaryProcess.PROCESS_KEY, "Tagesübersicht-" + today + "-" + team,
        Map.of(OverdueSummaryProcess.TEAM_NAME, team, OverdueSummaryProcess.SUMMARY_TEXT, text,
            OverdueSummaryProcess.SUMMARY_DAY, today.toString()));
  }

  /**
   * The window's start (the last run, or 24 hours back), claimed by compare-and-set on an engine
   * property so that of several nodes only one reports it; null when another node already did.
   */
  private Instant claim(Instant now) {
    List<String> last = jdbc.queryForList("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = ?", String.class, LAST_RUN);
    if (last.isEmpty()) {
      try {
        jdbc.update("INSERT INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES (?, ?, 1)", LAST_RUN, now.toString());
      } catch (DuplicateKeyException e) {
        return null;
      }
      return now.minusSeconds(24 * 3600);
    }
    Instant since = Instant.parse(last.get(0));
    if (!since.isBefore(now)) {
      return null;
    }
    int claimed = jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = ? AND VALUE_ = ?",
        now.toString(), LAST_RUN, last.get(0));
    return claimed == 1 ? since : null;
  }
}

package de.leistungskette.supervision;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Micrometer gauges for operations: open and overdue user tasks per process and team
 * ({@code leistungskette_tasks_open}, {@code leistungskette_tasks_overdue} with tags
 * {@code process}, {@code team}; a task without a candidate group counts under team "–").
 * One grouped query a minute (not per scrape), so a large database costs one index scan.
 */
@Component
public class TaskMetrics {

  static final String QUERY = "SELECT p.KEY_, l.GROUP_ID_, COUNT(*), "
      + "SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) FROM ACT_RU_TASK t "
      + "JOIN ACT_RE_PROCDEF p ON p.ID_ = t.PROC_DEF_ID_ "
      + "LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL "
      + "GROUP BY p.KEY_, l.GROUP_ID_";

  private final JdbcTemplate jdbc;
  private final MultiGauge open;
  private final MultiGauge overdue;

  public TaskMetrics(DataSource dataSource, MeterRegistry registry) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.open = MultiGauge.builder("leistungskette.tasks.open").description("Offene Aufgaben je Prozess und Team")
        .register(registry);
    this.overdue = MultiGauge.builder("leistungskette.tasks.overdue")
        .description("Überfällige Aufgaben je Prozess und Team").register(registry);
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${leistungskette.metrics.refresh:PT1M}")
  public void refresh() {
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    jdbc.query(QUERY, row -> {
      Tags tags = Tags.of("process", row.getString(1), "team", row.getString(2) == null ? "–" : row.getString(2));
      openRows.add(MultiGauge.Row.of(tags, row.getLong(3)));
      overdueRows.add(MultiGauge.Row.of(tags, row.getLong(4)));
    }, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    open.register(openRows, true);
    overdue.register(overdueRows, true);
  }
}

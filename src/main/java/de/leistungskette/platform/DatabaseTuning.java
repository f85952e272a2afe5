package de.leistungskette.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine's schema lacks for a large Jobcenter, added on every start (each statement
 * creates only what is missing, so a restart changes nothing). Measured in docs/benchmarks.md.
 *
 * <ul>
 *   <li>H2 and PostgreSQL: an index on {@code ACT_RU_TASK.PARENT_TASK_ID_}. The engine looks for
 *       subtasks of every task it completes ({@code PARENT_TASK_ID_ = ?}) and has no index on that
 *       column: with 77,000 open tasks PostgreSQL spent half its time scanning the task table.</li>
 *   <li>PostgreSQL: statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}. The engine
 *       filters authorizations by {@code PERMS_ & n = n}; without statistics on that expression
 *       PostgreSQL guesses that 0.5 % of the rows match, while with one grant per open team task
 *       nearly all do, and it picks a plan that compares every variable of a page of tasks with
 *       every grant (200 ms for the variables of one page of 15 tasks, 3 ms with the statistics).
 *       The statistics are used only where the planner sees the values, which
 *       {@link PostgresSessionSettings} ensures.</li>
 *   <li>PostgreSQL: three indexes for a team's queue as Tasklist asks for it (candidate group,
 *       unassigned, sorted by due date, then by creation, newest first; 15 a page; and the count
 *       beside the filter). The engine asks {@code SELECT DISTINCT} over the task table joined with
 *       the identity links; without these indexes PostgreSQL joins and sorts the whole queue for
 *       every page. With them the first pages walk the tasks in due-date order
 *       ({@code LK_IDX_TASK_DUE}) and look each one up in the queue's links
 *       ({@code LK_IDX_IDENT_LNK_QUEUE}: the engine's own {@code ACT_IDX_IDENT_LNK_GROUP} has the
 *       group only, so every match would read its table row for the type and task), stopping after
 *       the page; the count merges the queue's
 *       links with the unassigned tasks without reading a table row
 *       ({@code LK_IDX_TASK_UNASSIGNED}: the columns the engine's count tests, for index-only
 *       scans). Queue of 25,001 among 100,005 open tasks: first page 109 → 13 ms, count
 *       77 → 35 ms ({@code EXPLAIN ANALYZE}, docs/benchmarks.md).</li>
 * </ul>
 */
@Component
public class DatabaseTuning implements SetupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseTuning.class);

  static final List<String> EVERY_DATABASE = List.of(
      "CREATE INDEX IF NOT EXISTS LK_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  /**
   * The queue indexes (see the class description), then the statistics on the permission bits the
   * engine's queries test: READ, READ_TASK, READ_INSTANCE, READ_HISTORY.
   */
  static final List<String> POSTGRESQL = List.of(
      "CREATE INDEX IF NOT EXISTS LK_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC)",
      "CREATE INDEX IF NOT EXISTS LK_IDX_IDENT_LNK_QUEUE ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "CREATE INDEX IF NOT EXISTS LK_IDX_TASK_UNASSIGNED ON ACT_RU_TASK (ID_) INCLUDE (TENANT_ID_, SUSPENSION_STATE_) "
          + "WHERE ASSIGNEE_ IS NULL",
      "CREATE STATISTICS IF NOT EXISTS LK_STAT_AUTH_PERMS ON (PERMS_ & 2), (PERMS_ & 64), (PERMS_ & 512), "
          + "(PERMS_ & 4096) FROM ACT_RU_AUTHORIZATION",
      "ANALYZE ACT_RU_AUTHORIZATION");

  private final DataSource dataSource;

  public DatabaseTuning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public int order() {
    return DATABASE;
  }

  @Override
  public void apply() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      for (String sql : EVERY_DATABASE) {
        statement.execute(sql);
      }
      if (postgres) {
        for (String sql : POSTGRESQL) {
          statement.execute(sql);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Leistungskette startet nicht: Indizes und Statistiken der Datenbank konnten "
          + "nicht angelegt werden (" + e.getMessage() + ").", e);
    }
    LOG.debug("Database tuning applied");
  }
}

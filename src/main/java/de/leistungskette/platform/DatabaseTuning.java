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
 * </ul>
 */
@Component
public class DatabaseTuning implements SetupStep {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseTuning.class);

  static final List<String> EVERY_DATABASE = List.of(
      "CREATE INDEX IF NOT EXISTS LK_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  /** The permission bits the engine's queries test: READ, READ_TASK, READ_INSTANCE, READ_HISTORY. */
  static final List<String> POSTGRESQL = List.of(
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

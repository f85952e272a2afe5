package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.leistungskette.EngineTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indexes {@link DatabaseTuning} adds: present after start-up, unchanged by a second start, and
 * (PostgreSQL) usable by the queries they are for. Whether PostgreSQL prefers them to a scan
 * depends on the size of the tables; that is measured in the benchmark (docs/benchmarks.md), here
 * the scans are switched off so that only a usable index can answer.
 */
@EngineTest
class DatabaseTuningTest {

  /** A team's queue counted as the engine (7.24, Task.xml) writes it for Tasklist's filter count. */
  static final String QUEUE_COUNT = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM ACT_RU_TASK RES "
      + "LEFT JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = RES.ID_ WHERE (1 = 1 AND (RES.ASSIGNEE_ IS NULL "
      + "AND I.TYPE_ = 'candidate' AND (I.GROUP_ID_ IN ('fallkoordination'))) AND RES.TENANT_ID_ IS NULL "
      + "AND RES.SUSPENSION_STATE_ = 1)) countDistinct";

  @Autowired DataSource dataSource;
  @Autowired DatabaseTuning tuning;

  @Test
  void a_second_start_keeps_the_indexes_and_adds_none() throws SQLException {
    List<String> before = indexes();
    tuning.apply();

    assertThat(indexes()).isEqualTo(before);
    if (postgres()) {
      assertThat(before).contains("lk_idx_task_parent", "lk_idx_task_due", "lk_idx_ident_lnk_queue",
          "lk_idx_task_unassigned");
    } else {
      assertThat(before).contains("lk_idx_task_parent").doesNotContain("lk_idx_task_due");
    }
  }

  @Test
  void the_queue_count_is_answered_from_the_indexes_alone() throws SQLException {
    assumeTrue(postgres(), "PostgreSQL only");
    String plan = explain(QUEUE_COUNT);

    assertThat(plan).contains("Index Only Scan using lk_idx_task_unassigned",
        "Index Only Scan using lk_idx_ident_lnk_queue");
  }

  @Test
  void the_tasks_can_be_read_in_the_order_tasklist_asks_for() throws SQLException {
    assumeTrue(postgres(), "PostgreSQL only");
    // the filters sort by due date; Tasklist adds its own sort, by creation, newest first
    String plan = explain("SELECT RES.ID_ FROM ACT_RU_TASK RES ORDER BY RES.DUE_DATE_ ASC, RES.CREATE_TIME_ DESC "
        + "LIMIT 15");

    assertThat(plan).contains("Index Scan using lk_idx_task_due").doesNotContain("Sort");
  }

  private String explain(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        statement.execute("SET LOCAL enable_seqscan = off");
        statement.execute("SET LOCAL enable_bitmapscan = off");
        statement.execute("SET LOCAL enable_sort = off");
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
        return plan.toString();
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private List<String> indexes() throws SQLException {
    String sql = postgres()
        ? "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'lk_idx_%' ORDER BY indexname"
        : "SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME LIKE 'LK_IDX_%' "
            + "ORDER BY INDEX_NAME";
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private boolean postgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }
}

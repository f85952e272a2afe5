package de.leistungskette;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run (profile {@code postgres-test}) the engine tests are skipped, with a
 * reason, when no PostgreSQL server answers; on H2 this condition never applies. CI starts the
 * local server first, so there they always run.
 *
 * <p>When the server answers, its schema {@code public} is emptied once per run, before the
 * first application context starts, so every run begins on an empty database. That is why the
 * test database must be one for tests only (default: the local database {@code test}).
 * (Camunda's own "drop-create" cannot be used: on PostgreSQL the failed drop of absent tables
 * aborts the transaction the create then runs in.)
 */
public class PostgresAvailability implements ExecutionCondition {

  private static Boolean reachable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String profiles = System.getProperty("spring.profiles.active", "");
    if (!profiles.contains("postgres-test")) {
      return ConditionEvaluationResult.enabled("H2");
    }
    return isReachable()
        ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
        : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + url());
  }

  private static synchronized boolean isReachable() {
    if (reachable == null) {
      String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
      String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
      DriverManager.setLoginTimeout(5);
      try (Connection connection = DriverManager.getConnection(url(), user, password);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
        statement.execute("CREATE SCHEMA public");
        reachable = true;
      } catch (SQLException e) {
        reachable = false;
      }
    }
    return reachable;
  }

  private static String url() {
    return System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }
}

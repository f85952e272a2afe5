package de.leistungskette.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's PostgreSQL database ({@code leistungskette_benchmark} on the server of
 * TEST_DB_URL, default the local server), created afresh for each part of the suite.
 */
final class Database {

  /** Work counters of the database since the server started (pg_stat_database). */
  record Counters(long commits, long inserted, long updated, long deleted, long fetched) {
    Counters minus(Counters before) {
      return new Counters(commits - before.commits, inserted - before.inserted, updated - before.updated,
          deleted - before.deleted, fetched - before.fetched);
    }
  }

  private final String serverUrl;
  private final String name;

  Database(String name) {
    this.serverUrl = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    this.name = name;
  }

  String url() {
    return serverUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
  }

  String user() {
    return System.getenv().getOrDefault("TEST_DB_USER", "postgres");
  }

  String password() {
    return System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
  }

  void recreate() throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /** Counters of this database; the statistics collector is asked for a fresh snapshot. */
  Counters counters() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet row = statement.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted, "
          + "tup_fetched FROM pg_stat_database WHERE datname = current_database()")) {
        row.next();
        return new Counters(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
      }
    }
  }

  long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Copies a running case {@code copies} times (src/test/resources/benchmark/clone-cases.sql). */
  void cloneCase(String processInstanceId, int copies, int first) throws SQLException, IOException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      try (InputStream sql = Database.class.getResourceAsStream("/benchmark/clone-cases.sql")) {
        statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
      }
      int chunk = 5_000;
      for (int done = 0; done < copies; done += chunk) {
        try (PreparedStatement clone = connection.prepareStatement("SELECT lk_bench_clone(?, ?, ?)")) {
          clone.setString(1, processInstanceId);
          clone.setInt(2, Math.min(chunk, copies - done));
          clone.setInt(3, first + done);
          clone.execute();
        }
      }
      // as autovacuum leaves a table after a bulk insert: statistics and the visibility map (index-only scans)
      statement.execute("VACUUM ANALYZE");
    }
  }
}

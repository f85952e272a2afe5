package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.leistungskette.LeistungsketteApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Production mode on PostgreSQL keeps every acknowledged piece of work through a crash: the
 * application runs in a JVM of its own, four clients start cases and complete their first task
 * through {@code /engine-rest}, the JVM is killed with SIGKILL ({@code kill -9}) in the middle of
 * that work, the application is started again on the same database, and every start answered 200
 * and every completion answered 204 before the kill is found there.
 *
 * <p>Runs in the surefire execution "production-mode" against a database of its own
 * ({@code leistungskette_durability}, created afresh on the PostgreSQL server of TEST_DB_URL);
 * skipped when no server answers.
 */
class DurabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "verwaltung";
  private static final String PASSWORD = "Sicher-2026-Fristen!";
  private static final String DATABASE = "leistungskette_durability";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

  @Test
  void every_acknowledged_start_and_completion_survives_kill_minus_9() throws Exception {
    String serverUrl = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String databaseUrl = serverUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);
    assumeTrue(recreateDatabase(serverUrl), "PostgreSQL not reachable at " + serverUrl);

    int port = freePort();
    Process application = startApplication(databaseUrl, port);
    Queue<String> started = new ConcurrentLinkedQueue<>();
    Queue<String> completed = new ConcurrentLinkedQueue<>();
    try {
      awaitReady(port, application);

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger sequence = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      for (int c = 0; c < 4; c++) {
        clients.submit(() -> {
          while (running.get()) {
            try {
              String id = "DUR-" + sequence.incrementAndGet();
              HttpResponse<String> start = post(port, "/process-definition/key/qeb-application/start",
                  "{\"variables\":{\"applicationId\":{\"value\":\"" + id + "\"},\"customerName\":{\"value\":\"Erika\"},"
                      + "\"receivedOn\":{\"value\":\"" + today + "\"},\"channel\":{\"value\":\"IN_PERSON\"}}}");
              if (start.statusCode() != 200) {
                continue;
              }
              started.add(id);
              String instance = JSON.readTree(start.body()).get("id").asText();
              JsonNode tasks = JSON.readTree(get(port, "/task?processInstanceId=" + instance).body());
              String task = tasks.get(0).get("id").asText();
              HttpResponse<String> complete = post(port, "/task/" + task + "/complete",
                  "{\"variables\":{\"documentsStatus\":{\"value\":\"COMPLETE\"},\"appointmentNeeded\":{\"value\":false}}}");
              if (complete.statusCode() == 204) {
                completed.add(task);
              }
            } catch (IOException | RuntimeException e) {
              // the server is gone (killed): nothing was acknowledged for this request
            } catch (InterruptedException e) {
              return;
            }
          }
        });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (completed.size() < 60 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      // kill -9 while the clients are still sending
      application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      running.set(false);
      clients.shutdownNow();
      clients.awaitTermination(30, TimeUnit.SECONDS);
    } finally {
      application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(completed).as("work done before the kill").hasSizeGreaterThanOrEqualTo(20);
    System.out.printf("DurabilityTest: kill -9 after %d acknowledged starts and %d acknowledged completions%n",
        started.size(), completed.size());

    Process restarted = startApplication(databaseUrl, port);
    try {
      awaitReady(port, restarted);
      List<String> lostStarts = new ArrayList<>();
      for (String id : started) {
        if (JSON.readTree(get(port, "/history/process-instance?processInstanceBusinessKey=" + id).body()).size() != 1) {
          lostStarts.add(id);
        }
      }
      List<String> lostCompletions = new ArrayList<>();
      for (String task : completed) {
        JsonNode history = JSON.readTree(get(port, "/history/task?taskId=" + task).body());
        if (history.size() != 1 || history.get(0).get("endTime").isNull()) {
          lostCompletions.add(task);
        }
      }
      assertThat(lostStarts).as("acknowledged starts missing after the crash (of %d)", started.size()).isEmpty();
      assertThat(lostCompletions).as("acknowledged completions missing after the crash (of %d)", completed.size())
          .isEmpty();
    } finally {
      restarted.destroy();
      restarted.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static boolean recreateDatabase(String serverUrl) {
    String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static Process startApplication(String databaseUrl, int port) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = List.of(java, "-Xmx512m", "-Duser.timezone=UTC", "-cp", classpath,
        LeistungsketteApplication.class.getName(),
        "--server.port=" + port,
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=" + System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
        "--spring.datasource.password=" + System.getenv().getOrDefault("TEST_DB_PASSWORD", ""),
        "--spring.datasource.driver-class-name=org.postgresql.Driver",
        "--leistungskette.demo=false",
        "--leistungskette.admin.user=" + ADMIN,
        "--leistungskette.admin.password=" + PASSWORD,
        "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=WARN");
    File log = new File("target/durability-" + port + "-" + System.nanoTime() + ".log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  private void awaitReady(int port, Process application) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(application.isAlive()).as("application process alive (see target/durability-*.log)").isTrue();
      try {
        if (get(port, "/engine").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("application did not start within 120 s");
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String body) throws IOException, InterruptedException {
    return http.send(request(port, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(int port, String path) {
    String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest" + path))
        .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + credentials);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

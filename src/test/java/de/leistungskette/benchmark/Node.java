package de.leistungskette.benchmark;

import de.leistungskette.LeistungsketteApplication;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of Leistungskette in a JVM of its own, in production mode (no demo users, password
 * policy, administrator from the settings) on a PostgreSQL database, its job executor on.
 */
final class Node implements AutoCloseable {

  static final String ADMIN = "verwaltung";
  static final String PASSWORD = "Sicher-2026-Fristen!";

  final int port;
  final Process process;
  final long startedAt;
  final Rest admin;
  long readyAfterMillis = -1;

  private Node(int port, Process process, long startedAt) {
    this.port = port;
    this.process = process;
    this.startedAt = startedAt;
    this.admin = new Rest(port, ADMIN, PASSWORD);
  }

  /** Starts a node and waits until its REST API answers. */
  static Node start(Database database, int port, String name, List<String> settings) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Duser.timezone=UTC",
        "-cp", System.getProperty("java.class.path"), LeistungsketteApplication.class.getName()));
    command.addAll(arguments(database, port));
    command.addAll(settings);
    Path log = Path.of("target", "benchmarks", name + ".log");
    Files.createDirectories(log.getParent());
    long began = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Node node = new Node(port, process, began);
    node.awaitReady(log);
    return node;
  }

  /** The application's arguments: production mode on the database, plus benchmark.node-settings. */
  static List<String> arguments(Database database, int port) {
    List<String> arguments = new ArrayList<>(List.of(
        // the application's own settings only (not the tests' config/application.yaml, which
        // switches the job executor off)
        "--spring.config.location=classpath:/application.yaml",
        "--server.port=" + port,
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--spring.datasource.driver-class-name=org.postgresql.Driver",
        "--leistungskette.demo=false",
        "--leistungskette.admin.user=" + ADMIN,
        "--leistungskette.admin.password=" + PASSWORD,
        "--logging.level.root=WARN"));
    String extra = System.getProperty("benchmark.node-settings", "").trim();
    if (!extra.isEmpty()) {
      arguments.addAll(List.of(extra.split("\\s+")));
    }
    return arguments;
  }

  private void awaitReady(Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node on port " + port + " ended; see " + log);
      }
      try {
        if (admin.get("/engine").status() == 200) {
          readyAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Node on port " + port + " did not start within 240 s; see " + log);
  }

  /** Resident memory of the node's JVM in MiB (Linux /proc). */
  long residentMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    return -1;
  }

  /** Heap in use in MiB, from the node's Prometheus metrics. */
  long heapUsedMegabytes() throws Exception {
    String metrics = admin.getFromRoot("/actuator/prometheus").body();
    double bytes = 0;
    for (String line : metrics.split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Math.round(bytes / 1024 / 1024);
  }

  /** kill -9. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }
}

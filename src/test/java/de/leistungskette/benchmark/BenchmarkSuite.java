package de.leistungskette.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.deadline.DeadlineBenchmark;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Leistungskette's benchmark suite, not a test: {@code ./mvnw -Pbenchmark verify} (README,
 * docs/benchmarks.md). Starts the application in production mode on PostgreSQL in JVMs of its own
 * and measures, each against a bare model with the same wait states in the same engine, rounds
 * interleaved: case throughput of every process's main path through {@code /engine-rest} and
 * through the Java API, commits and rows per case, the timer storm, the queue queries of a team
 * member with 100,000 open tasks (and the queue in Tasklist in headless Chromium), start-up time and
 * memory, where a process's difference to its bare model lies (its data or the rest), two nodes on
 * one database (storm and {@code kill -9}), and the Fristenrechner. The results are written to
 * {@code target/benchmarks/results.md}.
 *
 * <p>Settings (system properties): {@code benchmark.parts} (default all:
 * throughput,storm,queue,java,data,cluster,deadline), {@code benchmark.rounds} (5), {@code benchmark.cases}
 * per round (100), {@code benchmark.storms} (2000,10000), {@code benchmark.queue} (100000),
 * {@code benchmark.requests} per query (50), {@code benchmark.storm-rounds} (3,1: storms of each model per
 * storm size).
 */
public final class BenchmarkSuite {

  private static final int CLIENTS = 4;
  private static final int COST_CASES = 50;
  private static final long STATISTICS_DELAY_MILLIS = 11_000;
  /** Timers of the untimed storm of each model before the timed ones. */
  private static final int WARM_STORM = 500;
  private static final String WORKER_PASSWORD = "Bench-2026-Arbeit!";
  /** What Tasklist (7.24) posts for a filter's page (cam-tasklist-view-ctrl.js); the page is in the address. */
  private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  private final Set<String> parts = Set.of(System.getProperty("benchmark.parts",
      "throughput,storm,queue,java,data,cluster,deadline").split(","));
  private final int rounds = Integer.getInteger("benchmark.rounds", 5);
  private final int casesPerRound = Integer.getInteger("benchmark.cases", 100);
  private final int[] storms = Arrays.stream(System.getProperty("benchmark.storms", "2000,10000").split(","))
      .mapToInt(Integer::parseInt).toArray();
  /** Storms of each model per size in {@link #storms} (the last number for any further size). */
  private final int[] stormRounds = Arrays.stream(System.getProperty("benchmark.storm-rounds", "3,1").split(","))
      .mapToInt(Integer::parseInt).toArray();
  private final int queueSize = Integer.getInteger("benchmark.queue", 100_000);
  private final int requests = Integer.getInteger("benchmark.requests", 50);
  private final Report report = new Report();
  private final Database database = new Database("leistungskette_benchmark");

  public static void main(String[] args) throws Exception {
    new BenchmarkSuite().run();
    System.exit(0);
  }

  private void run() throws Exception {
    report.header();
    if (parts.contains("deadline")) {
      // first, while this JVM and the machine are quiet (no node, no application context yet)
      report.section("Fristenrechner (one thread, in the benchmark's JVM)");
      report.captureOutput(() -> DeadlineBenchmark.main(new String[0]));
    }
    if (parts.contains("throughput") || parts.contains("storm") || parts.contains("queue")) {
      database.recreate();
      try (Node node = Node.start(database, freePort(), "node-1", List.of())) {
        report.line("Start-up on an empty database: %,d ms until the REST API answers; resident memory %,d MiB, "
            + "heap in use %,d MiB.", node.readyAfterMillis, node.residentMegabytes(), node.heapUsedMegabytes());
        List<Scenario> scenarios = Scenarios.all();
        prepare(node.admin, scenarios);
        if (parts.contains("throughput")) {
          throughput(node, scenarios, "Case throughput (empty database)");
        }
        if (parts.contains("storm")) {
          storms(node);
        }
        if (parts.contains("queue")) {
          queue(node, scenarios);
          if (parts.contains("throughput")) {
            throughput(node, List.of(scenarios.get(0)), "Case throughput with " + queueSize + " open tasks");
          }
          report.line("After the queue: resident memory %,d MiB, heap in use %,d MiB.", node.residentMegabytes(),
              node.heapUsedMegabytes());
        }
      }
      if (parts.contains("queue")) {
        try (Node restarted = Node.start(database, freePort(), "node-1-restart", List.of())) {
          report.line("Start-up with %,d open tasks in the database: %,d ms; resident memory %,d MiB.", queueSize,
              restarted.readyAfterMillis, restarted.residentMegabytes());
        }
      }
    }
    if (parts.contains("java")) {
      javaApi();
    }
    if (parts.contains("data")) {
      caseData();
    }
    if (parts.contains("cluster")) {
      cluster();
    }
    Path out = report.write();
    System.out.println("Results: " + out.toAbsolutePath());
  }

  // ---------------------------------------------------------------- set-up

  private void prepare(Rest admin, List<Scenario> scenarios) throws Exception {
    for (Scenario scenario : scenarios) {
      admin.deploy("benchmark-" + scenario.bareKey(), scenario.bareKey() + ".bpmn", scenario.bareXml())
          .expect(200, "deploy " + scenario.bareKey());
      createUser(admin, worker(scenario), scenario.groups());
      // the bare model is started by the same worker: the same permission as for the process
      for (String group : scenario.groups()) {
        grant(admin, group, 6, scenario.bareKey(), List.of("READ", "CREATE_INSTANCE"));
      }
    }
    admin.deploy("benchmark-bare-timer", "bare-timer.bpmn", bareTimer()).expect(200, "deploy bare-timer");
    grant(admin, "fallkoordination", 6, "bare-timer", List.of("READ", "CREATE_INSTANCE"));
    createUser(admin, "bench.fallkoordination", Set.of("fallkoordination"));
  }

  static String worker(Scenario scenario) {
    return "bench." + scenario.processKey();
  }

  private static void createUser(Rest admin, String user, Set<String> groups) throws Exception {
    admin.post("/user/create", "{\"profile\": {\"id\": \"" + user + "\", \"firstName\": \"Benchmark\", "
        + "\"lastName\": \"" + user + "\", \"email\": \"" + user + "@example.org\"}, \"credentials\": {\"password\": \""
        + WORKER_PASSWORD + "\"}}").expect(204, "create user " + user);
    for (String group : groups) {
      admin.put("/group/" + group + "/members/" + user, "{}").expect(204, "membership " + group);
    }
  }

  private static void grant(Rest admin, String group, int resourceType, String resourceId, List<String> permissions)
      throws Exception {
    admin.post("/authorization/create", "{\"type\": 1, \"permissions\": " + Rest.JSON.writeValueAsString(permissions)
        + ", \"groupId\": \"" + group + "\", \"resourceType\": " + resourceType + ", \"resourceId\": \"" + resourceId
        + "\"}").expect(200, "grant " + group + " " + resourceId);
  }

  // ---------------------------------------------------------------- throughput

  private void throughput(Node node, List<Scenario> scenarios, String title) throws Exception {
    throughput(scenario -> new Scenario.RestDriver(new Rest(node.port, worker(scenario), WORKER_PASSWORD)), scenarios,
        title, "requests");
  }

  private void throughput(Function<Scenario, Scenario.Driver> drivers, List<Scenario> scenarios, String title,
      String calls) throws Exception {
    report.section(title + ": " + CLIENTS + " clients, " + casesPerRound + " cases per round, " + rounds
        + " rounds each, interleaved with the bare model");
    report.row("process", "cases/s (median, min–max)", "bare model cases/s", "ratio", "commits/case (bare)",
        "rows inserted/case (bare)", calls + "/case", "commits/" + calls.replaceAll("s$", "") + " (bare)");
    for (Scenario scenario : scenarios) {
      Scenario.Driver worker = drivers.apply(scenario);
      // one untimed round of each first: a node runs for days, the figures are for a warm JVM
      // (with 10 cases the first timed rounds still ran interpreted code: QEB 9.0-19.3 cases/s
      // within one run, and 21 cases/s later in the same run with 100,000 open tasks)
      cases(worker, scenario, false, casesPerRound);
      cases(worker, scenario, true, casesPerRound);
      List<Double> ours = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        boolean bareFirst = round % 2 == 1;
        for (boolean isBare : bareFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
          long began = System.nanoTime();
          cases(worker, scenario, isBare, casesPerRound);
          (isBare ? bare : ours).add(casesPerRound / ((System.nanoTime() - began) / 1e9));
        }
      }
      double[] oursCost = cost(worker, scenario, false);
      double[] bareCost = cost(worker, scenario, true);
      report.row(scenario.processKey(), Report.spread(ours), Report.spread(bare),
          Report.format(Report.median(ours) / Report.median(bare), "%.2f ×"),
          Report.format(oursCost[0], "%.1f") + " (" + Report.format(bareCost[0], "%.1f") + ")",
          Report.format(oursCost[1], "%.0f") + " (" + Report.format(bareCost[1], "%.0f") + ")",
          Report.format(oursCost[2], "%.1f"),
          Report.format(oursCost[0] / oursCost[2], "%.2f") + " (" + Report.format(bareCost[0] / bareCost[2], "%.2f") + ")");
    }
  }

  /**
   * Commits, rows inserted and calls per case, over {@link #COST_CASES} cases. PostgreSQL
   * counts a connection's work in its statistics only when the connection has been idle for
   * 10 s at the latest (PGSTAT_IDLE_INTERVAL), so the counters are read after a pause, outside
   * the timed rounds.
   */
  private double[] cost(Scenario.Driver worker, Scenario scenario, boolean bare) throws Exception {
    Thread.sleep(STATISTICS_DELAY_MILLIS);
    Database.Counters before = database.counters();
    int sent = cases(worker, scenario, bare, COST_CASES);
    Thread.sleep(STATISTICS_DELAY_MILLIS);
    Database.Counters used = database.counters().minus(before);
    return new double[] {used.commits() / (double) COST_CASES, used.inserted() / (double) COST_CASES,
        sent / (double) COST_CASES};
  }

  /** Works {@code count} cases with {@link #CLIENTS} clients; returns the calls sent. */
  private static int cases(Scenario.Driver worker, Scenario scenario, boolean bare, int count) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger sent = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      done.add(clients.submit(() -> {
        while (left.getAndDecrement() > 0) {
          sent.addAndGet(scenario.run(worker, bare).calls());
        }
        return null;
      }));
    }
    try {
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return sent.get();
  }

  /**
   * The same main paths through the engine's Java API, in this JVM (no HTTP, no login, no guard):
   * what the processes cost the engine itself, against the bare models.
   */
  private void javaApi() throws Exception {
    database.recreate();
    try (JavaApi application = JavaApi.start(database, freePort())) {
      List<Scenario> scenarios = Scenarios.all();
      prepare(application.admin, scenarios);
      throughput(scenario -> application.driver(worker(scenario), scenario.groups()), scenarios,
          "Case throughput through the Java API (empty database, the application in the benchmark's JVM)", "calls");
    }
  }

  /**
   * Where the difference to the bare model lies: a third model, the bare model carrying the data
   * of one of our cases (its case variables with their last values given at the start, the
   * variables our process puts on each task set there by an expression listener), is worked beside
   * ours and the bare one, rounds interleaved, through the Java API. Ours against it is what our
   * code and the model's further elements (gateways, listeners, the Fristenrechner, the deadlines)
   * cost; it against the bare model is what the data costs the engine. Not for processes that
   * call others (the intake: the called case's data would be missing).
   */
  private void caseData() throws Exception {
    database.recreate();
    try (JavaApi application = JavaApi.start(database, freePort())) {
      List<Scenario> scenarios = Scenarios.all().stream().filter(s -> s.calledKeySuffixes().isEmpty()).toList();
      prepare(application.admin, scenarios);
      report.section("Where the difference lies (Java API, empty database): " + CLIENTS + " clients, " + casesPerRound
          + " cases per round, " + rounds + " rounds each, our process, the bare model with our case's data and "
          + "the bare model interleaved");
      report.row("process", "ours cases/s", "bare model with our data cases/s", "bare model cases/s",
          "ours / with data", "with data / bare", "variables per case (ours = with data / bare)",
          "rows inserted/case: ours / with data / bare");
      for (Scenario scenario : scenarios) {
        Scenario.Driver worker = application.driver(worker(scenario), scenario.groups());
        JavaApi.CaseData data = application.caseData(scenario.run(worker, false).businessKey());
        // what the bare model is given anyway: the start's and the steps' variables
        Set<String> given = new TreeSet<>(scenario.start().apply("X").keySet());
        scenario.steps().values().forEach(step -> given.addAll(step.keySet()));
        Map<String, Object> more = new LinkedHashMap<>(data.caseVariables());
        more.keySet().removeAll(given);
        String key = "data-" + scenario.processKey();
        application.admin.deploy("benchmark-" + key, key + ".bpmn",
            BareModels.withTaskVariables(scenario.bareXml(), key, data.taskVariables())).expect(200, "deploy " + key);
        for (String group : scenario.groups()) {
          grant(application.admin, group, 6, key, List.of("READ", "CREATE_INSTANCE"));
        }
        Scenario withData = scenario.withModel(key, null, more);
        JavaApi.CaseData check = application.caseData(withData.run(worker, false).businessKey());
        List<Scenario> models = List.of(scenario, withData, scenario);
        List<Boolean> bare = List.of(false, false, true);
        for (int model = 0; model < 3; model++) {
          cases(worker, models.get(model), bare.get(model), casesPerRound); // untimed: a warm JVM
        }
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
          for (int turn = 0; turn < 3; turn++) {
            int model = (round + turn) % 3;
            long began = System.nanoTime();
            cases(worker, models.get(model), bare.get(model), casesPerRound);
            rates.get(model).add(casesPerRound / ((System.nanoTime() - began) / 1e9));
          }
        }
        double[] rows = new double[3];
        for (int model = 0; model < 3; model++) {
          rows[model] = cost(worker, models.get(model), bare.get(model))[1];
        }
        report.row(scenario.processKey(), Report.spread(rates.get(0)), Report.spread(rates.get(1)),
            Report.spread(rates.get(2)),
            Report.format(Report.median(rates.get(0)) / Report.median(rates.get(1)), "%.2f ×"),
            Report.format(Report.median(rates.get(1)) / Report.median(rates.get(2)), "%.2f ×"),
            count(data) + " = " + count(check) + " / " + given.size(),
            Report.format(rows[0], "%.0f") + " / " + Report.format(rows[1], "%.0f") + " / "
                + Report.format(rows[2], "%.0f"));
        if (count(data) != count(check)) {
          report.line("%s: variables of our case not in the case with our data: %s; the other way round: %s",
              scenario.processKey(), names(data, check), names(check, data));
        }
      }
    }
  }

  /** The variables of {@code data} ("name" on the case, "task/name" on a task) that {@code other} lacks. */
  private static Set<String> names(JavaApi.CaseData data, JavaApi.CaseData other) {
    Set<String> names = new TreeSet<>(data.caseVariables().keySet());
    names.removeAll(other.caseVariables().keySet());
    data.taskVariables().forEach((task, variables) -> variables.keySet().stream()
        .filter(name -> !other.taskVariables().getOrDefault(task, Map.of()).containsKey(name))
        .forEach(name -> names.add(task + "/" + name)));
    return names;
  }

  private static int count(JavaApi.CaseData data) {
    return data.caseVariables().size() + data.taskVariables().values().stream().mapToInt(Map::size).sum();
  }

  // ---------------------------------------------------------------- timer storm

  /**
   * A model for the storm: its key, its name in the results, and the variables its cases start
   * with (JSON as the REST API takes them; null: the four of a postal application, as the worker
   * sends them).
   */
  record StormModel(String key, String label, String startVariables) {
    static final StormModel OURS = new StormModel("qeb-application", "qeb-application", null);
    static final StormModel BARE = new StormModel("bare-timer", "bare model", null);
  }

  /** A case of {@code model} (postal application, invitation posted), waiting at its timer. */
  private static String waitingAtTimer(Node node, StormModel model) throws Exception {
    // the worker starts with the start form's fields; the case with our data has more than the
    // request guard lets a worker send, so the administrator starts and invites it
    Rest starter = model.startVariables() == null ? new Rest(node.port, "bench.qeb-application", WORKER_PASSWORD)
        : node.admin;
    String key = "T" + System.nanoTime();
    String variables = model.startVariables() != null ? model.startVariables()
        : "{\"applicationId\": {\"value\": \"" + key + "\"}, \"customerName\": {\"value\": \"Erika Mustermann\"}, "
            + "\"receivedOn\": {\"value\": \"" + Scenarios.today() + "\"}, \"channel\": {\"value\": \"POST\"}}";
    JsonNode started = starter.post("/process-definition/key/" + model.key() + "/start",
        "{\"businessKey\": \"" + key + "\", \"variables\": " + variables + "}").expect(200, "storm start").json();
    String instance = started.path("id").asText();
    JsonNode task = starter.get("/task?processInstanceId=" + instance).expect(200, "storm task").json().get(0);
    starter.post("/task/" + task.path("id").asText() + "/complete", "{\"variables\": {}}").expect(204, "invite");
    return instance;
  }

  /**
   * The storms of {@link #storms} timers for our QEB, for the bare model carrying the data of our
   * case and for the bare model, in this order, after an untimed storm of each (a warm JVM): what a
   * fired deadline costs, and how much of it is the data.
   */
  private void storms(Node node) throws Exception {
    StormModel withData = withOurData(node);
    List<StormModel> models = List.of(StormModel.OURS, withData, StormModel.BARE);
    for (StormModel model : models) {
      storm(List.of(node), WARM_STORM, model, null, false);
    }
    for (int s = 0; s < storms.length; s++) {
      storm(node, storms[s], stormRounds[Math.min(s, stormRounds.length - 1)], models);
    }
  }

  /** {@code rounds} storms of {@code size} timers of each model, the order rotated from round to round. */
  private void storm(Node node, int size, int rounds, List<StormModel> models) throws Exception {
    report.section("Timer storm: " + size + " already-due deadline timers (QEB invitation deadline), one node, "
        + rounds + (rounds == 1 ? " storm" : " storms") + " of each model");
    report.row("model", "timers/s (median, min–max)", "rows inserted per timer", "variables per case",
        "next tasks created", "cases with two", "failed jobs");
    List<List<StormResult>> results = models.stream().map(model -> new ArrayList<StormResult>())
        .collect(Collectors.toList());
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < models.size(); turn++) {
        int model = (round + turn) % models.size();
        results.get(model).add(storm(List.of(node), size, models.get(model), null, true));
      }
    }
    double[] medians = new double[models.size()];
    for (int model = 0; model < models.size(); model++) {
      List<StormResult> runs = results.get(model);
      List<Double> rates = runs.stream().map(run -> size / run.seconds()).toList();
      medians[model] = Report.median(rates);
      report.row(models.get(model).label(), Report.spread(rates, "%.0f"),
          Report.format(runs.stream().mapToDouble(StormResult::insertedPerTimer).average().orElse(0), "%.0f"),
          String.valueOf(runs.get(0).variables()), sum(runs, StormResult::created) + " of " + size * runs.size(),
          String.valueOf(sum(runs, StormResult::duplicated)), String.valueOf(sum(runs, StormResult::failed)));
    }
    report.line("Ratios of timers/s (medians): ours / bare model with our data %.2f ×, bare model with our data / "
        + "bare model %.2f ×, ours / bare model %.2f ×.", medians[0] / medians[1], medians[1] / medians[2],
        medians[0] / medians[2]);
  }

  private static long sum(List<StormResult> runs, ToLongFunction<StormResult> count) {
    return runs.stream().mapToLong(count).sum();
  }

  /**
   * The bare storm model carrying the data of one of our cases, deployed: it starts with the case
   * variables our case holds while it waits at the timer; when its timer fires, it sets the case
   * variables ours sets then (new or changed), and its "Unterlagen prüfen" gets the variables our
   * process puts on that task, each by an expression listener.
   */
  private StormModel withOurData(Node node) throws Exception {
    String sample = waitingAtTimer(node, StormModel.OURS);
    JsonNode waiting = caseVariables(node, sample);
    fire(sample, "the sample case's timer", null);
    Map<String, Object> set = values(caseVariables(node, sample));
    set.entrySet().removeIf(variable -> Rest.JSON.convertValue(variable.getValue(), JsonNode.class)
        .equals(waiting.path(variable.getKey()).path("value")));
    JsonNode task = node.admin.get("/task?processInstanceId=" + sample).expect(200, "storm case task").json().get(0);
    Map<String, Object> taskVariables = values(node.admin.get("/task/" + task.path("id").asText()
        + "/localVariables").expect(200, "storm task variables").json());
    String key = "data-bare-timer";
    String xml = BareModels.withTaskVariables(bareTimer(), key,
        Map.of(task.path("taskDefinitionKey").asText(), taskVariables));
    node.admin.deploy("benchmark-" + key, key + ".bpmn",
        BareModels.withVariablesAfter(xml, "invitationDeadlinePassed", set)).expect(200, "deploy " + key);
    return new StormModel(key, "bare model with our data", waiting.toString());
  }

  /** The plain values of variables as the REST API gives them ({"name": {"value": …, "type": …}}). */
  private static Map<String, Object> values(JsonNode variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    variables.fields().forEachRemaining(variable -> values.put(variable.getKey(),
        Rest.JSON.convertValue(variable.getValue().path("value"), Object.class)));
    return values;
  }

  private static JsonNode caseVariables(Node node, String instance) throws Exception {
    return node.admin.get("/process-instance/" + instance + "/variables?deserializeValues=false")
        .expect(200, "storm case variables").json();
  }

  /** The storm's bare model: the invitation, the timer of its deadline, the check of the documents. */
  private static String bareTimer() {
    return BareModels.sequence("bare-timer", "qeb-application-start",
        "task:invitePostalApplicant:fallkoordination:qeb-invite-postal-applicant",
        "timer:invitationDeadlinePassed:P5D", "task:checkDocuments:fallkoordination:qeb-check-documents");
  }

  record StormResult(double seconds, double insertedPerTimer, int variables, long created, long duplicated,
      long failed) {}

  /**
   * Makes {@code size} cases of {@code model} wait at the timer (one real case copied), makes every
   * timer due at once and waits until the job executors of {@code nodes} have fired all of them;
   * kills {@code victim} with SIGKILL after two seconds if it is given. With {@code countRows},
   * the rows are counted by PostgreSQL from the moment the timers are due until its statistics
   * have the last one (a pause of 11 s before and after).
   */
  private StormResult storm(List<Node> nodes, int size, StormModel model, Node victim, boolean countRows)
      throws Exception {
    String template = waitingAtTimer(nodes.get(0), model);
    database.cloneCase(template, size - 1, 1);
    String cases = "(PROC_INST_ID_ = ? OR PROC_INST_ID_ LIKE ?)";
    if (countRows) {
      Thread.sleep(STATISTICS_DELAY_MILLIS);
    }
    Database.Counters before = database.counters();
    double seconds = fire(template, "storm of " + size, victim);
    if (countRows) {
      Thread.sleep(STATISTICS_DELAY_MILLIS);
    }
    long inserted = countRows ? database.counters().minus(before).inserted() : 0;
    long created = database.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'checkDocuments' AND "
        + cases, template, template + "-%");
    long duplicated = database.count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE "
        + "TASK_DEF_KEY_ = 'checkDocuments' AND " + cases + " GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1) d",
        template, template + "-%");
    long failed = database.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE (PROCESS_INSTANCE_ID_ = ? OR "
        + "PROCESS_INSTANCE_ID_ LIKE ?) AND RETRIES_ < 3", template, template + "-%");
    // the template's variables once its timer fired: on the case and on its new task
    int variables = (int) database.count("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ?", template);
    return new StormResult(seconds, inserted / (double) size, variables, created, duplicated, failed);
  }

  /**
   * Makes the timers of case {@code template} and its copies due at once and waits until every one
   * has fired (at most 15 minutes); kills {@code victim} after two seconds if it is given. Returns
   * the seconds taken.
   */
  private double fire(String template, String what, Node victim) throws Exception {
    long began = System.nanoTime();
    database.update("UPDATE ACT_RU_JOB SET DUEDATE_ = now() - interval '1 minute' WHERE PROCESS_INSTANCE_ID_ = ? "
        + "OR PROCESS_INSTANCE_ID_ LIKE ?", template, template + "-%");
    boolean killed = false;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (database.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE (PROCESS_INSTANCE_ID_ = ? OR PROCESS_INSTANCE_ID_ "
        + "LIKE ?) AND RETRIES_ > 0", template, template + "-%") > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " not done within 15 minutes");
      }
      if (victim != null && !killed && System.nanoTime() - began > TimeUnit.SECONDS.toNanos(2)) {
        victim.kill();
        killed = true;
      }
      Thread.sleep(100);
    }
    return (System.nanoTime() - began) / 1e9;
  }

  // ---------------------------------------------------------------- queue queries

  private void queue(Node node, List<Scenario> scenarios) throws Exception {
    long open = database.count("SELECT COUNT(*) FROM ACT_RU_TASK");
    long perProcess = (queueSize - open) / scenarios.size();
    for (Scenario scenario : scenarios) {
      Rest worker = new Rest(node.port, worker(scenario), WORKER_PASSWORD);
      String key = "Q" + System.nanoTime();
      JsonNode started = worker.post("/process-definition/key/" + scenario.processKey() + "/start",
          "{\"businessKey\": \"" + key + "\", \"variables\": " + Scenario.typed(scenario.start().apply(key)) + "}")
          .expect(200, "queue start")
          .json();
      long tasks = database.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", started.path("id").asText());
      database.cloneCase(started.path("id").asText(), (int) Math.max(1, perProcess / Math.max(1, tasks)), 1);
    }
    long total = database.count("SELECT COUNT(*) FROM ACT_RU_TASK");
    long team = database.count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE GROUP_ID_ = 'fallkoordination' "
        + "AND TYPE_ = 'candidate'");
    long grants = database.count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION");
    report.section(String.format(Locale.ROOT, "Queue queries: %,d open tasks, %,d of them in the queue of "
        + "fallkoordination, %,d authorizations; %d requests each, team member and administrator interleaved",
        total, team, grants, requests));

    Rest member = new Rest(node.port, "bench.fallkoordination", WORKER_PASSWORD);
    String filter = null;
    String overdue = null;
    for (JsonNode f : member.get("/filter").expect(200, "filters").json()) {
      if (f.path("name").asText().equals("Fallkoordination")) {
        filter = f.path("id").asText();
      }
      if (f.path("name").asText().equals("Überfällig")) {
        overdue = f.path("id").asText();
      }
    }
    long deep = team / 2;
    report.row("request (as Tasklist sends it)", "team member p50 / p95 ms", "administrator p50 / p95 ms");
    // HAL: a filter's page as Tasklist asks for it (POST with its sort, newest first after the
    // filter's own sort by due date, and only active tasks; the page in the address)
    String[][] queries = {
        {"HAL", "/filter/" + filter + "/list?firstResult=0&maxResults=15", "filter list, first page (HAL)"},
        {"HAL", "/filter/" + filter + "/list?firstResult=15&maxResults=15", "filter list, second page (HAL)"},
        {"HAL", "/filter/" + filter + "/list?firstResult=" + deep + "&maxResults=15", "filter list, page in the middle (HAL)"},
        {"JSON", "/filter/" + filter + "/count", "filter count"},
        {"JSON", "/filter?resourceType=Task&itemCount=true", "all filters with their counts (Tasklist's list)"},
        {"HAL", "/filter/" + overdue + "/list?firstResult=0&maxResults=15", "\"Überfällig\", first page (HAL)"},
        {"JSON", "/task?candidateGroup=fallkoordination&sortBy=dueDate&sortOrder=asc&maxResults=15", "GET /task, first page"},
        {"JSON", "/task?candidateGroup=fallkoordination&sortBy=dueDate&sortOrder=asc&firstResult=" + deep
            + "&maxResults=15", "GET /task, page in the middle"},
        {"JSON", "/task/count?candidateGroup=fallkoordination", "GET /task/count"}};
    for (String[] query : queries) {
      List<Double> memberTimes = new ArrayList<>();
      List<Double> adminTimes = new ArrayList<>();
      for (int i = 0; i < requests + 3; i++) {
        double m = timed(member, query[0], query[1]);
        double a = timed(node.admin, query[0], query[1]);
        if (i >= 3) { // three to warm up
          memberTimes.add(m);
          adminTimes.add(a);
        }
      }
      report.row(query[2], Report.percentiles(memberTimes), Report.percentiles(adminTimes));
    }
    browser(node, team);
  }

  /** The team member opens Tasklist and the team's filter in headless Chromium, five logins. */
  private void browser(Node node, long team) throws Exception {
    if (!TasklistBrowser.available()) {
      report.line("\nTasklist in the browser: not measured (Debian's chromium and chromium-driver are not installed).");
      return;
    }
    Path screenshot = Path.of("target", "benchmarks", "tasklist-" + queueSize + "-open-tasks.png");
    TasklistBrowser.Times times;
    try {
      times = TasklistBrowser.open(node.port, "bench.fallkoordination", WORKER_PASSWORD, "Fallkoordination", 5,
          screenshot);
    } catch (RuntimeException e) { // the browser part must not cost the other parts' figures
      report.line("\nTasklist in the browser: FAILED (%s); see `%s`.", e.getMessage().lines().findFirst().orElse(""),
          screenshot);
      return;
    }
    report.line("\nTasklist in headless Chromium, the team member, 5 logins (%s): from the login to the filter list "
        + "%s ms (median, min–max); from the click on \"Fallkoordination\" until its first page and its count (%s) "
        + "are shown %s ms. Screenshot: `%s`.", String.format(Locale.ROOT, "%,d tasks in the queue", team),
        Report.spread(times.loginMillis(), "%.0f"), times.count(), Report.spread(times.filterMillis(), "%.0f"),
        screenshot);
  }

  private static double timed(Rest rest, String kind, String path) throws Exception {
    long began = System.nanoTime();
    Rest.Answer answer = kind.equals("HAL") ? rest.postHal(path, TASKLIST_QUERY) : rest.get(path);
    answer.expect(200, path);
    return (System.nanoTime() - began) / 1e6;
  }

  // ---------------------------------------------------------------- two nodes

  private void cluster() throws Exception {
    int size = storms[storms.length - 1];
    report.section("Two nodes on one PostgreSQL: storm of " + size + " timers");
    report.row("set-up", "seconds", "timers/s", "next tasks created", "cases with two", "failed jobs");
    double single;
    database.recreate();
    try (Node one = Node.start(database, freePort(), "cluster-single", List.of())) {
      prepare(one.admin, Scenarios.all());
      StormResult result = storm(List.of(one), size, StormModel.OURS, null, false);
      single = size / result.seconds();
      report.row("one node", Report.format(result.seconds(), "%.1f"), Report.format(single, "%.0f"),
          String.valueOf(result.created()), String.valueOf(result.duplicated()), String.valueOf(result.failed()));
    }
    database.recreate();
    try (Node a = Node.start(database, freePort(), "cluster-a", List.of());
        Node b = Node.start(database, freePort(), "cluster-b", List.of())) {
      prepare(a.admin, Scenarios.all());
      StormResult result = storm(List.of(a, b), size, StormModel.OURS, null, false);
      report.row("two nodes", Report.format(result.seconds(), "%.1f"), Report.format(size / result.seconds(), "%.0f"),
          String.valueOf(result.created()), String.valueOf(result.duplicated()), String.valueOf(result.failed()));
      StormResult killed = storm(List.of(a, b), size, StormModel.OURS, b, false);
      report.row("two nodes, kill -9 of one after 2 s", Report.format(killed.seconds(), "%.1f"),
          Report.format(size / killed.seconds(), "%.0f"), String.valueOf(killed.created()),
          String.valueOf(killed.duplicated()), String.valueOf(killed.failed()));
      report.line("Two nodes: %.2f × one node.", size / result.seconds() / single);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The results as Markdown, also printed as they come. */
  static final class Report {
    private final StringBuilder text = new StringBuilder();

    void header() {
      line("# Benchmark results\n\n%s, Java %s, %d cores, %s", LocalDateTime.now().withNano(0),
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), machine());
    }

    private boolean inTable;

    void section(String title) {
      inTable = false;
      line("\n## %s\n", title);
    }

    void line(String format, Object... arguments) {
      String line = String.format(Locale.ROOT, format, arguments);
      if (inTable && !line.startsWith("|")) { // a table ends at a blank line
        line = "\n" + line;
        inTable = false;
      }
      text.append(line).append('\n');
      System.out.println(line);
    }

    /** A table row; the first after a section heading is the table's head. */
    void row(String... cells) {
      line("| %s |", String.join(" | ", cells));
      if (!inTable) {
        line("|%s", "---|".repeat(cells.length));
        inTable = true;
      }
    }

    void captureOutput(ThrowingRunnable runnable) throws Exception {
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
      java.io.PrintStream original = System.out;
      System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        runnable.run();
      } finally {
        System.setOut(original);
      }
      for (String line : buffer.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        line("    %s", line);
      }
    }

    Path write() throws IOException {
      Path out = Path.of("target", "benchmarks", "results.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, text.toString());
      return out;
    }

    static String machine() {
      try {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
            .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
      } catch (IOException e) {
        return "?";
      }
    }

    static double median(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String spread(List<Double> values) {
      return spread(values, "%.1f");
    }

    static String spread(List<Double> values, String pattern) {
      return format(median(values), pattern) + " (" + format(Collections.min(values), pattern) + "–"
          + format(Collections.max(values), pattern) + ")";
    }

    static String percentiles(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
      return format(median(values), "%.0f") + " / " + format(p95, "%.0f");
    }

    static String format(double value, String pattern) {
      return String.format(Locale.ROOT, pattern, value);
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}

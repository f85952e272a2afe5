package de.leistungskette.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The main path of one process as people work it (through {@code /engine-rest} or the engine's
 * Java API, see {@link Driver}): the start with its variables, then every open task of the case
 * (and of cases it calls, found by business key) is completed with the variables its step names,
 * until no task is open or only tasks the path stops at (a task that stays open by design, such as
 * the plan's review). The bare model of a scenario
 * has the same user tasks with the same teams, without listeners, forms or rules
 * ({@link BareModels}), and is worked with the same calls.
 */
record Scenario(String processKey, Set<String> groups, Function<String, Map<String, Object>> start,
    Map<String, Map<String, Object>> steps, Set<String> stopAt, String bareXml, List<String> calledKeySuffixes) {

  /** What one case cost: calls sent (REST requests or Java API calls); the case's business key. */
  record Run(int calls, String businessKey) {}

  /** An open task of a case. */
  record OpenTask(String id, String definitionKey) {}

  /** How a scenario talks to the engine: through /engine-rest ({@link RestDriver}) or its Java API. */
  interface Driver {
    /** Starts the process; returns the case's business key. */
    String start(String processKey, String businessKey, Map<String, Object> variables) throws Exception;

    List<OpenTask> openTasks(String businessKeys) throws Exception;

    void complete(String taskId, Map<String, Object> variables, String what) throws Exception;
  }

  /** One worker's requests to /engine-rest, as Tasklist or another system sends them. */
  record RestDriver(Rest rest) implements Driver {

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) throws Exception {
      return rest.post("/process-definition/key/" + processKey + "/start",
          "{\"businessKey\": \"" + businessKey + "\", \"variables\": " + typed(variables) + "}")
          .expect(200, processKey + " start").json().path("businessKey").asText(businessKey);
    }

    @Override
    public List<OpenTask> openTasks(String businessKeys) throws Exception {
      List<OpenTask> open = new ArrayList<>();
      rest.get("/task?processInstanceBusinessKeyIn=" + businessKeys).expect(200, "tasks").json()
          .forEach(task -> open.add(new OpenTask(task.path("id").asText(), task.path("taskDefinitionKey").asText())));
      return open;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables, String what) throws Exception {
      rest.post("/task/" + taskId + "/complete", "{\"variables\": " + typed(variables) + "}").expect(204, what);
    }
  }

  String bareKey() {
    return "bare-" + processKey;
  }

  /**
   * This scenario with another model (same tasks, same steps) whose start also gets {@code more}
   * variables: the bare model carrying a case's data (BenchmarkSuite's part "data").
   */
  Scenario withModel(String key, String xml, Map<String, Object> more) {
    return new Scenario(key, groups, businessKey -> {
      Map<String, Object> variables = new LinkedHashMap<>(more);
      variables.putAll(start.apply(businessKey));
      return variables;
    }, steps, stopAt, xml, calledKeySuffixes);
  }

  /** Works one case of the process (or its bare model) to its end; returns the calls it took. */
  Run run(Driver driver, boolean bare) throws Exception {
    String key = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    String businessKey = driver.start(bare ? bareKey() : processKey, key, start.apply(key));
    int calls = 1;
    for (int guard = 0; guard < 50; guard++) {
      List<OpenTask> open = driver.openTasks(businessKeys(businessKey)).stream()
          .filter(task -> !stopAt.contains(task.definitionKey())).toList();
      calls++;
      if (open.isEmpty()) {
        return new Run(calls, businessKey);
      }
      for (OpenTask task : open) {
        Map<String, Object> step = steps.get(task.definitionKey());
        if (step == null) {
          throw new IllegalStateException(processKey + ": no step for task " + task.definitionKey());
        }
        driver.complete(task.id(), step, processKey + " " + task.definitionKey());
        calls++;
      }
    }
    throw new IllegalStateException(processKey + ": case " + businessKey + " did not end within 50 rounds");
  }

  /** The case's business key and those of the cases it calls (e.g. the intake's QEB application). */
  private String businessKeys(String businessKey) {
    StringBuilder keys = new StringBuilder(businessKey);
    for (String suffix : calledKeySuffixes) {
      keys.append(',').append(businessKey).append(suffix);
    }
    return keys.toString();
  }

  /** Variables as the REST API takes them: {"name": {"value": …}}. */
  static String typed(Map<String, Object> variables) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return Rest.JSON.writeValueAsString(typed);
  }
}

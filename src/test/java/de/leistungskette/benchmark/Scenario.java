package de.leistungskette.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The main path of one process as people work it through {@code /engine-rest}: the start with its
 * variables, then every open task of the case (and of cases it calls, found by business key) is
 * completed with the variables its step names, until no task is open or only tasks the path stops
 * at (a task that stays open by design, such as the plan's review). The bare model of a scenario
 * has the same user tasks with the same teams, without listeners, forms or rules
 * ({@link BareModels}), and is worked with the same requests.
 */
record Scenario(String processKey, Set<String> groups, Function<String, Map<String, Object>> start,
    Map<String, Map<String, Object>> steps, Set<String> stopAt, String bareXml, List<String> calledKeySuffixes) {

  /** What one case cost: requests sent. */
  record Run(int requests) {}

  String bareKey() {
    return "bare-" + processKey;
  }

  /** Works one case of the process (or its bare model) to its end; returns the requests it took. */
  Run run(Rest rest, boolean bare) throws Exception {
    String key = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    Map<String, Object> variables = start.apply(key);
    Rest.Answer started = rest.post("/process-definition/key/" + (bare ? bareKey() : processKey) + "/start",
        "{\"businessKey\": \"" + key + "\", \"variables\": " + typed(variables) + "}");
    started.expect(200, processKey + " start");
    int requests = 1;
    String businessKey = started.json().path("businessKey").asText(key);
    for (int guard = 0; guard < 50; guard++) {
      JsonNode tasks = rest.get("/task?processInstanceBusinessKeyIn=" + businessKeys(businessKey)).expect(200, "tasks")
          .json();
      requests++;
      List<JsonNode> open = new ArrayList<>();
      tasks.forEach(task -> {
        if (!stopAt.contains(task.path("taskDefinitionKey").asText())) {
          open.add(task);
        }
      });
      if (open.isEmpty()) {
        return new Run(requests);
      }
      for (JsonNode task : open) {
        String definition = task.path("taskDefinitionKey").asText();
        Map<String, Object> step = steps.get(definition);
        if (step == null) {
          throw new IllegalStateException(processKey + ": no step for task " + definition);
        }
        rest.post("/task/" + task.path("id").asText() + "/complete", "{\"variables\": " + typed(step) + "}")
            .expect(204, processKey + " " + definition);
        requests++;
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

package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.security.EnginePath.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every spelling of one engine resource is one canonical path; what cannot be reduced is refused. */
class EnginePathTest {

  private static final String TASK = "4f1c2d3e-0000-4000-8000-000000000001";

  /** The spellings the outside security test tried, and more. */
  static List<String> spellingsOf(String path) {
    String withoutSlash = path.substring(1);
    int last = withoutSlash.lastIndexOf('/');
    String head = last < 0 ? "" : "/" + withoutSlash.substring(0, last);
    String tail = withoutSlash.substring(last + 1);
    String encodedFirst = "%" + Integer.toHexString(tail.charAt(0)).toUpperCase() + tail.substring(1);
    return List.of(
        "/engine-rest" + path,
        "/engine-rest" + path + "/",
        "/engine-rest" + path + "//",
        "/engine-rest/" + path,
        "/engine-rest" + path.replace("/", "//"),
        "/engine-rest" + path + ";x=y",
        "/engine-rest" + head + ";jsessionid=1/" + tail,
        "/engine-rest" + head + "/" + encodedFirst,
        "/engine-rest" + head + "/./" + tail,
        "/engine-rest" + head + "/x/../" + tail,
        "/engine-rest/engine/default" + path,
        "/engine-rest/engine/default" + path + "/",
        "/engine-rest/engine/default/" + path,
        "/camunda/api/engine/engine/default" + path,
        "/camunda/api/engine/engine/default" + path + "/",
        "/camunda/api//engine/engine/default" + path,
        "/camunda/api/engine/engine/default" + head + ";x=1/" + tail + "/");
  }

  @Test
  void every_spelling_of_a_task_s_variables_is_one_path() {
    for (String spelling : spellingsOf("/task/" + TASK + "/variables")) {
      EnginePath path = EnginePath.of(spelling).orElseThrow();
      assertThat(path.segments()).as(spelling).containsExactly("task", TASK, "variables");
      assertThat(path.path()).isEqualTo("/task/" + TASK + "/variables");
    }
  }

  @Test
  void the_canonical_path_is_what_the_engine_is_handed() {
    EnginePath rest = EnginePath.of("/engine-rest/engine/default/task/" + TASK + "/variables/").orElseThrow();
    assertThat(rest.api()).isEqualTo(Api.REST);
    assertThat(rest.uri()).isEqualTo("/engine-rest/task/" + TASK + "/variables");
    EnginePath webapp = EnginePath.of("/camunda/api/engine/engine/default/task//" + TASK + "/form-variables/")
        .orElseThrow();
    assertThat(webapp.api()).isEqualTo(Api.WEBAPP);
    assertThat(webapp.uri()).isEqualTo("/camunda/api/engine/engine/default/task/" + TASK + "/form-variables");
    assertThat(EnginePath.of("/camunda/api/engine/engine/").orElseThrow().uri()).isEqualTo("/camunda/api/engine/engine");
    EnginePath spaced = EnginePath.of("/engine-rest/process-instance/1/variables/mein%20Wert").orElseThrow();
    assertThat(spaced.segments()).containsExactly("process-instance", "1", "variables", "mein Wert");
    assertThat(spaced.uri()).isEqualTo("/engine-rest/process-instance/1/variables/mein%20Wert");
    assertThat(EnginePath.of("/camunda/api/cockpit/plugin/base/default/process-instance/").orElseThrow())
        .isEqualTo(new EnginePath(Api.COCKPIT, List.of("plugin", "base", "default", "process-instance")));
  }

  @Test
  void paths_that_are_not_the_engine_s_are_left_alone() {
    assertThat(EnginePath.of("/api/deadlines")).isEmpty();
    assertThat(EnginePath.of("/camunda/app/tasklist/default/")).isEmpty();
    assertThat(EnginePath.of("/camunda/api/admin/auth/user/default")).isEmpty();
    assertThat(EnginePath.of("/engine-restx/task")).isEmpty();
  }

  @Test
  void what_cannot_be_reduced_is_refused_in_german() {
    for (String refused : List.of("/engine-rest/task/a%2Fb/variables", "/engine-rest/task/a%2fb", "/engine-rest/task/%5C",
        "/engine-rest/task/%252F", "/engine-rest/task/%zz", "/engine-rest/task/%C3", "/engine-rest/task/%00",
        "/engine-rest/task/a%3Bb", "/engine-rest/../../etc")) {
      assertThatThrownBy(() -> EnginePath.of(refused)).as(refused).isInstanceOf(GuardRefusal.class)
          .hasMessageStartingWith("Ungültige Adresse")
          .extracting(e -> ((GuardRefusal) e).status()).isEqualTo(400);
    }
    assertThatThrownBy(() -> EnginePath.of("/engine-rest/engine/other/task")).isInstanceOf(GuardRefusal.class)
        .extracting(e -> ((GuardRefusal) e).status()).isEqualTo(404);
    assertThatThrownBy(() -> EnginePath.of("/camunda/api/engine/engine/other/task")).isInstanceOf(GuardRefusal.class)
        .extracting(e -> ((GuardRefusal) e).status()).isEqualTo(404);
  }
}

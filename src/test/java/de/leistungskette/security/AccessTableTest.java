package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.security.AccessTable.Rule;
import de.leistungskette.security.EnginePath.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The allow-list as a table: it is the one in docs/security.md, every row has a reason, and what a
 * provider, a team and another system may ask is exactly this. A row added or widened fails here
 * until the documentation and these lists say so too.
 */
class AccessTableTest {

  private static final String ID = "4f1c2d3e-0000-4000-8000-000000000001";

  @Test
  void the_documentation_shows_exactly_this_table_and_every_row_says_why() throws IOException {
    String docs = Files.readString(Path.of("docs", "security.md"), StandardCharsets.UTF_8);
    String start = "<!-- allow-list: generated from AccessTable, checked by AccessTableTest -->\n";
    String end = "<!-- allow-list end -->";
    assertThat(docs).contains(start, end);
    String documented = docs.substring(docs.indexOf(start) + start.length(), docs.indexOf(end));
    assertThat(documented).as("docs/security.md, allow-list").isEqualTo(AccessTable.RULES.markdown());
    for (Rule rule : AccessTable.RULES.rules()) {
      assertThat(rule.reason()).as(rule.describe()).isNotBlank();
      assertThat(rule.roles()).as(rule.describe()).isNotEmpty();
    }
  }

  @Test
  void a_provider_may_ask_exactly_this_and_nothing_else() {
    assertThat(allowedFor(Role.PROVIDER)).containsExactlyInAnyOrder(
        "GET /engine", "GET /user/{id}/profile", "PUT /user/{id}/credentials", "GET /identity/password-policy",
        "POST /identity/password-policy", "GET /user", "GET /user/count", "GET /group", "POST /group",
        "GET /group/count", "POST /group/count",
        "GET /filter", "OPTIONS /filter", "GET /filter/count", "GET /filter/{id}",
        "GET /filter/{id}/list", "POST /filter/{id}/list", "GET /filter/{id}/count", "POST /filter/{id}/count",
        "GET /filter/{id}/singleResult", "POST /filter/{id}/singleResult",
        "GET /task/{id}", "GET /task/{id}/form", "GET /task/{id}/deployed-form", "GET /task/{id}/form-variables",
        "GET /task/{id}/comment", "GET /history/user-operation", "GET /history/user-operation/count",
        "POST /task/{id}/claim", "POST /task/{id}/unclaim", "POST /task/{id}/assignee", "POST /task/{id}/complete",
        "POST /task/{id}/submit-form", "POST /task/{id}/comment/create", "GET /task?assignee={caller}",
        "GET /process-definition/{id}", "GET /process-definition/{id}/xml",
        "GET /process-definition?startablePermissionCheck=true&startableInTasklist=true",
        "GET /process-definition/count?startablePermissionCheck=true&startableInTasklist=true",
        "GET cockpit:/plugin/{plugin}/static/**");
  }

  @Test
  void another_system_starts_cases_and_sends_messages_and_reads_no_case() {
    assertThat(allowedFor(Role.INTERFACE)).containsExactlyInAnyOrder(
        "GET /engine", "GET /user/{id}/profile", "PUT /user/{id}/credentials", "GET /identity/password-policy",
        "POST /identity/password-policy",
        "GET /process-definition", "GET /process-definition/count", "GET /process-definition/key/{key}",
        "GET /process-definition/{id}/startForm", "GET /process-definition/{id}/deployed-start-form",
        "GET /process-definition/{id}/form-variables", "GET /process-definition/key/{key}/startForm",
        "GET /process-definition/key/{key}/deployed-start-form", "GET /process-definition/key/{key}/form-variables",
        "POST /process-definition/{id}/start", "POST /process-definition/{id}/submit-form",
        "POST /process-definition/key/{key}/start", "POST /process-definition/key/{key}/submit-form",
        "POST /message", "GET cockpit:/plugin/{plugin}/static/**");
  }

  @Test
  void a_team_member_reads_only_through_tasklist_s_paths() {
    Set<String> staff = allowedFor(Role.STAFF);
    for (String denied : List.of("GET /variable-instance", "GET /history/variable-instance",
        "GET /task/count", "GET /process-instance", "GET /job", "GET /deployment", "GET /incident",
        "GET /process-definition/statistics", "GET /execution", "POST /message", "GET /task/{id}/variables")) {
      assertThat(staff).as(denied).doesNotContain(denied);
    }
    assertThat(staff.stream().filter(row -> row.contains("**"))).as("no family of paths for teams")
        .containsExactly("GET cockpit:/plugin/{plugin}/static/**");
  }

  @Test
  void an_id_never_stands_for_a_resource_of_the_api() {
    Set<Role> everybody = EnumSet.of(Role.SIGNED_IN, Role.STAFF, Role.PROVIDER, Role.INTERFACE);
    for (String path : List.of("/process-definition/statistics", "/process-definition/count/xml",
        "/task/report/candidate-group-count", "/filter/create", "/task/count/form-variables")) {
      EnginePath engine = EnginePath.of("/engine-rest" + path).orElseThrow();
      assertThat(AccessTable.RULES.allowing("GET", engine, everybody, Map.of(), "u25")).as(path).isEmpty();
    }
    assertThat(AccessTable.RULES.allowing("GET", EnginePath.of("/engine-rest/task/" + ID + "/form").orElseThrow(),
        Set.of(Role.PROVIDER), Map.of(), "u25")).isPresent();
    assertThat(AccessTable.RULES.allowing("GET", EnginePath.of("/engine-rest/process-definition/statistics")
        .orElseThrow(), Set.of(Role.LEAD), Map.of(), "u25")).isPresent();
  }

  @Test
  void a_provider_s_list_of_definitions_passes_only_as_the_list_of_what_it_may_start() {
    EnginePath list = EnginePath.of("/engine-rest/process-definition").orElseThrow();
    assertThat(AccessTable.RULES.allowing("GET", list, Set.of(Role.PROVIDER), Map.of(), "u25")).isEmpty();
    assertThat(AccessTable.RULES.allowing("GET", list, Set.of(Role.PROVIDER),
        Map.of("startableInTasklist", new String[] {"true"}, "startablePermissionCheck", new String[] {"true"}), "u25"))
        .isPresent();
    assertThat(AccessTable.RULES.allowing("GET", list, Set.of(Role.PROVIDER),
        Map.of("startableInTasklist", new String[] {"true"}, "startablePermissionCheck", new String[] {"false"}), "u25"))
        .isEmpty();
  }

  @Test
  void the_task_list_answers_a_person_only_for_their_own_tasks() {
    EnginePath tasks = EnginePath.of("/engine-rest/task").orElseThrow();
    Set<Role> staff = EnumSet.of(Role.STAFF, Role.SIGNED_IN);
    assertThat(AccessTable.RULES.allowing("GET", tasks, staff, Map.of("assignee", new String[] {"u25"}), "u25"))
        .isPresent();
    assertThat(AccessTable.RULES.allowing("GET", tasks, staff, Map.of("assignee", new String[] {"qeb"}), "u25"))
        .isEmpty();
    assertThat(AccessTable.RULES.allowing("GET", tasks, staff, Map.of(), "u25")).isEmpty();
    assertThat(AccessTable.RULES.allowing("GET", tasks, staff,
        Map.of("assignee", new String[] {"u25", "qeb"}), "u25")).isEmpty();
  }

  @Test
  void nobody_logged_in_gets_the_list_of_engines_and_cockpit_s_scripts_only() {
    assertThat(allowedFor(Role.ANONYMOUS)).containsExactlyInAnyOrder("GET /engine",
        "GET cockpit:/plugin/{plugin}/static/**");
  }

  /** Every row a role (and every logged-in caller) may use, as "METHOD path". */
  private static Set<String> allowedFor(Role role) {
    Set<Role> roles = role == Role.ANONYMOUS ? EnumSet.of(role) : EnumSet.of(role, Role.SIGNED_IN);
    return AccessTable.RULES.rules().stream().filter(rule -> rule.roles().stream().anyMatch(roles::contains))
        .flatMap(rule -> rule.methods().stream().map(method -> method + " " + (rule.api() == Api.COCKPIT ? "cockpit:" : "")
            + "/" + String.join("/", rule.pattern()) + query(rule)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String query(Rule rule) {
    return rule.required().isEmpty() ? "" : "?" + rule.required().entrySet().stream()
        .sorted(Map.Entry.<String, String>comparingByKey().reversed())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
  }
}

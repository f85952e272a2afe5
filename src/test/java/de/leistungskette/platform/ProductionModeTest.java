package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.LeistungsketteApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside demo mode: no demo users, an administrator from the environment, the password policy on.
 * Runs in its own JVM (surefire execution "production-mode"): each test starts a whole application
 * with its own engine, which must not meet the engine of the shared test context.
 */
class ProductionModeTest {

  /** Starts the application with command-line arguments, which win over every configuration file. */
  private static ConfigurableApplicationContext start(String database, String... properties) {
    List<String> arguments = new ArrayList<>(List.of("--leistungskette.demo=false", "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new SpringApplicationBuilder(LeistungsketteApplication.class).run(arguments.toArray(String[]::new));
  }

  @Test
  void refuses_to_start_without_an_administrator() {
    assertThatThrownBy(() -> start("no-admin", "leistungskette.admin.user=", "leistungskette.admin.password="))
        .hasStackTraceContaining("ADMIN_USER und ADMIN_PASSWORD gesetzt sein");
  }

  @Test
  void starts_with_the_administrator_and_without_demo_users() {
    try (ConfigurableApplicationContext context = start("production",
        "leistungskette.admin.user=verwaltung", "leistungskette.admin.password=Sicher-2026-Fristen!")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      IdentityService identity = engine.getIdentityService();

      assertThat(identity.checkPassword("verwaltung", "Sicher-2026-Fristen!")).isTrue();
      assertThat(identity.createUserQuery().userId("verwaltung").memberOfGroup("camunda-admin").count()).isEqualTo(1);
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      assertThat(identity.createUserQuery().userId("fallkoordination").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("fallkoordination").count()).isEqualTo(1);
      assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();
    }
  }

  @Test
  void a_weak_password_for_a_new_user_is_refused_in_german_with_the_rules() throws Exception {
    try (ConfigurableApplicationContext context = start("policy",
        "leistungskette.admin.user=verwaltung", "leistungskette.admin.password=Sicher-2026-Fristen!")) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      var request = java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + port + "/engine-rest/user/create"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
              "verwaltung:Sicher-2026-Fristen!".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
              "{\"profile\":{\"id\":\"max.muster\"},\"credentials\":{\"password\":\"geheim\"}}"))
          .build();
      var response = java.net.http.HttpClient.newHttpClient().send(request,
          java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("Das Passwort entspricht nicht der Passwortrichtlinie: mindestens 10 Zeichen")
          .doesNotContain("at org.", "Password does not match policy\",\"code");
      assertThat(context.getBean(ProcessEngine.class).getIdentityService().createUserQuery().userId("max.muster").count())
          .isZero();
    }
  }

  @Test
  void refuses_to_start_with_an_unknown_federal_state() {
    assertThatThrownBy(() -> start("unknown-state", "leistungskette.admin.user=verwaltung",
        "leistungskette.admin.password=Sicher-2026-Fristen!", "leistungskette.calendar.state=DE-XX"))
        .hasStackTraceContaining("leistungskette.calendar.state: Unbekanntes Bundesland „DE-XX“");
  }

  @Test
  void refuses_a_weak_administrator_password() {
    assertThatThrownBy(() -> start("weak", "leistungskette.admin.user=verwaltung",
        "leistungskette.admin.password=demo"))
        .hasStackTraceContaining("ADMIN_PASSWORD entspricht nicht der Passwortrichtlinie");
  }
}

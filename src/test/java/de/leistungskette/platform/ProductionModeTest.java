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

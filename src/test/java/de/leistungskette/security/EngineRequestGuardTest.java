package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guard's plain parts: how bodies are read, how the engine's errors are answered. */
class EngineRequestGuardTest {

  @Test
  void null_and_broken_json_are_refused_in_german_and_empty_is_no_body() {
    assertThat(EngineRequestGuard.parse(new byte[0])).isNull();
    assertThatThrownBy(() -> EngineRequestGuard.parse("null".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GuardRefusal.class).hasMessageContaining("nicht null");
    assertThatThrownBy(() -> EngineRequestGuard.parse("{\"a\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GuardRefusal.class).hasMessageContaining("kein gültiges JSON");
  }

  @Test
  void a_body_nested_five_thousand_levels_deep_is_refused_in_german() {
    String nested = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> EngineRequestGuard.parse(nested.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GuardRefusal.class).hasMessageContaining("zu tief verschachtelt")
        .extracting(e -> ((GuardRefusal) e).status()).isEqualTo(400);
  }

  @Test
  void engine_errors_reach_the_caller_in_german() {
    assertThat(GermanErrors.german(403, "AuthorizationException",
        "The user with id 'u25' does not have 'CREATE' permission on resource 'ProcessInstance'.", null))
        .isEqualTo("Keine Berechtigung für diese Aktion (es fehlt CREATE auf ProcessInstance).");
    assertThat(GermanErrors.german(400, "InvalidRequestException",
        "Cannot instantiate process definition qeb-application:1:abc: Eingangsdatum (receivedOn) fehlt.",
        "Eingangsdatum (receivedOn) fehlt."))
        .isEqualTo("Eingangsdatum (receivedOn) fehlt.");
    assertThat(GermanErrors.german(500, "NullPointerException", "Cannot invoke \"org.camunda.Dto.getX()\"", null))
        .isEqualTo("Interner Fehler. Bitte wenden Sie sich an die Administration.");
    assertThat(new String(GermanErrors.translate(500, "{\"type\":\"X\",\"message\":\"org.camunda.Foo\"}"
        .getBytes(StandardCharsets.UTF_8), null).body(), StandardCharsets.UTF_8)).doesNotContain("org.camunda");
  }
}

package de.leistungskette.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class VariableChecksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static void check(String variables) throws Exception {
    VariableChecks.check(JSON.readTree(variables), "variables");
  }

  @Test
  void plain_values_of_the_allowed_types_pass() {
    assertThatCode(() -> check("{\"a\":{\"value\":\"text\"},\"b\":{\"value\":true,\"type\":\"Boolean\"},"
        + "\"c\":{\"value\":\"12\",\"type\":\"Integer\"},\"d\":{\"value\":\"2026-11-20T10:00:00.000+0100\",\"type\":\"Date\"},"
        + "\"e\":{\"value\":\"[{\\\"name\\\":\\\"x\\\"}]\",\"type\":\"Json\"},\"f\":{\"value\":null}}")).doesNotThrowAnyException();
  }

  @Test
  void objects_bytes_files_and_serialized_values_are_refused() {
    for (String type : new String[] {"Object", "Bytes", "File"}) {
      assertThatThrownBy(() -> check("{\"a\":{\"value\":\"x\",\"type\":\"" + type + "\"}}"))
          .isInstanceOf(GuardRefusal.class).hasMessageContaining("nicht erlaubt");
    }
    assertThatThrownBy(() -> check("{\"a\":{\"value\":\"x\",\"valueInfo\":{\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}"))
        .hasMessageContaining("serialisierte Objekte");
    assertThatThrownBy(() -> check("{\"a\":{\"value\":{\"x\":1}}}")).hasMessageContaining("Objekte und Listen");
  }

  @Test
  void malformed_values_are_refused_naming_the_variable() {
    assertThatThrownBy(() -> check("{\"n\":{\"value\":\"3000000000\",\"type\":\"Integer\"}}"))
        .hasMessageContaining("„n“").hasMessageContaining("außerhalb");
    assertThatThrownBy(() -> check("{\"d\":{\"value\":\"2026-11-20\",\"type\":\"Date\"}}")).hasMessageContaining("„d“ (Date)");
    assertThatThrownBy(() -> check("{\"b\":{\"value\":\"ja\",\"type\":\"Boolean\"}}")).hasMessageContaining("kein Wahrheitswert");
    assertThatThrownBy(() -> check("{\"j\":{\"value\":\"{kaputt\",\"type\":\"Json\"}}")).hasMessageContaining("kein gültiges JSON");
    assertThatThrownBy(() -> check("{\"t\":{\"value\":\"" + "x".repeat(4001) + "\"}}")).hasMessageContaining("zu lang");
    assertThatThrownBy(() -> check("[1]")).hasMessageContaining("JSON-Objekt");
  }
}

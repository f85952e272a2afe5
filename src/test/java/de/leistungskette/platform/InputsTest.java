package de.leistungskette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A typed date is that date or a clear refusal, never another date. */
class InputsTest {

  private static LocalDate date(String text) {
    return Inputs.requireDate(text, "receivedOn", "Eingangsdatum", d -> LocalDate.of(2000, 1, 1));
  }

  @Test
  void exactly_yyyy_mm_dd_is_read() {
    assertThat(date("2026-11-19")).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(date(" 2028-02-29 ")).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void anything_else_is_refused_naming_the_field() {
    for (String text : new String[] {"2026-11-19Tkaputt", "2026-11-19T10:00:00", "2027-02-31", "19.11.2026",
        "11/19/2026", "2026-1-9", "+2026-11-19", "20261119"}) {
      assertThatThrownBy(() -> date(text)).as(text).isInstanceOf(RejectedInputException.class)
          .hasMessage("Eingangsdatum (receivedOn): „" + text + "“ ist kein gültiges Datum (JJJJ-MM-TT).");
    }
  }
}

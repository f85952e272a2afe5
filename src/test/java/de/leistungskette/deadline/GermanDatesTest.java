package de.leistungskette.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The kept forms of whole years read as Java's German calendar writes them. */
class GermanDatesTest {

  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EE", Locale.GERMAN);
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d.M.yyyy", Locale.GERMAN);
  private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN);

  @Test
  void examples() {
    assertThat(GermanDates.shortForm(LocalDate.of(2027, 12, 22))).isEqualTo("Mi 22.12.2027");
    assertThat(GermanDates.longForm(LocalDate.of(2028, 1, 2))).isEqualTo("Sonntag, 2.1.2028");
    assertThat(GermanDates.shortForm(LocalDate.of(2028, 2, 29))).isEqualTo("Di 29.2.2028");
    assertThat(GermanDates.longForm(LocalDate.of(2028, 12, 31))).isEqualTo("Sonntag, 31.12.2028");
    assertThat(GermanDates.numeric(LocalDate.of(2026, 11, 20))).isEqualTo("20.11.2026");
  }

  @Test
  void every_day_of_leap_and_common_years_and_of_years_outside_the_kept_ones() {
    for (int year : new int[] {1899, 1900, 2026, 2028, 2100, 2199, 2200}) {
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        String weekday = WEEKDAY.format(day).replace(".", ""); // Java writes "Mi."
        assertThat(GermanDates.shortForm(day)).isEqualTo(weekday + " " + NUMERIC.format(day));
        assertThat(GermanDates.longForm(day)).isEqualTo(LONG.format(day));
      }
    }
  }
}

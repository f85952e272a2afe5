package de.leistungskette.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The per-year bit sets give jollyday's answers: names, states, year ends, leap years, far years. */
class PublicHolidaysTest {

  private final PublicHolidays holidays = new PublicHolidays();

  @Test
  void statutory_holidays_with_their_german_names_per_state() {
    assertThat(holidays.holidayName(LocalDate.of(2026, 12, 25), FederalState.DE_NW)).contains("1. Weihnachtstag");
    assertThat(holidays.holidayName(LocalDate.of(2026, 12, 26), FederalState.DE_NW)).contains("2. Weihnachtstag");
    assertThat(holidays.holidayName(LocalDate.of(2027, 1, 1), FederalState.DE_BY)).contains("Neujahr");
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24), FederalState.DE_NW)).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 31), FederalState.DE_NW)).isFalse();
    assertThat(holidays.holidayName(LocalDate.of(2026, 10, 31), FederalState.DE_BB)).contains("Reformationstag");
    assertThat(holidays.holidayName(LocalDate.of(2026, 10, 31), FederalState.DE_NW)).isEmpty();
    assertThat(holidays.holidayName(LocalDate.of(2026, 11, 18), FederalState.DE_SN)).contains("Buß- und Bettag");
    assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 18), FederalState.DE_NW)).isFalse();
  }

  @Test
  void the_last_day_of_a_leap_year_and_moving_feasts() {
    // 31.12. is day 366 of a leap year: the last bit of the year's set
    assertThat(holidays.isHoliday(LocalDate.of(2028, 12, 31), FederalState.DE_NW)).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2028, 12, 26), FederalState.DE_NW)).isTrue();
    assertThat(holidays.holidayName(LocalDate.of(2027, 3, 29), FederalState.DE_HE)).contains("Ostermontag");
    assertThat(holidays.isWorkingDay(LocalDate.of(2027, 3, 29), FederalState.DE_HE)).isFalse();
    assertThat(holidays.isWorkingDay(LocalDate.of(2027, 3, 30), FederalState.DE_HE)).isTrue();
    assertThat(holidays.isWorkingDay(LocalDate.of(2027, 3, 27), FederalState.DE_HE)).isFalse(); // Saturday
  }

  @Test
  void years_outside_the_arrays_are_answered_alike() {
    assertThat(holidays.holidayName(LocalDate.of(1899, 12, 25), FederalState.DE_NW)).isEqualTo(
        holidays.holidayName(LocalDate.of(2026, 12, 25), FederalState.DE_NW));
    assertThat(holidays.isHoliday(LocalDate.of(2200, 1, 1), FederalState.DE_NW)).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2200, 1, 2), FederalState.DE_NW)).isFalse();
  }

  @Test
  void a_working_day_is_monday_to_friday_and_no_holiday_every_day_of_every_state() {
    // the years' bit sets of days without work against the day of the week, leap years and
    // years outside the arrays included
    for (int year : new int[] {1899, 2024, 2025, 2026, 2027, 2028, 2200}) {
      for (FederalState state : FederalState.values()) {
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
          boolean weekday = day.getDayOfWeek() != java.time.DayOfWeek.SATURDAY
              && day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY;
          assertThat(holidays.isWorkingDay(day, state)).as(day + " " + state)
              .isEqualTo(weekday && !holidays.isHoliday(day, state));
        }
      }
    }
  }

  @Test
  void threads_loading_the_same_year_at_once_get_the_same_answer() throws Exception {
    PublicHolidays shared = new PublicHolidays();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        answers.add(threads.submit(() -> shared.isHoliday(LocalDate.of(2031, 5, 1), FederalState.DE_BE)
            && !shared.isHoliday(LocalDate.of(2031, 5, 2), FederalState.DE_BE)));
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}

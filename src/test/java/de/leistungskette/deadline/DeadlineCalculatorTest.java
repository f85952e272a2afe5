package de.leistungskette.deadline;

import static de.leistungskette.deadline.DeadlineRule.DAYS;
import static de.leistungskette.deadline.DeadlineRule.DAYS_AFTER_POSTAL;
import static de.leistungskette.deadline.DeadlineRule.MONTHS_AFTER_POSTAL;
import static de.leistungskette.deadline.DeadlineRule.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real calendar dates 2024–2028. Each row: rule, from, amount, state, expected due date and, for
 * the postal rules, the expected notification day; the comment says what the row is about.
 */
class DeadlineCalculatorTest {

  static final PublicHolidays HOLIDAYS = new PublicHolidays();
  final DeadlineCalculator calculator = new DeadlineCalculator(HOLIDAYS, FederalState.DE_NW, null);

  @ParameterizedTest(name = "{0} {1} +{2} {3} → {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # Working days: the event day never counts; Easter, Ascension, Whit Monday, Corpus Christi by state
      WORKING_DAYS | 2024-03-28 | 2 | DE-NW | 2024-04-03 |            | Karfreitag and Ostermontag skipped
      WORKING_DAYS | 2024-05-29 | 2 | DE-NW | 2024-06-03 |            | Fronleichnam is a holiday in NRW
      WORKING_DAYS | 2024-05-29 | 2 | DE-BW | 2024-06-03 |            | ... and in Baden-Württemberg
      WORKING_DAYS | 2024-05-29 | 2 | DE-HE | 2024-06-03 |            | ... and in Hessen
      WORKING_DAYS | 2024-05-29 | 2 | DE-BE | 2024-05-31 |            | ... not in Berlin
      WORKING_DAYS | 2025-05-28 | 1 | DE-NW | 2025-05-30 |            | Christi Himmelfahrt 2025
      WORKING_DAYS | 2026-05-22 | 1 | DE-NW | 2026-05-26 |            | Pfingstmontag 2026
      WORKING_DAYS | 2024-12-23 | 2 | DE-NW | 2024-12-27 |            | 24.12. is a working day, 25./26. are not
      WORKING_DAYS | 2025-12-30 | 2 | DE-NW | 2026-01-02 |            | 31.12. is a working day, Neujahr is not
      WORKING_DAYS | 2024-06-08 | 2 | DE-NW | 2024-06-11 |            | event on a Saturday: counting starts Monday
      WORKING_DAYS | 2024-04-01 | 1 | DE-NW | 2024-04-02 |            | event on a holiday
      WORKING_DAYS | 2025-01-03 | 1 | DE-BW | 2025-01-07 |            | Heilige Drei Könige in Baden-Württemberg
      WORKING_DAYS | 2025-01-03 | 1 | DE-NW | 2025-01-06 |            | ... not in NRW
      WORKING_DAYS | 2024-10-30 | 1 | DE-NI | 2024-11-01 |            | Reformationstag in Niedersachsen
      WORKING_DAYS | 2024-10-30 | 1 | DE-NW | 2024-10-31 |            | ... not in NRW
      WORKING_DAYS | 2024-10-31 | 1 | DE-NW | 2024-11-04 |            | Allerheiligen in NRW
      WORKING_DAYS | 2024-10-31 | 1 | DE-NI | 2024-11-01 |            | ... not in Niedersachsen
      WORKING_DAYS | 2024-11-19 | 1 | DE-SN | 2024-11-21 |            | Buß- und Bettag in Sachsen
      WORKING_DAYS | 2026-06-03 | 1 | DE-HE | 2026-06-05 |            | Fronleichnam 2026 in Hessen
      WORKING_DAYS | 2026-06-03 | 1 | DE-NI | 2026-06-04 |            | ... not in Niedersachsen
      WORKING_DAYS | 2028-02-28 | 2 | DE-NW | 2028-03-01 |            | leap day 29.2.2028 is a working day
      # Periods of days from an event (§ 187 Abs. 1, § 188 Abs. 1 BGB, § 26 Abs. 3 SGB X)
      DAYS         | 2024-03-25 | 7 | DE-NW | 2024-04-02 |            | end on Ostermontag moves to Tuesday
      DAYS         | 2024-01-31 | 7 | DE-NW | 2024-02-07 |            | end on a Wednesday stays
      DAYS         | 2028-02-22 | 7 | DE-NW | 2028-02-29 |            | end on the leap day
      DAYS         | 2027-12-18 | 7 | DE-NW | 2027-12-27 |            | end on 1. Weihnachtstag (a Saturday) moves past Sunday the 26th
      DAYS         | 2024-12-24 | 7 | DE-NW | 2024-12-31 |            | 31.12. is a working day
      DAYS         | 2024-12-25 | 7 | DE-NW | 2025-01-02 |            | end on Neujahr
      DAYS         | 2025-06-04 | 15 | DE-NW | 2025-06-20 |           | minimum standard 15 days ending on Fronleichnam
      DAYS         | 2025-06-04 | 15 | DE-BE | 2025-06-19 |           | ... not a holiday in Berlin
      DAYS         | 2025-06-12 | 7 | DE-HE | 2025-06-20 |            | Fronleichnam 2025 in Hessen
      # Days after postal notification (§ 37 Abs. 2 SGB X: 3 days before 2025, 4 days from 2025)
      DAYS_AFTER_POSTAL | 2027-12-22 | 7 | DE-NW | 2028-01-03 | 2027-12-26 | notified on a holiday Sunday, end on Sunday 2.1.2028
      DAYS_AFTER_POSTAL | 2024-12-30 | 7 | DE-NW | 2025-01-09 | 2025-01-02 | posted 30.12.2024: 3 days
      DAYS_AFTER_POSTAL | 2024-12-31 | 7 | DE-NW | 2025-01-10 | 2025-01-03 | posted 31.12.2024: 3 days
      DAYS_AFTER_POSTAL | 2025-01-01 | 7 | DE-NW | 2025-01-13 | 2025-01-05 | posted 1.1.2025: 4 days, notified on a Sunday
      DAYS_AFTER_POSTAL | 2025-01-02 | 7 | DE-NW | 2025-01-13 | 2025-01-06 | posted 2.1.2025: 4 days
      DAYS_AFTER_POSTAL | 2025-04-17 | 7 | DE-NW | 2025-04-28 | 2025-04-21 | notified on Ostermontag: not moved
      DAYS_AFTER_POSTAL | 2026-03-27 | 5 | DE-NW | 2026-04-07 | 2026-03-31 | invitation: end on Easter Sunday, then Ostermontag
      DAYS_AFTER_POSTAL | 2026-03-02 | 7 | DE-NW | 2026-03-13 | 2026-03-06 | plain case
      # Months after postal notification (§ 188 Abs. 2, 3 BGB): months ending on the 28th/29th/30th/31st
      MONTHS_AFTER_POSTAL | 2025-01-27 | 1 | DE-NW | 2025-02-28 | 2025-01-31 | 31 January → 28 February
      MONTHS_AFTER_POSTAL | 2028-01-27 | 1 | DE-NW | 2028-02-29 | 2028-01-31 | 31 January 2028 → 29 February (leap year)
      MONTHS_AFTER_POSTAL | 2025-05-27 | 1 | DE-NW | 2025-06-30 | 2025-05-31 | 31 May → 30 June
      MONTHS_AFTER_POSTAL | 2026-01-25 | 1 | DE-NW | 2026-03-02 | 2026-01-29 | 29 January → 28 February 2026, a Saturday
      MONTHS_AFTER_POSTAL | 2028-03-27 | 1 | DE-NW | 2028-05-02 | 2028-03-31 | 31 March → 30 April (Sunday) → 1 May holiday → Tuesday
      MONTHS_AFTER_POSTAL | 2025-11-22 | 1 | DE-NW | 2025-12-29 | 2025-11-26 | end on 2. Weihnachtstag 2025 (a Friday)
      MONTHS_AFTER_POSTAL | 2025-11-27 | 1 | DE-NW | 2026-01-02 | 2025-12-01 | end on Neujahr 2026
      MONTHS_AFTER_POSTAL | 2027-11-28 | 1 | DE-NW | 2028-01-03 | 2027-12-02 | end on Sunday 2.1.2028
      MONTHS_AFTER_POSTAL | 2024-11-27 | 1 | DE-NW | 2024-12-30 | 2024-11-30 | posted 2024: 3 days, notified on a Saturday
      """)
  void computes_the_due_date(DeadlineRule rule, LocalDate from, int amount, String state, LocalDate due,
      LocalDate notified, String why) {
    Deadline deadline = calculator.calculate(rule, from, amount, FederalState.fromIsoCode(state), null);

    assertThat(deadline.due()).as(why).isEqualTo(due);
    assertThat(deadline.notified()).as(why).isEqualTo(notified);
    assertThat(deadline.state().isoCode()).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0} +{1} months → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-08-31 | 6  | 2027-03-01 | 28.2.2027 (the month rule: no 31st) is a Sunday
      2026-11-06 | 6  | 2027-05-07 | 6.5.2027 is Christi Himmelfahrt
      2026-12-25 | 12 | 2027-12-27 | 25.12.2027 a Saturday, 26.12. a Sunday and a holiday
      2028-02-29 | 6  | 2028-08-29 | a Tuesday stays
      2027-08-31 | 6  | 2028-02-29 | the leap day, a Tuesday
      """)
  void a_period_of_months_from_an_event_ends_on_a_working_day(LocalDate event, int months, LocalDate due, String why) {
    assertThat(calculator.months(event, months).due()).as(why).isEqualTo(due);
    assertThat(calculator.months(event, months).notified()).isNull();
  }

  @Test
  void explains_a_period_of_months_and_refuses_what_is_no_period() {
    assertThat(calculator.months(LocalDate.of(2026, 8, 31), 6).steps()).containsExactly(
        "Ereignis: Mo 31.8.2026",
        "Fristbeginn am Folgetag (§ 187 Abs. 1 BGB): Di 1.9.2026",
        "Fristende nach 6 Monaten (§ 188 Abs. 3 BGB: der Monat hat keinen 31. Tag, also sein letzter Tag): So 28.2.2027",
        "Fristende fällt auf Sonntag, 28.2.2027 → Montag, 1.3.2027 (§ 26 Abs. 3 SGB X)",
        "Frist endet mit Ablauf von Mo 1.3.2027");
    assertThatThrownBy(() -> calculator.months(LocalDate.of(2026, 8, 31), 0))
        .isInstanceOf(InvalidDeadlineInputException.class).hasMessageContaining("1 bis 120");
    assertThatThrownBy(() -> calculator.months(null, 6)).isInstanceOf(InvalidDeadlineInputException.class)
        .hasMessageContaining("Das Datum (from) fehlt");
  }

  @Test
  void explains_a_postal_deadline_step_by_step() {
    Deadline deadline = calculator.calculate(DAYS_AFTER_POSTAL, LocalDate.of(2027, 12, 22), 7, null, null);

    assertThat(deadline.steps()).contains(
        "Aufgabe zur Post: Mi 22.12.2027",
        "Bekanntgabe (§ 37 Abs. 2 SGB X, 4. Tag): So 26.12.2027",
        "Fristende fällt auf Sonntag, 2.1.2028 → Montag, 3.1.2028 (§ 26 Abs. 3 SGB X)",
        "Frist endet mit Ablauf von Mo 3.1.2028");
  }

  @Test
  void names_the_holiday_an_end_is_moved_from() {
    Deadline deadline = calculator.calculate(DAYS, LocalDate.of(2024, 3, 25), 7, null, null);

    assertThat(deadline.steps())
        .contains("Fristende fällt auf Montag, 1.4.2024 (Ostermontag) → Dienstag, 2.4.2024 (§ 26 Abs. 3 SGB X)");
  }

  @Test
  void explains_letters_posted_before_2025_with_three_days() {
    Deadline deadline = calculator.calculate(DAYS_AFTER_POSTAL, LocalDate.of(2024, 12, 31), 7, null, null);

    assertThat(deadline.steps())
        .contains("Bekanntgabe (§ 37 Abs. 2 SGB X, 3. Tag, Aufgabe zur Post vor dem 1.1.2025): Fr 3.1.2025");
  }

  @Test
  void lists_the_holidays_skipped_when_counting_working_days() {
    Deadline deadline = calculator.calculate(WORKING_DAYS, LocalDate.of(2024, 3, 28), 2, null, null);

    assertThat(deadline.steps()).contains(
        "Kein Arbeitstag: Fr 29.3.2024 (Karfreitag)",
        "Kein Arbeitstag: Mo 1.4.2024 (Ostermontag)",
        "2. Arbeitstag: Mi 3.4.2024");
  }

  @Test
  void explains_a_month_without_the_notification_day_number() {
    Deadline deadline = calculator.calculate(MONTHS_AFTER_POSTAL, LocalDate.of(2025, 1, 27), 1, null, null);

    assertThat(deadline.steps()).contains(
        "Fristende nach 1 Monat (§ 188 Abs. 3 BGB: der Monat hat keinen 31. Tag, also sein letzter Tag): Fr 28.2.2025");
  }

  @Test
  void postal_days_given_for_one_calculation_override_the_law() {
    Deadline deadline = calculator.calculate(DAYS_AFTER_POSTAL, LocalDate.of(2026, 3, 2), 7, null, 3);

    assertThat(deadline.notified()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(deadline.steps()).contains("Bekanntgabe (abweichend festgelegter Postweg von 3 Tagen): Do 5.3.2026");
  }

  @Test
  void configured_postal_days_override_the_law_for_every_letter() {
    var seedRule = new DeadlineCalculator(HOLIDAYS, FederalState.DE_NW, 3);

    assertThat(seedRule.daysAfterPostal(LocalDate.of(2026, 3, 2), 7).notified()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void christmas_eve_new_years_eve_and_carnival_are_working_days() {
    assertThat(HOLIDAYS.isWorkingDay(LocalDate.of(2024, 12, 24), FederalState.DE_NW)).isTrue();
    assertThat(HOLIDAYS.isWorkingDay(LocalDate.of(2024, 12, 31), FederalState.DE_NW)).isTrue();
    assertThat(HOLIDAYS.isWorkingDay(LocalDate.of(2025, 3, 3), FederalState.DE_NW)).as("Rosenmontag").isTrue();
    assertThat(HOLIDAYS.isWorkingDay(LocalDate.of(2025, 12, 25), FederalState.DE_NW)).isFalse();
  }

  @Test
  void an_unknown_state_is_an_error_not_a_fallback() {
    assertThatThrownBy(() -> FederalState.fromIsoCode("DE-XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unbekanntes Bundesland „DE-XX“");
    assertThatThrownBy(() -> FederalState.fromIsoCode("nw")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FederalState.fromIsoCode("de-nw")).isEqualTo(FederalState.DE_NW);
  }

  @Test
  void rejects_amounts_dates_and_postal_days_no_deadline_follows_from() {
    assertThatThrownBy(() -> calculator.calculate(DAYS, LocalDate.of(2025, 1, 1), 0, null, null))
        .isInstanceOfSatisfying(InvalidDeadlineInputException.class, e -> assertThat(e.parameter()).isEqualTo("amount"));
    assertThatThrownBy(() -> calculator.calculate(MONTHS_AFTER_POSTAL, LocalDate.of(2025, 1, 1), 121, null, null))
        .isInstanceOfSatisfying(InvalidDeadlineInputException.class, e -> assertThat(e.parameter()).isEqualTo("amount"));
    assertThatThrownBy(() -> calculator.calculate(DAYS, LocalDate.of(1800, 1, 1), 1, null, null))
        .isInstanceOfSatisfying(InvalidDeadlineInputException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
    assertThatThrownBy(() -> calculator.calculate(DAYS_AFTER_POSTAL, LocalDate.of(2025, 1, 1), 7, null, -1))
        .isInstanceOfSatisfying(InvalidDeadlineInputException.class,
            e -> assertThat(e.parameter()).isEqualTo("postalDays"));
  }
}

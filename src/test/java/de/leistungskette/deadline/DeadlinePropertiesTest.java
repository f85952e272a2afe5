package de.leistungskette.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over many random dates 2024–2028, every state and every rule (fixed seed: repeatable). */
class DeadlinePropertiesTest {

  static final PublicHolidays HOLIDAYS = new PublicHolidays();
  final DeadlineCalculator calculator = new DeadlineCalculator(HOLIDAYS, FederalState.DE_NW, null);
  final Random random = new Random(20261121L);

  @Test
  void every_due_date_is_a_working_day_of_its_state_and_never_before_the_event() {
    for (int i = 0; i < 20_000; i++) {
      DeadlineRule rule = randomRule();
      LocalDate from = randomDate();
      int amount = 1 + random.nextInt(rule == DeadlineRule.MONTHS_AFTER_POSTAL ? 12 : 40);
      FederalState state = randomState();

      Deadline deadline = calculator.calculate(rule, from, amount, state, null);

      assertThat(HOLIDAYS.isWorkingDay(deadline.due(), state)).as("%s %s +%d %s", rule, from, amount, state).isTrue();
      assertThat(deadline.due()).isAfter(from);
      if (rule.isPostal()) {
        assertThat(deadline.notified()).isEqualTo(from.plusDays(from.getYear() < 2025 ? 3 : 4));
        assertThat(deadline.due()).isAfter(deadline.notified());
      }
    }
  }

  @Test
  void the_due_date_never_decreases_when_the_event_moves_later() {
    for (int i = 0; i < 5_000; i++) {
      DeadlineRule rule = randomRule();
      int amount = 1 + random.nextInt(rule == DeadlineRule.MONTHS_AFTER_POSTAL ? 12 : 40);
      FederalState state = randomState();
      LocalDate from = randomDate();
      LocalDate previousDue = calculator.calculate(rule, from, amount, state, null).due();
      for (int step = 1; step <= 10; step++) {
        LocalDate due = calculator.calculate(rule, from.plusDays(step), amount, state, null).due();
        assertThat(due).as("%s %s +%d %s", rule, from.plusDays(step), amount, state).isAfterOrEqualTo(previousDue);
        previousDue = due;
      }
    }
  }

  @Test
  void working_days_are_exactly_amount_working_days_after_the_event() {
    for (int i = 0; i < 5_000; i++) {
      LocalDate from = randomDate();
      int amount = 1 + random.nextInt(30);
      FederalState state = randomState();

      LocalDate due = calculator.calculate(DeadlineRule.WORKING_DAYS, from, amount, state, null).due();

      long workingDaysBetween = from.plusDays(1).datesUntil(due.plusDays(1))
          .filter(day -> HOLIDAYS.isWorkingDay(day, state)).count();
      assertThat(workingDaysBetween).isEqualTo(amount);
    }
  }

  private DeadlineRule randomRule() {
    return DeadlineRule.values()[random.nextInt(DeadlineRule.values().length)];
  }

  private FederalState randomState() {
    return FederalState.values()[random.nextInt(FederalState.values().length)];
  }

  private LocalDate randomDate() {
    return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(5 * 365));
  }
}

package de.leistungskette.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.FederalState;
import de.leistungskette.deadline.PublicHolidays;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The posting-day rules every letter keeps, without an engine. */
class LettersTest {

  static final Field POSTED = Field.of("requestPostedOn", "Datum der Aufgabe zur Post des Schreibens");
  final Letters letters = new Letters(new DeadlineCalculator(new PublicHolidays(), FederalState.DE_NW, null));

  @Test
  void nothing_entered_means_the_next_day_post_is_handed_in() {
    LocalDate event = LocalDate.of(2026, 11, 2);
    // Monday to Saturday: today
    assertThat(letters.postedOn(null, POSTED, event, "dem Eingang", LocalDate.of(2026, 11, 21)))
        .isEqualTo("2026-11-21");
    // a Sunday: Monday
    assertThat(letters.postedOn(null, POSTED, event, "dem Eingang", LocalDate.of(2026, 11, 22)))
        .isEqualTo("2026-11-23");
    // Christmas Day, then a Saturday that is the second Christmas holiday: Monday 28.12.
    assertThat(letters.postedOn(null, POSTED, event, "dem Eingang", LocalDate.of(2026, 12, 25)))
        .isEqualTo("2026-12-28");
  }

  @Test
  void an_entered_day_is_taken_as_entered_when_plausible() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(letters.postedOn(LocalDate.of(2026, 11, 20), POSTED, LocalDate.of(2026, 11, 20), "dem Eingang", today))
        .isEqualTo("2026-11-20");
    // the furthest allowed: 14 days ahead, a Monday
    assertThat(letters.postedOn(LocalDate.of(2026, 12, 7), POSTED, LocalDate.of(2026, 11, 20), "dem Eingang", today))
        .isEqualTo("2026-12-07");
  }

  @Test
  void an_implausible_day_is_refused_in_german() {
    LocalDate today = LocalDate.of(2026, 12, 23);
    LocalDate event = LocalDate.of(2026, 12, 1);
    assertRefused(LocalDate.of(2026, 11, 30), event, today,
        "Datum der Aufgabe zur Post des Schreibens (requestPostedOn) darf nicht vor dem Beginn der Prüfung "
            + "(Di 1.12.2026) liegen.");
    assertRefused(LocalDate.of(2026, 12, 25), event, today,
        "Datum der Aufgabe zur Post des Schreibens (requestPostedOn): Am Fr 25.12.2026 wird keine Post aufgegeben "
            + "(Feiertag: 1. Weihnachtstag).");
    assertRefused(LocalDate.of(2026, 12, 27), event, today,
        "Datum der Aufgabe zur Post des Schreibens (requestPostedOn): Am So 27.12.2026 wird keine Post aufgegeben "
            + "(Sonntag).");
    assertRefused(LocalDate.of(2027, 1, 7), event, today,
        "Datum der Aufgabe zur Post des Schreibens (requestPostedOn): Do 7.1.2027 liegt mehr als 14 Tage nach heute "
            + "(Mi 23.12.2026).");
  }

  @Test
  void periods_run_from_the_postal_notification() {
    // posted Monday, notified Friday (4 days, § 37 Abs. 2 SGB X since 2025), 7 days: Friday
    assertThat(letters.daysAfterNotification(LocalDate.of(2026, 11, 23), 7)).isEqualTo("2026-12-04");
    // notified 31.1., one month: the last day of February
    assertThat(letters.monthsAfterNotification(LocalDate.of(2025, 1, 27), 1)).isEqualTo("2025-02-28");
    // notified 1.12., one month ends on New Year's Day: the next working day
    assertThat(letters.monthsAfterNotification(LocalDate.of(2026, 11, 27), 1)).isEqualTo("2027-01-04");
  }

  private void assertRefused(LocalDate entered, LocalDate event, LocalDate today, String message) {
    assertThatThrownBy(() -> letters.postedOn(entered, POSTED, event, "dem Beginn der Prüfung", today))
        .isInstanceOf(RejectedInputException.class).hasMessage(message);
  }
}

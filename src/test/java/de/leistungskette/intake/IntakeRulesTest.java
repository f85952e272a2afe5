package de.leistungskette.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.intake.IntakeRules.HistoryNote;
import de.leistungskette.intake.IntakeRules.Member;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intake's rules without an engine: ages, the household, history notes, appointments. */
class IntakeRulesTest {

  static final LocalDate REGISTERED = LocalDate.of(2026, 11, 20);

  @Test
  void age_counts_completed_years_and_a_29th_of_february_birthday_completes_on_the_1st_of_march() {
    assertThat(IntakeRules.age(LocalDate.of(2001, 11, 20), REGISTERED)).isEqualTo(25);
    assertThat(IntakeRules.age(LocalDate.of(2001, 11, 21), REGISTERED)).isEqualTo(24);
    assertThat(IntakeRules.under25(LocalDate.of(2001, 11, 21), REGISTERED)).isTrue();
    assertThat(IntakeRules.under25(LocalDate.of(2001, 11, 20), REGISTERED)).isFalse();
    // born 29.2.2012: 14 on 28.2.2027, 15 on 1.3.2027 (§ 188 Abs. 3 BGB)
    assertThat(IntakeRules.age(LocalDate.of(2012, 2, 29), LocalDate.of(2027, 2, 28))).isEqualTo(14);
    assertThat(IntakeRules.age(LocalDate.of(2012, 2, 29), LocalDate.of(2027, 3, 1))).isEqualTo(15);
  }

  @Test
  void the_household_is_read_from_form_lines_or_json_and_a_bad_entry_is_refused() {
    List<Member> lines = IntakeRules.household("Lea Muster; 25.11.2011; ja\n\n Oma; 1.1.1950 ; Nein ", REGISTERED);
    assertThat(lines).containsExactly(new Member("Lea Muster", LocalDate.of(2011, 11, 25), true),
        new Member("Oma", LocalDate.of(1950, 1, 1), false));
    List<Member> json = IntakeRules.household("[{\"name\":\"Lea\",\"birthDate\":\"2011-11-25\",\"ableToWork\":true}]",
        REGISTERED);
    assertThat(json).containsExactly(new Member("Lea", LocalDate.of(2011, 11, 25), true));
    assertThat(IntakeRules.fromRecorded(IntakeRules.toJson(lines))).isEqualTo(lines);

    assertRefused(() -> IntakeRules.household("Lea; 25.11.2011", REGISTERED), "Zeile 1");
    assertRefused(() -> IntakeRules.household("Lea; 2011-11-25; ja", REGISTERED), "kein gültiges Datum (TT.MM.JJJJ)");
    assertRefused(() -> IntakeRules.household("Lea; 25.11.2011; vielleicht", REGISTERED), "erwartet ja oder nein");
    assertRefused(() -> IntakeRules.household("Lea; 21.11.2026; ja", REGISTERED), "nicht zwischen dem 1.1.1900");
    assertRefused(() -> IntakeRules.household("[{\"name\":\"Lea\"", REGISTERED), "kein gültiges JSON");
    assertRefused(() -> IntakeRules.household("[{\"name\":\"\",\"birthDate\":\"2011-11-25\",\"ableToWork\":true}]",
        REGISTERED), "Person 1: name fehlt");
  }

  @Test
  void history_notes_are_for_members_able_to_work_aged_15_or_more_on_the_day_of_the_decision() {
    List<Member> household = List.of(new Member("Lea", LocalDate.of(2011, 11, 25), true),
        new Member("Tim", LocalDate.of(2011, 11, 26), true), new Member("Oma", LocalDate.of(1950, 1, 1), false));
    List<HistoryNote> notes = IntakeRules.historyNotes("Erika", LocalDate.of(1980, 6, 1), household, "K-1-QEB-1",
        "abgelehnt", LocalDate.of(2026, 11, 25));
    assertThat(notes).extracting(HistoryNote::name).containsExactly("Erika", "Lea");
    assertThat(notes.get(1).age()).isEqualTo(15);
    assertThat(notes.get(1).text()).isEqualTo("Antrag K-1-QEB-1 am 25.11.2026 abgelehnt.");
  }

  @Test
  void the_qeb_appointment_is_soon_and_attendance_is_recorded_from_its_day() {
    assertThat(IntakeRules.qebAppointment(REGISTERED.plusDays(14), REGISTERED, 14)).isEqualTo("2026-12-04");
    assertRefused(() -> IntakeRules.qebAppointment(REGISTERED.plusDays(15), REGISTERED, 14), "nicht kurzfristig");
    assertRefused(() -> IntakeRules.qebAppointment(REGISTERED.minusDays(1), REGISTERED, 14), "nicht vor dem Tag");
    IntakeRules.qebHeld(REGISTERED, REGISTERED);
    assertRefused(() -> IntakeRules.qebHeld(REGISTERED.plusDays(1), REGISTERED), "erst am Sa 21.11.2026");
    assertThat(IntakeRules.applicationId("K-4711", 2)).isEqualTo("K-4711-QEB-2");
  }

  @Test
  void months_are_whole_numbers_from_0_to_600() {
    assertThat(IntakeRules.months(3, "m", "Monate")).isEqualTo(3);
    assertThat(IntakeRules.months(3L, "m", "Monate")).isEqualTo(3);
    assertThat(IntakeRules.months(3.0, "m", "Monate")).isEqualTo(3);
    assertThat(IntakeRules.months("12", "m", "Monate")).isEqualTo(12);
    assertRefused(() -> IntakeRules.months(2.5, "m", "Monate"), "keine ganze Zahl");
    assertRefused(() -> IntakeRules.months("drei", "m", "Monate"), "keine ganze Zahl");
    assertRefused(() -> IntakeRules.months(601, "m", "Monate"), "nicht zwischen 0 und 600");
  }

  private static void assertRefused(Runnable rule, String part) {
    assertThatThrownBy(rule::run).isInstanceOf(RejectedInputException.class).hasMessageContaining(part);
  }
}

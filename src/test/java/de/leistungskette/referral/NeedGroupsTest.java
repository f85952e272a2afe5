package de.leistungskette.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.referral.NeedGroups.AddictionModule;
import de.leistungskette.referral.NeedGroups.Placement;
import de.leistungskette.referral.NeedGroups.Plan;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Need groups and planned effort after the seeds' contracts (seed 004 § 4.6.1, § 4.6.4). */
class NeedGroupsTest {

  @ParameterizedTest(name = "Sucht HBG {0}, Erstbehandlung {1}: {2} E-Stunden + {3} Gruppensitzungen")
  @CsvSource({
      "1, false, 12, 13", "1, true, 12, 13",
      "2, false, 22, 13", "2, true, 22, 13",
      "3, false, 28, 0", "3, true, 31, 0",
      "4, false, 38, 0", "4, true, 41, 0",
      "5, false, 48, 13", "5, true, 51, 13"})
  void addiction_need_groups_have_the_agreed_hours(int group, boolean firstTreatment, int hours, int sessions) {
    Plan plan = NeedGroups.addiction(group, Placement.REHABILITATION, firstTreatment, Set.of());
    assertThat(plan.individualHours()).isEqualTo(hours);
    assertThat(plan.groupSessions()).isEqualTo(sessions);
  }

  @Test
  void groups_3_to_5_place_in_rehabilitation_or_housing_and_need_to_know_which() {
    assertThat(NeedGroups.addiction(3, Placement.HOUSING, false, Set.of()).modules())
        .containsExactly("1. Basisberatung: 7 E-Stunden", "5. Vermittlung in ambulante oder stationäre Wohnformen: 14 E-Stunden",
            "6. Sicherung der Abstinenz und Arbeitsfähigkeit: 7 E-Stunden");
    assertThatThrownBy(() -> NeedGroups.addiction(4, null, false, Set.of()))
        .hasMessageContaining("Rehabilitation oder Wohnform");
    assertThatThrownBy(() -> NeedGroups.addiction(6, Placement.HOUSING, false, Set.of())).hasMessageContaining("1 bis 5");
  }

  @Test
  void special_modules_8_to_13_add_their_effort_and_nothing_is_invented() {
    Plan plan = NeedGroups.addiction(1, null, false,
        Set.of(AddictionModule.SOCIAL_SKILLS, AddictionModule.TRAFFIC, AddictionModule.MIGRATION,
            AddictionModule.RELATIVES));
    // 12 + 2 + 3 + 2 (the lower end of 2-6) individual hours; 13 + 10 + 15 + 3 group sessions
    assertThat(plan.individualHours()).isEqualTo(19);
    assertThat(plan.groupSessions()).isEqualTo(41);
    assertThat(plan.summary()).contains("2 bis 6 E-Stunden je nach Situation (Modul 9)", "bis zu 7 Sitzungen (Modul 11)");
    assertThatThrownBy(() -> NeedGroups.addiction(1, null, false, Set.of(AddictionModule.BASIC)))
        .hasMessageContaining("kein Sondermodul");
  }

  @ParameterizedTest(name = "Schulden HBG {0}")
  @CsvSource({"1, 4, false", "2, 5, true", "3, 6, true", "4, 2, true"})
  void debt_need_groups_start_with_an_intake_hour_and_phase_2_needs_approval(int group, int lines, boolean phase2) {
    Plan plan = NeedGroups.debt(group, false, false);
    assertThat(plan.modules()).hasSize(lines).first().isEqualTo("Eingangsberatung: 1 Stunde (immer zuerst)");
    assertThat(plan.individualHours()).isEqualTo(NeedGroups.DEBT_INTAKE_HOURS);
    assertThat(NeedGroups.needsPhase2Approval(plan)).isEqualTo(phase2);
    assertThat(plan.summary()).contains("weitere Stunden nennt die Leistungsbeschreibung nicht");
  }

  @Test
  void debt_modules_needed_only_sometimes_are_booked_when_needed() {
    assertThat(NeedGroups.debt(2, true, false).modules()).contains("4. Psychosoziale Beratung/Betreuung (Phase 2)");
    assertThat(NeedGroups.debt(3, false, true).modules()).contains("7. Maßnahmen zur Prävention (Phase 2)");
    assertThatThrownBy(() -> NeedGroups.debt(5, false, false)).hasMessageContaining("1 bis 4");
  }
}

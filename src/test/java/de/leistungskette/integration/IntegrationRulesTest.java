package de.leistungskette.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.FederalState;
import de.leistungskette.deadline.PublicHolidays;
import de.leistungskette.integration.IntegrationManagement.Benefits;
import de.leistungskette.integration.IntegrationManagement.Model;
import de.leistungskette.integration.IntegrationManagement.TargetGroup;
import de.leistungskette.integration.IntegrationRules.Earlier;
import de.leistungskette.integration.IntegrationRules.Extension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of integration management without an engine, with concrete calendar dates. */
class IntegrationRulesTest {

  private static final LocalDate ASSIGNED = LocalDate.of(2026, 8, 31);

  @Test
  void bw_three_years_from_the_first_counselling_by_the_month_rule() {
    assertThat(IntegrationRules.counsellingPeriod(Model.BW, ASSIGNED, LocalDate.of(2028, 2, 29), 36, 0).endsOn())
        .isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(IntegrationRules.counsellingPeriod(Model.BW, ASSIGNED, LocalDate.of(2026, 1, 31), 36, 0).endsOn())
        .isEqualTo(LocalDate.of(2029, 1, 31));
    // not moved off a Sunday: 23.11.2031 is a Sunday, the offer ends that day
    assertThat(IntegrationRules.counsellingPeriod(Model.BW, ASSIGNED, LocalDate.of(2028, 11, 23), 36, 0).endsOn())
        .isEqualTo(LocalDate.of(2031, 11, 23));
    // extensions are counted from the first counselling, not chained: 31.1.2026 + 36 + 1 = 28.2.2029, + 2 = 31.3.2029
    assertThat(IntegrationRules.counsellingPeriod(Model.BW, ASSIGNED, LocalDate.of(2026, 1, 31), 36, 1).endsOn())
        .isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(IntegrationRules.counsellingPeriod(Model.BW, ASSIGNED, LocalDate.of(2026, 1, 31), 36, 2).endsOn())
        .isEqualTo(LocalDate.of(2029, 3, 31));
  }

  @Test
  void wiesbaden_phase_1_from_the_assignment_on_31_august_ends_on_the_leap_day() {
    var period = IntegrationRules.counsellingPeriod(Model.WIESBADEN, ASSIGNED, LocalDate.of(2026, 9, 15), 18, 0);
    assertThat(period.endsOn()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(period.explanation()).contains("18 Monate ab dem Tag der Zuweisung 31.8.2026").contains("§ 188 Abs. 3 BGB");
  }

  @Test
  void extensions_together_at_most_twelve_months() {
    Extension first = IntegrationRules.extension(8, 0, 12);
    assertThat(first.months()).isEqualTo(8);
    assertThat(first.monthsLeft()).isEqualTo(4);
    Extension second = IntegrationRules.extension(6, 8, 12);
    assertThat(second.months()).isEqualTo(4);
    assertThat(second.monthsLeft()).isZero();
    assertThat(second.note()).startsWith("Genehmigt 6 Monate, gewährt 4");
    assertThatThrownBy(() -> IntegrationRules.extension(1, 12, 12)).hasMessageContaining("ausgeschöpft");
    assertThatThrownBy(() -> IntegrationRules.extension(0, 0, 12)).hasMessageContaining("mindestens 1 Monat");
  }

  @Test
  void eligibility_follows_target_group_and_benefits() {
    assertThat(IntegrationRules.eligible(TargetGroup.UKRAINE_24, Benefits.SGB12)).isTrue();
    assertThat(IntegrationRules.eligible(TargetGroup.OTHER, Benefits.SGB2)).isFalse();
    assertThat(IntegrationRules.eligible(TargetGroup.REFUGEE_FOLLOW_UP, Benefits.NONE)).isFalse();
    assertThat(IntegrationRules.eligibilityQuestion(TargetGroup.REFUGEE_FOLLOW_UP, Benefits.ASYLBLG)).isNull();
  }

  @Test
  void adults_only_counted_on_the_day_of_assignment() {
    assertThat(IntegrationRules.adultOn(LocalDate.of(2008, 8, 31), ASSIGNED)).isTrue();
    assertThat(IntegrationRules.adultOn(LocalDate.of(2008, 9, 1), ASSIGNED)).isFalse();
  }

  @Test
  void reviews_every_n_months_on_a_working_day_but_not_after_the_end() {
    DeadlineCalculator calendar = new DeadlineCalculator(new PublicHolidays(), FederalState.DE_BW, null);
    // 31.8.2026 + 6 months = 28.2.2027, a Sunday: the review is due on Monday
    assertThat(IntegrationRules.nextReview(calendar.months(LocalDate.of(2026, 8, 31), 6), null))
        .isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(IntegrationRules.nextReview(calendar.months(LocalDate.of(2029, 10, 1), 6), LocalDate.of(2029, 11, 23)))
        .isEqualTo(LocalDate.of(2029, 11, 23));
    // moved past the end of counselling (Sunday 23.11.2031, which stays): the end
    assertThat(IntegrationRules.nextReview(calendar.months(LocalDate.of(2031, 5, 23), 6), LocalDate.of(2031, 11, 23)))
        .isEqualTo(LocalDate.of(2031, 11, 23));
  }

  @Test
  void an_earlier_period_runs_until_its_last_day() {
    LocalDate end = LocalDate.of(2029, 11, 23);
    assertThat(IntegrationRules.earlier(null, end)).isEqualTo(Earlier.NONE);
    assertThat(IntegrationRules.earlier(end, end)).isEqualTo(Earlier.PERIOD_RUNNING);
    assertThat(IntegrationRules.earlier(end, end.plusDays(1))).isEqualTo(Earlier.PERIOD_ENDED);
  }
}

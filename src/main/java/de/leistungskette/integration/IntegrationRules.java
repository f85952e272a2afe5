package de.leistungskette.integration;

import static de.leistungskette.deadline.GermanDates.longForm;
import static de.leistungskette.deadline.GermanDates.numeric;

import de.leistungskette.deadline.Deadline;
import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.integration.IntegrationManagement.Benefits;
import de.leistungskette.integration.IntegrationManagement.Model;
import de.leistungskette.integration.IntegrationManagement.TargetGroup;
import java.time.LocalDate;
import java.time.Period;

/**
 * The rules of integration management (seeds 000, 001; shared/DOMAIN.md section 4) as plain Java:
 * who takes part, when the counselling period ends, how far it may be extended, when the plan is
 * next reviewed and whether an earlier period still runs. Periods come in as numbers (from
 * "Fristen der Prozesse"), dates in, dates and German explanations out; no engine.
 *
 * <p>Periods of months end by the Fristenrechner's month rule (§ 188 Abs. 2, 3 BGB): on the day
 * of the later month with the event's number, or that month's last day. The end of counselling is
 * not moved off a weekend: it ends an offer, it is no deadline for anybody's declaration.
 */
public final class IntegrationRules {

  private IntegrationRules() {}

  /** Seed 001: the target group, receiving benefits under the AsylbLG or any SGB. */
  public static boolean eligible(TargetGroup group, Benefits benefits) {
    return group != TargetGroup.OTHER && benefits != Benefits.NONE;
  }

  /** Why the manager has to decide on participation (the task's explanation), or null. */
  public static String eligibilityQuestion(TargetGroup group, Benefits benefits) {
    if (eligible(group, benefits)) {
      return null;
    }
    StringBuilder why = new StringBuilder("Die Teilnahmevoraussetzungen (VwV Integrationsmanagement, seed 001) sind "
        + "nicht erkennbar erfüllt:");
    if (group == TargetGroup.OTHER) {
      why.append(" die Person gehört nicht zur Zielgruppe (Geflüchtete in der Anschlussunterbringung, Vertriebene aus "
          + "der Ukraine nach § 24 AufenthG).");
    }
    if (benefits == Benefits.NONE) {
      why.append(" die Person bezieht keine Leistungen nach dem AsylbLG oder einem SGB.");
    }
    return why.append(" Bitte entscheiden und begründen.").toString();
  }

  /** An adult on the day of assignment (the counselling period is per adult, seed 001). */
  public static boolean adultOn(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears() >= 18;
  }

  /** The counselling period: its end and how it was computed. */
  public record CounsellingPeriod(LocalDate endsOn, String explanation) {}

  /**
   * BW: at most {@code months} (36) after the first counselling interview, plus what was granted;
   * WIESBADEN: phase 1 ends {@code months} (18) after the day of assignment.
   */
  public static CounsellingPeriod counsellingPeriod(Model model, LocalDate assignedOn, LocalDate firstCounsellingOn,
      int months, int extensionMonths) {
    if (model == Model.WIESBADEN) {
      LocalDate end = DeadlineCalculator.monthsLater(assignedOn, months);
      return new CounsellingPeriod(end, "Phase 1 (ganzheitliches Integrationsmanagement): " + months
          + " Monate ab dem Tag der Zuweisung " + numeric(assignedOn) + " (seed 000), endet am " + longForm(end) + " ("
          + DeadlineCalculator.monthRule(assignedOn, end) + ").");
    }
    int total = months + extensionMonths;
    LocalDate end = DeadlineCalculator.monthsLater(firstCounsellingOn, total);
    return new CounsellingPeriod(end, "Beratungszeitraum: " + months + " Monate ab dem ersten Beratungsgespräch "
        + numeric(firstCounsellingOn) + (extensionMonths > 0 ? ", verlängert um " + extensionMonths + " Monate" : "")
        + " (VwV Integrationsmanagement Nr. 4.1.5, seed 001), endet am " + longForm(end) + " ("
        + DeadlineCalculator.monthRule(firstCounsellingOn, end) + ").");
  }

  /** An extension as granted: the months and, when they were cut to the limit, why. */
  public record Extension(int months, int monthsLeft, String note) {}

  /**
   * All extensions together at most {@code maximum} months (seed 001: "um bis zu einem weiteren
   * Jahr"): the months asked for are cut to what is left.
   */
  public static Extension extension(int monthsApproved, int alreadyGranted, int maximum) {
    if (monthsApproved < 1) {
      throw new IllegalArgumentException("Bitte mindestens 1 Monat genehmigen oder die Verlängerung ablehnen.");
    }
    int left = Math.max(0, maximum - alreadyGranted);
    if (left == 0) {
      throw new IllegalArgumentException("Die Verlängerung ist ausgeschöpft: " + maximum + " Monate sind bereits gewährt.");
    }
    int granted = Math.min(monthsApproved, left);
    String note = granted < monthsApproved
        ? "Genehmigt " + monthsApproved + " Monate, gewährt " + granted + ": alle Verlängerungen zusammen höchstens "
            + maximum + " Monate, bereits gewährt " + alreadyGranted + "."
        : "Gewährt " + granted + " Monate (zusammen " + (alreadyGranted + granted) + " von höchstens " + maximum + ").";
    return new Extension(granted, left - granted, note);
  }

  /**
   * The next review of the plan: the end of {@code review} (the review months from the last update,
   * on a working day), not after the end of counselling.
   */
  public static LocalDate nextReview(Deadline review, LocalDate counsellingEndsOn) {
    return counsellingEndsOn != null && review.due().isAfter(counsellingEndsOn) ? counsellingEndsOn : review.due();
  }

  /** What an earlier case of the same person means for a new start. */
  public enum Earlier { NONE, PERIOD_RUNNING, PERIOD_ENDED }

  /**
   * Seed 001: a return within the maximum period may re-enter until the period ends (the manager
   * decides); after it, no new period.
   */
  public static Earlier earlier(LocalDate earlierEndsOn, LocalDate today) {
    if (earlierEndsOn == null) {
      return Earlier.NONE;
    }
    return today.isAfter(earlierEndsOn) ? Earlier.PERIOD_ENDED : Earlier.PERIOD_RUNNING;
  }
}

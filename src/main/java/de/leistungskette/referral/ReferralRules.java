package de.leistungskette.referral;

import static de.leistungskette.referral.KelReferral.*;

import de.leistungskette.casework.CaseChecks;
import de.leistungskette.casework.Field;
import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.referral.KelReferral.ConsentScope;
import de.leistungskette.referral.NeedGroups.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of "Zuweisung kommunale Eingliederungsleistung (§ 16a SGB II)" in plain Java: days,
 * enums and texts in, decisions out, German refusals for what may not be.
 */
public final class ReferralRules {


  /** The service's deadlines, each a day; interim {@code null} where the service has none. */
  public record Deadlines(LocalDate firstAppointment, LocalDate initialFeedback, LocalDate interim, LocalDate result,
      boolean appointmentCheck) {}

  private static final List<Field> REPORT_CONTENTS = List.of(Field.of(INITIAL_SITUATION, "Ausgangssituation"),
      Field.of(GOALS, "Ziele der Beratung / Leistungsmodule"), Field.of(RESULT, "(Zwischen-)Ergebnis"),
      Field.of(OUTLOOK, "Weitere Maßnahmen / Zeitraum / Ausblick"), Field.of(OTHER, "Sonstiges, u. a. Mitwirkung"));

  /**
   * Per provider task, every field that says something about the contents of the counselling
   * (findings, goals, need group, treatment): the provider may fill it in only when the client
   * agreed to reports on contents (Art. 9 DSGVO, § 67b SGB X; the agreement's "konkretisierte
   * Schweigepflichtsentbindung"). With consent to attendance only, every completion of these tasks
   * is refused when one of them holds anything, and nothing is recorded. A provider task not listed
   * here carries no content field; the conventions test holds this list against the forms.
   */
  public static final Map<String, List<Field>> CONTENT_FIELDS = Map.of(
      INITIAL_FEEDBACK, List.of(Field.of(NEED_GROUP, "Hilfebedarfsgruppe"), Field.of(PLACEMENT, "Vermittlung in"),
          Field.of(FIRST_TREATMENT, "Erstbehandlung"), Field.of(PSYCHOSOCIAL_NEEDED, "Psychosoziale Beratung nötig"),
          Field.of(PREVENTION_NEEDED, "Prävention nötig"), REPORT_CONTENTS.get(0)),
      INTERIM_REPORT, REPORT_CONTENTS,
      FINAL_REPORT, REPORT_CONTENTS);

  private final DeadlineCalculator calculator;

  public ReferralRules(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  /** The day of the referral: from 2000, not after today. */
  public static LocalDate referredOn(LocalDate day, LocalDate today) {
    return CaseChecks.caseDay(day, Field.of(REFERRED_ON, "Tag der Zuweisung"), today);
  }

  /** The provider must offer the service. */
  public static Provider provider(List<Provider> providers, String providerId, Service service) {
    Provider provider = providers.stream().filter(p -> p.id().equals(providerId)).findFirst()
        .orElseThrow(() -> new RejectedInputException("Träger (" + PROVIDER_ID + "): unbekannter Träger „" + providerId
            + "“. Bekannt: " + String.join(", ", providers.stream().map(Provider::id).toList()) + "."));
    if (!provider.services().contains(service)) {
      throw new RejectedInputException("Träger (" + PROVIDER_ID + "): „" + provider.name() + "“ bietet "
          + service.label() + " nicht an.");
    }
    return provider;
  }

  /**
   * The deadlines from the table row of the service, counted from the day of the referral by the
   * Fristenrechner (calendar days, end on a working day). "Individuell" (empty in the table) means
   * the caseworker's date: required for the result, optional for the interim report.
   */
  public Deadlines deadlines(Map<String, Object> row, LocalDate referredOn, LocalDate individualInterim,
      LocalDate individualResult) {
    Integer first = (Integer) row.get("firstAppointmentDays");
    Integer initial = (Integer) row.get("initialFeedbackDays");
    Integer interimWeeks = (Integer) row.get("interimFeedbackWeeks");
    Integer resultWeeks = (Integer) row.get("resultWeeks");
    boolean check = Boolean.TRUE.equals(row.get("appointmentCheck"));
    if (first == null || initial == null) {
      throw new IllegalStateException("Die Tabelle „Fristen der Zuweisung“ nennt für diese Leistung keinen Ersttermin.");
    }
    LocalDate interim = interimWeeks != null ? days(referredOn, interimWeeks * 7)
        : individualInterim == null ? null : after(individualInterim, referredOn, INDIVIDUAL_INTERIM_ON, "Zwischenmeldung bis");
    LocalDate result;
    if (resultWeeks != null) {
      result = days(referredOn, resultWeeks * 7);
    } else if (individualResult != null) {
      result = after(individualResult, referredOn, INDIVIDUAL_RESULT_ON, "Ergebnis bis");
    } else {
      throw new RejectedInputException("Ergebnis bis (" + INDIVIDUAL_RESULT_ON + ") fehlt: Für diese Leistung wird das "
          + "Ergebnis individuell vereinbart (seed 004 § 4.2); bitte ein Datum angeben.");
    }
    return new Deadlines(days(referredOn, first), days(referredOn, initial), interim, result, check);
  }

  private LocalDate days(LocalDate from, int days) {
    return calculator.days(from, days).due();
  }

  private static LocalDate after(LocalDate day, LocalDate referredOn, String variable, String label) {
    Inputs.requireFrom(day, referredOn.plusDays(1), variable, label, "dem Tag nach der Zuweisung");
    return day;
  }

  /** The voucher's readable number ({@code KEL-2027-000123}): year of the referral and a running number. */
  public static String voucherNumber(LocalDate referredOn, long running) {
    return String.format("KEL-%d-%06d", referredOn.getYear(), running);
  }

  /** Contents only with consent to contents (seed 004 § 3.3: "konkretisierte Schweigepflichtsentbindung"). */
  public static void onlyWhatConsentAllows(ConsentScope scope, Map<String, Boolean> given) {
    if (scope == ConsentScope.CONTENTS) {
      return;
    }
    List<String> contents = given.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (!contents.isEmpty()) {
      throw new RejectedInputException("Die Einwilligung erlaubt nur Rückmeldungen zur Teilnahme (Beginn, Termin "
          + "wahrgenommen, Ende), keine Inhalte. Bitte leer lassen: " + String.join(", ", contents) + ".");
    }
  }

  /** A need group as a form sends it (a number, or its text from a select). */
  public static int needGroup(Object value) {
    String text = value == null ? "" : value.toString().trim();
    if (!text.matches("[1-5](\\.0)?")) {
      throw new RejectedInputException("Hilfebedarfsgruppe (" + NEED_GROUP + "): „" + text + "“, erlaubt 1 bis 5.");
    }
    return Integer.parseInt(text.substring(0, 1));
  }

  /** The plan of a need group, for addiction and debt counselling; empty text for other services. */
  public static Plan plan(Service service, int needGroup, NeedGroups.Placement placement, boolean firstTreatment,
      boolean psychosocialNeeded, boolean preventionNeeded) {
    return switch (service) {
      case ADDICTION -> NeedGroups.addiction(needGroup, placement, firstTreatment, Set.of());
      case DEBT -> NeedGroups.debt(needGroup, psychosocialNeeded, preventionNeeded);
      default -> throw new RejectedInputException("Hilfebedarfsgruppe (" + NEED_GROUP + "): nur bei Sucht- und "
          + "Schuldnerberatung.");
    };
  }
}

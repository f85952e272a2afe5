package de.leistungskette.deadline;

import static de.leistungskette.deadline.GermanDates.longForm;
import static de.leistungskette.deadline.GermanDates.shortForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Fristenrechner: computes every deadline of Leistungskette and explains it in German.
 * Plain Java (no Camunda, no Spring), so that processes, forms, the API and reports share one
 * implementation of shared/DOMAIN.md section 1:
 *
 * <ul>
 *   <li>Working days: Monday to Friday without the statutory holidays of the federal state; "within
 *       n working days of D" is the n-th working day after D, D itself never counts.
 *   <li>Notification by post (§ 37 Abs. 2 SGB X): a letter posted on D counts as notified on D + 4
 *       days if posted from 1 January 2025 (Postrechtsmodernisierungsgesetz), D + 3 before; a
 *       configured number of postal days overrides this. The notification day is never moved
 *       (BSG, 6.5.2010, B 14 AS 12/09 R).
 *   <li>Periods of days and months (§ 26 Abs. 1 SGB X with §§ 187 Abs. 1, 188 Abs. 1–3 BGB): the
 *       period starts the day after the event and ends on event + n days, or on the day of the
 *       later month with the event's number (its last day if it has no such day).
 *   <li>An end on a Saturday, Sunday or public holiday moves to the next working day (§ 26 Abs. 3
 *       SGB X, § 64 Abs. 3 SGG); internal service targets follow the same rule.
 * </ul>
 */
public final class DeadlineCalculator {

  /** Letters posted from this day count as notified on the fourth day (§ 37 Abs. 2 SGB X, PostModG). */
  public static final LocalDate FOUR_POSTAL_DAYS_FROM = LocalDate.of(2025, 1, 1);

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  static final int MAX_DAYS = 3660;
  static final int MAX_WORKING_DAYS = 2500;
  static final int MAX_MONTHS = 120;
  static final int MAX_POSTAL_DAYS = 30;

  private final PublicHolidays holidays;
  private final FederalState defaultState;
  private final Integer configuredPostalDays;

  /**
   * @param configuredPostalDays days a letter is deemed to take, overriding § 37 Abs. 2 SGB X for
   *     every letter (for example the seeds' 3); {@code null} for the statutory rule
   */
  public DeadlineCalculator(PublicHolidays holidays, FederalState defaultState, Integer configuredPostalDays) {
    this.holidays = holidays;
    this.defaultState = defaultState;
    this.configuredPostalDays = configuredPostalDays;
    if (configuredPostalDays != null) {
      checkPostalDays(configuredPostalDays);
    }
  }

  /**
   * Why no letter is handed to the post on this day in the configured state (Sunday, or the
   * public holiday's name), or empty when post is handed in (Monday to Saturday).
   */
  public Optional<String> noPostOn(LocalDate day) {
    if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
      return Optional.of("Sonntag");
    }
    return holidays.holidayName(day, defaultState).map(name -> "Feiertag: " + name);
  }

  /** The first day from {@code day} on on which post is handed in. */
  public LocalDate nextPostDay(LocalDate day) {
    LocalDate next = day;
    while (noPostOn(next).isPresent()) {
      next = next.plusDays(1);
    }
    return next;
  }

  public Deadline workingDays(LocalDate event, int amount) {
    return calculate(DeadlineRule.WORKING_DAYS, event, amount, null, null);
  }

  public Deadline days(LocalDate event, int amount) {
    return calculate(DeadlineRule.DAYS, event, amount, null, null);
  }

  public Deadline daysAfterPostal(LocalDate posted, int amount) {
    return calculate(DeadlineRule.DAYS_AFTER_POSTAL, posted, amount, null, null);
  }

  public Deadline monthsAfterPostal(LocalDate posted, int amount) {
    return calculate(DeadlineRule.MONTHS_AFTER_POSTAL, posted, amount, null, null);
  }

  /**
   * A period of {@code amount} months from an event that is no letter (e.g. the regular review of a
   * plan, an internal target): the month rule, its end moved to the next working day like every
   * other end (§ 26 Abs. 3 SGB X; DOMAIN: every date a person sees is a working day).
   */
  public Deadline months(LocalDate event, int amount) {
    checkFrom(event);
    checkAmount(DeadlineRule.MONTHS_AFTER_POSTAL, amount);
    List<String> steps = new ArrayList<>(4);
    steps.add("Ereignis: " + shortForm(event));
    return monthsPeriod(event, amount, null, defaultState, steps);
  }

  /**
   * @param from the event day; for the postal rules the day the letter is posted
   * @param state the federal state whose holidays count, {@code null} for the configured one
   * @param postalDays days the letter is deemed to take, {@code null} for configuration or law
   * @throws InvalidDeadlineInputException naming the parameter, for input no deadline follows from
   */
  public Deadline calculate(DeadlineRule rule, LocalDate from, int amount, FederalState state, Integer postalDays) {
    if (rule == null) {
      throw new InvalidDeadlineInputException("rule", "Die Fristart (rule) fehlt.");
    }
    checkFrom(from);
    checkAmount(rule, amount);
    if (postalDays != null) {
      checkPostalDays(postalDays);
    }
    FederalState effectiveState = state == null ? defaultState : state;
    List<String> steps = new ArrayList<>(6);
    return switch (rule) {
      case WORKING_DAYS -> workingDays(from, amount, effectiveState, steps);
      case DAYS -> {
        steps.add("Ereignis: " + shortForm(from));
        yield period(from, from.plusDays(amount), daysText(amount), "§ 188 Abs. 1 BGB", null, effectiveState, steps);
      }
      case DAYS_AFTER_POSTAL -> {
        LocalDate notified = notification(from, postalDays, effectiveState, steps);
        yield period(notified, notified.plusDays(amount), daysText(amount), "§ 188 Abs. 1 BGB", notified,
            effectiveState, steps);
      }
      case MONTHS_AFTER_POSTAL -> {
        LocalDate notified = notification(from, postalDays, effectiveState, steps);
        yield monthsPeriod(notified, amount, notified, effectiveState, steps);
      }
    };
  }

  /**
   * The month rule (§ 188 Abs. 2, 3 BGB): a period of months from {@code event} ends on the day of
   * the later month with the event's number, or on that month's last day if it has none.
   */
  public static LocalDate monthsLater(LocalDate event, int months) {
    return event.plusMonths(months);
  }

  /** Which paragraph of the month rule gave {@code end} (German, for explanations). */
  public static String monthRule(LocalDate event, LocalDate end) {
    return end.getDayOfMonth() == event.getDayOfMonth()
        ? "§ 188 Abs. 2 BGB"
        : "§ 188 Abs. 3 BGB: der Monat hat keinen " + event.getDayOfMonth() + ". Tag, also sein letzter Tag";
  }

  private Deadline workingDays(LocalDate event, int amount, FederalState state, List<String> steps) {
    steps.add("Ereignis: " + shortForm(event));
    steps.add("Gezählt werden Arbeitstage (Mo–Fr ohne gesetzliche Feiertage in " + state.germanName()
        + ") ab dem Folgetag; der Ereignistag zählt nicht mit");
    LocalDate day = event;
    int counted = 0;
    while (counted < amount) {
      day = day.plusDays(1);
      if (holidays.isWorkingDay(day, state)) {
        counted++;
      } else {
        Optional<String> holiday = holidays.holidayName(day, state);
        if (holiday.isPresent()) {
          steps.add("Kein Arbeitstag: " + shortForm(day) + " (" + holiday.get() + ")");
        }
      }
    }
    steps.add(amount + ". Arbeitstag: " + shortForm(day));
    steps.add("Frist endet mit Ablauf von " + shortForm(day));
    return new Deadline(day, null, state, steps);
  }

  private LocalDate notification(LocalDate posted, Integer postalDays, FederalState state, List<String> steps) {
    int days = postalDaysFor(posted, postalDays);
    LocalDate notified = posted.plusDays(days);
    steps.add("Aufgabe zur Post: " + shortForm(posted));
    String basis = postalDays != null || configuredPostalDays != null
        ? "abweichend festgelegter Postweg von " + days + " Tagen"
        : "§ 37 Abs. 2 SGB X, " + days + ". Tag" + (days == 3 ? ", Aufgabe zur Post vor dem 1.1.2025" : "");
    steps.add("Bekanntgabe (" + basis + "): " + shortForm(notified));
    if (!holidays.isWorkingDay(notified, state)) {
      steps.add("Die Bekanntgabe fällt auf " + nonWorkingDayText(notified, state)
          + "; sie wird nicht verschoben (BSG, 6.5.2010, B 14 AS 12/09 R)");
    }
    return notified;
  }

  /** A period of months from {@code event} by the month rule (§ 188 Abs. 2, 3 BGB). */
  private Deadline monthsPeriod(LocalDate event, int amount, LocalDate notified, FederalState state,
      List<String> steps) {
    LocalDate end = monthsLater(event, amount);
    return period(event, end, amount == 1 ? "1 Monat" : amount + " Monaten", monthRule(event, end), notified, state,
        steps);
  }

  private Deadline period(LocalDate event, LocalDate end, String length, String rule188, LocalDate notified,
      FederalState state, List<String> steps) {
    steps.add("Fristbeginn am Folgetag (§ 187 Abs. 1 BGB): " + shortForm(event.plusDays(1)));
    steps.add("Fristende nach " + length + " (" + rule188 + "): " + shortForm(end));
    LocalDate due = end;
    while (!holidays.isWorkingDay(due, state)) {
      due = due.plusDays(1);
    }
    if (!due.equals(end)) {
      steps.add("Fristende fällt auf " + nonWorkingDayText(end, state) + " → " + longForm(due) + " (§ 26 Abs. 3 SGB X)");
    }
    steps.add("Frist endet mit Ablauf von " + shortForm(due));
    return new Deadline(due, notified, state, steps);
  }

  /** "Sonntag, 2.1.2028" or "Montag, 1.4.2024 (Ostermontag)". */
  private String nonWorkingDayText(LocalDate date, FederalState state) {
    return longForm(date) + holidays.holidayName(date, state).map(name -> " (" + name + ")").orElse("");
  }

  private int postalDaysFor(LocalDate posted, Integer postalDays) {
    if (postalDays != null) {
      return postalDays;
    }
    if (configuredPostalDays != null) {
      return configuredPostalDays;
    }
    return posted.isBefore(FOUR_POSTAL_DAYS_FROM) ? 3 : 4;
  }

  private static String daysText(int amount) {
    return amount == 1 ? "1 Tag" : amount + " Tagen";
  }

  private static void checkFrom(LocalDate from) {
    if (from == null) {
      throw new InvalidDeadlineInputException("from", "Das Datum (from) fehlt.");
    }
    if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
      throw new InvalidDeadlineInputException("from", "Das Datum (from) muss zwischen "
          + GermanDates.numeric(EARLIEST) + " und " + GermanDates.numeric(LATEST) + " liegen.");
    }
  }

  private static void checkAmount(DeadlineRule rule, int amount) {
    int max = switch (rule) {
      case WORKING_DAYS -> MAX_WORKING_DAYS;
      case MONTHS_AFTER_POSTAL -> MAX_MONTHS;
      default -> MAX_DAYS;
    };
    if (amount < 1 || amount > max) {
      throw new InvalidDeadlineInputException("amount",
          "Die Anzahl (amount) muss eine ganze Zahl von 1 bis " + max + " sein.");
    }
  }

  private static void checkPostalDays(int postalDays) {
    if (postalDays < 0 || postalDays > MAX_POSTAL_DAYS) {
      throw new InvalidDeadlineInputException("postalDays",
          "Die Tage für den Postweg (postalDays) müssen eine ganze Zahl von 0 bis " + MAX_POSTAL_DAYS + " sein.");
    }
  }
}

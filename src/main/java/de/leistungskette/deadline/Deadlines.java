package de.leistungskette.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The Fristenrechner for BPMN expressions, as bean {@code deadlines}. Every method returns a
 * {@link ProcessDeadline}; a model uses its properties:
 *
 * <pre>
 *   camunda:dueDate="${deadlines.workingDays(receivedOn, 2).endOfDay}"
 *   &lt;timeDate&gt;${deadlines.daysAfterPostal(requestPostedOn, 7).passed}&lt;/timeDate&gt;
 *   ${deadlines.monthsAfterPostal(decisionPostedOn, 1).due}
 * </pre>
 *
 * Dates may be given as {@code YYYY-MM-DD} text (what Camunda Forms store), {@link LocalDate} or
 * {@link Date}; a {@link Date} is read as a day in Europe/Berlin.
 */
@Component("deadlines")
public class Deadlines {

  /** Deadlines are days in Germany, whatever the server's time zone. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final DeadlineCalculator calculator;

  public Deadlines(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  public ProcessDeadline workingDays(Object event, int amount) {
    return new ProcessDeadline(calculator.workingDays(toDate(event, "Ereignis"), amount));
  }

  public ProcessDeadline days(Object event, int amount) {
    return new ProcessDeadline(calculator.days(toDate(event, "Ereignis"), amount));
  }

  public ProcessDeadline daysAfterPostal(Object posted, int amount) {
    return new ProcessDeadline(calculator.daysAfterPostal(toDate(posted, "Aufgabe zur Post"), amount));
  }

  public ProcessDeadline monthsAfterPostal(Object posted, int amount) {
    return new ProcessDeadline(calculator.monthsAfterPostal(toDate(posted, "Aufgabe zur Post"), amount));
  }

  public ProcessDeadline months(Object event, int amount) {
    return new ProcessDeadline(calculator.months(toDate(event, "Ereignis"), amount));
  }

  /**
   * For a timer that waits for a deadline day kept in a variable: midnight after that day, in
   * Germany ({@code <timeDate>${deadlines.passed(requestDeadline)}</timeDate>}).
   */
  public Date passed(Object day) {
    return midnightAfter(toDate(day, "Fristende"));
  }

  /**
   * For a timer that waits for the beginning of a day kept in a variable: midnight at its start,
   * in Germany ({@code <timeDate>${deadlines.startOf(closingNoticeOn)}</timeDate>}).
   */
  public Date startOf(Object day) {
    return Date.from(toDate(day, "Tag").atStartOfDay(BERLIN).toInstant());
  }

  static Date midnightAfter(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(BERLIN).toInstant());
  }

  /**
   * Reads a day from a process variable.
   *
   * @throws IllegalArgumentException (German message) for a missing or malformed value
   */
  public static LocalDate toDate(Object value, String what) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(BERLIN).toLocalDate();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(BERLIN).toLocalDate();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(BERLIN).toLocalDate();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(BERLIN).toLocalDate();
    }
    if (value instanceof LocalDateTime local) {
      return local.toLocalDate();
    }
    if (value instanceof CharSequence text && !text.toString().isBlank()) {
      try {
        return IsoDay.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Datum „" + what + "“ ist ungültig: „" + text + "“ (erwartet JJJJ-MM-TT).", e);
      }
    }
    throw new IllegalArgumentException("Datum „" + what + "“ fehlt.");
  }

  /** A user task due on {@code day}: the end of that day, 23:59:59 in Germany. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(BERLIN).toInstant());
  }

  /** A deadline as a model needs it: the day, the moments for due dates and timers, the explanation. */
  public static final class ProcessDeadline {

    private final Deadline deadline;

    ProcessDeadline(Deadline deadline) {
      this.deadline = deadline;
    }

    /** The last day of the period, {@code YYYY-MM-DD}. */
    public String getDue() {
      return deadline.due().toString();
    }

    /** The notification day for postal rules, {@code YYYY-MM-DD}, else {@code null}. */
    public String getNotified() {
      return deadline.notified() == null ? null : deadline.notified().toString();
    }

    /** For a user task's due date: the end of the last day, 23:59:59 in Germany. */
    public Date getEndOfDay() {
      return endOfDay(deadline.due());
    }

    /** For a timer that waits for the deadline to pass: midnight after the last day, in Germany. */
    public Date getPassed() {
      return midnightAfter(deadline.due());
    }

    /** The German steps, one a line, to show the person who works the task. */
    public String getExplanation() {
      return deadline.explanation();
    }

    public Deadline getDeadline() {
      return deadline;
    }

    @Override
    public String toString() {
      return getDue();
    }
  }
}

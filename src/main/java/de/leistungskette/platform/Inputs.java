package de.leistungskette.platform;

import de.leistungskette.deadline.IsoDay;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks of values entered in forms or sent by other systems, with German messages that name the
 * variable. Plain Java; {@link RejectedInputException} carries the message to the person.
 */
public final class Inputs {

  private Inputs() {}

  /** Not given: absent, {@code null} or blank text (what an empty form field sends). */
  public static boolean isMissing(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  /** A confirmation a person must tick: {@code true}, or the step is refused with the question. */
  public static void requireConfirmed(Object value, String variable, String question) {
    if (isMissing(value) || !requireBoolean(value, variable, "Bestätigung")) {
      throw new RejectedInputException("Bestätigung fehlt (" + variable + "): " + question);
    }
  }

  public static String requireText(Object value, String variable, String label) {
    if (value instanceof String text && !text.isBlank()) {
      return text.trim();
    }
    throw new RejectedInputException(label + " (" + variable + ") fehlt.");
  }

  public static <E extends Enum<E>> E requireOneOf(Object value, Class<E> type, String variable, String label) {
    String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    if (!(value instanceof String text) || text.isBlank()) {
      throw new RejectedInputException(label + " (" + variable + ") fehlt. Erlaubt: " + allowed + ".");
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException(label + " (" + variable + "): unbekannter Wert „" + text + "“. Erlaubt: " + allowed + ".");
    }
  }

  /** {@code true} or {@code false}, also as text (a REST caller may send {@code "true"} without a type). */
  public static boolean requireBoolean(Object value, String variable, String label) {
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(text);
    }
    throw new RejectedInputException(label + " (" + variable + ") fehlt oder ist kein Wahrheitswert (true/false).");
  }

  public static String requireKnown(Object value, Collection<String> allowed, String variable, String label) {
    String text = requireText(value, variable, label);
    if (!allowed.contains(text)) {
      throw new RejectedInputException(label + " (" + variable + "): unbekannter Wert „" + text + "“. Erlaubt: "
          + String.join(", ", allowed) + ".");
    }
    return text;
  }

  /**
   * A day, given as {@code YYYY-MM-DD} text (what Camunda Forms store) or as {@link Date};
   * {@code toDay} converts a {@link Date} in the right time zone. Text is read strictly: a day
   * that does not exist (2027-02-31), a time or anything else after the day
   * ({@code 2026-11-19Tkaputt}) is refused, never read as another day.
   */
  public static LocalDate requireDate(Object value, String variable, String label, Function<Date, LocalDate> toDay) {
    if (value instanceof Date date) {
      return toDay.apply(date);
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return IsoDay.parse(text);
      } catch (DateTimeParseException e) {
        throw new RejectedInputException(label + " (" + variable + "): „" + text + "“ ist kein gültiges Datum (JJJJ-MM-TT).");
      }
    }
    throw new RejectedInputException(label + " (" + variable + ") fehlt: Datum im Format JJJJ-MM-TT.");
  }

  /** The latest day Leistungskette computes deadlines for. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** The day must lie between {@code earliest} and the end of 2100, both included. */
  public static LocalDate requireFrom(LocalDate day, LocalDate earliest, String variable, String label,
      String earliestText) {
    if (day.isAfter(LATEST)) {
      throw new RejectedInputException(label + " (" + variable + ") darf nicht nach dem 31.12.2100 liegen.");
    }
    if (day.isBefore(earliest)) {
      throw new RejectedInputException(label + " (" + variable + ") darf nicht vor " + earliestText + " liegen.");
    }
    return day;
  }
}

package de.leistungskette.casework;

import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;

/**
 * Checks every process makes of the same kinds of values, with one German wording: a case's
 * number (business key), the day a case began, a person's birth date. Plain Java.
 */
public final class CaseChecks {

  /** A number other systems give a case: letters, digits and {@code . _ / -}, at most 80. */
  public static final int NUMBER_MAX_LENGTH = 80;
  public static final String NUMBER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._/-]*$";
  /** Cases are not entered for days before this. */
  public static final LocalDate EARLIEST_CASE_DAY = LocalDate.of(2000, 1, 1);
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private CaseChecks() {}

  public static String number(String value, Field field) {
    if (value.length() > NUMBER_MAX_LENGTH) {
      throw new RejectedInputException(field + " ist zu lang (höchstens " + NUMBER_MAX_LENGTH + " Zeichen).");
    }
    if (!value.matches(NUMBER_PATTERN)) {
      throw new RejectedInputException(field + ": „" + value + "“ beginnt nicht mit einem Buchstaben oder einer Ziffer "
          + "oder enthält andere Zeichen als Buchstaben, Ziffern und . _ / -.");
    }
    return value;
  }

  /** The day a case began (registration, referral): from 2000, not after today. */
  public static LocalDate caseDay(LocalDate day, Field field, LocalDate today) {
    Inputs.requireFrom(day, EARLIEST_CASE_DAY, field.variable(), field.label(), "dem 1.1.2000");
    if (day.isAfter(today)) {
      throw new RejectedInputException(field + ": " + GermanDates.shortForm(day) + " liegt nach heute ("
          + GermanDates.shortForm(today) + ").");
    }
    return day;
  }

  /** A birth date: from 1900, not after the day the case began ({@code caseDayText}, e.g. "dem Tag der Vorsprache"). */
  public static LocalDate birthDate(LocalDate birthDate, Field field, LocalDate caseDay, String caseDayText) {
    Inputs.requireFrom(birthDate, EARLIEST_BIRTH, field.variable(), field.label(), "dem 1.1.1900");
    if (birthDate.isAfter(caseDay)) {
      throw new RejectedInputException(field + ": " + GermanDates.shortForm(birthDate) + " liegt nach " + caseDayText
          + " (" + GermanDates.shortForm(caseDay) + ").");
    }
    return birthDate;
  }
}

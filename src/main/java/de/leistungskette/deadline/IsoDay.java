package de.leistungskette.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one rule for a day given as text, for forms, REST and models alike: exactly {@code YYYY-MM-DD}
 * (four-digit year, two-digit month and day, surrounding blanks ignored), a day that exists.
 * Anything else, {@code 2026-11-19Tkaputt}, {@code 2027-02-31}, {@code +2026-11-19} or
 * {@code 19.11.2026}, is refused, never read as another day.
 */
public final class IsoDay {

  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private IsoDay() {}

  /** @throws DateTimeParseException for anything but a real day written as {@code YYYY-MM-DD} */
  public static LocalDate parse(CharSequence text) {
    String trimmed = text.toString().trim();
    if (!FORM.matcher(trimmed).matches()) {
      throw new DateTimeParseException("not YYYY-MM-DD", trimmed, 0);
    }
    return LocalDate.parse(trimmed);
  }
}

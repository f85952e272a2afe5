package de.leistungskette.deadline;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Dates as German readers expect them in an explanation: "Mi 22.12.2027", "Sonntag, 2.1.2028". */
public final class GermanDates {

  private static final String[] SHORT = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
  private static final String[] LONG = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};

  /**
   * The short and long forms of whole years, made when a year is first asked for (the
   * Fristenrechner writes four to six per calculation; formatting the numbers and finding the day
   * of the week were a third of its time). Years from {@value #FIRST_YEAR} on, {@value #YEARS} of
   * them: about 50 KiB per year asked for.
   */
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 300;
  private static final AtomicReferenceArray<YearForms> FORMS = new AtomicReferenceArray<>(YEARS);

  private record YearForms(String[] shortForms, String[] longForms) {}

  private GermanDates() {}

  /** "Mi 22.12.2027" */
  public static String shortForm(LocalDate date) {
    YearForms year = formsOf(date.getYear());
    return year == null ? formatShort(date) : year.shortForms()[date.getDayOfYear() - 1];
  }

  /** "Sonntag, 2.1.2028" */
  public static String longForm(LocalDate date) {
    YearForms year = formsOf(date.getYear());
    return year == null ? formatLong(date) : year.longForms()[date.getDayOfYear() - 1];
  }

  /** "2.1.2028" */
  public static String numeric(LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  /** The year's forms, {@code null} for years outside the kept ones. */
  private static YearForms formsOf(int year) {
    int index = year - FIRST_YEAR;
    if (index < 0 || index >= YEARS) {
      return null;
    }
    YearForms forms = FORMS.get(index);
    if (forms == null) {
      // Two threads may both make a year; both are equal, the first one stays.
      FORMS.compareAndSet(index, null, make(year));
      forms = FORMS.get(index);
    }
    return forms;
  }

  private static YearForms make(int year) {
    LocalDate day = LocalDate.of(year, 1, 1);
    YearForms forms = new YearForms(new String[day.lengthOfYear()], new String[day.lengthOfYear()]);
    for (int i = 0; i < day.lengthOfYear(); i++) {
      LocalDate date = day.plusDays(i);
      forms.shortForms()[i] = formatShort(date);
      forms.longForms()[i] = formatLong(date);
    }
    return forms;
  }

  private static String formatShort(LocalDate date) {
    return SHORT[date.getDayOfWeek().ordinal()] + " " + numeric(date);
  }

  private static String formatLong(LocalDate date) {
    return LONG[date.getDayOfWeek().ordinal()] + ", " + numeric(date);
  }
}

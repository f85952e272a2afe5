package de.leistungskette.deadline;

import java.time.LocalDate;

/** Dates as German readers expect them in an explanation: "Mi 22.12.2027", "Sonntag, 2.1.2028". */
public final class GermanDates {

  private static final String[] SHORT = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
  private static final String[] LONG = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};

  private GermanDates() {}

  /** "Mi 22.12.2027" (one concatenation: the Fristenrechner writes several per calculation). */
  public static String shortForm(LocalDate date) {
    return SHORT[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + "." + date.getMonthValue() + "."
        + date.getYear();
  }

  /** "Sonntag, 2.1.2028" */
  public static String longForm(LocalDate date) {
    return LONG[date.getDayOfWeek().ordinal()] + ", " + numeric(date);
  }

  /** "2.1.2028" */
  public static String numeric(LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }
}

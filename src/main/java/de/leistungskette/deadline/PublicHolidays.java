package de.leistungskette.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Statutory public holidays per federal state, from jollyday, with their German names.
 *
 * <p>Only statutory holidays count: 24 and 31 December, Rosenmontag and similar office-closing
 * days are working days (shared/DOMAIN.md section 1). Holidays of single cities (Augsburger
 * Friedensfest, Mariä Himmelfahrt in parts of Bavaria) are not state holidays and are not asked
 * for. Each state's holidays of a year are loaded once and kept as a bit per day of the year,
 * and its days without work as another (the Fristenrechner asks for every day it counts); the
 * cache is safe for concurrent use.
 */
public final class PublicHolidays {

  /** German names by jollyday's description key; jollyday ships no German holiday names. */
  private static final Map<String, String> GERMAN_NAMES = Map.ofEntries(
      Map.entry("NEW_YEAR", "Neujahr"),
      Map.entry("EPIPHANY", "Heilige Drei Könige"),
      Map.entry("INTERNATIONAL_WOMAN", "Internationaler Frauentag"),
      Map.entry("christian.GOOD_FRIDAY", "Karfreitag"),
      Map.entry("christian.EASTER", "Ostersonntag"),
      Map.entry("christian.EASTER_MONDAY", "Ostermontag"),
      Map.entry("LABOUR_DAY", "Tag der Arbeit"),
      Map.entry("LIBERATION", "Tag der Befreiung"),
      Map.entry("christian.ASCENSION_DAY", "Christi Himmelfahrt"),
      Map.entry("christian.PENTECOST", "Pfingstsonntag"),
      Map.entry("christian.WHIT_MONDAY", "Pfingstmontag"),
      Map.entry("christian.CORPUS_CHRISTI", "Fronleichnam"),
      Map.entry("75_ANNIVERSARY_OF_THE_UPRISING", "75. Jahrestag des Volksaufstandes vom 17. Juni 1953"),
      Map.entry("UNIFICATION", "Tag der deutschen Einheit (17. Juni)"),
      Map.entry("ASSUMPTION_DAY", "Mariä Himmelfahrt"),
      Map.entry("CHILDRENS_DAY", "Weltkindertag"),
      Map.entry("UNIFICATION_GERMANY", "Tag der Deutschen Einheit"),
      Map.entry("REFORMATION_DAY", "Reformationstag"),
      Map.entry("ALL_SAINTS", "Allerheiligen"),
      Map.entry("REPENTANCE_PRAYER", "Buß- und Bettag"),
      Map.entry("FIRST_CHRISTMAS_DAY", "1. Weihnachtstag"),
      Map.entry("SECOND_CHRISTMAS_DAY", "2. Weihnachtstag"));

  /** Years kept in arrays; others (never asked for by the Fristenrechner's limits) in a map. */
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 300;

  private final HolidayManager manager =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
  private final Map<FederalState, AtomicReferenceArray<HolidayYear>> years = new EnumMap<>(FederalState.class);
  private final Map<FederalState, Map<Integer, HolidayYear>> otherYears = new EnumMap<>(FederalState.class);

  /**
   * One state's holidays of one year: names by day, a bit per day of the year for its holidays and
   * one for every day without work (Saturdays, Sundays, holidays), so that a working day costs
   * one look-up (a day of the week is computed from the epoch day, several times dearer).
   */
  private record HolidayYear(Map<LocalDate, String> names, long[] holidays, long[] closed) {

    boolean isHoliday(LocalDate date) {
      return isSet(holidays, date.getDayOfYear() - 1);
    }

    boolean isClosed(LocalDate date) {
      return isSet(closed, date.getDayOfYear() - 1);
    }

    private static boolean isSet(long[] bits, int day) {
      return (bits[day >>> 6] & (1L << day)) != 0;
    }
  }

  public PublicHolidays() {
    for (FederalState state : FederalState.values()) {
      years.put(state, new AtomicReferenceArray<>(YEARS));
      otherYears.put(state, new ConcurrentHashMap<>());
    }
  }

  /** The German name of the statutory holiday on that day in that state, if it is one. */
  public Optional<String> holidayName(LocalDate date, FederalState state) {
    HolidayYear year = holidaysOf(state, date.getYear());
    return year.isHoliday(date) ? Optional.of(year.names().get(date)) : Optional.empty();
  }

  public boolean isHoliday(LocalDate date, FederalState state) {
    return holidaysOf(state, date.getYear()).isHoliday(date);
  }

  /** Monday to Friday and not a statutory public holiday of the state. */
  public boolean isWorkingDay(LocalDate date, FederalState state) {
    return !holidaysOf(state, date.getYear()).isClosed(date);
  }

  private HolidayYear holidaysOf(FederalState state, int year) {
    int index = year - FIRST_YEAR;
    if (index < 0 || index >= YEARS) {
      return otherYears.get(state).computeIfAbsent(year, y -> load(state, y));
    }
    AtomicReferenceArray<HolidayYear> loaded = years.get(state);
    HolidayYear holidays = loaded.get(index);
    if (holidays == null) {
      // Two threads may both load a year; both results are equal, the first one stays.
      loaded.compareAndSet(index, null, load(state, year));
      holidays = loaded.get(index);
    }
    return holidays;
  }

  private HolidayYear load(FederalState state, int year) {
    Map<LocalDate, String> names = new HashMap<>();
    long[] holidays = new long[6];
    long[] closed = new long[6];
    for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state.jollydayRegion())) {
      LocalDate date = holiday.getDate();
      if (date.getYear() != year) {
        continue; // never looked up under this year
      }
      names.put(date, GERMAN_NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription()));
      int day = date.getDayOfYear() - 1;
      holidays[day >>> 6] |= 1L << day;
      closed[day >>> 6] |= 1L << day;
    }
    LocalDate date = LocalDate.of(year, 1, 1);
    for (int day = 0; day < date.lengthOfYear(); day++) {
      DayOfWeek weekday = date.plusDays(day).getDayOfWeek();
      if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
        closed[day >>> 6] |= 1L << day;
      }
    }
    return new HolidayYear(Map.copyOf(names), holidays, closed);
  }
}

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

/**
 * Statutory public holidays per federal state, from jollyday, with their German names.
 *
 * <p>Only statutory holidays count: 24 and 31 December, Rosenmontag and similar office-closing
 * days are working days (shared/DOMAIN.md section 1). Holidays of single cities (Augsburger
 * Friedensfest, Mariä Himmelfahrt in parts of Bavaria) are not state holidays and are not asked
 * for. Look-ups are cached per state and year; the cache is safe for concurrent use.
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

  private final HolidayManager manager =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
  private final Map<FederalState, Map<Integer, Map<LocalDate, String>>> cache = new EnumMap<>(FederalState.class);

  public PublicHolidays() {
    for (FederalState state : FederalState.values()) {
      cache.put(state, new ConcurrentHashMap<>());
    }
  }

  /** The German name of the statutory holiday on that day in that state, if it is one. */
  public Optional<String> holidayName(LocalDate date, FederalState state) {
    return Optional.ofNullable(holidaysOf(state, date.getYear()).get(date));
  }

  public boolean isHoliday(LocalDate date, FederalState state) {
    return holidaysOf(state, date.getYear()).containsKey(date);
  }

  /** Monday to Friday and not a statutory public holiday of the state. */
  public boolean isWorkingDay(LocalDate date, FederalState state) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date, state);
  }

  private Map<LocalDate, String> holidaysOf(FederalState state, int year) {
    return cache.get(state).computeIfAbsent(year, y -> load(state, y));
  }

  private Map<LocalDate, String> load(FederalState state, int year) {
    Map<LocalDate, String> holidays = new HashMap<>();
    for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state.jollydayRegion())) {
      holidays.put(holiday.getDate(),
          GERMAN_NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription()));
    }
    return Map.copyOf(holidays);
  }
}

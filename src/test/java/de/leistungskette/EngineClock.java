package de.leistungskette;

import de.leistungskette.deadline.Deadlines;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Concrete German days and times for process tests: the engine clock, due dates and timer moments. */
public final class EngineClock {

  private EngineClock() {}

  /** Sets the engine clock (tests reset it with {@link ClockUtil#reset()} after each test). */
  public static void now(Date now) {
    ClockUtil.setCurrentTime(now);
  }

  /** A moment of a day in Germany. */
  public static Date day(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Deadlines.BERLIN).toInstant());
  }

  /** The due date of a task due on that day: its last second in Germany. */
  public static Date endOf(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(Deadlines.BERLIN).toInstant());
  }

  /** When a timer waiting for the end of that day fires: midnight after it in Germany. */
  public static Date midnightAfter(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).plusDays(1).atStartOfDay(Deadlines.BERLIN).toInstant());
  }
}

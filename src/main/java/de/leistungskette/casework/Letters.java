package de.leistungskette.casework;

import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The rules every process keeps when it posts a letter whose period starts with the postal
 * notification (§ 37 Abs. 2 SGB X): the day it is handed to the post. Plain Java (days in, day or
 * German refusal out); the process adapters read and write the variables.
 */
@Component
public class Letters {

  /** How far ahead a letter may be dated (for the next post, not for next month). */
  public static final int MAX_POSTING_DAYS_AHEAD = 14;

  private final DeadlineCalculator calculator;

  public Letters(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  /**
   * The posting day of a letter, checked for plausibility. Not entered ({@code null}) means the
   * next day post is handed in: today, unless today is a Sunday or public holiday (a later posting
   * day only lengthens the client's period). An entered day may not lie before the event the
   * letter answers, nor on a Sunday or public holiday (no post is handed in), nor more than
   * {@value #MAX_POSTING_DAYS_AHEAD} days after today.
   *
   * @param entered the day a person entered, or {@code null}
   * @param field the form field, for the German message
   * @param event the day of the event the letter answers
   * @param eventText that event in German ("dem Eingang des Antrags")
   */
  public LocalDate postedOn(LocalDate entered, Field field, LocalDate event, String eventText, LocalDate today) {
    if (entered == null) {
      return calculator.nextPostDay(today);
    }
    Inputs.requireFrom(entered, event, field.variable(), field.label(),
        eventText + " (" + GermanDates.shortForm(event) + ")");
    if (entered.isAfter(today.plusDays(MAX_POSTING_DAYS_AHEAD))) {
      throw new RejectedInputException(field + ": " + GermanDates.shortForm(entered) + " liegt mehr als "
          + MAX_POSTING_DAYS_AHEAD + " Tage nach heute (" + GermanDates.shortForm(today) + ").");
    }
    calculator.noPostOn(entered).ifPresent(reason -> {
      throw new RejectedInputException(field + ": Am " + GermanDates.shortForm(entered)
          + " wird keine Post aufgegeben (" + reason + ").");
    });
    return entered;
  }

  /** The last day of a period of days after postal notification. */
  public LocalDate daysAfterNotification(LocalDate posted, int days) {
    return calculator.daysAfterPostal(posted, days).due();
  }

  /** The last day of a period of months after postal notification (e.g. the objection period). */
  public LocalDate monthsAfterNotification(LocalDate posted, int months) {
    return calculator.monthsAfterPostal(posted, months).due();
  }
}

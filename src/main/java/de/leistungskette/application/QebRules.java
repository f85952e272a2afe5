package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;

import de.leistungskette.casework.Letters;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The rules of "Antragsbearbeitung (QEB)" in plain Java: days, enums and texts in, decisions out,
 * German refusals ({@link RejectedInputException}) for what may not be. No engine: the listeners
 * ({@link QebApplicationListeners}) read the case, call a rule and record its answer; the model
 * decides the order. Tested without an engine in {@code QebRulesTest}.
 */
public final class QebRules {

  /** Applications older than this are not entered any more. */
  static final LocalDate EARLIEST_RECEIPT = LocalDate.of(2000, 1, 1);

  /** The checked start of a case. */
  public record Application(String applicationId, String customerName, LocalDate receivedOn, Channel channel,
      String caseworkerGroup) {}

  /**
   * From when the check of documents runs, and in German whether the invited person came (the
   * form's sentence; that the person came is also the day recorded as {@code appearedOn}).
   */
  public record Appearance(LocalDate checkFrom, String label) {}

  /** From which day the decision period runs, and why. */
  public record DecisionDue(LocalDate from, DecisionBasis basis) {}

  private final Letters letters;
  private final ToIntFunction<String> periods;

  /**
   * @param periods the periods of this process by name ({@code PERIOD_…}), from the decision table
   *     "Fristen der Prozesse" where process owners change them
   */
  public QebRules(Letters letters, ToIntFunction<String> periods) {
    this.letters = letters;
    this.periods = periods;
  }

  /**
   * A new application: the number and name fit the start form's limits, it was received between
   * 2000 and today, and a missing team means the default caseworker team.
   */
  public Application application(String applicationId, String customerName, LocalDate receivedOn, Channel channel,
      String caseworkerGroup, LocalDate today) {
    if (applicationId.length() > APPLICATION_ID_MAX_LENGTH) {
      throw new RejectedInputException("Antragsnummer (" + APPLICATION_ID + ") ist zu lang (höchstens "
          + APPLICATION_ID_MAX_LENGTH + " Zeichen).");
    }
    if (!applicationId.matches(APPLICATION_ID_PATTERN)) {
      throw new RejectedInputException("Antragsnummer (" + APPLICATION_ID + "): „" + applicationId + "“ beginnt nicht "
          + "mit einem Buchstaben oder einer Ziffer oder enthält andere Zeichen als Buchstaben, Ziffern, Leerzeichen "
          + "und . _ / -.");
    }
    if (customerName.length() > CUSTOMER_NAME_MAX_LENGTH) {
      throw new RejectedInputException("Name der antragstellenden Person (" + CUSTOMER_NAME + ") ist zu lang "
          + "(höchstens " + CUSTOMER_NAME_MAX_LENGTH + " Zeichen).");
    }
    Inputs.requireFrom(receivedOn, EARLIEST_RECEIPT, RECEIVED_ON, "Eingangsdatum", "dem 1.1.2000");
    if (receivedOn.isAfter(today)) {
      throw new RejectedInputException("Eingangsdatum (" + RECEIVED_ON + "): Ein Antrag kann nicht nach heute ("
          + GermanDates.shortForm(today) + ") eingegangen sein, eingegeben: " + GermanDates.shortForm(receivedOn) + ".");
    }
    return new Application(applicationId, customerName, receivedOn, channel,
        caseworkerGroup == null ? DEFAULT_CASEWORKER_GROUP : caseworkerGroup);
  }

  /** The last day to appear after an invitation posted on {@code posted}. */
  public LocalDate invitationDeadline(LocalDate posted) {
    return letters.daysAfterNotification(posted, periods.applyAsInt(PERIOD_INVITATION));
  }

  /** The person came on {@code today}: the check runs from today. */
  public Appearance appeared(LocalDate today) {
    return new Appearance(today,
        "Die Person ist am " + GermanDates.numeric(today) + " auf die Einladung erschienen.");
  }

  /** The invitation's deadline passed without the person: the check runs from its last day. */
  public Appearance stayedAway(LocalDate invitationDeadline) {
    return new Appearance(invitationDeadline, "Die Person ist bis zum Ende der Einladungsfrist ("
        + GermanDates.numeric(invitationDeadline) + ") nicht erschienen.");
  }

  /**
   * After the check: complete documents without a needed appointment start the decision period
   * today; anything else needs a letter first.
   */
  public Optional<DecisionDue> afterCheck(DocumentsStatus status, boolean appointmentNeeded, LocalDate today) {
    return status == DocumentsStatus.COMPLETE && !appointmentNeeded
        ? Optional.of(new DecisionDue(today, DecisionBasis.DOCUMENTS_COMPLETE))
        : Optional.empty();
  }

  /**
   * The letter requesting documents (or an appointment) may only go out with the list of what is
   * missing and the written warning of § 66 Abs. 3 SGB I, else no refusal may follow.
   */
  public void checkRequest(DocumentsStatus status, boolean missingDocumentsListed, boolean refusalWarningGiven) {
    if (status == DocumentsStatus.INCOMPLETE && !missingDocumentsListed) {
      throw new RejectedInputException("Fehlende Unterlagen (" + MISSING_DOCUMENTS + ") fehlt.");
    }
    if (!refusalWarningGiven) {
      throw new RejectedInputException("Bestätigung fehlt (" + REFUSAL_WARNING_GIVEN + "): Das Schreiben muss "
          + "schriftlich auf die Folgen fehlender Mitwirkung (Versagung nach § 66 SGB I) hinweisen, sonst darf "
          + "später nicht versagt werden.");
    }
  }

  /** The last day to hand in documents after a request posted on {@code posted}. */
  public LocalDate requestDeadline(LocalDate posted) {
    return letters.daysAfterNotification(posted, periods.applyAsInt(PERIOD_REQUEST));
  }

  /** A delivery arrived: complete documents start the decision period today. */
  public Optional<DecisionDue> afterDelivery(boolean complete, LocalDate today) {
    return complete ? Optional.of(new DecisionDue(today, DecisionBasis.DOCUMENTS_COMPLETE)) : Optional.empty();
  }

  /** The request's deadline passed: decide on the record from its last day. */
  public DecisionDue afterRequestDeadline(LocalDate requestDeadline) {
    return new DecisionDue(requestDeadline, DecisionBasis.ON_RECORD);
  }

  /** The last day of the objection period after a notice posted on {@code posted} (§ 84 Abs. 1 SGG). */
  public LocalDate objectionDeadline(LocalDate posted) {
    return letters.monthsAfterNotification(posted, periods.applyAsInt(PERIOD_OBJECTION));
  }
}

package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;

import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.identity.Team;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The execution listeners of "Antragsbearbeitung (QEB)" (as beans: {@link QebApplicationDelegates}). Each checks
 * what a person entered or another system sent at that step (the forms check the same, this is
 * for REST callers) and records what the process needs later. A rejected value throws
 * {@link RejectedInputException}: the step does not happen, nothing is lost.
 */
@Component
public class QebApplicationListeners {

  private static final List<String> TEAMS = Arrays.stream(Team.values()).map(Team::groupId).toList();

  /** How far ahead a letter may be dated (for the next post, not for next month). */
  static final int MAX_POSTING_DAYS_AHEAD = 14;

  private final DeadlineCalculator calculator;
  private final RunningCases runningCases;
  private final Periods periods;

  public QebApplicationListeners(DeadlineCalculator calculator, RunningCases runningCases, Periods periods) {
    this.calculator = calculator;
    this.runningCases = runningCases;
    this.periods = periods;
  }

  /** Process start: the start variables are complete and well-formed, or no instance is created. */
  public void started(DelegateExecution execution) {
    String applicationId = Inputs.requireText(execution.getVariable(APPLICATION_ID), APPLICATION_ID, "Antragsnummer");
    if (applicationId.length() > APPLICATION_ID_MAX_LENGTH) {
      throw new RejectedInputException("Antragsnummer (applicationId) ist zu lang (höchstens "
          + APPLICATION_ID_MAX_LENGTH + " Zeichen).");
    }
    if (!applicationId.matches(APPLICATION_ID_PATTERN)) {
      throw new RejectedInputException("Antragsnummer (applicationId): „" + applicationId + "“ beginnt nicht mit einem "
          + "Buchstaben oder einer Ziffer oder enthält andere Zeichen als Buchstaben, Ziffern, Leerzeichen und . _ / -.");
    }
    String customerName = Inputs.requireText(execution.getVariable(CUSTOMER_NAME), CUSTOMER_NAME,
        "Name der antragstellenden Person");
    if (customerName.length() > CUSTOMER_NAME_MAX_LENGTH) {
      throw new RejectedInputException("Name der antragstellenden Person (customerName) ist zu lang (höchstens "
          + CUSTOMER_NAME_MAX_LENGTH + " Zeichen).");
    }
    LocalDate receivedOn = Inputs.requireFrom(date(execution, RECEIVED_ON, "Eingangsdatum"),
        LocalDate.of(2000, 1, 1), RECEIVED_ON, "Eingangsdatum", "dem 1.1.2000");
    LocalDate today = TaskDeadlines.today();
    if (receivedOn.isAfter(today)) {
      throw new RejectedInputException("Eingangsdatum (receivedOn): Ein Antrag kann nicht nach heute ("
          + GermanDates.shortForm(today) + ") eingegangen sein, eingegeben: " + GermanDates.shortForm(receivedOn) + ".");
    }
    Channel channel = Inputs.requireOneOf(execution.getVariable(CHANNEL), Channel.class, CHANNEL, "Eingangsweg");
    Object group = execution.getVariable(CASEWORKER_GROUP);
    String caseworkerGroup = Inputs.isMissing(group)
        ? DEFAULT_CASEWORKER_GROUP
        : Inputs.requireKnown(group, TEAMS, CASEWORKER_GROUP, "Zuständiges Team");

    runningCases.reserve(execution, applicationId, "der Antragsnummer");
    execution.setProcessBusinessKey(applicationId);
    execution.setVariable(APPLICATION_ID, applicationId);
    execution.setVariable(RECEIVED_ON, receivedOn.toString());
    execution.setVariable(CHANNEL, channel.name());
    execution.setVariable(CHANNEL_LABEL, channel.label());
    execution.setVariable(CASEWORKER_GROUP, caseworkerGroup);
    execution.setVariable(CHECK_FROM, receivedOn.toString());
    execution.setVariable(DOCUMENTS_ON_RECORD, false);
    execution.setVariable(DOCUMENT_DELIVERIES, 0);
  }

  /** "Einladung versenden" done: the day the invitation was posted (empty = today) and its deadline. */
  public void invitationSent(DelegateExecution execution) {
    LocalDate posted = postedOn(execution, INVITATION_POSTED_ON, "Datum der Aufgabe zur Post der Einladung",
        RECEIVED_ON, "dem Eingang des Antrags");
    execution.setVariable(INVITATION_DEADLINE, calculator.daysAfterPostal(posted, period(PERIOD_INVITATION)).due().toString());
  }

  /** Message ApplicantAppeared: the check is due 2 working days after the appearance. */
  public void applicantAppeared(DelegateExecution execution) {
    LocalDate today = TaskDeadlines.today();
    execution.setVariable(APPLICANT_APPEARED, true);
    execution.setVariable(APPEARANCE_LABEL, "Die Person ist am " + GermanDates.numeric(today)
        + " auf die Einladung erschienen.");
    execution.setVariable(APPEARED_ON, today.toString());
    execution.setVariable(CHECK_FROM, today.toString());
  }

  /** The invitation's deadline passed without the applicant: the check is due 2 working days after it. */
  public void invitationExpired(DelegateExecution execution) {
    LocalDate deadline = LocalDate.parse((String) execution.getVariable(INVITATION_DEADLINE));
    execution.setVariable(APPLICANT_APPEARED, false);
    execution.setVariable(APPEARANCE_LABEL, "Die Person ist bis zum Ende der Einladungsfrist ("
        + GermanDates.numeric(deadline) + ") nicht erschienen.");
    execution.setVariable(CHECK_FROM, deadline.toString());
  }

  /** "Unterlagen prüfen" done. */
  public void documentsChecked(DelegateExecution execution) {
    DocumentsStatus status = Inputs.requireOneOf(execution.getVariable(DOCUMENTS_STATUS), DocumentsStatus.class,
        DOCUMENTS_STATUS, "Ergebnis der Prüfung");
    // A checkbox: not sent means not ticked.
    Object appointment = execution.getVariable(APPOINTMENT_NEEDED);
    boolean appointmentNeeded = !Inputs.isMissing(appointment)
        && Inputs.requireBoolean(appointment, APPOINTMENT_NEEDED, "Persönlicher Termin nötig");
    execution.setVariable(DOCUMENTS_STATUS, status.name());
    execution.setVariable(APPOINTMENT_NEEDED, appointmentNeeded);
    if (status == DocumentsStatus.COMPLETE) {
      execution.setVariable(DOCUMENTS_ON_RECORD, true);
      if (!appointmentNeeded) {
        decisionDueFrom(execution, TaskDeadlines.today(), DecisionBasis.DOCUMENTS_COMPLETE);
      }
    }
  }

  /** "Unterlagen anfordern / Termin vergeben" done: the letter, with the warning of § 66 Abs. 3 SGB I. */
  public void documentsRequested(DelegateExecution execution) {
    if (DocumentsStatus.INCOMPLETE.name().equals(execution.getVariable(DOCUMENTS_STATUS))) {
      Inputs.requireText(execution.getVariable(MISSING_DOCUMENTS), MISSING_DOCUMENTS, "Fehlende Unterlagen");
    }
    if (Boolean.TRUE.equals(execution.getVariable(APPOINTMENT_NEEDED))) {
      LocalDate appointment = date(execution, APPOINTMENT_ON, "Termin");
      execution.setVariable(APPOINTMENT_ON, appointment.toString());
    }
    Inputs.requireConfirmed(execution.getVariable(REFUSAL_WARNING_GIVEN), REFUSAL_WARNING_GIVEN,
        "Das Schreiben muss schriftlich auf die Folgen fehlender Mitwirkung (Versagung nach § 66 SGB I) hinweisen, "
            + "sonst darf später nicht versagt werden.");
    LocalDate posted = postedOn(execution, REQUEST_POSTED_ON, "Datum der Aufgabe zur Post des Schreibens",
        CHECK_FROM, "dem Beginn der Prüfung");
    execution.setVariable(REQUEST_DEADLINE, calculator.daysAfterPostal(posted, period(PERIOD_REQUEST)).due().toString());
  }

  /** Message DocumentsReceived: every delivery is recorded; complete documents end the wait. */
  public void documentsReceived(DelegateExecution execution) {
    boolean complete = Inputs.requireBoolean(execution.getVariable(DOCUMENTS_COMPLETE), DOCUMENTS_COMPLETE,
        "Unterlagen vollständig");
    execution.setVariable(DOCUMENTS_COMPLETE, complete);
    LocalDate today = TaskDeadlines.today();
    Object deliveries = execution.getVariable(DOCUMENT_DELIVERIES);
    execution.setVariable(DOCUMENT_DELIVERIES, (deliveries instanceof Integer n ? n : 0) + 1);
    execution.setVariable(LAST_DELIVERY_ON, today.toString());
    execution.setVariable(DOCUMENTS_ON_RECORD, true);
    if (complete) {
      decisionDueFrom(execution, today, DecisionBasis.DOCUMENTS_COMPLETE);
    }
  }

  /** The request's deadline has passed: decide from its last day. */
  public void requestDeadlinePassed(DelegateExecution execution) {
    decisionDueFrom(execution, LocalDate.parse((String) execution.getVariable(REQUEST_DEADLINE)), DecisionBasis.ON_RECORD);
  }

  /** "Über den Antrag entscheiden" done. */
  public void decided(DelegateExecution execution) {
    Decision decision = Inputs.requireOneOf(execution.getVariable(DECISION), Decision.class, DECISION, "Entscheidung");
    execution.setVariable(DECISION, decision.name());
    execution.setVariable(DECISION_LABEL, decision.label());
    noticePosted(execution, "Datum der Aufgabe zur Post des Bescheids");
  }

  /** "Versagungsbescheid erstellen" done. */
  public void refusalIssued(DelegateExecution execution) {
    execution.setVariable(DECISION, REFUSED);
    execution.setVariable(DECISION_LABEL, REFUSED_LABEL);
    noticePosted(execution, "Datum der Aufgabe zur Post des Versagungsbescheids");
  }

  /** "Entscheidung überfällig" done: the team lead records what was agreed. */
  public void overdueHandled(DelegateExecution execution) {
    Inputs.requireText(execution.getVariable(OVERDUE_MEASURE), OVERDUE_MEASURE, "Vereinbarte Maßnahme");
  }

  /** "Datensatz abmelden" done. */
  public void recordDeregistered(DelegateExecution execution) {
    Inputs.requireConfirmed(execution.getVariable(RECORD_DEREGISTERED), RECORD_DEREGISTERED,
        "Ist der Datensatz abgemeldet?");
  }

  /** "Widerspruch prüfen" done. */
  public void objectionReviewed(DelegateExecution execution) {
    ObjectionOutcome outcome = Inputs.requireOneOf(execution.getVariable(OBJECTION_OUTCOME), ObjectionOutcome.class,
        OBJECTION_OUTCOME, "Ergebnis der Prüfung des Widerspruchs");
    execution.setVariable(OBJECTION_OUTCOME, outcome.name());
  }

  /** Message ObjectionReceived. */
  public void objectionReceived(DelegateExecution execution) {
    execution.setVariable(OBJECTION_RECEIVED_ON, TaskDeadlines.today().toString());
  }

  /** A decision notice was posted: the objection period (one month after notification) starts. */
  private void noticePosted(DelegateExecution execution, String label) {
    LocalDate posted = postedOn(execution, DECISION_POSTED_ON, label, DECISION_FROM, "dem Beginn der Entscheidungsfrist");
    execution.setVariable(OBJECTION_DEADLINE, calculator.monthsAfterPostal(posted, period(PERIOD_OBJECTION)).due().toString());
  }

  private void decisionDueFrom(DelegateExecution execution, LocalDate day, DecisionBasis basis) {
    execution.setVariable(DECISION_FROM, day.toString());
    execution.setVariable(DECISION_BASIS, basis.name());
    execution.setVariable(DECISION_BASIS_LABEL, basis.label());
  }

  /**
   * A posting day from a form, checked for plausibility: empty means the next day post is handed
   * in (today, unless today is a Sunday or public holiday: a later posting day only lengthens the
   * client's period). It may not lie before the event the letter answers ({@code eventVariable}),
   * nor on a Sunday or public holiday (no post is handed in), nor more than
   * {@value #MAX_POSTING_DAYS_AHEAD} days ahead (letters are dated for the next post, not for
   * next month). Stored as {@code YYYY-MM-DD}.
   */
  private LocalDate postedOn(DelegateExecution execution, String variable, String label, String eventVariable,
      String eventLabel) {
    Object value = execution.getVariable(variable);
    LocalDate today = TaskDeadlines.today();
    LocalDate day = Inputs.isMissing(value)
        ? calculator.nextPostDay(today)
        : Inputs.requireDate(value, variable, label, QebApplicationListeners::berlinDay);
    LocalDate receivedOn = LocalDate.parse((String) execution.getVariable(RECEIVED_ON));
    Object eventValue = execution.getVariable(eventVariable);
    LocalDate event = eventValue == null ? receivedOn : LocalDate.parse((String) eventValue);
    String what = event.equals(receivedOn) ? "dem Eingang des Antrags" : eventLabel;
    Inputs.requireFrom(day, event, variable, label, what + " (" + GermanDates.shortForm(event) + ")");
    if (day.isAfter(today.plusDays(MAX_POSTING_DAYS_AHEAD))) {
      throw new RejectedInputException(label + " (" + variable + "): " + GermanDates.shortForm(day) + " liegt mehr als "
          + MAX_POSTING_DAYS_AHEAD + " Tage nach heute (" + GermanDates.shortForm(today) + ").");
    }
    calculator.noPostOn(day).ifPresent(reason -> {
      throw new RejectedInputException(label + " (" + variable + "): Am " + GermanDates.shortForm(day)
          + " wird keine Post aufgegeben (" + reason + ").");
    });
    execution.setVariable(variable, day.toString());
    return day;
  }

  /** A period of this process from the decision table "Fristen der Prozesse". */
  private int period(String name) {
    return periods.of(PROCESS_KEY, name);
  }

  private static LocalDate date(DelegateExecution execution, String variable, String label) {
    return Inputs.requireDate(execution.getVariable(variable), variable, label, QebApplicationListeners::berlinDay);
  }

  private static LocalDate berlinDay(Date date) {
    return Deadlines.toDate(date, "Datum");
  }
}

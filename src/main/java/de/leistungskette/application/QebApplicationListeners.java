package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;

import de.leistungskette.application.QebRules.Appearance;
import de.leistungskette.application.QebRules.Application;
import de.leistungskette.application.QebRules.DecisionDue;
import de.leistungskette.casework.CaseVariables;
import de.leistungskette.casework.Field;
import de.leistungskette.casework.Letters;
import de.leistungskette.casework.ParentCase;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.identity.Team;
import de.leistungskette.platform.TaskDeadlines;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The listeners of "Antragsbearbeitung (QEB)" (as beans: {@link QebApplicationDelegates}): thin
 * adapters that read what a person entered or another system sent at a step ({@link CaseVariables},
 * strictly, with German refusals), ask {@link QebRules} and record the answer on the case. A
 * refusal means the step does not happen and nothing is lost.
 *
 * <p>Every value read from a person or another system is a {@link Field} constant of this class:
 * the conventions test holds each against the keys of the process's forms and messages.
 */
public class QebApplicationListeners {

  private static final List<String> TEAMS = Arrays.stream(Team.values()).map(Team::groupId).toList();

  private static final Field APPLICATION = Field.of(APPLICATION_ID, "Antragsnummer");
  private static final Field CUSTOMER = Field.of(CUSTOMER_NAME, "Name der antragstellenden Person");
  private static final Field RECEIVED = Field.of(RECEIVED_ON, "Eingangsdatum");
  private static final Field CHANNEL_FIELD = Field.of(CHANNEL, "Eingangsweg");
  private static final Field TEAM = Field.of(CASEWORKER_GROUP, "Zuständiges Team");
  private static final Field INVITATION_POSTED = Field.of(INVITATION_POSTED_ON,
      "Datum der Aufgabe zur Post der Einladung");
  private static final Field STATUS = Field.of(DOCUMENTS_STATUS, "Ergebnis der Prüfung");
  private static final Field APPOINTMENT = Field.of(APPOINTMENT_NEEDED, "Persönlicher Termin nötig");
  private static final Field MISSING = Field.of(MISSING_DOCUMENTS, "Fehlende Unterlagen");
  private static final Field APPOINTMENT_DAY = Field.of(APPOINTMENT_ON, "Termin");
  private static final Field WARNING = Field.of(REFUSAL_WARNING_GIVEN, "Hinweis auf § 66 SGB I");
  private static final Field REQUEST_POSTED = Field.of(REQUEST_POSTED_ON, "Datum der Aufgabe zur Post des Schreibens");
  private static final Field COMPLETE = Field.of(DOCUMENTS_COMPLETE, "Unterlagen vollständig");
  private static final Field DECISION_FIELD = Field.of(DECISION, "Entscheidung");
  private static final Field MEASURE = Field.of(OVERDUE_MEASURE, "Vereinbarte Maßnahme");
  private static final Field DEREGISTERED = Field.of(RECORD_DEREGISTERED, "Datensatz abgemeldet");
  private static final Field NOTICE_POSTED = Field.of(DECISION_POSTED_ON, "Datum der Aufgabe zur Post des Bescheids");
  private static final Field REFUSAL_POSTED = Field.of(DECISION_POSTED_ON,
      "Datum der Aufgabe zur Post des Versagungsbescheids");
  private static final Field OUTCOME = Field.of(OBJECTION_OUTCOME, "Ergebnis der Prüfung des Widerspruchs");

  private final QebRules rules;
  private final Letters letters;
  private final RunningCases runningCases;

  public QebApplicationListeners(QebRules rules, Letters letters, RunningCases runningCases) {
    this.rules = rules;
    this.letters = letters;
    this.runningCases = runningCases;
  }

  /** Process start: the start variables are complete and well-formed, or no instance is created. */
  public void started(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Application application = rules.application(variables.text(APPLICATION), variables.text(CUSTOMER),
        variables.day(RECEIVED), variables.oneOf(CHANNEL_FIELD, Channel.class),
        variables.given(TEAM) ? variables.known(TEAM, TEAMS) : null, TaskDeadlines.today());

    runningCases.reserve(execution, application.applicationId(), "der Antragsnummer");
    execution.setProcessBusinessKey(application.applicationId());
    variables.set(APPLICATION_ID, application.applicationId())
        .set(RECEIVED_ON, application.receivedOn())
        .set(CHANNEL, application.channel())
        .set(CHANNEL_LABEL, application.channel().label())
        .set(CASEWORKER_GROUP, application.caseworkerGroup())
        .set(CHECK_FROM, application.receivedOn())
        .set(DOCUMENTS_ON_RECORD, false)
        .set(DOCUMENT_DELIVERIES, 0);
  }

  /** "Einladung versenden" done: the day the invitation was posted (empty = next post) and its deadline. */
  public void invitationSent(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate posted = postedOn(variables, INVITATION_POSTED, RECEIVED_ON, "dem Eingang des Antrags");
    variables.set(INVITATION_DEADLINE, rules.invitationDeadline(posted));
  }

  /** "Erscheinen erwartet" done: the Eingangszone confirms that the person came; recorded as the message is. */
  public void appearedAtDesk(DelegateExecution execution) {
    CaseVariables.of(execution).requireConfirmed(Field.of(APPEARANCE_CONFIRMED, "Person erschienen"),
        "Ist die Person erschienen? Abschließen erst, wenn sie da ist; sonst wartet der Fall bis zum Ende der Frist.");
    applicantAppeared(execution);
  }

  /** Message ApplicantAppeared. */
  public void applicantAppeared(DelegateExecution execution) {
    LocalDate today = TaskDeadlines.today();
    record(CaseVariables.of(execution).set(APPEARED_ON, today), rules.appeared(today));
  }

  /** The invitation's deadline passed without the applicant. */
  public void invitationExpired(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    record(variables, rules.stayedAway(variables.recordedDay(INVITATION_DEADLINE)));
  }

  /** "Unterlagen prüfen" done. */
  public void documentsChecked(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    DocumentsStatus status = variables.oneOf(STATUS, DocumentsStatus.class);
    boolean appointmentNeeded = variables.checkbox(APPOINTMENT);
    variables.set(DOCUMENTS_STATUS, status).set(APPOINTMENT_NEEDED, appointmentNeeded);
    if (status == DocumentsStatus.COMPLETE) {
      variables.set(DOCUMENTS_ON_RECORD, true);
    }
    rules.afterCheck(status, appointmentNeeded, TaskDeadlines.today()).ifPresent(due -> record(variables, due));
  }

  /** "Unterlagen anfordern / Termin vergeben" done: the letter, with the warning of § 66 Abs. 3 SGB I. */
  public void documentsRequested(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    rules.checkRequest(DocumentsStatus.valueOf(variables.recordedText(DOCUMENTS_STATUS)), variables.given(MISSING),
        variables.checkbox(WARNING));
    if (variables.recordedFlag(APPOINTMENT_NEEDED)) {
      variables.set(APPOINTMENT_ON, variables.day(APPOINTMENT_DAY));
    }
    LocalDate posted = postedOn(variables, REQUEST_POSTED, CHECK_FROM, "dem Beginn der Prüfung");
    variables.set(REQUEST_DEADLINE, rules.requestDeadline(posted));
  }

  /**
   * "Unterlagen erwartet" begins (again): the answer of an earlier delivery is no answer for the
   * next one, so a completion or message without it is refused instead of repeating it.
   */
  public void awaitingDocuments(DelegateExecution execution) {
    execution.setVariable(DOCUMENTS_COMPLETE, null);
  }

  /**
   * A delivery, recorded by the Fallkoordination in "Unterlagen erwartet" or reported by another
   * system (message DocumentsReceived): every delivery is recorded; complete documents end the wait.
   */
  public void documentsReceived(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    boolean complete = variables.flag(COMPLETE);
    LocalDate today = TaskDeadlines.today();
    variables.set(DOCUMENTS_COMPLETE, complete)
        .set(DOCUMENT_DELIVERIES, variables.recordedCount(DOCUMENT_DELIVERIES) + 1)
        .set(LAST_DELIVERY_ON, today)
        .set(DOCUMENTS_ON_RECORD, true);
    rules.afterDelivery(complete, today).ifPresent(due -> record(variables, due));
  }

  /** The request's deadline has passed: decide on the record. */
  public void requestDeadlinePassed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    record(variables, rules.afterRequestDeadline(variables.recordedDay(REQUEST_DEADLINE)));
  }

  /** "Über den Antrag entscheiden" done. */
  public void decided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Decision decision = variables.oneOf(DECISION_FIELD, Decision.class);
    variables.set(DECISION, decision).set(DECISION_LABEL, decision.label());
    noticePosted(variables, NOTICE_POSTED);
    decisionMade(execution, variables);
  }

  /** "Versagungsbescheid erstellen" done. */
  public void refusalIssued(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution).set(DECISION, REFUSED).set(DECISION_LABEL, REFUSED_LABEL);
    noticePosted(variables, REFUSAL_POSTED);
    decisionMade(execution, variables);
  }

  /**
   * The decision is made: recorded with its day, and told to a case that called this one (the
   * new-client intake notes it for the household and informs the team the same day).
   */
  private static void decisionMade(DelegateExecution execution, CaseVariables variables) {
    LocalDate today = TaskDeadlines.today();
    variables.set(DECIDED_ON, today);
    ParentCase.tell(execution, MESSAGE_APPLICATION_DECIDED, Map.of(DECISION, variables.recordedText(DECISION),
        DECISION_LABEL, variables.recordedText(DECISION_LABEL), DECIDED_ON, today.toString()));
  }

  /** "Entscheidung überfällig" done: the team lead records what was agreed. */
  public void overdueHandled(DelegateExecution execution) {
    CaseVariables.of(execution).text(MEASURE);
  }

  /** "Datensatz abmelden" done. */
  public void recordDeregistered(DelegateExecution execution) {
    CaseVariables.of(execution).requireConfirmed(DEREGISTERED, "Ist der Datensatz abgemeldet?");
  }

  /** "Widerspruch prüfen" done. */
  public void objectionReviewed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(OBJECTION_OUTCOME, variables.oneOf(OUTCOME, ObjectionOutcome.class));
  }

  /** "Widerspruchsfrist läuft" done: the QEB confirms an objection; recorded as the message is. */
  public void objectionAtDesk(DelegateExecution execution) {
    CaseVariables.of(execution).requireConfirmed(Field.of(OBJECTION_CONFIRMED, "Widerspruch eingegangen"),
        "Ist ein Widerspruch eingegangen? Abschließen erst, wenn er da ist; sonst läuft die Frist weiter.");
    objectionReceived(execution);
  }

  /** Message ObjectionReceived. */
  public void objectionReceived(DelegateExecution execution) {
    CaseVariables.of(execution).set(OBJECTION_RECEIVED_ON, TaskDeadlines.today());
  }

  /** A decision notice was posted: the objection period starts. */
  private void noticePosted(CaseVariables variables, Field field) {
    LocalDate posted = postedOn(variables, field, DECISION_FROM,
        "dem Beginn der Entscheidungsfrist");
    variables.set(OBJECTION_DEADLINE, rules.objectionDeadline(posted));
  }

  /**
   * The posting day of a letter ({@link Letters#postedOn}), recorded as entered or, when empty, as
   * the next post day. The event it may not precede is the day in {@code eventVariable}, or the
   * receipt of the application while that is not set.
   */
  private LocalDate postedOn(CaseVariables variables, Field field, String eventVariable, String eventLabel) {
    LocalDate receivedOn = variables.recordedDay(RECEIVED_ON);
    LocalDate recorded = variables.recordedDay(eventVariable);
    LocalDate event = recorded == null ? receivedOn : recorded;
    String what = event.equals(receivedOn) ? "dem Eingang des Antrags" : eventLabel;
    LocalDate posted = letters.postedOn(variables.dayIfGiven(field), field, event, what, TaskDeadlines.today());
    variables.set(field.variable(), posted);
    return posted;
  }

  private static void record(CaseVariables variables, Appearance appearance) {
    variables.set(APPEARANCE_LABEL, appearance.label())
        .set(CHECK_FROM, appearance.checkFrom());
  }

  private static void record(CaseVariables variables, DecisionDue due) {
    variables.set(DECISION_FROM, due.from())
        .set(DECISION_BASIS, due.basis())
        .set(DECISION_BASIS_LABEL, due.basis().label());
  }
}

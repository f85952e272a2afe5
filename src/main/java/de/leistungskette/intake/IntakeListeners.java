package de.leistungskette.intake;

import static de.leistungskette.intake.NewClientIntake.*;

import de.leistungskette.casework.CaseVariables;
import de.leistungskette.casework.Field;
import de.leistungskette.casework.Letters;
import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.identity.Team;
import de.leistungskette.intake.IntakeRules.HistoryNote;
import de.leistungskette.intake.IntakeRules.Member;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The listeners of "Neukundenaufnahme (Eingangszone)" (as beans: {@link IntakeDelegates}): thin
 * adapters that read what a person entered or another system sent ({@link CaseVariables}), ask
 * {@link IntakeRules} and record the answer. Every value read from people is a {@link Field}
 * constant here (the conventions test holds them against the forms).
 */
public class IntakeListeners {

  /** The teams the routing may name and the team lead may choose. */
  static final List<String> ROUTABLE_TEAMS = List.of(Team.JOBOFFENSIVE, Team.ARBEITSVERMITTLUNG, Team.FALLMANAGEMENT,
      Team.FALLMANAGEMENT_ALLEINERZIEHENDE, Team.FALLMANAGEMENT_SELBSTAENDIGE, Team.HOCHSCHULTEAM, Team.U25, Team.REHA,
      Team.FALLKOORDINATION).stream().map(Team::groupId).toList();

  private static final Field ID = Field.of(CLIENT_ID, "Kundennummer");
  private static final Field NAME = Field.of(CLIENT_NAME, "Name");
  private static final Field BIRTH = Field.of(BIRTH_DATE, "Geburtsdatum");
  private static final Field REGISTERED = Field.of(REGISTERED_ON, "Tag der Vorsprache");
  private static final Field HOUSEHOLD_FIELD = Field.of(HOUSEHOLD, "Haushalt");
  private static final Field CASE = Field.of(CASE_TYPE, "Fallgestaltung");
  private static final Field PROFILE_FIELD = Field.of(PROFILE, "Profillage");
  private static final Field INSURED = Field.of(INSURED_EMPLOYMENT_MONTHS, "Monate sv-pflichtiger Beschäftigung");
  private static final Field SELF = Field.of(SELF_EMPLOYMENT, "Selbständigkeit");
  private static final Field SECTION_10 = Field.of(SECTION_10_LIMIT, "Einschränkung nach § 10 Abs. 1 SGB II");
  private static final Field UNFIT_MONTHS = Field.of(UNFIT_FOR_WORK_MONTHS, "Dauer der Arbeitsunfähigkeit (Monate)");
  private static final List<Field> FACTS = List.of(Field.of(FORMERLY_JOBOFFENSIVE, "Früher von der Joboffensive betreut"),
      Field.of(COMPLETED_STUDIES, "Nach abgeschlossenem Studium"), Field.of(ACADEMIC, "Akademiker/in"),
      Field.of(SIDE_INCOME, "Laufendes Nebeneinkommen"), Field.of(EMPLOYED_NOW, "Laufende Beschäftigung"),
      Field.of(SINGLE_PARENT, "Alleinerziehend"), Field.of(UNFIT_FOR_WORK, "Aktuell arbeitsunfähig"),
      Field.of(UNCLEAR_EMPLOYABILITY, "Erwerbsfähigkeit ungeklärt"),
      Field.of(REHAB_OR_SEVERELY_DISABLED, "Reha / schwerbehindert"), Field.of(HOMELESS, "Wohnungslos"));
  private static final Field APPOINTMENT = Field.of(QEB_APPOINTMENT_ON, "Tag des QEB-Termins");
  private static final Field ATTENDED = Field.of(QEB_ATTENDED, "Zur QEB erschienen");
  private static final Field STATE = Field.of(APPLICATION_STATE, "Stand der Antragstellung");
  private static final Field HELD_ON = Field.of(QEB_HELD_ON, "Tag der nachgeholten QEB");
  private static final Field CAME = Field.of(CLIENT_ATTENDED, "Zur Erstberatung erschienen");
  private static final Field PARTNER = Field.of(PARTNER_ATTENDANCE, "Partner");
  private static final Field DISPUTED = Field.of(RESPONSIBILITY_DISPUTED, "Zuständigkeit bestritten");
  private static final Field REASON = Field.of(DISPUTE_REASON, "Begründung");
  private static final Field TEAM = Field.of(TARGET_TEAM, "Zuständiges Team");
  private static final Field PARTNER_POSTED = Field.of(PARTNER_INVITATION_POSTED_ON,
      "Datum der Aufgabe zur Post bzw. Aushändigung der Einladung");

  private final IntakeProperties properties;
  private final Periods periods;
  private final Letters letters;
  private final RunningCases runningCases;

  public IntakeListeners(IntakeProperties properties, Periods periods, Letters letters, RunningCases runningCases) {
    this.properties = properties;
    this.periods = periods;
    this.letters = letters;
    this.runningCases = runningCases;
  }

  /** Process start: the client and the routing facts, complete and well-formed, defaults for what is missing. */
  public void started(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate today = TaskDeadlines.today();
    String clientId = IntakeRules.clientId(variables.text(ID));
    String clientName = IntakeRules.clientName(variables.text(NAME));
    LocalDate registeredOn = IntakeRules.registeredOn(variables.day(REGISTERED), today);
    LocalDate birthDate = IntakeRules.birthDate(variables.day(BIRTH), registeredOn, BIRTH_DATE, "Geburtsdatum");
    List<Member> household = variables.given(HOUSEHOLD_FIELD)
        ? IntakeRules.household(householdText(execution.getVariable(HOUSEHOLD)), registeredOn)
        : List.of();

    variables.set(CASE_TYPE, variables.given(CASE) ? variables.oneOf(CASE, CaseType.class) : CaseType.NEW_OR_REACTIVATED)
        .set(PROFILE, variables.given(PROFILE_FIELD) ? variables.oneOf(PROFILE_FIELD, Profile.class) : Profile.NONE)
        .set(SELF_EMPLOYMENT, variables.given(SELF) ? variables.oneOf(SELF, SelfEmployment.class) : SelfEmployment.NONE)
        .set(SECTION_10_LIMIT, variables.given(SECTION_10)
            ? variables.oneOf(SECTION_10, Section10Limit.class) : Section10Limit.NONE)
        .set(INSURED_EMPLOYMENT_MONTHS, variables.given(INSURED)
            ? IntakeRules.months(execution.getVariable(INSURED_EMPLOYMENT_MONTHS), INSURED_EMPLOYMENT_MONTHS,
                INSURED.label()) : 0);
    for (Field fact : FACTS) {
      variables.set(fact.variable(), variables.checkbox(fact));
    }
    execution.setVariable(UNFIT_FOR_WORK_MONTHS, variables.given(UNFIT_MONTHS)
        ? IntakeRules.months(execution.getVariable(UNFIT_FOR_WORK_MONTHS), UNFIT_FOR_WORK_MONTHS, UNFIT_MONTHS.label())
        : null);

    runningCases.reserve(execution, clientId, "der Kundennummer");
    execution.setProcessBusinessKey(clientId);
    variables.set(CLIENT_ID, clientId).set(CLIENT_NAME, clientName).set(REGISTERED_ON, registeredOn)
        .set(BIRTH_DATE, birthDate)
        .set(UNDER_25, IntakeRules.under25(birthDate, registeredOn))
        .set(INTAKE_VARIANT, properties.variant())
        .set(QEB_APPLICATIONS, 0);
    execution.setVariable(HOUSEHOLD, SpinValues.jsonValue(IntakeRules.toJson(household)).create());
  }

  /** The routing decision named a team; the case keeps its German name for the forms. */
  public void routed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String team = variables.recordedText(TARGET_TEAM);
    if (!ROUTABLE_TEAMS.contains(team)) {
      throw new RejectedInputException("Die Entscheidungstabelle „Zuständigkeit Neukunde“ (" + ROUTING_DECISION
          + ") nennt kein Team, das Neukunden aufnimmt: „" + team + "“. Bitte die Tabelle korrigieren; erlaubt: "
          + String.join(", ", ROUTABLE_TEAMS) + ".");
    }
    recordTeamName(variables);
  }

  /** "QEB-Termin buchen" done: the appointment is soon and not before the registration. */
  public void qebBooked(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(QEB_APPOINTMENT_ON, IntakeRules.qebAppointment(variables.day(APPOINTMENT),
        variables.recordedDay(REGISTERED_ON), periods.of(PROCESS_KEY, PERIOD_QEB_BOOKING)));
  }

  /** "Qualifizierte Erstberatung" done: came (the application starts) or not (the team is told). */
  public void qebConducted(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    boolean attended = variables.choice(ATTENDED, "Ist die Person zur Qualifizierten Erstberatung erschienen?");
    variables.set(QEB_ATTENDED, attended);
    if (attended) {
      LocalDate appointment = variables.recordedDay(QEB_APPOINTMENT_ON);
      IntakeRules.qebHeld(appointment, TaskDeadlines.today());
      variables.text(STATE);
      nextApplication(variables, appointment);
    }
  }

  /** Message QebHeldLate: the QEB was held after all, on the given day (empty = today). */
  public void qebHeldLate(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate today = TaskDeadlines.today();
    LocalDate heldOn = IntakeRules.qebHeldLate(variables.given(HELD_ON) ? variables.day(HELD_ON) : today,
        variables.recordedDay(REGISTERED_ON), today);
    variables.set(QEB_HELD_ON, heldOn).set(QEB_ATTENDED, true);
    nextApplication(variables, heldOn);
  }

  /** "Erstberatung durchführen" / "Erstgespräch U25" done. */
  public void counselled(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    boolean disputed = variables.checkbox(DISPUTED);
    variables.set(RESPONSIBILITY_DISPUTED, disputed);
    if (disputed) {
      variables.text(REASON);
      return;
    }
    boolean came = variables.choice(CAME, "Ist die Person zur Erstberatung erschienen?");
    variables.set(CLIENT_ATTENDED, came).set(COUNSELLED_ON, TaskDeadlines.today());
    variables.set(PARTNER_ATTENDANCE, came ? variables.oneOf(PARTNER, PartnerAttendance.class) : PartnerAttendance.NONE);
  }

  /** "Zuständigkeit entscheiden" done: the team lead's team takes the case. */
  public void responsibilityDecided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String team = variables.known(TEAM, ROUTABLE_TEAMS);
    String before = variables.recordedText(ROUTING_RULE);
    variables.set(TARGET_TEAM, team).set(RESPONSIBILITY_DISPUTED, false)
        .set(ROUTING_RULE, "Entscheidung der Teamleitung (Anlage 7): " + displayName(team) + "; zuvor: " + before);
    recordTeamName(variables);
  }

  /** "Partner einladen" done: the invitation's period runs from its postal notification. */
  public void partnerInvited(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate today = TaskDeadlines.today();
    LocalDate posted = letters.postedOn(variables.dayIfGiven(PARTNER_POSTED), PARTNER_POSTED,
        variables.recordedDay(COUNSELLED_ON), "der Erstberatung", today);
    variables.set(PARTNER_INVITATION_POSTED_ON, posted).set(PARTNER_INVITATION_DEADLINE,
        letters.daysAfterNotification(posted, periods.of(PROCESS_KEY, PERIOD_PARTNER_INVITATION)));
  }

  /** Service task "Historienvermerke anlegen": after the decision reported by the application processing. */
  public void recordHistoryNotes(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate decidedOn = variables.recordedDay(DECIDED_ON);
    List<HistoryNote> notes = IntakeRules.historyNotes(variables.recordedText(CLIENT_NAME),
        variables.recordedDay(BIRTH_DATE), IntakeRules.fromRecorded(recordedHousehold(execution)),
        variables.recordedText(QEB_APPLICATION_ID), variables.recordedText(DECISION_LABEL), decidedOn);
    execution.setVariable(HISTORY_NOTES, SpinValues.jsonValue(IntakeRules.notesToJson(notes, decidedOn)).create());
    variables.set(HAND_BACK_TO_ALG1, !"APPROVED".equals(variables.recordedText(DECISION))
        && CaseType.TRANSFER_SGB3.name().equals(variables.recordedText(CASE_TYPE)));
  }

  private void nextApplication(CaseVariables variables, LocalDate receivedOn) {
    int number = variables.recordedCount(QEB_APPLICATIONS) + 1;
    variables.set(QEB_APPLICATIONS, number)
        .set(QEB_APPLICATION_ID, IntakeRules.applicationId(variables.recordedText(CLIENT_ID), number))
        .set(QEB_RECEIVED_ON, receivedOn);
  }

  private static void recordTeamName(CaseVariables variables) {
    variables.set(TARGET_TEAM_NAME, displayName(variables.recordedText(TARGET_TEAM)));
  }

  private static String displayName(String groupId) {
    return Arrays.stream(Team.values()).filter(team -> team.groupId().equals(groupId)).map(Team::displayName)
        .findFirst().orElse(groupId);
  }

  /** The household as sent: text (form lines or JSON) or a Spin JSON value from another system. */
  private static String householdText(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof SpinJsonNode json) {
      return json.toString();
    }
    throw new RejectedInputException("Haushalt (" + HOUSEHOLD + "): erwartet wird eine JSON-Liste oder Text.");
  }

  private static String recordedHousehold(DelegateExecution execution) {
    Object value = execution.getVariable(HOUSEHOLD);
    return value instanceof SpinJsonNode json ? json.toString() : (String) value;
  }

}

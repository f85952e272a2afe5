package de.leistungskette.referral;

import static de.leistungskette.referral.KelReferral.*;

import de.leistungskette.casework.CaseChecks;
import de.leistungskette.casework.CaseVariables;
import de.leistungskette.casework.Field;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.identity.Team;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import de.leistungskette.referral.KelReferral.ConsentScope;
import de.leistungskette.referral.KelReferral.NextStep;
import de.leistungskette.referral.KelReferral.NotTakenUp;
import de.leistungskette.referral.KelReferral.Source;
import de.leistungskette.referral.NeedGroups.Placement;
import de.leistungskette.referral.NeedGroups.Plan;
import de.leistungskette.referral.ReferralRules.Deadlines;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * The listeners of "Zuweisung kommunale Eingliederungsleistung" (beans: {@link ReferralDelegates}):
 * thin adapters that read the case, ask {@link ReferralRules} and record the answer.
 */
public class ReferralListeners {

  /** The teams that refer clients (every client-facing team). */
  static final List<String> CASEWORKER_TEAMS = List.of(Team.FALLKOORDINATION, Team.ARBEITSVERMITTLUNG,
      Team.FALLMANAGEMENT, Team.FALLMANAGEMENT_ALLEINERZIEHENDE, Team.FALLMANAGEMENT_SELBSTAENDIGE, Team.JOBOFFENSIVE,
      Team.HOCHSCHULTEAM, Team.U25, Team.REHA, Team.INTEGRATIONSMANAGEMENT).stream().map(Team::groupId).toList();

  private static final Field REFERRAL = Field.of(REFERRAL_ID, "Zuweisungsnummer");
  private static final Field CLIENT = Field.of(CLIENT_ID, "Kundennummer");
  private static final Field NAME = Field.of(CLIENT_NAME, "Name");
  private static final Field BIRTH = Field.of(BIRTH_DATE, "Geburtsdatum");
  private static final Field SERVICE_FIELD = Field.of(SERVICE, "Leistung");
  private static final Field PROVIDER = Field.of(PROVIDER_ID, "Träger");
  private static final Field REASON_FIELD = Field.of(REASON, "Anlass der Zuweisung");
  private static final Field SOURCE_FIELD = Field.of(SOURCE, "Wie ist der Bedarf bekannt geworden");
  private static final Field CONSENT = Field.of(CONSENT_GIVEN, "Einwilligung liegt vor");
  private static final Field SCOPE = Field.of(CONSENT_SCOPE, "Umfang der Einwilligung");
  private static final Field REFERRED = Field.of(REFERRED_ON, "Tag der Zuweisung");
  private static final Field TEAM = Field.of(CASEWORKER_GROUP, "Zuständiges Team");
  private static final Field INTERIM_ON = Field.of(INDIVIDUAL_INTERIM_ON, "Zwischenmeldung bis");
  private static final Field RESULT_ON = Field.of(INDIVIDUAL_RESULT_ON, "Ergebnis bis");
  private static final Field LOCATION_FIELD = Field.of(LOCATION, "Standort");
  private static final Field ORDER = Field.of(ORDER_CONFIRMED, "Reihenfolge bestätigt");
  private static final Field KEPT = Field.of(APPOINTMENT_KEPT, "Termin wahrgenommen");
  private static final Field GROUP = Field.of(NEED_GROUP, "Hilfebedarfsgruppe");
  private static final Field PLACEMENT_FIELD = Field.of(PLACEMENT, "Vermittlung in");
  private static final Field FIRST = Field.of(FIRST_TREATMENT, "Erstbehandlung");
  private static final Field PSYCHOSOCIAL = Field.of(PSYCHOSOCIAL_NEEDED, "Psychosoziale Beratung nötig");
  private static final Field PREVENTION = Field.of(PREVENTION_NEEDED, "Prävention nötig");
  private static final Field ONWARD = Field.of(ONWARD_APPOINTMENT_KEPT, "Beratungstermin angenommen");
  private static final Field PHASE_2 = Field.of(PHASE_2_APPROVED, "Phase 2 vereinbart");
  private static final Field NOT_TAKEN_UP = Field.of(NEXT_STEP, "Wie geht es weiter");
  private static final Field STEP = Field.of(NEXT_STEP, "Nächster Schritt");

  private final ReferralRules rules;
  private final ReferralProperties properties;
  private final RunningCases runningCases;
  private final Vouchers vouchers;

  public ReferralListeners(ReferralRules rules, ReferralProperties properties, RunningCases runningCases,
      Vouchers vouchers) {
    this.rules = rules;
    this.properties = properties;
    this.runningCases = runningCases;
    this.vouchers = vouchers;
  }

  /** Process start: the referral is complete and well-formed, or nothing starts. */
  public void started(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate today = TaskDeadlines.today();
    String referralId = CaseChecks.number(variables.text(REFERRAL), REFERRAL);
    String clientId = CaseChecks.number(variables.text(CLIENT), CLIENT);
    String clientName = variables.text(NAME);
    LocalDate referredOn = ReferralRules.referredOn(variables.day(REFERRED), today);
    LocalDate birthDate = CaseChecks.birthDate(variables.day(BIRTH), BIRTH, referredOn, "dem Tag der Zuweisung");
    Service service = variables.oneOf(SERVICE_FIELD, Service.class);
    Provider provider = ReferralRules.provider(properties.providers(), variables.text(PROVIDER), service);
    variables.text(REASON_FIELD);
    Source source = variables.given(SOURCE_FIELD) ? variables.oneOf(SOURCE_FIELD, Source.class) : Source.COUNSELLING;
    ConsentScope scope = variables.given(SCOPE) ? variables.oneOf(SCOPE, ConsentScope.class) : ConsentScope.ATTENDANCE;
    String team = variables.known(TEAM, CASEWORKER_TEAMS);
    LocalDate interimOn = variables.dayIfGiven(INTERIM_ON);
    LocalDate resultOn = variables.dayIfGiven(RESULT_ON);

    runningCases.reserve(execution, referralId, "der Zuweisungsnummer");
    execution.setProcessBusinessKey(referralId);
    variables.set(REFERRAL_ID, referralId).set(CLIENT_ID, clientId).set(CLIENT_NAME, clientName)
        .set(BIRTH_DATE, birthDate).set(REFERRED_ON, referredOn).set(SERVICE, service).set(SERVICE_LABEL, service.label())
        .set(PROVIDER_ID, provider.id()).set(PROVIDER_GROUP, provider.groupId()).set(PROVIDER_NAME, provider.name())
        .set(PROVIDER_ADDRESS, provider.address() + " · " + provider.access().label())
        .set(SOURCE, source).set(CONSENT_GIVEN, variables.checkbox(CONSENT)).set(CONSENT_SCOPE, scope)
        .set(CASEWORKER_GROUP, team)
        .set(OPEN_ADDICTION_REFERRAL, service == Service.DEBT && openAddictionReferral(execution, clientId));
    execution.setVariable(INDIVIDUAL_INTERIM_ON, interimOn == null ? null : interimOn.toString());
    execution.setVariable(INDIVIDUAL_RESULT_ON, resultOn == null ? null : resultOn.toString());
    String location = variables.given(LOCATION_FIELD) ? variables.text(LOCATION_FIELD).strip() : null;
    if (location != null && location.length() > 80) {
      throw new RejectedInputException(LOCATION_FIELD + " ist zu lang (höchstens 80 Zeichen).");
    }
    execution.setVariable(LOCATION, location);
  }

  /** "Einwilligung einholen" done: given (with its scope) or refused. */
  public void consentObtained(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    boolean given = variables.choice(CONSENT, "Hat die Person schriftlich eingewilligt?");
    variables.set(CONSENT_GIVEN, given);
    if (given) {
      variables.set(CONSENT_SCOPE, variables.oneOf(SCOPE, ConsentScope.class));
    }
  }

  /** "Reihenfolge der Hilfen bestätigen" done. */
  public void orderConfirmed(DelegateExecution execution) {
    CaseVariables.of(execution).requireConfirmed(ORDER, "Zuerst Suchtberatung, Schuldnerberatung danach bzw. während "
        + "der Therapie (seed 004 § 4.2): bitte bestätigen.");
  }

  /** Service task "Gutschein ausstellen": the voucher and every deadline of the service. */
  public void issueVoucher(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Map<String, Object> row = new HashMap<>();
    for (String name : List.of(FIRST_APPOINTMENT_DAYS, INITIAL_FEEDBACK_DAYS, INTERIM_FEEDBACK_WEEKS, RESULT_WEEKS,
        APPOINTMENT_CHECK)) {
      row.put(name, execution.getVariable(name));
    }
    LocalDate referredOn = variables.recordedDay(REFERRED_ON);
    Deadlines deadlines = rules.deadlines(row, referredOn, variables.recordedDay(INDIVIDUAL_INTERIM_ON),
        variables.recordedDay(INDIVIDUAL_RESULT_ON));
    variables.set(VOUCHER_NUMBER, ReferralRules.voucherNumber(referredOn, vouchers.next()))
        .set(FIRST_APPOINTMENT_DUE, deadlines.firstAppointment()).set(INITIAL_FEEDBACK_DUE, deadlines.initialFeedback())
        .set(RESULT_DUE, deadlines.result()).set(APPOINTMENT_CHECK, deadlines.appointmentCheck());
    execution.setVariable(INTERIM_DUE, deadlines.interim() == null ? null : deadlines.interim().toString());
  }

  /** "Erstrückmeldung" done: appointment kept (the voucher is redeemed) and, with consent, the need group. */
  public void initialFeedbackGiven(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(APPOINTMENT_KEPT, variables.choice(KEPT, "Wurde der Ersttermin wahrgenommen?"));
    ConsentScope scope = ConsentScope.valueOf(variables.recordedText(CONSENT_SCOPE));
    onlyWhatConsentAllows(variables, scope, INITIAL_FEEDBACK);
    Service service = Service.valueOf(variables.recordedText(SERVICE));
    boolean phase2 = false;
    if (scope == ConsentScope.CONTENTS && variables.given(GROUP)
        && (service == Service.ADDICTION || service == Service.DEBT)) {
      int group = ReferralRules.needGroup(execution.getVariable(NEED_GROUP));
      Placement placement = variables.given(PLACEMENT_FIELD) ? variables.oneOf(PLACEMENT_FIELD, Placement.class) : null;
      Plan plan;
      try {
        plan = ReferralRules.plan(service, group, placement, variables.checkbox(FIRST), variables.checkbox(PSYCHOSOCIAL),
            variables.checkbox(PREVENTION));
      } catch (IllegalArgumentException e) {
        throw new RejectedInputException(GROUP + ": " + e.getMessage());
      }
      variables.set(PLANNED_EFFORT, plan.title() + ": " + String.join("; ", plan.modules()) + ". Zusammen: "
          + plan.summary() + ".");
      phase2 = service == Service.DEBT && NeedGroups.needsPhase2Approval(plan);
    }
    variables.set(PHASE_2_NEEDED, phase2);
  }

  /** "Leistungsvereinbarung Phase 2" done. */
  public void phase2Decided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(PHASE_2_APPROVED, variables.choice(PHASE_2, "Wird Phase 2 vereinbart?"));
  }

  /** "Zwischenbericht" done; two-stage services answer whether the onward appointment was kept. */
  public void interimReported(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (variables.recordedFlag(APPOINTMENT_CHECK)) {
      variables.set(ONWARD_APPOINTMENT_KEPT, variables.flag(ONWARD));
    }
    onlyWhatConsentAllows(variables, ConsentScope.valueOf(variables.recordedText(CONSENT_SCOPE)), INTERIM_REPORT);
  }

  /** "Abschlussbericht" done. */
  public void finalReported(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    onlyWhatConsentAllows(variables, ConsentScope.valueOf(variables.recordedText(CONSENT_SCOPE)), FINAL_REPORT);
  }

  /** "Zuweisung nicht angetreten" done: refer again or close. */
  public void notTakenUpDecided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(NEXT_STEP, variables.oneOf(NOT_TAKEN_UP, NotTakenUp.class));
  }

  /** "Ergebnis auswerten" done. */
  public void resultReviewed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(NEXT_STEP, variables.oneOf(STEP, NextStep.class));
  }

  /** A report is overdue: the provider's open task moves up its queue and says so. */
  public void remindProvider(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(INTERIM_REPORT, FINAL_REPORT).list()) {
      task.setPriority(Math.max(task.getPriority(), 80));
      tasks.saveTask(task);
      tasks.setVariableLocal(task.getId(), "reminder", "Erinnerung vom "
          + GermanDates.shortForm(TaskDeadlines.today()) + ": die Frist ist abgelaufen. Bitte jetzt zurückmelden.");
    }
  }

  /** The task's content fields ({@link ReferralRules#CONTENT_FIELDS}) only as far as the consent goes. */
  private static void onlyWhatConsentAllows(CaseVariables variables, ConsentScope scope, String taskKey) {
    Map<String, Boolean> given = new LinkedHashMap<>();
    for (Field field : ReferralRules.CONTENT_FIELDS.get(taskKey)) {
      given.put(field.label(), variables.filled(field));
    }
    ReferralRules.onlyWhatConsentAllows(scope, given);
  }

  private static boolean openAddictionReferral(DelegateExecution execution, String clientId) {
    return execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).variableValueEquals(CLIENT_ID, clientId)
        .variableValueEquals(SERVICE, Service.ADDICTION.name()).active().count() > 0;
  }
}

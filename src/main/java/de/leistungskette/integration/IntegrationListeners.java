package de.leistungskette.integration;

import static de.leistungskette.integration.IntegrationManagement.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.leistungskette.casework.CaseChecks;
import de.leistungskette.casework.CaseVariables;
import de.leistungskette.casework.Field;
import de.leistungskette.casework.Periods;
import de.leistungskette.casework.RunningCases;
import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.integration.IntegrationPlan.Change;
import de.leistungskette.integration.IntegrationRules.CounsellingPeriod;
import de.leistungskette.integration.IntegrationRules.Earlier;
import de.leistungskette.integration.IntegrationRules.Extension;
import de.leistungskette.platform.RejectedInputException;
import de.leistungskette.platform.TaskDeadlines;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The listeners of "Integrationsmanagement" (beans: {@link IntegrationDelegates}): thin adapters
 * that read the case, ask {@link IntegrationRules} and {@link IntegrationPlan} and record the answer.
 */
public class IntegrationListeners {

  /** The element ids the listeners move when an extension is granted. */
  static final String CLOSING_NOTICE_TIMER = "closingNoticeReached";

  private static final Field PERSON = Field.of(PERSON_ID, "Personennummer");
  private static final Field NAME = Field.of(PERSON_NAME, "Name");
  private static final Field BIRTH = Field.of(BIRTH_DATE, "Geburtsdatum");
  private static final Field ASSIGNED = Field.of(ASSIGNED_ON, "Tag der Zuweisung in die Anschlussunterbringung");
  private static final Field GROUP = Field.of(TARGET_GROUP, "Zielgruppe");
  private static final Field BENEFITS_FIELD = Field.of(BENEFITS, "Leistungsbezug");
  private static final Field HOUSING_FIELD = Field.of(HOUSING, "Wohnform");
  private static final Field MODEL_FIELD = Field.of(MODEL, "Modell");
  private static final Field PARTICIPATION_FIELD = Field.of(PARTICIPATION, "Teilnahme");
  private static final Field PARTICIPATION_WHY = Field.of(PARTICIPATION_REASON, "Begründung");
  private static final Field REENTRY_FIELD = Field.of(REENTRY_DECISION, "Wiederaufnahme");
  private static final Field REENTRY_WHY = Field.of(REENTRY_REASON, "Begründung");
  private static final Field FIRST_ON = Field.of(FIRST_COUNSELLING_ON, "Tag des ersten Beratungsgesprächs");
  private static final Field EXPLAINED = Field.of(TIME_LIMIT_EXPLAINED, "Zeitliche Begrenzung erklärt");
  private static final Field OUTCOME = Field.of(REVIEW_OUTCOME, "Wie geht es weiter");
  private static final Field EARLY_WHY = Field.of(EARLY_END_REASON, "Grund des vorzeitigen Abschlusses");
  private static final Field MONTHS_REQUESTED = Field.of(EXTENSION_MONTHS_REQUESTED, "Beantragte Monate");
  private static final Field EXTENSION_WHY = Field.of(EXTENSION_REASON, "Grund der Verlängerung");
  private static final Field EXTENSION_TEXT = Field.of(EXTENSION_REASON_TEXT, "Begründung der Verlängerung");
  private static final Field APPROVED = Field.of(EXTENSION_APPROVED, "Verlängerung genehmigt");
  private static final Field MONTHS_APPROVED = Field.of(EXTENSION_MONTHS_APPROVED, "Genehmigte Monate");
  private static final Field DECISION_NOTE = Field.of(EXTENSION_DECISION_NOTE, "Begründung der Entscheidung");
  private static final Field PHASE_2_FIELD = Field.of(PHASE_2, "Phase 2");
  private static final Field CHANGED_ON = Field.of(BENEFITS_CHANGED_ON, "Leistungswechsel am");
  private static final Field TAKEN_OVER = Field.of(JOBCENTER_TAKEN_OVER_ON, "Übernommen am");
  private static final Field CONTINUATION_FIELD = Field.of(CONTINUATION, "Weiterberatung");
  private static final Field CONTINUATION_WHY = Field.of(CONTINUATION_REASON, "Begründung");
  private static final Field MUNICIPALITY = Field.of(NEW_MUNICIPALITY, "Neue Kommune");
  private static final Field MOVED = Field.of(MOVED_ON, "Umzug am");
  private static final Field TO_PERSON = Field.of(PLAN_HANDED_TO_PERSON, "Plan der Person ausgehändigt");
  private static final Field TO_OFFICE = Field.of(PLAN_SENT_TO_NEW_OFFICE, "Plan an die neue Kommune übermittelt");
  private static final Field NOTE = Field.of(CLOSING_NOTE, "Abschlussvermerk");
  private static final Field CHANGE_NOTE = Field.of(IntegrationPlan.CHANGE_NOTE, "Was wurde geändert oder besprochen");

  private final IntegrationProperties properties;
  private final Periods periods;
  private final Deadlines deadlines;
  private final RunningCases runningCases;

  public IntegrationListeners(IntegrationProperties properties, Periods periods, Deadlines deadlines,
      RunningCases runningCases) {
    this.properties = properties;
    this.periods = periods;
    this.deadlines = deadlines;
    this.runningCases = runningCases;
  }

  /** Process start: the case is complete and well-formed, an earlier period of the person is found, or nothing starts. */
  public void started(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate today = TaskDeadlines.today();
    String personId = CaseChecks.number(variables.text(PERSON), PERSON);
    String name = variables.text(NAME);
    LocalDate assignedOn = CaseChecks.caseDay(variables.day(ASSIGNED), ASSIGNED, today);
    LocalDate birthDate = CaseChecks.birthDate(variables.day(BIRTH), BIRTH, assignedOn, "dem Tag der Zuweisung");
    if (!IntegrationRules.adultOn(birthDate, assignedOn)) {
      throw new RejectedInputException(BIRTH + ": am Tag der Zuweisung (" + GermanDates.shortForm(assignedOn)
          + ") noch nicht volljährig. Das Integrationsmanagement berät Erwachsene; Kinder gehören in den Plan ihrer Eltern.");
    }
    TargetGroup group = variables.oneOf(GROUP, TargetGroup.class);
    Benefits benefits = variables.oneOf(BENEFITS_FIELD, Benefits.class);
    Housing housing = variables.oneOf(HOUSING_FIELD, Housing.class);
    Model model = variables.given(MODEL_FIELD) ? variables.oneOf(MODEL_FIELD, Model.class) : properties.model();

    Map<String, Object> earlier = asProcess(() -> earlierCase(execution, personId));
    LocalDate earlierEndsOn = earlier == null ? null : LocalDate.parse((String) earlier.get(COUNSELLING_ENDS_ON));
    if (IntegrationRules.earlier(earlierEndsOn, today) == Earlier.PERIOD_ENDED) {
      throw new RejectedInputException("Der Beratungszeitraum von " + name + " (" + personId + ") endete am "
          + GermanDates.shortForm(earlierEndsOn) + ". Nach dem Ende des Beratungszeitraums beginnt kein neuer "
          + "(VwV Integrationsmanagement Nr. 4.1.5; Wiederaufnahme nur innerhalb des Zeitraums).");
    }
    runningCases.reserve(execution, personId, "der Personennummer");
    execution.setProcessBusinessKey(personId);
    variables.set(PERSON_ID, personId).set(PERSON_NAME, name).set(ASSIGNED_ON, assignedOn).set(BIRTH_DATE, birthDate)
        .set(TARGET_GROUP, group).set(BENEFITS, benefits).set(HOUSING, housing).set(MODEL, model)
        .set(ELIGIBLE, IntegrationRules.eligible(group, benefits)).set(REENTRY, earlier != null).set(PHASE, 1)
        .set(EXTENSION_MONTHS_GRANTED, 0).set(PLAN_LINK, IntegrationPlanPage.link(personId))
        .set(MODEL_LABEL, model.label()).set(PERIOD_TEXT, "beginnt mit der Erstberatung");
    execution.setVariable(ELIGIBILITY_QUESTION, IntegrationRules.eligibilityQuestion(group, benefits));
    if (earlier != null) {
      variables.set(EARLIER_CASE_ENDS_ON, earlierEndsOn).set(COUNSELLING_ENDS_ON, earlierEndsOn)
          .set(PERIOD_TEXT, periodText(model, earlierEndsOn))
          .set(EXTENSION_MONTHS_GRANTED, (Integer) earlier.getOrDefault(EXTENSION_MONTHS_GRANTED, 0));
      for (String carried : List.of(FIRST_COUNSELLING_ON, COUNSELLING_EXPLANATION, EXTENSION_MONTHS_LEFT)) {
        execution.setVariable(carried, earlier.get(carried));
      }
      if (earlier.get(INTEGRATION_PLAN) != null) {
        execution.setVariable(INTEGRATION_PLAN, json((String) earlier.get(INTEGRATION_PLAN)));
        execution.setVariable(INTEGRATION_PLAN_HISTORY, json((String) earlier.get(INTEGRATION_PLAN_HISTORY)));
      }
    }
  }

  /** "Teilnahme prüfen" done: admitted or not, with the reason. */
  public void eligibilityChecked(DelegateExecution execution) {
    decided(CaseVariables.of(execution), PARTICIPATION_FIELD, Participation.class, PARTICIPATION_WHY, Participation.END,
        Outcome.NOT_ELIGIBLE);
  }

  /** "Wiederaufnahme entscheiden" done: the earlier period's end stays; the plan goes on. */
  public void reentryDecided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (decided(variables, REENTRY_FIELD, ReentryDecision.class, REENTRY_WHY, ReentryDecision.DECLINE,
        Outcome.REENTRY_DECLINED) == ReentryDecision.DECLINE) {
      return;
    }
    LocalDate endsOn = variables.recordedDay(COUNSELLING_ENDS_ON);
    scheduleClosing(variables, endsOn);
    variables.set(REVIEW_ON, nextReview(execution, endsOn));
    JsonNode plan = plan(execution);
    if (plan != null) {
      recordVersion(execution, plan, plan, "Wiederaufnahme", "Wiederaufnahme bis " + GermanDates.shortForm(endsOn) + ": "
          + variables.recordedText(REENTRY_REASON));
    }
  }

  /** "Erstberatung" done: the day, and the person was told of the time limit. */
  public void firstCounsellingHeld(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate assignedOn = variables.recordedDay(ASSIGNED_ON);
    LocalDate day = CaseChecks.caseDay(variables.day(FIRST_ON), FIRST_ON, TaskDeadlines.today());
    if (day.isBefore(assignedOn)) {
      throw new RejectedInputException(FIRST_ON + ": " + GermanDates.shortForm(day) + " liegt vor der Zuweisung ("
          + GermanDates.shortForm(assignedOn) + ").");
    }
    variables.requireConfirmed(EXPLAINED, "Wurde der Person die zeitliche Begrenzung der Beratung erklärt (seed 001: "
        + "Ziele und zeitliche Begrenzung frühzeitig aufzeigen)? Bitte bestätigen.");
    variables.set(FIRST_COUNSELLING_ON, day).set(TIME_LIMIT_EXPLAINED, true);
  }

  /** Service task "Beratungszeitraum berechnen". */
  public void calculatePeriod(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Model model = Model.valueOf(variables.recordedText(MODEL));
    int months = periods.of(PROCESS_KEY, model == Model.BW ? PERIOD_COUNSELLING_BW : PERIOD_PHASE_1_WIESBADEN);
    CounsellingPeriod period = IntegrationRules.counsellingPeriod(model, variables.recordedDay(ASSIGNED_ON),
        variables.recordedDay(FIRST_COUNSELLING_ON), months, 0);
    variables.set(COUNSELLING_ENDS_ON, period.endsOn()).set(COUNSELLING_EXPLANATION, period.explanation())
        .set(PERIOD_TEXT, periodText(model, period.endsOn()))
        .set(EXTENSION_MONTHS_LEFT, model == Model.BW ? periods.of(PROCESS_KEY, PERIOD_EXTENSION_MAXIMUM_BW) : 0);
    scheduleClosing(variables, period.endsOn());
  }

  /** "Integrationsplan erstellen" done: version 1 of the plan. */
  public void planCreated(DelegateExecution execution) {
    savePlan(execution, "Integrationsplan erstellt");
  }

  /**
   * "Integrationsplan fortschreiben" is created: its form shows the plan as it is, from variables
   * of the task (the plan itself stays one JSON variable of the case).
   */
  public void showPlan(DelegateTask task) {
    JsonNode plan = plan(task.getExecution());
    if (plan != null) {
      IntegrationPlan.toForm(plan).forEach(task::setVariableLocal);
    }
  }

  /**
   * … and is completed. Tasklist submits the form into those task variables ({@code submit-form});
   * a REST {@code complete} writes the fields it sends to the case, and the task variables stand for
   * the fields it leaves out. Either way the fields reach the case for the step's end, which checks
   * them, makes the new version and removes them again (a refusal there rolls everything back).
   * Cannot fail.
   */
  public void takePlan(DelegateTask task) {
    for (String key : IntegrationPlan.formKeys()) {
      if (task.hasVariableLocal(key) && !task.getExecution().hasVariable(key)) {
        task.getExecution().setVariable(key, task.getVariableLocal(key));
      }
    }
  }

  /** "Integrationsplan fortschreiben" done: a new version if anything changed, and what comes next. */
  public void planReviewed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    ReviewOutcome outcome = variables.oneOf(OUTCOME, ReviewOutcome.class);
    if (outcome == ReviewOutcome.REQUEST_EXTENSION) {
      checkExtensionRequest(execution);
    }
    if (outcome == ReviewOutcome.END_EARLY) {
      variables.set(EARLY_END_REASON, variables.oneOf(EARLY_WHY, EarlyEndReason.class));
    }
    savePlan(execution, "Integrationsplan fortgeschrieben");
    variables.set(REVIEW_OUTCOME, outcome);
    if (outcome == ReviewOutcome.END_EARLY) {
      variables.set(CASE_OUTCOME, Outcome.EARLY_POSITIVE);
    }
  }

  /** Message ExtensionRequested (another system): the same checks as a request from the review. */
  public void extensionRequested(DelegateExecution execution) {
    checkExtensionRequest(execution);
  }

  /** "Verlängerung genehmigen" done: the granted months move the end of counselling, within the limit. */
  public void extensionDecided(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    boolean approved = variables.choice(APPROVED, "Wird die Verlängerung genehmigt?");
    String note = variables.text(DECISION_NOTE);
    variables.set(EXTENSION_APPROVED, approved);
    if (!approved) {
      variables.set(EXTENSION_DECISION_NOTE, "Abgelehnt: " + note);
      return;
    }
    int granted = variables.recordedCount(EXTENSION_MONTHS_GRANTED);
    Extension extension;
    try {
      extension = IntegrationRules.extension(variables.whole(MONTHS_APPROVED, 1, 12), granted,
          periods.of(PROCESS_KEY, PERIOD_EXTENSION_MAXIMUM_BW));
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException(MONTHS_APPROVED + ": " + e.getMessage());
    }
    int total = granted + extension.months();
    CounsellingPeriod period = IntegrationRules.counsellingPeriod(Model.BW, variables.recordedDay(ASSIGNED_ON),
        variables.recordedDay(FIRST_COUNSELLING_ON), periods.of(PROCESS_KEY, PERIOD_COUNSELLING_BW), total);
    variables.set(EXTENSION_MONTHS_GRANTED, total).set(EXTENSION_MONTHS_LEFT, extension.monthsLeft())
        .set(EXTENSION_MONTHS_APPROVED, extension.months()).set(EXTENSION_DECISION_NOTE, extension.note() + " " + note)
        .set(COUNSELLING_ENDS_ON, period.endsOn()).set(COUNSELLING_EXPLANATION, period.explanation())
        .set(PERIOD_TEXT, periodText(Model.BW, period.endsOn()) + ", verlängert um " + total + " Monate");
    scheduleClosing(variables, period.endsOn());
    asProcess(() -> moveClosing(execution, period));
  }

  /** "Phase 2 festlegen" done (Wiesbaden): who supports the person after phase 1. */
  public void phase2Chosen(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Phase2 phase2 = variables.oneOf(PHASE_2_FIELD, Phase2.class);
    if (phase2 == Phase2.CASE_MANAGEMENT_SGB2 && Benefits.valueOf(variables.recordedText(BENEFITS)) != Benefits.SGB2) {
      throw new RejectedInputException(PHASE_2_FIELD + ": Fallmanagement SGB II setzt Leistungen nach dem SGB II voraus; "
          + "die Person bezieht " + variables.recordedText(BENEFITS) + ". Bitte Aufenthaltsmanagement oder "
          + "Rückkehrberatung wählen oder zuerst den Leistungswechsel melden (BenefitsChanged).");
    }
    boolean continues = phase2 != Phase2.CASE_MANAGEMENT_SGB2
        || Housing.valueOf(variables.recordedText(HOUSING)) == Housing.SHARED;
    variables.set(PHASE_2, phase2).set(PHASE, 2).set(CASE_CONTINUES, continues)
        .set(PERIOD_TEXT, "Phase 2 ab " + GermanDates.shortForm(variables.recordedDay(COUNSELLING_ENDS_ON).plusDays(1)));
    if (!continues) {
      variables.set(CASE_OUTCOME, Outcome.PHASE_1_ENDED);
    }
  }

  /** Message BenefitsChanged: the new benefits and the day. */
  public void benefitsChanged(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    Benefits benefits = variables.oneOf(BENEFITS_FIELD, Benefits.class);
    LocalDate on = variables.dayIfGiven(CHANGED_ON);
    variables.set(BENEFITS, benefits).set(BENEFITS_CHANGED_ON, on == null ? TaskDeadlines.today() : on);
  }

  /** "Übergabe an das Jobcenter" done: the Jobcenter has the plan; in shared accommodation the municipality goes on. */
  public void jobcenterTookOver(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate on = CaseChecks.caseDay(variables.day(TAKEN_OVER), TAKEN_OVER, TaskDeadlines.today());
    boolean continues = Housing.valueOf(variables.recordedText(HOUSING)) == Housing.SHARED;
    variables.set(JOBCENTER_TAKEN_OVER_ON, on).set(CASE_CONTINUES, continues);
    if (!continues) {
      variables.set(CASE_OUTCOME, Outcome.HANDED_TO_JOBCENTER);
    }
    JsonNode plan = plan(execution);
    if (plan != null) {
      recordVersion(execution, plan, plan, "Übergabe an das Jobcenter (Fallmanagement SGB II)", "Übernommen am "
          + GermanDates.shortForm(on) + (continues ? "; die Kommune berät in der Unterkunft weiter." : "."));
    }
  }

  /** "Weiterberatung entscheiden" done (no benefits any more, seed 001: the manager decides). */
  public void continuationDecided(DelegateExecution execution) {
    decided(CaseVariables.of(execution), CONTINUATION_FIELD, Continuation.class, CONTINUATION_WHY, Continuation.END,
        Outcome.NO_FURTHER_COUNSELLING);
  }

  /** Message PersonMoved: where to (optional: the manager may learn it in the hand-over). */
  public void personMoved(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (variables.given(MUNICIPALITY)) {
      variables.set(NEW_MUNICIPALITY, variables.text(MUNICIPALITY));
    }
    LocalDate on = variables.dayIfGiven(MOVED);
    if (on != null) {
      variables.set(MOVED_ON, on);
    }
  }

  /** "Übergabe an neue Kommune" done: to whom the plan went; the period keeps running (seed 001). */
  public void planHandedOver(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    String municipality = variables.text(MUNICIPALITY);
    LocalDate movedOn = CaseChecks.caseDay(variables.day(MOVED), MOVED, TaskDeadlines.today());
    boolean toPerson = variables.checkbox(TO_PERSON);
    boolean toOffice = variables.checkbox(TO_OFFICE);
    variables.set(NEW_MUNICIPALITY, municipality).set(MOVED_ON, movedOn).set(PLAN_HANDED_TO_PERSON, toPerson)
        .set(PLAN_SENT_TO_NEW_OFFICE, toOffice).set(CASE_OUTCOME, Outcome.MOVED);
    JsonNode plan = plan(execution);
    if (plan != null) {
      recordVersion(execution, plan, plan, "Übergabe an neue Kommune", "Umzug nach " + municipality + " am "
          + GermanDates.shortForm(movedOn) + "; Plan " + (toPerson ? "der Person ausgehändigt" : "nicht ausgehändigt")
          + (toOffice ? ", nach Absprache an die neue Kommune übermittelt" : "") + ". Der Beratungszeitraum läuft bis "
          + GermanDates.shortForm(variables.recordedDay(COUNSELLING_ENDS_ON)) + " weiter.");
    }
  }

  /** "Beratung abschließen" done. */
  public void caseClosed(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (variables.given(NOTE)) {
      variables.set(CLOSING_NOTE, variables.text(NOTE));
    }
    variables.set(CASE_OUTCOME, Outcome.PERIOD_ENDED);
  }

  /** Every end of the case: the day. */
  public void ended(DelegateExecution execution) {
    CaseVariables.of(execution).set(CLOSED_ON, TaskDeadlines.today());
    IntegrationPlan.formKeys().forEach(execution::removeVariable);
  }

  /** Tasks that carry the whole plan (hand-overs, closing) show it as text. */
  public void showPlanText(DelegateTask task) {
    JsonNode plan = plan(task.getExecution());
    task.setVariableLocal(PLAN_TEXT, plan == null ? "Noch kein Integrationsplan erstellt." : IntegrationPlan.text(plan));
  }

  /** A manager's decision with its reason; the choice that ends the case records the outcome. */
  private static <E extends Enum<E>> E decided(CaseVariables variables, Field choice, Class<E> type, Field reason,
      E ending, Outcome outcome) {
    E decision = variables.oneOf(choice, type);
    variables.set(choice.variable(), decision).set(reason.variable(), variables.text(reason));
    if (decision == ending) {
      variables.set(CASE_OUTCOME, outcome);
    }
    return decision;
  }

  private void checkExtensionRequest(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (Model.valueOf(variables.recordedText(MODEL)) != Model.BW) {
      throw new RejectedInputException("Eine Verlängerung des Beratungszeitraums gibt es nur im Modell BW (VwV "
          + "Integrationsmanagement Nr. 4.1.5); in Wiesbaden folgt auf Phase 1 die Phase 2.");
    }
    int left = variables.recordedCount(EXTENSION_MONTHS_LEFT);
    if (left == 0) {
      throw new RejectedInputException("Die Verlängerung ist ausgeschöpft: zusammen höchstens "
          + periods.of(PROCESS_KEY, PERIOD_EXTENSION_MAXIMUM_BW) + " Monate, gewährt "
          + variables.recordedCount(EXTENSION_MONTHS_GRANTED) + ".");
    }
    long pending = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(APPROVE_EXTENSION).count();
    if (pending > 0) {
      throw new RejectedInputException("Es liegt bereits ein Antrag auf Verlängerung bei der Teamleitung.");
    }
    int months = variables.whole(MONTHS_REQUESTED, 1, 12);
    ExtensionReason reason = variables.oneOf(EXTENSION_WHY, ExtensionReason.class);
    String text = variables.given(EXTENSION_TEXT) ? variables.text(EXTENSION_TEXT) : null;
    if (reason == ExtensionReason.OTHER && text == null) {
      throw new RejectedInputException(EXTENSION_TEXT + ": bei einem anderen Grund bitte begründen (seed 001: "
          + "„in begründeten Einzelfällen“).");
    }
    // the team lead's form shows the months asked for as the proposal
    variables.set(EXTENSION_MONTHS_REQUESTED, months).set(EXTENSION_REASON, reason).set(EXTENSION_MONTHS_APPROVED, months)
        .set(EXTENSION_REASON_LABEL, reason.label());
    execution.setVariable(EXTENSION_REASON_TEXT, text);
  }

  private void savePlan(DelegateExecution execution, String step) {
    CaseVariables variables = CaseVariables.of(execution);
    JsonNode before = plan(execution);
    boolean wiesbaden = Model.valueOf(variables.recordedText(MODEL)) == Model.WIESBADEN;
    int version = before == null ? 1 : before.path("version").asInt() + 1;
    JsonNode after;
    try {
      after = IntegrationPlan.fromForm(execution::getVariable, wiesbaden, version, TaskDeadlines.today());
    } catch (IllegalArgumentException e) {
      throw new RejectedInputException(e.getMessage());
    }
    String note = variables.given(CHANGE_NOTE) ? variables.text(CHANGE_NOTE) : null;
    IntegrationPlan.formKeys().forEach(execution::removeVariable);
    if (before != null && IntegrationPlan.changes(before, after).isEmpty()) {
      if (note != null) {
        recordVersion(execution, before, before, step + " (ohne Änderung)", note);
      }
    } else {
      execution.setVariable(INTEGRATION_PLAN, json(IntegrationPlan.write(after)));
      recordVersion(execution, before, after, step, note);
    }
    LocalDate endsOn = variables.recordedDay(COUNSELLING_ENDS_ON);
    variables.set(REVIEW_ON, nextReview(execution, endsOn));
  }

  private void recordVersion(DelegateExecution execution, JsonNode before, JsonNode after, String step, String note) {
    List<Change> changes = before == after ? List.of() : IntegrationPlan.changes(before, after);
    String at = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.BERLIN)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    String by = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? "System"
        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    JsonNode history = IntegrationPlan.withVersion(text(execution, INTEGRATION_PLAN_HISTORY) == null ? null
        : IntegrationPlan.parse(text(execution, INTEGRATION_PLAN_HISTORY)), after, by, at, step, note, changes);
    execution.setVariable(INTEGRATION_PLAN_HISTORY, json(IntegrationPlan.write(history)));
  }

  private static String periodText(Model model, LocalDate endsOn) {
    return (model == Model.WIESBADEN ? "Phase 1 bis " : "bis ") + GermanDates.shortForm(endsOn);
  }

  private LocalDate nextReview(DelegateExecution execution, LocalDate endsOn) {
    return IntegrationRules.nextReview(deadlines.months(TaskDeadlines.today(), properties.reviewMonths()).getDeadline(),
        endOrNull(execution, endsOn));
  }

  /** Wiesbaden's phase 2 has no end: reviews are not capped by the end of phase 1 there. */
  private static LocalDate endOrNull(DelegateExecution execution, LocalDate endsOn) {
    return Model.BW.name().equals(execution.getVariable(MODEL)) ? endsOn : null;
  }

  private void scheduleClosing(CaseVariables variables, LocalDate endsOn) {
    LocalDate notice = endsOn.minusDays(periods.of(PROCESS_KEY, PERIOD_CLOSING_NOTICE));
    LocalDate today = TaskDeadlines.today();
    variables.set(CLOSING_NOTICE_ON, notice.isBefore(today) ? today : notice);
  }

  /** After an extension: the waiting timer and an open closing task follow the new end. */
  private Void moveClosing(DelegateExecution execution, CounsellingPeriod period) {
    ProcessEngineServices services = execution.getProcessEngineServices();
    Job timer = services.getManagementService().createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(CLOSING_NOTICE_TIMER).singleResult();
    if (timer != null) {
      services.getManagementService().setJobDuedate(timer.getId(),
          deadlines.startOf(execution.getVariable(CLOSING_NOTICE_ON)));
    }
    for (Task task : services.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(CLOSE_CASE, CHOOSE_PHASE_2).list()) {
      task.setDueDate(Deadlines.endOfDay(period.endsOn()));
      services.getTaskService().saveTask(task);
      services.getTaskService().setVariableLocal(task.getId(), TaskDeadlines.EXPLANATION,
          TaskDeadlines.explanation(period.endsOn(), period.explanation()));
    }
    return null;
  }

  /** What a re-entry takes over from the earlier case. */
  private static final String[] CARRIED_OVER = {COUNSELLING_ENDS_ON, FIRST_COUNSELLING_ON, COUNSELLING_EXPLANATION,
      EXTENSION_MONTHS_LEFT, EXTENSION_MONTHS_GRANTED, INTEGRATION_PLAN, INTEGRATION_PLAN_HISTORY};

  /** The latest earlier case of the person that had a counselling period: its period and plan. */
  private static Map<String, Object> earlierCase(DelegateExecution execution, String personId) {
    var history = execution.getProcessEngineServices().getHistoryService();
    HistoricProcessInstance latest = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(personId).finished().list().stream()
        .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId()))
        .max(Comparator.comparing(HistoricProcessInstance::getEndTime)).orElse(null);
    if (latest == null) {
      return null;
    }
    Map<String, Object> values = new java.util.HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(latest.getId()).variableNameIn(CARRIED_OVER).disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() == null && latest.getId().equals(variable.getExecutionId())) {
        Object value = variable.getTypedValue() instanceof JsonValue json ? jsonText(json) : variable.getValue();
        values.put(variable.getName(), value);
      }
    }
    return values.get(COUNSELLING_ENDS_ON) == null ? null : values;
  }

  private static JsonNode plan(org.camunda.bpm.engine.delegate.VariableScope scope) {
    String text = text(scope, INTEGRATION_PLAN);
    return text == null ? null : IntegrationPlan.parse(text);
  }

  /** A JSON variable's text (JSON values are kept as Spin JSON, readable in Cockpit and REST). */
  static String text(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    Object typed = scope.getVariableTyped(name, false);
    if (typed instanceof JsonValue json) {
      return jsonText(json);
    }
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The text of a JSON value, whether the engine handed it over deserialized or not. */
  static String jsonText(JsonValue json) {
    return json.isDeserialized() && json.getValue() != null ? json.getValue().toString() : json.getValueSerialized();
  }

  private static JsonValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  private static <T> T asProcess(Supplier<T> step) {
    return Context.getCommandContext().runWithoutAuthorization(step::get);
  }
}

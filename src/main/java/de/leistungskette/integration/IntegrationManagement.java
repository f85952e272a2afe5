package de.leistungskette.integration;

/**
 * Process "Integrationsmanagement", {@code processes/integration-management.bpmn} (seeds 000, 001,
 * 002; shared/DOMAIN.md section 4): key, element ids, messages and variables. All of them are
 * public API: never rename them.
 */
public final class IntegrationManagement {

  public static final String PROCESS_KEY = "integration-management";

  /** User tasks. */
  public static final String CHECK_ELIGIBILITY = "checkEligibility";
  public static final String DECIDE_REENTRY = "decideReentry";
  public static final String FIRST_COUNSELLING = "firstCounselling";
  public static final String CREATE_INTEGRATION_PLAN = "createIntegrationPlan";
  public static final String REVIEW_INTEGRATION_PLAN = "reviewIntegrationPlan";
  public static final String APPROVE_EXTENSION = "approveExtension";
  public static final String CHOOSE_PHASE_2 = "choosePhase2";
  public static final String HAND_OVER_TO_JOBCENTER = "handOverToJobcenter";
  public static final String DECIDE_CONTINUATION = "decideContinuation";
  public static final String HAND_OVER_PLAN = "handOverPlan";
  public static final String CLOSE_CASE = "closeCase";

  /** Messages (correlated by business key = personId). */
  public static final String EXTENSION_REQUESTED = "ExtensionRequested";
  public static final String BENEFITS_CHANGED = "BenefitsChanged";
  public static final String PERSON_MOVED = "PersonMoved";

  /** Start variables. */
  public static final String PERSON_ID = "personId";
  public static final String PERSON_NAME = "personName";
  public static final String BIRTH_DATE = "birthDate";
  public static final String ASSIGNED_ON = "assignedOn";
  public static final String TARGET_GROUP = "targetGroup";
  public static final String BENEFITS = "benefits";
  public static final String HOUSING = "housing";
  public static final String MODEL = "model";

  /** Set by forms and messages. */
  public static final String PARTICIPATION = "participation";
  public static final String PARTICIPATION_REASON = "participationReason";
  public static final String REENTRY_DECISION = "reentryDecision";
  public static final String REENTRY_REASON = "reentryReason";
  public static final String FIRST_COUNSELLING_ON = "firstCounsellingOn";
  public static final String TIME_LIMIT_EXPLAINED = "timeLimitExplained";
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String EARLY_END_REASON = "earlyEndReason";
  public static final String EXTENSION_MONTHS_REQUESTED = "extensionMonthsRequested";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REASON_TEXT = "extensionReasonText";
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String EXTENSION_MONTHS_APPROVED = "extensionMonthsApproved";
  public static final String EXTENSION_DECISION_NOTE = "extensionDecisionNote";
  public static final String PHASE_2 = "phase2";
  public static final String BENEFITS_CHANGED_ON = "benefitsChangedOn";
  public static final String JOBCENTER_TAKEN_OVER_ON = "jobcenterTakenOverOn";
  public static final String CONTINUATION = "continuation";
  public static final String CONTINUATION_REASON = "continuationReason";
  public static final String NEW_MUNICIPALITY = "newMunicipality";
  public static final String MOVED_ON = "movedOn";
  public static final String PLAN_HANDED_TO_PERSON = "planHandedToPerson";
  public static final String PLAN_SENT_TO_NEW_OFFICE = "planSentToNewOffice";
  public static final String CLOSING_NOTE = "closingNote";

  /** Kept by the process. */
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_QUESTION = "eligibilityQuestion";
  public static final String REENTRY = "reentry";
  public static final String EARLIER_CASE_ENDS_ON = "earlierCaseEndsOn";
  public static final String COUNSELLING_ENDS_ON = "counsellingEndsOn";
  public static final String COUNSELLING_EXPLANATION = "counsellingExplanation";
  /** For the case header: the model's German name and the period in words. */
  public static final String MODEL_LABEL = "modelLabel";
  public static final String PERIOD_TEXT = "periodText";
  public static final String EXTENSION_REASON_LABEL = "extensionReasonLabel";
  public static final String EXTENSION_MONTHS_GRANTED = "extensionMonthsGranted";
  public static final String EXTENSION_MONTHS_LEFT = "extensionMonthsLeft";
  public static final String CLOSING_NOTICE_ON = "closingNoticeOn";
  public static final String REVIEW_ON = "reviewOn";
  public static final String PHASE = "phase";
  public static final String CASE_CONTINUES = "caseContinues";
  public static final String CASE_OUTCOME = "caseOutcome";
  public static final String CLOSED_ON = "closedOn";
  public static final String PLAN_TEXT = "planText";
  public static final String PLAN_LINK = "planLink";
  /** The integration plan: one JSON variable, and its versions (who, when, what changed). */
  public static final String INTEGRATION_PLAN = "integrationPlan";
  public static final String INTEGRATION_PLAN_HISTORY = "integrationPlanHistory";

  /** Periods in "Fristen der Prozesse". */
  public static final String PERIOD_COUNSELLING_BW = "counsellingBW";
  public static final String PERIOD_EXTENSION_MAXIMUM_BW = "extensionMaximumBW";
  public static final String PERIOD_PHASE_1_WIESBADEN = "phase1Wiesbaden";
  public static final String PERIOD_CLOSING_NOTICE = "closingNotice";

  /** Seed 001: refugees in follow-up accommodation; displaced persons from Ukraine (§ 24 AufenthG). */
  public enum TargetGroup { REFUGEE_FOLLOW_UP, UKRAINE_24, OTHER }

  /** Benefits securing a living (seed 001: AsylbLG or any SGB). */
  public enum Benefits { ASYLBLG, SGB2, SGB12, NONE }

  public enum Housing { SHARED, PRIVATE }

  /** Which municipality's rules: Baden-Württemberg (seed 001) or Wiesbaden (seed 000). */
  public enum Model {
    BW("Baden-Württemberg"), WIESBADEN("Wiesbaden");

    private final String label;

    Model(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Participation { ADMIT, END }

  public enum ReentryDecision { ACCEPT, DECLINE }

  public enum ReviewOutcome { CONTINUE, REQUEST_EXTENSION, MOVED, END_EARLY }

  /** A positive early end (seed 001): work, training, independence. */
  public enum EarlyEndReason { WORK, TRAINING, INDEPENDENCE, OTHER }

  /** Seed 001's reasons for an extension ("insbesondere": an open list, other reasons in free text). */
  public enum ExtensionReason {
    ILLITERACY("Analphabetismus"), MENTAL_ILLNESS("nachgewiesene psychische Erkrankung"),
    CHRONIC_ILLNESS("chronische Erkrankung"), DISABILITY("Behinderung"), MULTIPLE_PROBLEMS("Multiproblemlage"),
    OTHER("anderer Grund");

    private final String label;

    ExtensionReason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Wiesbaden phase 2 (seed 000). */
  public enum Phase2 { RESIDENCE_MANAGEMENT, RETURN_COUNSELLING, CASE_MANAGEMENT_SGB2 }

  public enum Continuation { CONTINUE, END }

  /** How the case ended. */
  public enum Outcome { NOT_ELIGIBLE, REENTRY_DECLINED, EARLY_POSITIVE, PERIOD_ENDED, NO_FURTHER_COUNSELLING,
    HANDED_TO_JOBCENTER, MOVED, PHASE_1_ENDED }

  private IntegrationManagement() {}
}

package de.leistungskette.referral;

/**
 * Process "Zuweisung kommunale Eingliederungsleistung (§ 16a SGB II)",
 * {@code processes/kel-referral.bpmn}, with its decision {@code referral-deadlines}: key, element
 * ids, messages and variables. All of them are public API: never rename them.
 */
public final class KelReferral {

  public static final String PROCESS_KEY = "kel-referral";
  public static final String DEADLINES_DECISION = "referral-deadlines";

  /** User tasks. */
  public static final String OBTAIN_CONSENT = "obtainConsent";
  public static final String CARE_OF_RELATIVES_FOLLOW_UP = "careOfRelativesFollowUp";
  public static final String CONFIRM_ORDER = "confirmOrder";
  public static final String INITIAL_FEEDBACK = "initialFeedback";
  public static final String INTERIM_REPORT = "interimReport";
  public static final String FINAL_REPORT = "finalReport";
  public static final String VOUCHER_RETURNED = "voucherReturned";
  public static final String REFERRAL_NOT_TAKEN_UP = "referralNotTakenUp";
  public static final String FEEDBACK_OVERDUE = "feedbackOverdue";
  public static final String APPROVE_PHASE_2 = "approvePhase2";
  public static final String REVIEW_RESULT = "reviewResult";

  /** Start variables. */
  public static final String REFERRAL_ID = "referralId";
  public static final String CLIENT_ID = "clientId";
  public static final String CLIENT_NAME = "clientName";
  public static final String BIRTH_DATE = "birthDate";
  public static final String SERVICE = "service";
  public static final String PROVIDER_ID = "providerId";
  public static final String REASON = "reason";
  public static final String SOURCE = "source";
  public static final String CONSENT_GIVEN = "consentGiven";
  public static final String CONSENT_SCOPE = "consentScope";
  public static final String REFERRED_ON = "referredOn";
  public static final String CASEWORKER_GROUP = "caseworkerGroup";
  public static final String INDIVIDUAL_INTERIM_ON = "individualInterimOn";
  public static final String INDIVIDUAL_RESULT_ON = "individualResultOn";
  /** Optional: the Jobcenter's location, for planned vs actual referrals per team and location (seed 004 § 4.1). */
  public static final String LOCATION = "location";

  /** Set by forms. */
  public static final String ORDER_CONFIRMED = "orderConfirmed";
  public static final String APPOINTMENT_KEPT = "appointmentKept";
  public static final String NEED_GROUP = "needGroup";
  public static final String PLACEMENT = "placement";
  public static final String FIRST_TREATMENT = "firstTreatment";
  public static final String PSYCHOSOCIAL_NEEDED = "psychosocialNeeded";
  public static final String PREVENTION_NEEDED = "preventionNeeded";
  public static final String ONWARD_APPOINTMENT_KEPT = "onwardAppointmentKept";
  public static final String PHASE_2_APPROVED = "phase2Approved";
  public static final String NEXT_STEP = "nextStep";
  /** Report fields of the Hamm report form (seed 004 § 4.6.5), only with consent to contents. */
  public static final String INITIAL_SITUATION = "initialSituation";
  public static final String GOALS = "goals";
  public static final String RESULT = "result";
  public static final String OUTLOOK = "outlook";
  public static final String OTHER = "other";

  /** Kept by the process. */
  public static final String PROVIDER_GROUP = "providerGroup";
  public static final String PROVIDER_NAME = "providerName";
  public static final String PROVIDER_ADDRESS = "providerAddress";
  public static final String SERVICE_LABEL = "serviceLabel";
  public static final String OPEN_ADDICTION_REFERRAL = "openAddictionReferral";
  public static final String VOUCHER_NUMBER = "voucherNumber";
  public static final String FIRST_APPOINTMENT_DUE = "firstAppointmentDue";
  public static final String INITIAL_FEEDBACK_DUE = "initialFeedbackDue";
  public static final String INTERIM_DUE = "interimDue";
  public static final String RESULT_DUE = "resultDue";
  public static final String APPOINTMENT_CHECK = "appointmentCheck";
  public static final String PLANNED_EFFORT = "plannedEffort";
  public static final String PHASE_2_NEEDED = "phase2Needed";
  /** The decision result, local to "determineDeadlines" (not "deadlines": that is the Fristenrechner bean). */
  public static final String DEADLINE_RESULT = "serviceDeadlines";

  /** The row of "referral-deadlines" for the service (output mapping of "determineDeadlines"). */
  public static final String FIRST_APPOINTMENT_DAYS = "firstAppointmentDays";
  public static final String INITIAL_FEEDBACK_DAYS = "initialFeedbackDays";
  public static final String INTERIM_FEEDBACK_WEEKS = "interimFeedbackWeeks";
  public static final String RESULT_WEEKS = "resultWeeks";

  /** Periods in "Fristen der Prozesse". */
  public static final String PERIOD_FEEDBACK_ESCALATION = "feedbackEscalation";

  /** How the need became known (seed 004 § 4.2: self-referrals are counted apart). */
  public enum Source { COUNSELLING, PROVIDER_HINT, SELF }

  /** What the provider may report back: attendance only (default) or also contents. */
  public enum ConsentScope { ATTENDANCE, CONTENTS }

  /** What the caseworker does with the result. */
  public enum NextStep { ADJUST_PLAN, NEW_REFERRAL, CLOSE }

  /** After a voucher was not redeemed. */
  public enum NotTakenUp { REFER_AGAIN, CLOSE }

  private KelReferral() {}
}

package de.leistungskette.intake;

import de.leistungskette.casework.CaseChecks;

/**
 * Process "Neukundenaufnahme (Eingangszone)", {@code processes/new-client-intake.bpmn}, and its
 * decision "Zuständigkeit Neukunde (Eingangszonenfilter)", {@code processes/intake-routing.dmn}:
 * key, element ids, messages and variables. All of them are public API (other systems start the
 * process and correlate its messages by these names): never rename them.
 */
public final class NewClientIntake {

  public static final String PROCESS_KEY = "new-client-intake";
  public static final String ROUTING_DECISION = "intake-routing";

  /** User tasks. */
  public static final String BOOK_QEB_APPOINTMENT = "bookQebAppointment";
  public static final String CONDUCT_QEB = "conductQeb";
  public static final String FIRST_COUNSELLING = "firstCounselling";
  public static final String FIRST_INTERVIEW_U25 = "firstInterviewU25";
  public static final String INVITE_PARTNER = "invitePartner";
  public static final String FOLLOW_UP_NO_SHOW = "followUpNoShow";
  public static final String FOLLOW_UP_QEB_HELD_LATE = "followUpQebHeldLate";
  public static final String FOLLOW_UP_REJECTED = "followUpRejected";
  public static final String DECIDE_RESPONSIBILITY = "decideResponsibility";
  public static final String NOTE_COUNSELLING_NO_SHOW = "noteCounsellingNoShow";

  /** Other steps. */
  public static final String ROUTE_CLIENT = "routeClient";
  public static final String PROCESS_APPLICATION = "processApplication";
  public static final String AWAIT_LATE_QEB = "awaitLateQeb";

  /** Messages: QebHeldLate from other systems; ApplicationDecided from the called application processing. */
  public static final String MESSAGE_QEB_HELD_LATE = "QebHeldLate";
  public static final String MESSAGE_APPLICATION_DECIDED = "ApplicationDecided";

  /** Start variables. */
  public static final String CLIENT_ID = "clientId";
  public static final String CLIENT_NAME = "clientName";
  public static final String BIRTH_DATE = "birthDate";
  public static final String REGISTERED_ON = "registeredOn";
  public static final String HOUSEHOLD = "household";
  public static final String CASE_TYPE = "caseType";
  public static final String PROFILE = "profile";
  public static final String INSURED_EMPLOYMENT_MONTHS = "insuredEmploymentMonths";
  public static final String FORMERLY_JOBOFFENSIVE = "formerlyJoboffensive";
  public static final String COMPLETED_STUDIES = "completedStudies";
  public static final String ACADEMIC = "academic";
  public static final String SIDE_INCOME = "sideIncome";
  public static final String EMPLOYED_NOW = "employedNow";
  public static final String SINGLE_PARENT = "singleParent";
  public static final String UNFIT_FOR_WORK = "unfitForWork";
  public static final String UNCLEAR_EMPLOYABILITY = "unclearEmployability";
  public static final String REHAB_OR_SEVERELY_DISABLED = "rehabOrSeverelyDisabled";
  public static final String HOMELESS = "homeless";
  public static final String SELF_EMPLOYMENT = "selfEmployment";
  public static final String SECTION_10_LIMIT = "section10Limit";
  public static final String UNFIT_FOR_WORK_MONTHS = "unfitForWorkMonths";

  /** The routing decision's result, local to the step "routeClient" (output mapping to the two below). */
  public static final String ROUTING_RESULT = "routing";
  /** Set by the routing decision. */
  public static final String TARGET_TEAM = "targetTeam";
  public static final String ROUTING_RULE = "routingRule";

  /** Set by forms and messages. */
  public static final String QEB_APPOINTMENT_ON = "qebAppointmentOn";
  public static final String QEB_ATTENDED = "qebAttended";
  public static final String APPLICATION_STATE = "applicationState";
  public static final String MEANS_TEST_RESULT = "meansTestResult";
  public static final String QEB_HELD_ON = "qebHeldOn";
  public static final String CLIENT_ATTENDED = "clientAttended";
  public static final String PARTNER_ATTENDANCE = "partnerAttendance";
  public static final String COUNSELLING_SLOT = "counsellingSlot";
  public static final String RESPONSIBILITY_DISPUTED = "responsibilityDisputed";
  public static final String DISPUTE_REASON = "disputeReason";
  public static final String RESPONSIBILITY_NOTE = "responsibilityNote";
  public static final String PARTNER_INVITATION_POSTED_ON = "partnerInvitationPostedOn";

  /** Kept by the process. */
  public static final String INTAKE_VARIANT = "intakeVariant";
  public static final String UNDER_25 = "under25";
  public static final String TARGET_TEAM_NAME = "targetTeamName";
  public static final String QEB_APPLICATION_ID = "qebApplicationId";
  public static final String QEB_APPLICATIONS = "qebApplications";
  public static final String QEB_RECEIVED_ON = "qebReceivedOn";
  public static final String COUNSELLED_ON = "counselledOn";
  public static final String PARTNER_INVITATION_DEADLINE = "partnerInvitationDeadline";
  public static final String HISTORY_NOTES = "historyNotes";
  public static final String HAND_BACK_TO_ALG1 = "handBackToAlg1";
  /** Returned by the application processing (qeb-application) and its message ApplicationDecided. */
  public static final String DECISION = "decision";
  public static final String DECISION_LABEL = "decisionLabel";
  public static final String DECIDED_ON = "decidedOn";

  /** Periods in the decision table "Fristen der Prozesse". */
  public static final String PERIOD_QEB_BOOKING = "qebBooking";
  public static final String PERIOD_LATE_QEB = "lateQeb";
  public static final String PERIOD_PARTNER_INVITATION = "partnerInvitation";

  /** Limits of the start variables; the start form checks the same (ModelConventionsTest). */
  public static final int CLIENT_ID_MAX_LENGTH = CaseChecks.NUMBER_MAX_LENGTH;
  public static final String CLIENT_ID_PATTERN = CaseChecks.NUMBER_PATTERN;
  public static final int CLIENT_NAME_MAX_LENGTH = 200;

  /** The Jobcenter's routing rules ({@code leistungskette.intake.variant}). */
  public enum Variant { AACHEN, DUESSELDORF }

  /** Fallgestaltung (Anlage 6 Nr. 1.1 and 1.2). */
  public enum CaseType { TRANSFER_SGB3, MOVE_WITH_RECORD, NEW_OR_REACTIVATED }

  /** Profile of the 4-phase model. */
  public enum Profile { MP, AP, FP, EP, SP, UP, NONE }

  public enum SelfEmployment { NONE, MAIN, SIDE }

  /** Limits of § 10 Abs. 1 SGB II. */
  public enum Section10Limit { NONE, CHILD_UNDER_THREE, CARE_OF_RELATIVE, OTHER }

  /** Did the partner come to the first counselling? */
  public enum PartnerAttendance { ATTENDED, ABSENT, NONE }

  private NewClientIntake() {}
}

package de.leistungskette.application;

/**
 * Process "Antragsbearbeitung (QEB)", {@code processes/qeb-application.bpmn}: key, element ids,
 * messages and variables. All of them are public API (other systems start the process and
 * correlate its messages by these names): never rename them.
 */
public final class QebApplication {

  public static final String PROCESS_KEY = "qeb-application";

  /** User tasks. */
  public static final String INVITE_POSTAL_APPLICANT = "invitePostalApplicant";
  public static final String CHECK_DOCUMENTS = "checkDocuments";
  public static final String REQUEST_DOCUMENTS = "requestDocuments";
  public static final String DECIDE_APPLICATION = "decideApplication";
  public static final String DECISION_OVERDUE = "decisionOverdue";
  public static final String ISSUE_REFUSAL = "issueRefusal";
  public static final String DEREGISTER_RECORD = "deregisterRecord";
  public static final String REVIEW_OBJECTION = "reviewObjection";
  /** The Fallkoordination records documents that arrive while the case waits for them. */
  public static final String DOCUMENTS_EXPECTED = "documentsExpected";

  /**
   * Waiting states: "Erscheinen erwartet" (Eingangszone) while the invitation runs, "Widerspruchsfrist
   * läuft" (QEB) while the objection period runs; each a task in the team's queue.
   */
  public static final String AWAIT_APPEARANCE = "awaitAppearance";
  /** The message DocumentsReceived of another system, on "Unterlagen erwartet". */
  public static final String DOCUMENTS_RECEIVED = "documentsReceived";
  public static final String AWAIT_OBJECTION = "awaitObjection";

  /** Messages. */
  public static final String MESSAGE_APPLICANT_APPEARED = "ApplicantAppeared";
  public static final String MESSAGE_DOCUMENTS_RECEIVED = "DocumentsReceived";
  public static final String MESSAGE_OBJECTION_RECEIVED = "ObjectionReceived";

  /** Start variables. */
  public static final String APPLICATION_ID = "applicationId";
  public static final String CUSTOMER_NAME = "customerName";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String CHANNEL = "channel";
  public static final String CASEWORKER_GROUP = "caseworkerGroup";

  /** "Widerspruchsfrist läuft": the QEB confirms that an objection came in. */
  public static final String OBJECTION_CONFIRMED = "objectionConfirmed";

  /** "Erscheinen erwartet": the Eingangszone confirms that the person appeared at the counter. */
  public static final String APPEARANCE_CONFIRMED = "appearanceConfirmed";

  /** Set by forms and messages. */
  public static final String INVITATION_POSTED_ON = "invitationPostedOn";
  public static final String DOCUMENTS_STATUS = "documentsStatus";
  public static final String APPOINTMENT_NEEDED = "appointmentNeeded";
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  public static final String APPOINTMENT_ON = "appointmentOn";
  public static final String REQUEST_POSTED_ON = "requestPostedOn";
  public static final String REFUSAL_WARNING_GIVEN = "refusalWarningGiven";
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String DECISION = "decision";
  public static final String DECISION_POSTED_ON = "decisionPostedOn";
  public static final String OVERDUE_MEASURE = "overdueMeasure";
  public static final String RECORD_DEREGISTERED = "recordDeregistered";
  public static final String OBJECTION_OUTCOME = "objectionOutcome";

  /**
   * Deadline days (YYYY-MM-DD) set by the process when the letter is posted, computed once by the
   * Fristenrechner; the model's timers and due dates use them.
   */
  public static final String INVITATION_DEADLINE = "invitationDeadline";
  public static final String REQUEST_DEADLINE = "requestDeadline";
  public static final String OBJECTION_DEADLINE = "objectionDeadline";

  /**
   * Periods of the letters, by their name in the decision table "Fristen der Prozesse"
   * ({@code processes/periods.dmn}), where process owners change the numbers: invitation (days
   * after notification), request for documents (days after notification), objection period
   * (months after notification, § 84 Abs. 1 SGG).
   */
  public static final String PERIOD_INVITATION = "invitation";
  public static final String PERIOD_REQUEST = "request";
  public static final String PERIOD_OBJECTION = "objection";

  /** Decision value set by a refusal (§ 66 SGB I), next to {@link Decision}'s values. */
  public static final String REFUSED = "REFUSED";
  public static final String REFUSED_LABEL = "versagt (§ 66 SGB I)";

  /** Kept by the process. */
  public static final String CHANNEL_LABEL = "channelLabel";
  public static final String CHECK_FROM = "checkFrom";
  public static final String APPEARED_ON = "appearedOn";
  public static final String DOCUMENTS_ON_RECORD = "documentsOnRecord";
  public static final String DOCUMENT_DELIVERIES = "documentDeliveries";
  public static final String LAST_DELIVERY_ON = "lastDeliveryOn";
  public static final String DECISION_FROM = "decisionFrom";
  public static final String DECISION_BASIS = "decisionBasis";
  public static final String DECISION_BASIS_LABEL = "decisionBasisLabel";
  /** The decision in German words, for the forms ("abgelehnt", "bewilligt", "versagt (§ 66 SGB I)"). */
  public static final String DECISION_LABEL = "decisionLabel";
  public static final String APPEARANCE_LABEL = "appearanceLabel";
  public static final String OBJECTION_RECEIVED_ON = "objectionReceivedOn";
  /** The day the decision (or refusal) was made. */
  public static final String DECIDED_ON = "decidedOn";

  /**
   * Message to a calling case (new-client intake) when the decision is made; declared by the
   * caller's model, not by this one.
   */
  public static final String MESSAGE_APPLICATION_DECIDED = "ApplicationDecided";

  public static final String DEFAULT_CASEWORKER_GROUP = "fallmanagement";

  /** Limits of the start variables; the start form "Antrag erfassen" checks the same (ModelConventionsTest). */
  public static final int APPLICATION_ID_MAX_LENGTH = 100;
  public static final String APPLICATION_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 ._/-]*$";
  public static final int CUSTOMER_NAME_MAX_LENGTH = 200;

  /** How the application arrived, with the German words the forms show. */
  public enum Channel {
    IN_PERSON("persönlich abgegeben"),
    POST("per Post"),
    INSTITUTION("über eine Institution");

    private final String label;

    Channel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum DocumentsStatus { COMPLETE, INCOMPLETE }

  public enum Decision {
    APPROVED("bewilligt"),
    REJECTED("abgelehnt");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Result of the review of an objection: remedied, or handed to the objection office. */
  public enum ObjectionOutcome { REMEDIED, FORWARDED }

  /** Why the decision is due when it is: complete documents, or the record after the deadline. */
  public enum DecisionBasis {
    DOCUMENTS_COMPLETE("Die Unterlagen sind vollständig."),
    ON_RECORD("Entscheidung nach Aktenlage: Die Frist des Anforderungsschreibens ist abgelaufen, "
        + "es ist aber etwas eingegangen bzw. lag schon vor.");

    private final String label;

    DecisionBasis(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private QebApplication() {}
}

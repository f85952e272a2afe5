package de.leistungskette.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The public API of "Antragsbearbeitung (QEB)" as other systems use it, written out once: every
 * other test uses the names of {@link QebApplication}, so a renamed constant would pass them all.
 * This test fails instead. Never change these strings: change the caller's code, not the contract.
 */
class QebContractTest {

  @Test
  void the_names_other_systems_use_stay_as_they_are() {
    assertThat(QebApplication.PROCESS_KEY).isEqualTo("qeb-application");
    assertThat(new String[] {QebApplication.INVITE_POSTAL_APPLICANT, QebApplication.CHECK_DOCUMENTS,
        QebApplication.REQUEST_DOCUMENTS, QebApplication.DECIDE_APPLICATION, QebApplication.DECISION_OVERDUE,
        QebApplication.ISSUE_REFUSAL, QebApplication.DEREGISTER_RECORD, QebApplication.REVIEW_OBJECTION})
        .containsExactly("invitePostalApplicant", "checkDocuments", "requestDocuments", "decideApplication",
            "decisionOverdue", "issueRefusal", "deregisterRecord", "reviewObjection");
    assertThat(new String[] {QebApplication.MESSAGE_APPLICANT_APPEARED, QebApplication.MESSAGE_DOCUMENTS_RECEIVED,
        QebApplication.MESSAGE_OBJECTION_RECEIVED})
        .containsExactly("ApplicantAppeared", "DocumentsReceived", "ObjectionReceived");
    assertThat(new String[] {QebApplication.APPLICATION_ID, QebApplication.CUSTOMER_NAME, QebApplication.RECEIVED_ON,
        QebApplication.CHANNEL, QebApplication.CASEWORKER_GROUP, QebApplication.DOCUMENTS_COMPLETE,
        QebApplication.DECISION, QebApplication.DOCUMENTS_STATUS, QebApplication.INVITATION_DEADLINE,
        QebApplication.REQUEST_DEADLINE, QebApplication.OBJECTION_DEADLINE})
        .containsExactly("applicationId", "customerName", "receivedOn", "channel", "caseworkerGroup",
            "documentsComplete", "decision", "documentsStatus", "invitationDeadline", "requestDeadline",
            "objectionDeadline");
  }
}

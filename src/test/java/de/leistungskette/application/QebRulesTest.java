package de.leistungskette.application;

import static de.leistungskette.application.QebApplication.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.leistungskette.application.QebRules.DecisionDue;
import de.leistungskette.casework.Letters;
import de.leistungskette.deadline.DeadlineCalculator;
import de.leistungskette.deadline.FederalState;
import de.leistungskette.deadline.PublicHolidays;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the QEB application processing without an engine: days in, decisions out. */
class QebRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  /** The periods of the decision table, as a process owner might have set them. */
  static final Map<String, Integer> PERIODS = Map.of(PERIOD_INVITATION, 5, PERIOD_REQUEST, 7, PERIOD_OBJECTION, 1);

  final QebRules rules = new QebRules(
      new Letters(new DeadlineCalculator(new PublicHolidays(), FederalState.DE_NW, null)), PERIODS::get);

  @Test
  void a_new_application_takes_the_default_team_when_none_is_given() {
    QebRules.Application application = rules.application("QEB-2026-1", "Erika Muster", TODAY, Channel.POST, null, TODAY);
    assertThat(application.caseworkerGroup()).isEqualTo(DEFAULT_CASEWORKER_GROUP);
    assertThat(rules.application("QEB-2026-1", "Erika Muster", TODAY, Channel.POST, "u25", TODAY).caseworkerGroup())
        .isEqualTo("u25");
  }

  @Test
  void a_new_application_outside_the_limits_is_refused() {
    assertRefused(() -> rules.application("A".repeat(APPLICATION_ID_MAX_LENGTH + 1), "E", TODAY, Channel.POST, null,
        TODAY), "Antragsnummer (applicationId) ist zu lang (höchstens 100 Zeichen).");
    assertRefused(() -> rules.application("-17", "E", TODAY, Channel.POST, null, TODAY),
        "Antragsnummer (applicationId): „-17“ beginnt nicht");
    assertRefused(() -> rules.application("17", "E".repeat(CUSTOMER_NAME_MAX_LENGTH + 1), TODAY, Channel.POST, null,
        TODAY), "Name der antragstellenden Person (customerName) ist zu lang (höchstens 200 Zeichen).");
    assertRefused(() -> rules.application("17", "E", TODAY.plusDays(1), Channel.POST, null, TODAY),
        "Eingangsdatum (receivedOn): Ein Antrag kann nicht nach heute (Mo 23.11.2026) eingegangen sein, "
            + "eingegeben: Di 24.11.2026.");
    assertRefused(() -> rules.application("17", "E", LocalDate.of(1999, 12, 31), Channel.POST, null, TODAY),
        "Eingangsdatum (receivedOn) darf nicht vor dem 1.1.2000 liegen.");
    // the limits are inclusive
    assertThat(rules.application("A".repeat(APPLICATION_ID_MAX_LENGTH), "E", LocalDate.of(2000, 1, 1), Channel.POST,
        null, TODAY).applicationId()).hasSize(APPLICATION_ID_MAX_LENGTH);
  }

  @Test
  void the_invitation_runs_from_its_notification_over_easter() {
    // posted Fri 27.3.2026, notified Tue 31.3., 5 days: Easter Sunday, Easter Monday is a holiday: Tue 7.4.
    assertThat(rules.invitationDeadline(LocalDate.of(2026, 3, 27))).isEqualTo("2026-04-07");
  }

  @Test
  void the_check_runs_from_the_appearance_or_from_the_end_of_the_invitation() {
    QebRules.Appearance appeared = rules.appeared(LocalDate.of(2024, 5, 29));
    assertThat(appeared.checkFrom()).isEqualTo("2024-05-29");
    assertThat(appeared.label()).isEqualTo("Die Person ist am 29.5.2024 auf die Einladung erschienen.");
    QebRules.Appearance away = rules.stayedAway(LocalDate.of(2026, 4, 7));
    assertThat(away.checkFrom()).isEqualTo("2026-04-07");
    assertThat(away.label()).isEqualTo("Die Person ist bis zum Ende der Einladungsfrist (7.4.2026) nicht erschienen.");
  }

  @Test
  void complete_documents_without_an_appointment_start_the_decision_period_today() {
    assertThat(rules.afterCheck(DocumentsStatus.COMPLETE, false, TODAY))
        .contains(new DecisionDue(TODAY, DecisionBasis.DOCUMENTS_COMPLETE));
    assertThat(rules.afterCheck(DocumentsStatus.COMPLETE, true, TODAY)).isEmpty();
    assertThat(rules.afterCheck(DocumentsStatus.INCOMPLETE, false, TODAY)).isEmpty();
    assertThat(rules.afterDelivery(true, TODAY)).contains(new DecisionDue(TODAY, DecisionBasis.DOCUMENTS_COMPLETE));
    assertThat(rules.afterDelivery(false, TODAY)).isEmpty();
  }

  @Test
  void after_the_request_deadline_the_decision_is_on_the_record_from_its_last_day() {
    LocalDate deadline = rules.requestDeadline(LocalDate.of(2026, 11, 23));
    assertThat(deadline).isEqualTo("2026-12-04");
    assertThat(rules.afterRequestDeadline(deadline)).isEqualTo(new DecisionDue(deadline, DecisionBasis.ON_RECORD));
  }

  @Test
  void a_request_needs_the_missing_documents_and_the_warning_of_section_66() {
    rules.checkRequest(DocumentsStatus.INCOMPLETE, true, true);
    rules.checkRequest(DocumentsStatus.COMPLETE, false, true);
    assertRefused(() -> rules.checkRequest(DocumentsStatus.INCOMPLETE, false, true),
        "Fehlende Unterlagen (missingDocuments) fehlt.");
    assertRefused(() -> rules.checkRequest(DocumentsStatus.COMPLETE, false, false),
        "Bestätigung fehlt (refusalWarningGiven): Das Schreiben muss schriftlich auf die Folgen");
  }

  @Test
  void the_objection_period_is_a_month_after_notification_and_ends_on_a_working_day() {
    assertThat(rules.objectionDeadline(LocalDate.of(2025, 1, 27))).isEqualTo("2025-02-28");
    assertThat(rules.objectionDeadline(LocalDate.of(2026, 11, 27))).isEqualTo("2027-01-04");
  }

  @Test
  void a_changed_period_changes_the_deadline() {
    QebRules longer = new QebRules(new Letters(new DeadlineCalculator(new PublicHolidays(), FederalState.DE_NW, null)),
        Map.of(PERIOD_REQUEST, 14)::get);
    assertThat(longer.requestDeadline(LocalDate.of(2026, 11, 23))).isEqualTo("2026-12-11");
  }

  private static void assertRefused(Runnable rule, String messageStart) {
    assertThatThrownBy(rule::run).isInstanceOf(RejectedInputException.class).hasMessageStartingWith(messageStart);
  }
}

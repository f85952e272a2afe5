package de.leistungskette.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The main path of every process (see {@link Scenario}), each with its bare model. */
final class Scenarios {

  private Scenarios() {}

  static String today() {
    return LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
  }

  static List<Scenario> all() {
    String today = today();
    Map<String, Object> checkComplete = Map.of("documentsStatus", "COMPLETE", "appointmentNeeded", false);
    Map<String, Object> approve = Map.of("decision", "APPROVED", "decisionPostedOn", today);

    Scenario qeb = new Scenario("qeb-application", Set.of("eingangszone", "fallkoordination", "qeb"),
        key -> Map.of("applicationId", key, "customerName", "Erika Mustermann", "receivedOn", today,
            "channel", "IN_PERSON"),
        Map.of("checkDocuments", checkComplete, "decideApplication", approve), Set.of(),
        BareModels.sequence("bare-qeb-application", "qeb-application-start",
            "task:checkDocuments:fallkoordination:qeb-check-documents",
            "task:decideApplication:qeb:qeb-decide-application"), List.of());

    Scenario intake = new Scenario("new-client-intake", Set.of("eingangszone", "qeb", "joboffensive", "fallkoordination"),
        key -> Map.of("clientId", key, "clientName", "Erika Muster", "birthDate", "1980-06-01",
            "registeredOn", today, "insuredEmploymentMonths", 5),
        Map.of("bookQebAppointment", Map.of("qebAppointmentOn", today),
            "conductQeb", Map.of("qebAttended", true, "applicationState", "Antrag vollständig"),
            "checkDocuments", checkComplete, "decideApplication", approve,
            "firstCounselling", Map.of("responsibilityDisputed", false, "clientAttended", true,
                "partnerAttendance", "NONE")),
        Set.of(),
        BareModels.sequence("bare-new-client-intake", "new-client-intake-start",
            "task:bookQebAppointment:eingangszone:new-client-intake-book-qeb",
            "task:firstCounselling:joboffensive:new-client-intake-first-counselling",
            "task:conductQeb:qeb:new-client-intake-conduct-qeb",
            "task:checkDocuments:fallkoordination:qeb-check-documents",
            "task:decideApplication:joboffensive:qeb-decide-application"), List.of("-QEB-1"));

    Scenario referral = new Scenario("kel-referral", Set.of("fallmanagement", "traeger-suchtberatung"),
        key -> Map.ofEntries(Map.entry("referralId", key), Map.entry("clientId", key),
            Map.entry("clientName", "Erika Muster"), Map.entry("birthDate", "1980-01-01"), Map.entry("service", "ADDICTION"),
            Map.entry("providerId", "suchtberatung"), Map.entry("reason", "Beratung zur Abhängigkeit"),
            Map.entry("consentGiven", true), Map.entry("consentScope", "ATTENDANCE"), Map.entry("referredOn", today),
            Map.entry("caseworkerGroup", "fallmanagement")),
        Map.of("initialFeedback", Map.of("appointmentKept", true),
            "interimReport", Map.of("onwardAppointmentKept", true),
            "finalReport", Map.of(),
            "reviewResult", Map.of("nextStep", "CLOSE")),
        Set.of(),
        BareModels.sequence("bare-kel-referral", "kel-referral-start",
            "task:initialFeedback:traeger-suchtberatung:kel-referral-initial-feedback",
            "task:interimReport:traeger-suchtberatung:kel-referral-interim-report",
            "task:finalReport:traeger-suchtberatung:kel-referral-final-report",
            "task:reviewResult:fallmanagement:kel-referral-review-result"), List.of());

    Scenario integration = new Scenario("integration-management", Set.of("integrationsmanagement"),
        key -> Map.of("personId", key, "personName", "Amina Yusuf", "birthDate", "1990-05-05",
            "assignedOn", today, "targetGroup", "REFUGEE_FOLLOW_UP", "benefits", "ASYLBLG", "housing", "SHARED",
            "model", "BW"),
        Map.of("firstCounselling", Map.of("firstCounsellingOn", today, "timeLimitExplained", true),
            "createIntegrationPlan", Map.of("goalLanguage", "Deutsch B1", "goalLanguageStatus", "OPEN")),
        Set.of("reviewIntegrationPlan"),
        BareModels.sequence("bare-integration-management", "integration-management-start",
            "task:firstCounselling:integrationsmanagement:integration-management-first-counselling",
            "task:createIntegrationPlan:integrationsmanagement:integration-management-create-plan",
            "task:reviewIntegrationPlan:integrationsmanagement:integration-management-review-plan"), List.of());

    String only = System.getProperty("benchmark.processes", "");
    return List.of(qeb, intake, referral, integration).stream()
        .filter(scenario -> only.isEmpty() || List.of(only.split(",")).contains(scenario.processKey())).toList();
  }
}

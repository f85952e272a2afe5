package de.leistungskette.intake;

import static de.leistungskette.intake.NewClientIntake.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.leistungskette.intake.NewClientIntake.CaseType;
import de.leistungskette.intake.NewClientIntake.Profile;
import de.leistungskette.intake.NewClientIntake.Section10Limit;
import de.leistungskette.intake.NewClientIntake.SelfEmployment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table "Zuständigkeit Neukunde (Eingangszonenfilter)" as the process evaluates it:
 * every rule of both variants, the overlaps the rule order settles, and exactly one team for every
 * combination of answers. Without an engine: the DMN engine reads processes/intake-routing.dmn.
 */
class IntakeRoutingTest {

  private static final Path TABLE = Path.of("processes/intake-routing.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION = parse();

  private static DmnDecision parse() {
    try (InputStream in = Files.newInputStream(TABLE)) {
      return DMN.parseDecision(ROUTING_DECISION, in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client with every fact at its default: new, no profile, nothing special, 30 years old. */
  private static Map<String, Object> client(String variant, Object... facts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(INTAKE_VARIANT, variant);
    variables.put(UNDER_25, false);
    variables.put(CASE_TYPE, CaseType.NEW_OR_REACTIVATED.name());
    variables.put(PROFILE, Profile.NONE.name());
    variables.put(SELF_EMPLOYMENT, SelfEmployment.NONE.name());
    variables.put(SECTION_10_LIMIT, Section10Limit.NONE.name());
    variables.put(INSURED_EMPLOYMENT_MONTHS, 0);
    variables.put(UNFIT_FOR_WORK_MONTHS, null);
    for (String fact : List.of(FORMERLY_JOBOFFENSIVE, COMPLETED_STUDIES, ACADEMIC, SIDE_INCOME, EMPLOYED_NOW,
        SINGLE_PARENT, UNFIT_FOR_WORK, UNCLEAR_EMPLOYABILITY, REHAB_OR_SEVERELY_DISABLED, HOMELESS)) {
      variables.put(fact, false);
    }
    for (int i = 0; i < facts.length; i += 2) {
      variables.put((String) facts[i], facts[i + 1]);
    }
    return variables;
  }

  private static DmnDecisionTableResult route(Map<String, Object> variables) {
    return DMN.evaluateDecisionTable(DECISION, variables);
  }

  private static void assertRouted(Map<String, Object> client, String team, String rule) {
    DmnDecisionTableResult result = route(client);
    assertThat(result.getSingleResult().<String>getEntry(TARGET_TEAM)).as(client.toString()).isEqualTo(team);
    assertThat(result.getSingleResult().<String>getEntry(ROUTING_RULE)).startsWith(rule);
  }

  @ParameterizedTest(name = "Aachen {2}")
  @CsvSource(delimiter = '|', textBlock = """
      under25=true                                   | u25                             | 1.3
      caseType=TRANSFER_SGB3,selfEmployment=MAIN,profile=MP | fallmanagement-selbstaendige | 1.1 (hauptberuflich)
      caseType=MOVE_WITH_RECORD,profile=MP           | joboffensive                    | 1.1 marktnah (Markt- oder Förderprofil)
      caseType=TRANSFER_SGB3,profile=FP              | joboffensive                    | 1.1 marktnah (Markt- oder Förderprofil)
      caseType=TRANSFER_SGB3,profile=AP              | arbeitsvermittlung              | 1.1 marktnah (Aktivierungs-/Entwicklungsprofil)
      caseType=MOVE_WITH_RECORD,profile=EP           | arbeitsvermittlung              | 1.1 marktnah (Aktivierungs-/Entwicklungsprofil)
      caseType=TRANSFER_SGB3,profile=SP,singleParent=true | fallmanagement-alleinerziehende | 1.1 marktferne Alleinerziehende
      caseType=TRANSFER_SGB3,profile=UP              | fallmanagement                  | 1.1 marktfern
      caseType=MOVE_WITH_RECORD,profile=NONE         | fallmanagement                  | 1.1 marktfern
      insuredEmploymentMonths=3                      | joboffensive                    | 1.2 a)
      formerlyJoboffensive=true                      | joboffensive                    | 1.2 b)
      completedStudies=true                          | hochschulteam                   | 1.2 c)
      academic=true                                  | hochschulteam                   | 1.2 l)
      insuredEmploymentMonths=2                      | arbeitsvermittlung              | 1.2 d)
      insuredEmploymentMonths=1                      | arbeitsvermittlung              | 1.2 d)
      sideIncome=true                                | arbeitsvermittlung              | 1.2 e) laufendes Nebeneinkommen
      selfEmployment=SIDE                            | arbeitsvermittlung              | 1.2 e) laufendes Nebeneinkommen aus
      employedNow=true                               | fallmanagement                  | 1.2 f)
      selfEmployment=MAIN                            | fallmanagement-selbstaendige    | 1.2 g)
      singleParent=true,profile=SP                   | fallmanagement-alleinerziehende | 1.2 h)
      singleParent=true,profile=MP,section10Limit=OTHER | fallmanagement-alleinerziehende | 1.2 i) Einschränkung nach § 10 Abs. 1 SGB II, alleinerziehend
      section10Limit=CHILD_UNDER_THREE               | fallmanagement                  | 1.2 i) Einschränkung nach § 10 Abs. 1 SGB II
      unfitForWork=true                              | fallmanagement                  | 1.2 j) aktuell
      unfitForWorkMonths=4                           | fallmanagement                  | 1.2 j) länger als 3 Monate
      unfitForWorkMonths=3                           | fallmanagement                  | 1.2 k)
      ''                                             | fallmanagement                  | 1.2 k)
      homeless=true,rehabOrSeverelyDisabled=true     | fallmanagement                  | 1.2 k)
      """)
  void aachen(String facts, String team, String rule) {
    assertRouted(client("AACHEN", parse(facts)), team, rule);
  }

  @ParameterizedTest(name = "Düsseldorf {2}")
  @CsvSource(delimiter = '|', textBlock = """
      under25=true,completedStudies=true             | u25                             | U25
      completedStudies=true                          | hochschulteam                   | Hochschulteam:
      academic=true                                  | hochschulteam                   | Hochschulteam (Akademiker/in)
      rehabOrSeverelyDisabled=true,homeless=true     | reha                            | Reha/SB
      homeless=true,selfEmployment=MAIN              | fallmanagement                  | Wohnungslose
      selfEmployment=MAIN                            | fallmanagement-selbstaendige    | Selbständige
      section10Limit=CHILD_UNDER_THREE               | fallkoordination                | Kunde der Fallkoordination: § 10 SGB II, Kind unter 3 Jahren
      section10Limit=CARE_OF_RELATIVE                | fallkoordination                | Kunde der Fallkoordination: Pflege
      unfitForWork=true                              | fallkoordination                | Kunde der Fallkoordination: arbeitsunfähig (bis zu 6 Monaten)
      unfitForWork=true,unfitForWorkMonths=6         | fallkoordination                | Kunde der Fallkoordination: arbeitsunfähig bis zu 6 Monaten
      unfitForWork=true,unfitForWorkMonths=7         | fallmanagement                  | Arbeitsunfähig länger als 6 Monate
      unclearEmployability=true                      | fallkoordination                | Kunde der Fallkoordination: Erwerbsfähigkeit ungeklärt
      insuredEmploymentMonths=12,caseType=TRANSFER_SGB3,profile=MP | arbeitsvermittlung | Direktzugang Arbeitsvermittlung
      section10Limit=OTHER                           | arbeitsvermittlung              | Direktzugang Arbeitsvermittlung
      ''                                             | arbeitsvermittlung              | Direktzugang Arbeitsvermittlung
      """)
  void duesseldorf(String facts, String team, String rule) {
    assertRouted(client("DUESSELDORF", parse(facts)), team, rule);
  }

  @Test
  void the_same_client_is_routed_differently_in_aachen_and_duesseldorf() {
    Object[] facts = {SECTION_10_LIMIT, "CHILD_UNDER_THREE"};
    assertRouted(client("AACHEN", facts), "fallmanagement", "1.2 i)");
    assertRouted(client("DUESSELDORF", facts), "fallkoordination", "Kunde der Fallkoordination");
  }

  /**
   * Exactly one team for every combination: the hit policy FIRST gives at most one, the last rule
   * of each variant has no condition but the variant, and 1,500 random clients per variant
   * (every answer the start form allows) each get a team that takes new clients.
   */
  @Test
  void every_combination_of_answers_gives_exactly_one_team() throws Exception {
    DmnModelInstance model = Dmn.readModelFromFile(TABLE.toFile());
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    List<Rule> rules = List.copyOf(table.getRules());
    for (String variant : List.of("AACHEN", "DUESSELDORF")) {
      Rule last = rules.stream().filter(rule -> rule.getInputEntries().iterator().next().getTextContent()
          .equals("\"" + variant + "\"")).reduce((first, second) -> second).orElseThrow();
      assertThat(last.getInputEntries().stream().skip(1).map(InputEntry::getTextContent))
          .as("last rule of " + variant).allMatch(String::isEmpty);
    }

    Random random = new Random(4711);
    for (String variant : List.of("AACHEN", "DUESSELDORF")) {
      for (int i = 0; i < 1_500; i++) {
        Map<String, Object> client = client(variant);
        client.replaceAll((name, value) -> value instanceof Boolean ? random.nextInt(4) == 0 : value);
        client.put(CASE_TYPE, pick(random, CaseType.values()));
        client.put(PROFILE, pick(random, Profile.values()));
        client.put(SELF_EMPLOYMENT, pick(random, SelfEmployment.values()));
        client.put(SECTION_10_LIMIT, pick(random, Section10Limit.values()));
        client.put(INSURED_EMPLOYMENT_MONTHS, random.nextInt(8));
        client.put(UNFIT_FOR_WORK_MONTHS, random.nextBoolean() ? null : random.nextInt(10));
        DmnDecisionTableResult result = route(client);
        assertThat(result).as(client.toString()).hasSize(1);
        assertThat(IntakeListeners.ROUTABLE_TEAMS).contains(result.getSingleResult().<String>getEntry(TARGET_TEAM));
      }
    }
  }

  private static String pick(Random random, Enum<?>[] values) {
    return values[random.nextInt(values.length)].name();
  }

  private static Object[] parse(String facts) {
    if (facts.isBlank()) {
      return new Object[0];
    }
    String[] pairs = facts.split(",");
    Object[] parsed = new Object[pairs.length * 2];
    for (int i = 0; i < pairs.length; i++) {
      String[] pair = pairs[i].split("=");
      parsed[2 * i] = pair[0].trim();
      String value = pair[1].trim();
      parsed[2 * i + 1] = value.equals("true") || value.equals("false") ? (Object) Boolean.valueOf(value)
          : value.matches("\\d+") ? (Object) Integer.valueOf(value) : value;
    }
    return parsed;
  }
}

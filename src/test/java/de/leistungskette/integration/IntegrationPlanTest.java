package de.leistungskette.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan as one JSON document: from the form, back to the form, versions and changes, without an engine. */
class IntegrationPlanTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void the_form_becomes_the_plan_and_the_plan_fills_the_form_again() {
    Map<String, Object> form = new HashMap<>(Map.of("qualifications", " Schneiderin ", "goalLanguage", "B1",
        "goalLanguageBy", "2027-06-30", "goalWorkStatus", "OPEN", "children", "Tochter, 4 Jahre: Kita",
        "phase1Orientation", true));
    JsonNode plan = IntegrationPlan.fromForm(form::get, true, 1, DAY);
    assertThat(plan.path("profile").path("qualifications").asText()).isEqualTo("Schneiderin");
    assertThat(plan.path("goals").path("language").path("status").asText()).isEqualTo("OPEN");
    assertThat(plan.path("goals").has("work")).as("a status without a goal is no goal").isFalse();
    assertThat(plan.path("phaseGoals").path("phase1Orientation").asBoolean()).isTrue();
    assertThat(IntegrationPlan.fromForm(form::get, false, 1, DAY).has("phaseGoals")).isFalse();

    Map<String, Object> again = IntegrationPlan.toForm(plan);
    assertThat(again).containsEntry("goalLanguageBy", "2027-06-30").containsEntry("phase1Orientation", true)
        .containsEntry("goalWorkStatus", "OPEN").containsKeys(IntegrationPlan.formKeys().toArray(String[]::new));
    assertThat(IntegrationPlan.changes(plan, IntegrationPlan.fromForm(again::get, true, 2, DAY))).isEmpty();
  }

  @Test
  void changes_name_the_field_with_before_and_after_and_versions_keep_the_whole_plan() {
    JsonNode v1 = IntegrationPlan.fromForm(Map.<String, Object>of("goalLanguage", "B1")::get, false, 1, DAY);
    JsonNode v2 = IntegrationPlan.fromForm(Map.<String, Object>of("goalLanguage", "B1", "goalLanguageStatus", "REACHED",
        "goalHousing", "Privatwohnung")::get, false, 2, DAY.plusDays(7));
    List<IntegrationPlan.Change> changes = IntegrationPlan.changes(v1, v2);
    assertThat(changes).containsExactly(
        new IntegrationPlan.Change("Ziel Spracherwerb", "B1 · offen", "B1 · erreicht"),
        new IntegrationPlan.Change("Ziel Wohnen", null, "Privatwohnung · offen"));
    JsonNode history = IntegrationPlan.withVersion(null, v1, "im1", "2026-11-23T10:00", "erstellt", null,
        IntegrationPlan.changes(null, v1));
    history = IntegrationPlan.withVersion(history, v2, "im2", "2026-11-30T09:00", "fortgeschrieben", "Wohnung", changes);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).path("plan")).isEqualTo(v1);
    assertThat(history.get(1).path("changedBy").asText()).isEqualTo("im2");
    assertThat(IntegrationPlan.text(v2)).contains("Version 2 vom 30.11.2026").contains("Ziel Wohnen: Privatwohnung · offen");
  }

  @Test
  void a_plan_needs_a_goal_and_well_formed_entries() {
    assertThatThrownBy(() -> IntegrationPlan.fromForm(Map.<String, Object>of("qualifications", "x")::get, false, 1, DAY))
        .hasMessageContaining("mindestens ein Ziel");
    assertThatThrownBy(() -> IntegrationPlan.fromForm(Map.<String, Object>of("goalLanguage", "B1",
        "goalLanguageBy", "2027-02-30")::get, false, 1, DAY)).hasMessageContaining("„2027-02-30“ ist kein gültiges Datum");
    assertThatThrownBy(() -> IntegrationPlan.fromForm(Map.<String, Object>of("goalLanguage", 42)::get, false, 1, DAY))
        .hasMessageContaining("bitte Text eingeben");
  }
}

package de.leistungskette.identity;

/**
 * The teams of a Jobcenter and of municipal integration management. Each is a Camunda group
 * (the id is public API: BPMN candidate groups and other systems use it) and a Tasklist queue
 * named with the team's German display name (see shared/GLOSSARY.md).
 */
public enum Team {
  EINGANGSZONE("eingangszone", "Eingangszone"),
  FALLKOORDINATION("fallkoordination", "Fallkoordination"),
  QEB("qeb", "Qualifizierte Erstberatung (QEB)"),
  ARBEITSVERMITTLUNG("arbeitsvermittlung", "Arbeitsvermittlung"),
  FALLMANAGEMENT("fallmanagement", "Fallmanagement"),
  FALLMANAGEMENT_ALLEINERZIEHENDE("fallmanagement-alleinerziehende", "Fallmanagement Alleinerziehende"),
  FALLMANAGEMENT_SELBSTAENDIGE("fallmanagement-selbstaendige", "Fallmanagement Selbständige"),
  JOBOFFENSIVE("joboffensive", "Joboffensive"),
  HOCHSCHULTEAM("hochschulteam", "Hochschulteam (Team 611)"),
  U25("u25", "U25"),
  REHA("reha", "Reha / Schwerbehinderte"),
  KEL_KOORDINATION("kel-koordination", "KEL-Koordination (§ 16a SGB II)"),
  INTEGRATIONSMANAGEMENT("integrationsmanagement", "Integrationsmanagement"),
  TEAMLEITUNG("teamleitung", "Teamleitung");

  private final String groupId;
  private final String displayName;

  Team(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }
}

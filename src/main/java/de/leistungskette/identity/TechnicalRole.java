package de.leistungskette.identity;

/**
 * Roles of other systems, not of people: a Camunda group whose members are technical users. They
 * use no webapp; what they may do is granted per process (e.g. QebApplicationPermissions).
 */
public enum TechnicalRole {
  /**
   * "Schnittstelle": other systems (the specialist procedure, the e-file, a provider's system)
   * start processes and correlate their messages, nothing else: no deployment, no administration.
   */
  INTERFACE("schnittstelle", "Schnittstelle (andere Systeme)");

  private final String groupId;
  private final String displayName;

  TechnicalRole(String groupId, String displayName) {
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

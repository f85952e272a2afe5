package de.leistungskette.identity;

import java.util.List;

/**
 * A role of other systems, not of people: a Camunda group whose members are technical users. They
 * use no webapp; what they may do is granted per process (e.g. QebApplicationPermissions).
 */
public record TechnicalRole(String groupId, String displayName) {

  /**
   * "Schnittstelle": other systems (the specialist procedure, the e-file, a provider's system)
   * start processes and correlate their messages, nothing else: no deployment, no administration.
   */
  public static final TechnicalRole INTERFACE = new TechnicalRole("schnittstelle", "Schnittstelle (andere Systeme)");

  public static List<TechnicalRole> values() {
    return List.of(INTERFACE);
  }
}

package de.leistungskette.referral;

import java.util.List;

/**
 * A provider of municipal integration services ("Träger"), from configuration
 * ({@code leistungskette.referral.providers}). Its staff work the queue of the Camunda group
 * {@code traeger-<id>} and see nothing else.
 *
 * @param access how clients reach the provider (seed 004 § 4.2, column "Einladung durch")
 */
public record Provider(String id, String name, String address, List<Service> services, Access access) {

  public static final String GROUP_PREFIX = "traeger-";

  /** How clients reach the provider. */
  public enum Access {
    CLIENT_PRESENTS("Die Kundin / der Kunde spricht vor"),
    PROVIDER_INVITES("Der Träger lädt ein"),
    OFFICE_HOURS("Offene Sprechstunde");

    private final String label;

    Access(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String groupId() {
    return GROUP_PREFIX + id;
  }
}

package de.leistungskette.referral;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code leistungskette.referral.providers}: the providers of § 16a services this Jobcenter works with. */
@ConfigurationProperties("leistungskette.referral")
public record ReferralProperties(@DefaultValue List<Provider> providers) {

  public ReferralProperties {
    for (Provider provider : providers) {
      if (provider.id() == null || !provider.id().matches("[a-z0-9][a-z0-9-]{1,40}")) {
        throw new IllegalStateException("Leistungskette startet nicht: Träger-ID „" + provider.id()
            + "“ ist ungültig (Kleinbuchstaben, Ziffern und -, 2 bis 41 Zeichen).");
      }
      if (provider.services() == null || provider.services().isEmpty()) {
        throw new IllegalStateException("Leistungskette startet nicht: Träger „" + provider.id()
            + "“ nennt keine Leistung (services).");
      }
    }
  }
}

package de.leistungskette.integration;

import de.leistungskette.integration.IntegrationManagement.Model;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leistungskette.integration}: the municipality's model ({@code BW}, default, or
 * {@code WIESBADEN}) for cases started without one, and every how many months the integration
 * plan is reviewed (default 6). The periods themselves live in "Fristen der Prozesse".
 */
@ConfigurationProperties("leistungskette.integration")
public record IntegrationProperties(@DefaultValue("BW") Model model, @DefaultValue("6") int reviewMonths) {

  public IntegrationProperties {
    if (reviewMonths < 1 || reviewMonths > 24) {
      throw new IllegalStateException("Leistungskette startet nicht: leistungskette.integration.review-months muss "
          + "zwischen 1 und 24 liegen, ist " + reviewMonths + ".");
    }
  }
}

package de.leistungskette.intake;

import de.leistungskette.intake.NewClientIntake.Variant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leistungskette.intake.variant}: whose routing rules the intake follows, {@code AACHEN}
 * (default: Anlage 6 of the "Eingangszonenfilter") or {@code DUESSELDORF} (the "Neukundenprozess").
 * Both live in one decision table; a case keeps the variant it started with.
 */
@ConfigurationProperties("leistungskette.intake")
public record IntakeProperties(@DefaultValue("AACHEN") Variant variant) {}

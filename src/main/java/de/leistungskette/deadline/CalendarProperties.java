package de.leistungskette.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leistungskette.calendar.state}: the federal state whose holidays count (ISO 3166-2,
 * default DE-NW). {@code leistungskette.calendar.postal-days}: days a letter is deemed to take,
 * overriding § 37 Abs. 2 SGB X (unset: 4 days for letters posted from 2025, 3 before).
 */
@ConfigurationProperties("leistungskette.calendar")
public record CalendarProperties(@DefaultValue("DE-NW") String state, Integer postalDays) {}

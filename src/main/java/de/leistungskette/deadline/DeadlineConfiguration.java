package de.leistungskette.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeadlineConfiguration {

  @Bean
  public PublicHolidays publicHolidays() {
    return new PublicHolidays();
  }

  /** Fails the start with a clear message if the configured state or postal days are invalid. */
  @Bean
  public DeadlineCalculator deadlineCalculator(PublicHolidays holidays, CalendarProperties properties) {
    FederalState state;
    try {
      state = FederalState.fromIsoCode(properties.state());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("leistungskette.calendar.state: " + e.getMessage(), e);
    }
    return new DeadlineCalculator(holidays, state, properties.postalDays());
  }
}

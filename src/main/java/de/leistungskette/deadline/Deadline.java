package de.leistungskette.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline: the last day of the period (always a working day of the state), the day a
 * letter counts as notified (postal rules only, else {@code null}), and the German explanation,
 * one step a line, that a caseworker can read out to a client.
 */
public record Deadline(LocalDate due, LocalDate notified, FederalState state, List<String> steps) {

  public Deadline {
    steps = List.copyOf(steps);
  }

  /** The explanation as one text, a step a line. */
  public String explanation() {
    return String.join("\n", steps);
  }
}

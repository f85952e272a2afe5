package de.leistungskette.casework;

/**
 * A variable a person or another system sets, with the German label its form shows. German
 * refusals name both: "Eingangsdatum (receivedOn) fehlt."
 */
public record Field(String variable, String label) {

  public static Field of(String variable, String label) {
    return new Field(variable, label);
  }

  @Override
  public String toString() {
    return label + " (" + variable + ")";
  }
}

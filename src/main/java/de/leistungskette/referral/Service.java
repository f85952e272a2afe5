package de.leistungskette.referral;

/** The municipal integration services of § 16a SGB II a caseworker refers to (public API: {@code service}). */
public enum Service {
  CHILDCARE("Betreuung minderjähriger oder behinderter Kinder"),
  CARE_OF_RELATIVES("Häusliche Pflege von Angehörigen"),
  DEBT("Schuldnerberatung"),
  PSYCHOSOCIAL("Psychosoziale Betreuung"),
  ADDICTION("Suchtberatung");

  private final String label;

  Service(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

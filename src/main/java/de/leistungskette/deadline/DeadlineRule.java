package de.leistungskette.deadline;

/** The kinds of deadline Leistungskette computes (shared/DOMAIN.md section 1). */
public enum DeadlineRule {
  /** The n-th working day after the event day (the event day never counts). */
  WORKING_DAYS,
  /** A period of n days from the event (§ 26 Abs. 1 SGB X, §§ 187 Abs. 1, 188 Abs. 1 BGB). */
  DAYS,
  /** A period of n days from the notification of a letter posted on the given day (§ 37 Abs. 2 SGB X). */
  DAYS_AFTER_POSTAL,
  /** A period of n months from the notification of a letter posted on the given day (§ 188 Abs. 2, 3 BGB). */
  MONTHS_AFTER_POSTAL;

  public boolean isPostal() {
    return this == DAYS_AFTER_POSTAL || this == MONTHS_AFTER_POSTAL;
  }
}

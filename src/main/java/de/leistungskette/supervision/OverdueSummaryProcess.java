package de.leistungskette.supervision;

/**
 * Process "Überfällige Fristen (Tagesübersicht)", {@code processes/overdue-summary.bpmn}: the daily
 * summary of one team's newly overdue deadlines as a task for the team leads (when no e-mail is
 * configured). Started only by {@link OverdueSummary}; key, task id and variables are public API.
 */
public final class OverdueSummaryProcess {

  public static final String PROCESS_KEY = "overdue-summary";

  /** User task. */
  public static final String READ_SUMMARY = "readOverdueSummary";

  /** Set when the summary is started. */
  public static final String TEAM_NAME = "teamName";
  public static final String SUMMARY_TEXT = "summaryText";
  public static final String SUMMARY_DAY = "summaryDay";

  private OverdueSummaryProcess() {}
}

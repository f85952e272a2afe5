package de.leistungskette.supervision;

import de.leistungskette.identity.Team;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planned referrals ("Eintrittsplanung", seed 004 § 4.1) per team, location and month, kept in
 * the table {@code LK_REFERRAL_PLAN}: entered on the page "Berichte" or uploaded as CSV
 * ({@code Team;Standort;Monat;Soll}, month as {@code JJJJ-MM} or {@code MM.JJJJ}).
 */
@Component
public class ReferralPlan {

  static final String TABLE = "LK_REFERRAL_PLAN";
  static final int MAX_PLANNED = 100_000;

  private final JdbcTemplate jdbc;

  public ReferralPlan(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (TEAM_ VARCHAR(64) NOT NULL, LOCATION_ VARCHAR(80) NOT NULL, "
        + "MONTH_ CHAR(7) NOT NULL, PLANNED_ INTEGER NOT NULL, PRIMARY KEY (TEAM_, LOCATION_, MONTH_))");
  }

  /** One planned figure. */
  public record Entry(String team, String location, YearMonth month, int planned) {}

  /** Planned figures of a year: "team|location" → planned per month (index 1–12). */
  public Map<String, long[]> of(int year) {
    Map<String, long[]> planned = new HashMap<>();
    jdbc.query("SELECT TEAM_, LOCATION_, MONTH_, PLANNED_ FROM " + TABLE + " WHERE MONTH_ LIKE ?", result -> {
      planned.computeIfAbsent(result.getString(1) + "|" + result.getString(2), key -> new long[13])
          [YearMonth.parse(result.getString(3)).getMonthValue()] = result.getInt(4);
    }, year + "-%");
    return planned;
  }

  /** Saves entries (an existing figure of the same team, location and month is replaced). */
  @Transactional
  public void save(List<Entry> entries) {
    for (Entry entry : entries) {
      jdbc.update("DELETE FROM " + TABLE + " WHERE TEAM_ = ? AND LOCATION_ = ? AND MONTH_ = ?", entry.team(),
          entry.location(), entry.month().toString());
      jdbc.update("INSERT INTO " + TABLE + " (TEAM_, LOCATION_, MONTH_, PLANNED_) VALUES (?, ?, ?, ?)", entry.team(),
          entry.location(), entry.month().toString(), entry.planned());
    }
  }

  /**
   * One entry from what a person typed, or a German refusal naming the field.
   *
   * @throws IllegalArgumentException with the German message
   */
  public static Entry entry(String team, String location, String month, String planned) {
    List<String> known = Arrays.stream(Team.values()).map(Team::groupId).toList();
    String group = team == null ? "" : team.strip();
    if (!known.contains(group)) {
      throw new IllegalArgumentException("Team „" + group + "“ ist unbekannt (erlaubt: " + String.join(", ", known) + ").");
    }
    String place = location == null || location.isBlank() ? "–" : location.strip();
    if (place.length() > 80) {
      throw new IllegalArgumentException("Standort ist zu lang (höchstens 80 Zeichen).");
    }
    YearMonth yearMonth;
    try {
      String text = month == null ? "" : month.strip();
      yearMonth = text.matches("\\d{1,2}\\.\\d{4}") ? YearMonth.of(Integer.parseInt(text.substring(text.indexOf('.') + 1)),
          Integer.parseInt(text.substring(0, text.indexOf('.')))) : YearMonth.parse(text);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("Monat „" + month + "“ ist ungültig (MM.JJJJ oder JJJJ-MM).");
    }
    if (yearMonth.getYear() < 2000 || yearMonth.getYear() > 2100) {
      throw new IllegalArgumentException("Monat „" + month + "“ liegt nicht zwischen 2000 und 2100.");
    }
    int number;
    try {
      number = Integer.parseInt(planned == null ? "" : planned.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Soll „" + planned + "“ ist keine ganze Zahl.");
    }
    if (number < 0 || number > MAX_PLANNED) {
      throw new IllegalArgumentException("Soll " + number + " liegt nicht zwischen 0 und " + MAX_PLANNED + ".");
    }
    return new Entry(group, place, yearMonth, number);
  }

  /** Entries from CSV (header line optional; ";" or ","), or a German refusal naming the line. */
  public static List<Entry> fromCsv(String csv) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = csv.replace("\uFEFF", "").split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || i == 0 && line.toLowerCase().startsWith("team")) {
        continue;
      }
      String[] fields = line.split(line.contains(";") ? ";" : ",", -1);
      if (fields.length != 4) {
        throw new IllegalArgumentException("Zeile " + (i + 1) + ": erwartet 4 Felder (Team;Standort;Monat;Soll), "
            + "gefunden " + fields.length + ".");
      }
      try {
        entries.add(entry(fields[0], fields[1], fields[2], fields[3]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Zeile " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("Die Datei enthält keine Planzahl.");
    }
    return entries;
  }
}

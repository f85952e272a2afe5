package de.leistungskette.supervision;

import static de.leistungskette.supervision.Report.Type.NUMBER;
import static de.leistungskette.supervision.Report.Type.PERCENT;
import static de.leistungskette.supervision.Report.Type.TEXT;

import de.leistungskette.deadline.Deadlines;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.platform.TaskDeadlines;
import de.leistungskette.identity.Team;
import de.leistungskette.referral.Provider;
import de.leistungskette.referral.ReferralProperties;
import de.leistungskette.supervision.Report.Chart;
import de.leistungskette.supervision.Report.Column;
import de.leistungskette.supervision.Report.Dataset;
import de.leistungskette.supervision.Report.Table;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures the seeds' coordinators keep in spreadsheets (seed 004 § 4.1, § 4.3, § 4.4.2), from
 * the engine's runtime and history tables: grouped SQL or a projection of a few columns per case
 * and year, never whole process instances in memory. Names of people never appear; cases are named
 * by their number.
 */
@Component
public class Reports {

  private final JdbcTemplate jdbc;
  private final TeamNames teams;
  private final Map<String, String> providers = new LinkedHashMap<>();
  private final ReferralPlan plan;

  public Reports(DataSource dataSource, ReferralProperties referral, ReferralPlan plan, TeamNames teams) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.plan = plan;
    this.teams = teams;
    for (Provider provider : referral.providers()) {
      providers.put(provider.id(), provider.name());
    }
  }

  // ------------------------------------------------------------------ Mindeststandards QEB

  /** Seed 004 § 4.4.2: documents checked within 2 working days, decided within 7 days (at most 15). */
  public Report minimumStandards(int year) {
    Timestamp from = startOf(LocalDate.of(year, 1, 1));
    Timestamp to = startOf(LocalDate.of(year + 1, 1, 1));
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    List<Map<String, Object>> breaches = new ArrayList<>();
    jdbc.query("SELECT p.BUSINESS_KEY_, t.START_TIME_, t.END_TIME_, t.DUE_DATE_, l.GROUP_ID_ FROM ACT_HI_TASKINST t "
        + "JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_ "
        + "LEFT JOIN ACT_HI_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add' "
        + "WHERE t.PROC_DEF_KEY_ = 'qeb-application' AND t.TASK_DEF_KEY_ = 'checkDocuments' "
        + "AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed' AND t.END_TIME_ >= ? AND t.END_TIME_ < ?",
        result -> {
          LocalDate done = day(result.getTimestamp(3));
          LocalDate due = result.getTimestamp(4) == null ? null : day(result.getTimestamp(4));
          Map<String, Object> row = monthRow(rows, YearMonth.from(done), result.getString(5));
          increment(row, "checks");
          if (due == null || !done.isAfter(due)) {
            increment(row, "checksInTime");
          } else {
            breaches.add(breach(result.getString(1), "Unterlagen prüfen", team(result.getString(5)), due, done,
                ChronoUnit.DAYS.between(due, done) + " Tage nach der Frist"));
          }
        }, from, to);
    Map<String, List<Long>> days = new HashMap<>();
    jdbc.query("SELECT p.BUSINESS_KEY_, f.TEXT_, d.TEXT_, MIN(l.GROUP_ID_) FROM ACT_HI_PROCINST p "
        + "JOIN ACT_HI_VARINST f ON f.PROC_INST_ID_ = p.PROC_INST_ID_ AND f.NAME_ = 'decisionFrom' "
        + "JOIN ACT_HI_VARINST d ON d.PROC_INST_ID_ = p.PROC_INST_ID_ AND d.NAME_ = 'decidedOn' "
        + "LEFT JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.PROC_INST_ID_ AND t.TASK_DEF_KEY_ = 'decideApplication' "
        + "LEFT JOIN ACT_HI_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add' "
        + "WHERE p.PROC_DEF_KEY_ = 'qeb-application' AND d.TEXT_ >= ? AND d.TEXT_ < ? "
        + "GROUP BY p.BUSINESS_KEY_, f.TEXT_, d.TEXT_",
        result -> {
          LocalDate start = LocalDate.parse(result.getString(2));
          LocalDate decided = LocalDate.parse(result.getString(3));
          long taken = ChronoUnit.DAYS.between(start, decided);
          String group = result.getString(4) == null ? Team.QEB.groupId() : result.getString(4);
          Map<String, Object> row = monthRow(rows, YearMonth.from(decided), group);
          increment(row, "decisions");
          if (taken <= 7) {
            increment(row, "within7");
          }
          if (taken <= 15) {
            increment(row, "within15");
          } else {
            breaches.add(breach(result.getString(1), "Über den Antrag entscheiden", team(group), start, decided,
                taken + " Tage (Mindeststandard 15)"));
          }
          days.computeIfAbsent(row.get("month") + "|" + group, key -> new ArrayList<>()).add(taken);
        }, year + "-01-01", (year + 1) + "-01-01");
    for (Map<String, Object> row : rows.values()) {
      row.put("checksShare", share(row.get("checksInTime"), row.get("checks")));
      row.put("within7Share", share(row.get("within7"), row.get("decisions")));
      row.put("within15Share", share(row.get("within15"), row.get("decisions")));
      row.put("medianDays", median(days.get(row.get("month") + "|" + row.get("group"))));
      row.remove("group");
    }
    List<Map<String, Object>> list = new ArrayList<>(rows.values());
    Map<String, Double> checks = new TreeMap<>();
    Map<String, Double> decisions = new TreeMap<>();
    for (Map<String, Object> row : list) {
      if (row.get("checksShare") != null) {
        checks.put((String) row.get("month"), (Double) row.get("checksShare"));
      }
      if (row.get("within7Share") != null) {
        decisions.put((String) row.get("month"), (Double) row.get("within7Share"));
      }
    }
    List<String> months = months(year);
    return new Report("mindeststandards", "Mindeststandards QEB " + year,
        "Unterlagen geprüft innerhalb von 2 Arbeitstagen (Frist der Aufgabe), entschieden innerhalb von 7 und von "
            + "höchstens 15 Tagen ab Vollständigkeit (decisionFrom bis decidedOn), Median der Tage; seed 004 § 4.4.2.",
        List.of(new Table("Je Monat und Team", List.of(new Column("month", "Monat", TEXT), new Column("team", "Team", TEXT),
                new Column("checks", "Prüfungen", NUMBER), new Column("checksInTime", "davon in 2 Arbeitstagen", NUMBER),
                new Column("checksShare", "Anteil Prüfungen in Frist (%)", PERCENT),
                new Column("decisions", "Entscheidungen", NUMBER), new Column("within7", "in 7 Tagen", NUMBER),
                new Column("within7Share", "Anteil in 7 Tagen (%)", PERCENT), new Column("within15", "in 15 Tagen", NUMBER),
                new Column("within15Share", "Anteil in 15 Tagen (%)", PERCENT),
                new Column("medianDays", "Median Tage bis Entscheidung", NUMBER)), list),
            new Table("Verstöße", List.of(new Column("caseId", "Vorgang", TEXT), new Column("step", "Schritt", TEXT),
                new Column("team", "Team", TEXT), new Column("from", "Frist bzw. ab", TEXT), new Column("done", "Erledigt", TEXT),
                new Column("by", "Abweichung", TEXT)), breaches)),
        new Chart("line", months, List.of(new Dataset("Prüfungen in 2 Arbeitstagen (%)", values(months, checks)),
            new Dataset("Entscheidungen in 7 Tagen (%)", values(months, decisions))), false));
  }

  // ------------------------------------------------------------------ Fristen

  /** Open tasks per team by due-date band. */
  public Report deadlines() {
    LocalDate today = TaskDeadlines.today();
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Timestamp tomorrow = startOf(today.plusDays(1));
    Timestamp nextWeek = startOf(today.with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)));
    List<Map<String, Object>> rows = new ArrayList<>();
    jdbc.query("SELECT l.GROUP_ID_, "
        + "SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN t.DUE_DATE_ >= ? AND t.DUE_DATE_ < ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN t.DUE_DATE_ >= ? AND t.DUE_DATE_ < ? THEN 1 ELSE 0 END), "
        + "SUM(CASE WHEN t.DUE_DATE_ >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN t.DUE_DATE_ IS NULL THEN 1 ELSE 0 END) "
        + "FROM ACT_RU_TASK t LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' "
        + "GROUP BY l.GROUP_ID_ ORDER BY l.GROUP_ID_",
        result -> {
          rows.add(row("team", team(result.getString(1)), "overdue", result.getLong(2), "today", result.getLong(3),
              "thisWeek", result.getLong(4), "later", result.getLong(5), "none", result.getLong(6)));
        }, now, now, tomorrow, tomorrow, nextWeek, nextWeek);
    List<String> labels = rows.stream().map(row -> (String) row.get("team")).toList();
    return new Report("fristen", "Fristen der offenen Aufgaben",
        "Stand " + GermanDates.shortForm(today) + ": überfällig, heute fällig, in dieser "
            + "Woche (bis Sonntag), später, ohne Frist (Wiedervorlagen).",
        List.of(new Table("Je Team", List.of(new Column("team", "Team", TEXT), new Column("overdue", "überfällig", NUMBER),
            new Column("today", "heute", NUMBER), new Column("thisWeek", "diese Woche", NUMBER),
            new Column("later", "später", NUMBER), new Column("none", "ohne Frist", NUMBER)), rows)),
        new Chart("bar", labels, List.of(
            new Dataset("überfällig", rows.stream().map(row -> (Number) row.get("overdue")).toList()),
            new Dataset("heute", rows.stream().map(row -> (Number) row.get("today")).toList()),
            new Dataset("diese Woche", rows.stream().map(row -> (Number) row.get("thisWeek")).toList()),
            new Dataset("später", rows.stream().map(row -> (Number) row.get("later")).toList())), true));
  }

  // ------------------------------------------------------------------ § 16a je Träger

  /** Seed 004 § 4.3: per provider, this year. */
  public Report referrals(int year) {
    LocalDate now = TaskDeadlines.today();
    Map<String, Map<String, Object>> cases = new HashMap<>();
    jdbc.query("SELECT p.PROC_INST_ID_, p.END_TIME_, v.NAME_, v.TEXT_, v.LONG_ FROM ACT_HI_PROCINST p "
        + "JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.PROC_INST_ID_ "
        + "WHERE p.PROC_DEF_KEY_ = 'kel-referral' AND (p.END_TIME_ IS NULL OR p.END_TIME_ >= ?) "
        + "AND v.NAME_ IN ('providerId', 'referredOn', 'birthDate', 'appointmentKept', 'voucherNumber', 'clientId', "
        + "'referralId')",
        result -> {
          Map<String, Object> referral = cases.computeIfAbsent(result.getString(1), id -> new HashMap<>());
          referral.put("ended", result.getTimestamp(2));
          referral.put(result.getString(3), "appointmentKept".equals(result.getString(3))
              ? (Object) (result.getLong(5) == 1) : result.getString(4));
        }, startOf(LocalDate.of(year, 1, 1)));
    Map<String, Long> returned = new HashMap<>();
    jdbc.query("SELECT v.TEXT_, COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = t.PROC_INST_ID_ "
        + "AND v.NAME_ = 'providerId' WHERE t.PROC_DEF_KEY_ = 'kel-referral' AND t.TASK_DEF_KEY_ = 'voucherReturned' "
        + "AND t.START_TIME_ >= ? AND t.START_TIME_ < ? GROUP BY v.TEXT_",
        result -> {
          returned.put(result.getString(1), result.getLong(2));
        }, startOf(LocalDate.of(year, 1, 1)), startOf(LocalDate.of(year + 1, 1, 1)));
    Map<String, String> openSince = new HashMap<>();
    jdbc.query("SELECT t.PROC_INST_ID_, MIN(t.CREATE_TIME_) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
        + "WHERE d.KEY_ = 'kel-referral' GROUP BY t.PROC_INST_ID_",
        result -> {
          openSince.put(result.getString(1), day(result.getTimestamp(2)).toString());
        });
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    providers.forEach((id, name) -> rows.put(id, row("provider", name, "inCounselling", 0L, "issued", 0L,
        "redeemed", 0L, "returned", returned.getOrDefault(id, 0L), "u25", 0L)));
    Map<String, List<Long>> lengths = new HashMap<>();
    List<Map<String, Object>> stale = new ArrayList<>();
    Map<String, Set<String>> clients = new HashMap<>();
    for (Map.Entry<String, Map<String, Object>> entry : cases.entrySet()) {
      Map<String, Object> referral = entry.getValue();
      String providerId = (String) referral.get("providerId");
      Map<String, Object> row = rows.get(providerId);
      if (row == null || referral.get("referredOn") == null) {
        continue;
      }
      LocalDate referredOn = LocalDate.parse((String) referral.get("referredOn"));
      boolean kept = Boolean.TRUE.equals(referral.get("appointmentKept"));
      Timestamp ended = (Timestamp) referral.get("ended");
      if (ended == null && kept) {
        clients.computeIfAbsent(providerId, id -> new HashSet<>()).add((String) referral.get("clientId"));
      }
      if (referredOn.getYear() == year && referral.get("voucherNumber") != null) {
        increment(row, "issued");
        if (kept) {
          increment(row, "redeemed");
        }
        if (referral.get("birthDate") != null
            && Period.between(LocalDate.parse((String) referral.get("birthDate")), referredOn).getYears() < 25) {
          increment(row, "u25");
        }
      }
      if (ended != null && kept && day(ended).getYear() == year) {
        lengths.computeIfAbsent(providerId, id -> new ArrayList<>()).add(ChronoUnit.DAYS.between(referredOn, day(ended)));
      }
      String since = openSince.get(entry.getKey());
      if (ended == null && since != null && ChronoUnit.DAYS.between(LocalDate.parse(since), now) > 90) {
        stale.add(row("referralId", referral.get("referralId"), "provider", row.get("provider"),
            "since", GermanDates.shortForm(LocalDate.parse(since)),
            "days", ChronoUnit.DAYS.between(LocalDate.parse(since), now)));
      }
    }
    rows.forEach((id, row) -> {
      row.put("inCounselling", (long) clients.getOrDefault(id, Set.of()).size());
      row.put("u25Share", share(row.get("u25"), row.get("issued")));
      List<Long> list = lengths.get(id);
      row.put("averageDays", list == null ? null : list.stream().mapToLong(Long::longValue).average().orElse(0));
      row.put("stale", stale.stream().filter(entry -> row.get("provider").equals(entry.get("provider"))).count());
    });
    List<Map<String, Object>> list = new ArrayList<>(rows.values());
    return new Report("kel", "§ 16a-Monitoring je Träger " + year,
        "Klientinnen und Klienten in Beratung (Ersttermin wahrgenommen, Zuweisung läuft), Gutscheine ausgegeben / "
            + "eingelöst / ungültig zurückgegeben in " + year + ", Anteil U25 (unter 25 Jahren am Tag der Zuweisung), "
            + "durchschnittliche Dauer abgeschlossener Beratungen, Zuweisungen mit einem seit mehr als 90 Tagen offenen "
            + "Schritt; seed 004 § 4.3.",
        List.of(new Table("Je Träger", List.of(new Column("provider", "Träger", TEXT),
                new Column("inCounselling", "in Beratung", NUMBER), new Column("issued", "Gutscheine ausgegeben", NUMBER),
                new Column("redeemed", "eingelöst", NUMBER), new Column("returned", "zurückgegeben", NUMBER),
                new Column("u25", "davon U25", NUMBER), new Column("u25Share", "Anteil U25 (%)", PERCENT),
                new Column("averageDays", "Ø Dauer der Beratung (Tage)", NUMBER),
                new Column("stale", "Schritt > 90 Tage offen", NUMBER)), list),
            new Table("Schritt seit mehr als 90 Tagen offen", List.of(new Column("referralId", "Zuweisung", TEXT),
                new Column("provider", "Träger", TEXT), new Column("since", "offen seit", TEXT),
                new Column("days", "Tage", NUMBER)), stale)),
        new Chart("bar", list.stream().map(row -> (String) row.get("provider")).toList(), List.of(
            new Dataset("ausgegeben", list.stream().map(row -> (Number) row.get("issued")).toList()),
            new Dataset("eingelöst", list.stream().map(row -> (Number) row.get("redeemed")).toList()),
            new Dataset("zurückgegeben", list.stream().map(row -> (Number) row.get("returned")).toList())), false));
  }

  // ------------------------------------------------------------------ Soll/Ist

  /** Seed 004 § 4.1: planned referrals per team, location and month against actual ones. */
  public Report plannedAndActual(int year) {
    Map<String, long[]> actual = new HashMap<>();
    jdbc.query("SELECT g.TEXT_, COALESCE(s.TEXT_, '–'), r.TEXT_ FROM ACT_HI_PROCINST p "
        + "JOIN ACT_HI_VARINST g ON g.PROC_INST_ID_ = p.PROC_INST_ID_ AND g.NAME_ = 'caseworkerGroup' "
        + "JOIN ACT_HI_VARINST r ON r.PROC_INST_ID_ = p.PROC_INST_ID_ AND r.NAME_ = 'referredOn' "
        + "LEFT JOIN ACT_HI_VARINST s ON s.PROC_INST_ID_ = p.PROC_INST_ID_ AND s.NAME_ = 'location' "
        + "WHERE p.PROC_DEF_KEY_ = 'kel-referral' AND r.TEXT_ >= ? AND r.TEXT_ < ?",
        result -> {
          int month = LocalDate.parse(result.getString(3)).getMonthValue();
          actual.computeIfAbsent(result.getString(1) + "|" + result.getString(2), key -> new long[13])[month]++;
        }, year + "-01-01", (year + 1) + "-01-01");
    Map<String, long[]> planned = plan.of(year);
    SortedSet<String> keys = new TreeSet<>(planned.keySet());
    keys.addAll(actual.keySet());
    List<Map<String, Object>> rows = new ArrayList<>();
    long[] planTotal = new long[13];
    long[] actualTotal = new long[13];
    for (String key : keys) {
      String[] parts = key.split("\\|", 2);
      long[] p = planned.getOrDefault(key, new long[13]);
      long[] a = actual.getOrDefault(key, new long[13]);
      long cumulativePlan = 0;
      long cumulativeActual = 0;
      for (int month = 1; month <= 12; month++) {
        cumulativePlan += p[month];
        cumulativeActual += a[month];
        planTotal[month] += p[month];
        actualTotal[month] += a[month];
        rows.add(row("team", team(parts[0]), "location", parts[1], "month", YearMonth.of(year, month).toString(),
            "planned", p[month], "actual", a[month], "deviation", deviation(p[month], a[month]),
            "absolute", a[month] - p[month], "cumulativePlanned", cumulativePlan, "cumulativeActual", cumulativeActual,
            "cumulativeDeviation", deviation(cumulativePlan, cumulativeActual)));
      }
    }
    List<String> months = months(year);
    List<Number> planSeries = new ArrayList<>();
    List<Number> actualSeries = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      planSeries.add(planTotal[month]);
      actualSeries.add(actualTotal[month]);
    }
    return new Report("soll-ist", "Soll/Ist der Zuweisungen " + year,
        "Geplante Zuweisungen je Team, Standort und Monat (auf dieser Seite eingetragen oder als CSV hochgeladen) "
            + "gegen die tatsächlichen (Tag der Zuweisung). Abweichung = (Ist − Soll) / Soll; Soll 0 mit Ist > 0 "
            + "ergibt +100 %, 0 / 0 bleibt leer; kumuliert ebenso über die Summen seit Januar; seed 004 § 4.1.",
        List.of(new Table("Je Team, Standort und Monat", List.of(new Column("team", "Team", TEXT),
            new Column("location", "Standort", TEXT), new Column("month", "Monat", TEXT),
            new Column("planned", "Soll", NUMBER), new Column("actual", "Ist", NUMBER),
            new Column("deviation", "Abweichung (%)", PERCENT), new Column("absolute", "Abweichung absolut", NUMBER),
            new Column("cumulativePlanned", "Soll kumuliert", NUMBER), new Column("cumulativeActual", "Ist kumuliert", NUMBER),
            new Column("cumulativeDeviation", "Abweichung kumuliert (%)", PERCENT)), rows)),
        new Chart("bar", months, List.of(new Dataset("Soll", planSeries), new Dataset("Ist", actualSeries)), false));
  }

  /** The seed's sheet: plan 0 with actual &gt; 0 is +100 %, 0/0 is empty. */
  static Double deviation(long planned, long actual) {
    if (planned == 0) {
      return actual > 0 ? 100.0 : null;
    }
    return Math.round((actual - planned) * 1000.0 / planned) / 10.0;
  }

  // ------------------------------------------------------------------ helpers

  private Map<String, Object> monthRow(Map<String, Map<String, Object>> rows, YearMonth month, String group) {
    String team = group == null ? "–" : group;
    return rows.computeIfAbsent(month + "|" + team, key -> row("month", month.toString(), "team", team(team),
        "group", team, "checks", 0L, "checksInTime", 0L, "decisions", 0L, "within7", 0L, "within15", 0L));
  }

  private Map<String, Object> breach(String caseId, String step, String team, LocalDate from, LocalDate done, String by) {
    return row("caseId", caseId, "step", step, "team", team, "from", GermanDates.shortForm(from),
        "done", GermanDates.shortForm(done), "by", by);
  }

  private String team(String group) {
    return teams.of(group);
  }

  private static void increment(Map<String, Object> row, String key) {
    row.put(key, ((Long) row.getOrDefault(key, 0L)) + 1);
  }

  static Double share(Object part, Object whole) {
    long total = whole == null ? 0 : (Long) whole;
    return total == 0 ? null : Math.round((part == null ? 0 : (Long) part) * 1000.0 / total) / 10.0;
  }

  static Double median(List<Long> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  private static List<String> months(int year) {
    List<String> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      months.add(YearMonth.of(year, month).toString());
    }
    return months;
  }

  private static List<Number> values(List<String> months, Map<String, Double> byMonth) {
    return months.stream().map(month -> (Number) byMonth.get(month)).toList();
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static LocalDate day(Timestamp timestamp) {
    return Deadlines.toDate(new java.util.Date(timestamp.getTime()), "Zeitpunkt");
  }

  private static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(Deadlines.BERLIN).toInstant());
  }

}

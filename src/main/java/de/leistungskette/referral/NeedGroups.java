package de.leistungskette.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Need groups ("Hilfebedarfsgruppen") with their service modules and the planned effort, as agreed
 * in the seeds' cooperation contracts (seed 004 § 4.6.1 addiction help Hamm, § 4.6.4 debt
 * counselling Hamm). Plain Java: shown to caseworker and provider, nothing invented where the seed
 * gives no hours.
 */
public final class NeedGroups {

  private NeedGroups() {}

  /** A module's effort: individual hours, group sessions, or "up to n sessions"; null where the seed says nothing. */
  public record Effort(int individualHours, int groupSessions, Integer upToSessions, String note) {

    static Effort hours(int individual, int group) {
      return new Effort(individual, group, null, null);
    }

    static Effort upTo(int sessions) {
      return new Effort(0, 0, sessions, null);
    }

    static Effort range(int group, int fromHours, int toHours) {
      return new Effort(fromHours, group, null, fromHours + " bis " + toHours + " E-Stunden je nach Situation");
    }

    static Effort none() {
      return new Effort(0, 0, null, "Umfang laut Leistungsbeschreibung, keine Stundenangabe");
    }
  }

  /** The modules of the addiction help (§ 4.6.1, Nr. 1–13). */
  public enum AddictionModule {
    BASIC(1, "Basisberatung", Effort.hours(7, 0)),
    MOTIVATION(2, "Ressourcen- und lösungsorientierte Beratung und Erarbeitung einer Veränderungsmotivation",
        Effort.hours(10, 0)),
    CONSUMPTION(3, "Veränderung des Konsumverhaltens und Erreichen von Punktabstinenz", Effort.hours(5, 13)),
    REHABILITATION(4, "Vermittlung in ambulante oder stationäre Rehabilitationsmaßnahmen", Effort.hours(14, 0)),
    HOUSING(5, "Vermittlung in ambulante oder stationäre Wohnformen", Effort.hours(14, 0)),
    ABSTINENCE(6, "Sicherung der Abstinenz und Arbeitsfähigkeit", Effort.hours(7, 0)),
    INTEGRATION(7, "Sicherung der Eingliederungsleistungen", Effort.hours(10, 13)),
    SOCIAL_SKILLS(8, "Training sozialer Kompetenzen", Effort.hours(2, 10)),
    MIGRATION(9, "Beratung von Personen mit Migrationshintergrund", Effort.range(3, 2, 6)),
    TRAFFIC(10, "Beratung von suchtmittelauffälligen Straßenverkehrsteilnehmern", Effort.hours(3, 15)),
    RELATIVES(11, "Beratung von Angehörigen", Effort.upTo(7)),
    PSYCHOSOCIAL(12, "Erfassung der psychosozialen Lebenssituation", Effort.upTo(5)),
    RELATIVES_COUNSELLING(13, "Angehörigenberatung", Effort.upTo(7));

    /** Infogespräche in the facility for a first treatment add three hours to modules 4 and 5. */
    public static final int FIRST_TREATMENT_HOURS = 3;

    private final int number;
    private final String label;
    private final Effort effort;

    AddictionModule(int number, String label, Effort effort) {
      this.number = number;
      this.label = label;
      this.effort = effort;
    }

    public int number() {
      return number;
    }

    public String label() {
      return label;
    }

    public Effort effort() {
      return effort;
    }

    /** Special modules 8–13, booked on top of a need group where needed. */
    public boolean special() {
      return number >= 8;
    }
  }

  /** Placement in modules 4/5 of need groups 3–5: rehabilitation or a supported form of housing. */
  public enum Placement { REHABILITATION, HOUSING }

  /** A plan: modules and summed effort, in German for the forms. */
  public record Plan(String title, List<String> modules, int individualHours, int groupSessions, String summary) {}

  /**
   * The planned effort of addiction need group 1–5 (§ 4.6.1): 12 + 13 group; 22 + 13 group; 28
   * (+3); 38 (+3); 48 (+3) + 13 group, the +3 only for a first treatment; plus booked special
   * modules 8–13.
   */
  public static Plan addiction(int group, Placement placement, boolean firstTreatment, Set<AddictionModule> special) {
    List<AddictionModule> modules = new ArrayList<>(switch (group) {
      case 1 -> List.of(AddictionModule.BASIC, AddictionModule.CONSUMPTION);
      case 2 -> List.of(AddictionModule.BASIC, AddictionModule.MOTIVATION, AddictionModule.CONSUMPTION);
      case 3 -> List.of(AddictionModule.BASIC, placementModule(placement), AddictionModule.ABSTINENCE);
      case 4 -> List.of(AddictionModule.BASIC, AddictionModule.MOTIVATION, placementModule(placement),
          AddictionModule.ABSTINENCE);
      case 5 -> List.of(AddictionModule.BASIC, AddictionModule.MOTIVATION, placementModule(placement),
          AddictionModule.ABSTINENCE, AddictionModule.INTEGRATION);
      default -> throw new IllegalArgumentException("Hilfebedarfsgruppe Sucht " + group + ": erlaubt sind 1 bis 5.");
    });
    for (AddictionModule module : special) {
      if (!module.special()) {
        throw new IllegalArgumentException("Modul " + module.number() + " ist kein Sondermodul (8 bis 13).");
      }
    }
    modules.addAll(EnumSet.copyOf(special.isEmpty() ? EnumSet.noneOf(AddictionModule.class) : special));
    int hours = 0;
    int sessions = 0;
    List<String> lines = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    for (AddictionModule module : modules) {
      Effort effort = module.effort();
      int moduleHours = effort.individualHours();
      if (firstTreatment && (module == AddictionModule.REHABILITATION || module == AddictionModule.HOUSING)) {
        moduleHours += AddictionModule.FIRST_TREATMENT_HOURS;
      }
      hours += moduleHours;
      sessions += effort.groupSessions();
      lines.add(module.number() + ". " + module.label() + ": " + describe(moduleHours, effort));
      if (effort.upToSessions() != null) {
        extras.add("bis zu " + effort.upToSessions() + " Sitzungen (Modul " + module.number() + ")");
      }
      if (effort.note() != null) {
        extras.add(effort.note() + " (Modul " + module.number() + ")");
      }
    }
    String summary = hours + " E-Stunden" + (sessions > 0 ? " + " + sessions + " Gruppensitzungen" : "")
        + (extras.isEmpty() ? "" : "; zusätzlich " + String.join(", ", extras));
    return new Plan("Suchtberatung, Hilfebedarfsgruppe " + group, lines, hours, sessions, summary);
  }

  private static AddictionModule placementModule(Placement placement) {
    if (placement == null) {
      throw new IllegalArgumentException("Hilfebedarfsgruppen 3 bis 5: Vermittlung in Rehabilitation oder Wohnform angeben.");
    }
    return placement == Placement.REHABILITATION ? AddictionModule.REHABILITATION : AddictionModule.HOUSING;
  }

  private static String describe(int hours, Effort effort) {
    if (effort.upToSessions() != null) {
      return "bis zu " + effort.upToSessions() + " Sitzungen";
    }
    return hours + " E-Stunden" + (effort.groupSessions() > 0 ? " + " + effort.groupSessions() + " Gruppensitzungen" : "");
  }

  /** The modules of debt counselling (§ 4.6.4, Anlage 1), without hours: the seed gives none. */
  public enum DebtModule {
    BASIC(1, "Basisberatung", 1),
    SUBSISTENCE_HINTS(2, "Hinweise zur Existenzsicherung", 1),
    SUBSISTENCE(2, "Existenzsicherung", 2),
    CLAIMS_CHECK(3, "Forderungsüberprüfung bei Bedarf", 1),
    CLAIMS_AND_PROTECTION(3, "Forderungsüberprüfung und Schuldnerschutz", 2),
    PSYCHOSOCIAL(4, "Psychosoziale Beratung/Betreuung", 2),
    REGULATION(5, "Regulierung und Entschuldung", 2),
    AFTERCARE(6, "Nachbetreuung", 2),
    PREVENTION(7, "Maßnahmen zur Prävention", 2);

    private final int number;
    private final String label;
    private final int phase;

    DebtModule(int number, String label, int phase) {
      this.number = number;
      this.label = label;
      this.phase = phase;
    }

    public int number() {
      return number;
    }

    public String label() {
      return label;
    }

    /** Phase 1 (clarification) or 2 (regulation, a separate agreement the caseworker approves). */
    public int phase() {
      return phase;
    }
  }

  /** Always booked first: an intake hour ("Es ist zu Anfang immer eine, i.d.R. einstündige, Eingangsberatung zu buchen"). */
  public static final int DEBT_INTAKE_HOURS = 1;

  /** The modules of debt counselling need group 1–4 (§ 4.6.4); "bei Bedarf" modules when needed. */
  public static Plan debt(int group, boolean psychosocialNeeded, boolean preventionNeeded) {
    List<DebtModule> modules = switch (group) {
      case 1 -> List.of(DebtModule.BASIC, DebtModule.SUBSISTENCE_HINTS, DebtModule.CLAIMS_CHECK);
      case 2 -> psychosocialNeeded
          ? List.of(DebtModule.BASIC, DebtModule.SUBSISTENCE, DebtModule.CLAIMS_AND_PROTECTION, DebtModule.PSYCHOSOCIAL,
              DebtModule.REGULATION)
          : List.of(DebtModule.BASIC, DebtModule.SUBSISTENCE, DebtModule.CLAIMS_AND_PROTECTION, DebtModule.REGULATION);
      case 3 -> preventionNeeded
          ? List.of(DebtModule.BASIC, DebtModule.SUBSISTENCE, DebtModule.CLAIMS_AND_PROTECTION, DebtModule.PSYCHOSOCIAL,
              DebtModule.REGULATION, DebtModule.PREVENTION)
          : List.of(DebtModule.BASIC, DebtModule.SUBSISTENCE, DebtModule.CLAIMS_AND_PROTECTION, DebtModule.PSYCHOSOCIAL,
              DebtModule.REGULATION);
      case 4 -> List.of(DebtModule.AFTERCARE);
      default -> throw new IllegalArgumentException("Hilfebedarfsgruppe Schuldnerberatung " + group
          + ": erlaubt sind 1 bis 4.");
    };
    List<String> lines = new ArrayList<>();
    lines.add("Eingangsberatung: " + DEBT_INTAKE_HOURS + " Stunde (immer zuerst)");
    for (DebtModule module : modules) {
      lines.add(module.number() + ". " + module.label() + " (Phase " + module.phase() + ")");
    }
    boolean phase2 = modules.stream().anyMatch(module -> module.phase() == 2);
    String summary = DEBT_INTAKE_HOURS + " Stunde Eingangsberatung; weitere Stunden nennt die Leistungsbeschreibung nicht"
        + (phase2 ? "; Phase 2 braucht eine eigene Leistungsvereinbarung (Zustimmung der Fachkraft)" : "");
    return new Plan("Schuldnerberatung, Hilfebedarfsgruppe " + group, lines, DEBT_INTAKE_HOURS, 0, summary);
  }

  /** Whether a debt counselling plan reaches phase 2 (regulation), which needs the caseworker's second approval. */
  public static boolean needsPhase2Approval(Plan debtPlan) {
    return debtPlan.modules().stream().anyMatch(line -> line.endsWith("(Phase 2)"));
  }
}

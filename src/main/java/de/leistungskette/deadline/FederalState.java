package de.leistungskette.deadline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The 16 German federal states by ISO 3166-2 code, with the subdivision code jollyday uses.
 * Jollyday quietly ignores a region it does not know and returns the national holidays only;
 * parsing through this enum turns such a code into an error instead.
 */
public enum FederalState {
  DE_BW("DE-BW", "bw", "Baden-Württemberg"),
  DE_BY("DE-BY", "by", "Bayern"),
  DE_BE("DE-BE", "be", "Berlin"),
  DE_BB("DE-BB", "bb", "Brandenburg"),
  DE_HB("DE-HB", "hb", "Bremen"),
  DE_HH("DE-HH", "hh", "Hamburg"),
  DE_HE("DE-HE", "he", "Hessen"),
  DE_MV("DE-MV", "mv", "Mecklenburg-Vorpommern"),
  DE_NI("DE-NI", "ni", "Niedersachsen"),
  DE_NW("DE-NW", "nw", "Nordrhein-Westfalen"),
  DE_RP("DE-RP", "rp", "Rheinland-Pfalz"),
  DE_SL("DE-SL", "sl", "Saarland"),
  DE_SN("DE-SN", "sn", "Sachsen"),
  DE_ST("DE-ST", "st", "Sachsen-Anhalt"),
  DE_SH("DE-SH", "sh", "Schleswig-Holstein"),
  DE_TH("DE-TH", "th", "Thüringen");

  private final String isoCode;
  private final String jollydayRegion;
  private final String germanName;

  FederalState(String isoCode, String jollydayRegion, String germanName) {
    this.isoCode = isoCode;
    this.jollydayRegion = jollydayRegion;
    this.germanName = germanName;
  }

  public String isoCode() {
    return isoCode;
  }

  String jollydayRegion() {
    return jollydayRegion;
  }

  public String germanName() {
    return germanName;
  }

  /**
   * @param isoCode e.g. {@code DE-NW} (case-insensitive)
   * @throws IllegalArgumentException with a German message for any other text
   */
  public static FederalState fromIsoCode(String isoCode) {
    String normalized = isoCode == null ? "" : isoCode.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(state -> state.isoCode.equals(normalized))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unbekanntes Bundesland „" + isoCode + "“. Erlaubt sind die Codes nach ISO 3166-2: " + allCodes() + "."));
  }

  public static String allCodes() {
    return Arrays.stream(values()).map(FederalState::isoCode).collect(Collectors.joining(", "));
  }
}

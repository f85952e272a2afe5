package de.leistungskette.intake;

import static de.leistungskette.intake.NewClientIntake.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.leistungskette.casework.CaseChecks;
import de.leistungskette.casework.Field;
import de.leistungskette.deadline.GermanDates;
import de.leistungskette.deadline.IsoDay;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of "Neukundenaufnahme (Eingangszone)" in plain Java: days, enums and texts in,
 * decisions out, German refusals for what may not be. Which team is responsible is not here: that
 * is the decision table {@code intake-routing}, which process owners edit.
 */
public final class IntakeRules {

  /** Age from which a household member able to work gets a history note (seed 004, Anlage 6 Nr. 3). */
  public static final int HISTORY_NOTE_AGE = 15;
  /** Age below which the U25 team is responsible (Anlage 6 Nr. 1.3). */
  public static final int U25_AGE = 25;
  static final int MAX_MONTHS = 600;
  static final int MAX_HOUSEHOLD = 30;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.GERMANY)
      .withResolverStyle(ResolverStyle.STRICT);

  /** A member of the client's household ("Bedarfsgemeinschaft"). */
  public record Member(String name, LocalDate birthDate, boolean ableToWork) {}

  /** A history note for one member (Historienvermerk). */
  public record HistoryNote(String name, LocalDate birthDate, int age, String text) {}

  private IntakeRules() {}

  /** The client's number: the business key, and the stem of the application numbers. */
  public static String clientId(String clientId) {
    return CaseChecks.number(clientId, Field.of(CLIENT_ID, "Kundennummer"));
  }

  public static String clientName(String name) {
    if (name.length() > CLIENT_NAME_MAX_LENGTH) {
      throw new RejectedInputException("Name (" + CLIENT_NAME + ") ist zu lang (höchstens " + CLIENT_NAME_MAX_LENGTH
          + " Zeichen).");
    }
    return name;
  }

  /** The day of registration: not before 2000, not after today. */
  public static LocalDate registeredOn(LocalDate day, LocalDate today) {
    return CaseChecks.caseDay(day, Field.of(REGISTERED_ON, "Tag der Vorsprache"), today);
  }

  /** A birth date: not before 1900, not after the day of registration. */
  public static LocalDate birthDate(LocalDate birthDate, LocalDate registeredOn, String variable, String label) {
    return CaseChecks.birthDate(birthDate, Field.of(variable, label), registeredOn, "dem Tag der Vorsprache");
  }

  /** Completed years on {@code day} (a person born on 29.2. completes a year at the end of 28.2.). */
  public static int age(LocalDate birthDate, LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public static boolean under25(LocalDate birthDate, LocalDate registeredOn) {
    return age(birthDate, registeredOn) < U25_AGE;
  }

  /** A number of months (whole, 0 to 600). */
  public static int months(Object value, String variable, String label) {
    Integer months = null;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      months = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ((Number) value).longValue()));
    } else if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e6) {
      months = number.intValue();
    } else if (value instanceof String text && text.trim().matches("-?\\d{1,6}")) {
      months = Integer.parseInt(text.trim());
    }
    if (months == null) {
      throw new RejectedInputException(label + " (" + variable + "): „" + value + "“ ist keine ganze Zahl von Monaten.");
    }
    if (months < 0 || months > MAX_MONTHS) {
      throw new RejectedInputException(label + " (" + variable + "): " + months + " liegt nicht zwischen 0 und "
          + MAX_MONTHS + " Monaten.");
    }
    return months;
  }

  /**
   * The household: a JSON list ({@code [{"name": …, "birthDate": "YYYY-MM-DD", "ableToWork": true}]},
   * from other systems) or lines as typed in the start form ({@code Name; TT.MM.JJJJ; ja}).
   */
  public static List<Member> household(String text, LocalDate registeredOn) {
    String trimmed = text.trim();
    List<Member> members = trimmed.startsWith("[") ? fromJson(trimmed, registeredOn) : fromLines(trimmed, registeredOn);
    if (members.size() > MAX_HOUSEHOLD) {
      throw new RejectedInputException("Haushalt (" + HOUSEHOLD + "): höchstens " + MAX_HOUSEHOLD + " Personen.");
    }
    return members;
  }

  private static List<Member> fromJson(String text, LocalDate registeredOn) {
    JsonNode list;
    try {
      list = JSON.readTree(text);
    } catch (IOException e) {
      throw new RejectedInputException("Haushalt (" + HOUSEHOLD + "): kein gültiges JSON (erwartet wird eine Liste "
          + "mit name, birthDate und ableToWork je Person).");
    }
    List<Member> members = new ArrayList<>();
    int number = 0;
    for (JsonNode node : list) {
      number++;
      String where = "Haushalt (" + HOUSEHOLD + "), Person " + number;
      if (!node.path("name").isTextual() || node.path("name").asText().isBlank()) {
        throw new RejectedInputException(where + ": name fehlt.");
      }
      if (!node.path("ableToWork").isBoolean()) {
        throw new RejectedInputException(where + ": ableToWork fehlt oder ist kein Wahrheitswert (true/false).");
      }
      LocalDate birth;
      try {
        birth = IsoDay.parse(node.path("birthDate").asText(""));
      } catch (DateTimeParseException e) {
        throw new RejectedInputException(where + ": birthDate „" + node.path("birthDate").asText("")
            + "“ ist kein gültiges Datum (JJJJ-MM-TT).");
      }
      members.add(member(node.path("name").asText().trim(), birth, node.path("ableToWork").asBoolean(), where,
          registeredOn));
    }
    return members;
  }

  private static List<Member> fromLines(String text, LocalDate registeredOn) {
    List<Member> members = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      number++;
      String where = "Haushalt, Zeile " + number + " („" + line.trim() + "“)";
      String[] parts = line.split(";");
      if (parts.length != 3 || parts[0].isBlank()) {
        throw new RejectedInputException(where + ": erwartet wird „Name; Geburtsdatum TT.MM.JJJJ; erwerbsfähig ja/nein“.");
      }
      LocalDate birth;
      try {
        birth = LocalDate.parse(parts[1].trim(), GERMAN_DAY);
      } catch (DateTimeParseException e) {
        throw new RejectedInputException(where + ": „" + parts[1].trim() + "“ ist kein gültiges Datum (TT.MM.JJJJ).");
      }
      String able = parts[2].trim().toLowerCase(Locale.GERMANY);
      if (!able.equals("ja") && !able.equals("nein")) {
        throw new RejectedInputException(where + ": erwerbsfähig „" + parts[2].trim() + "“, erwartet ja oder nein.");
      }
      members.add(member(parts[0].trim(), birth, able.equals("ja"), where, registeredOn));
    }
    return members;
  }

  private static Member member(String name, LocalDate birth, boolean ableToWork, String where, LocalDate registeredOn) {
    if (name.length() > CLIENT_NAME_MAX_LENGTH) {
      throw new RejectedInputException(where + ": der Name ist zu lang (höchstens " + CLIENT_NAME_MAX_LENGTH
          + " Zeichen).");
    }
    if (birth.isBefore(CaseChecks.EARLIEST_BIRTH) || birth.isAfter(registeredOn)) {
      throw new RejectedInputException(where + ": das Geburtsdatum " + GermanDates.shortForm(birth)
          + " liegt nicht zwischen dem 1.1.1900 und dem Tag der Vorsprache.");
    }
    return new Member(name, birth, ableToWork);
  }

  /** The household as JSON, as it is kept on the case. */
  public static String toJson(List<Member> members) {
    ArrayNode list = JSON.createArrayNode();
    for (Member member : members) {
      list.addObject().put("name", member.name()).put("birthDate", member.birthDate().toString())
          .put("ableToWork", member.ableToWork());
    }
    return list.toString();
  }

  /** The QEB appointment: not before the registration, at most {@code bookingDays} after it. */
  public static LocalDate qebAppointment(LocalDate appointment, LocalDate registeredOn, int bookingDays) {
    Inputs.requireFrom(appointment, registeredOn, QEB_APPOINTMENT_ON, "Tag des QEB-Termins",
        "dem Tag der Vorsprache (" + GermanDates.shortForm(registeredOn) + ")");
    if (appointment.isAfter(registeredOn.plusDays(bookingDays))) {
      throw new RejectedInputException("Tag des QEB-Termins (" + QEB_APPOINTMENT_ON + "): "
          + GermanDates.shortForm(appointment) + " ist nicht kurzfristig (höchstens " + bookingDays
          + " Tage nach der Vorsprache am " + GermanDates.shortForm(registeredOn) + ").");
    }
    return appointment;
  }

  /** Attendance can only be recorded on or after the day of the appointment. */
  public static void qebHeld(LocalDate appointment, LocalDate today) {
    if (today.isBefore(appointment)) {
      throw new RejectedInputException("Erschienen (" + QEB_ATTENDED + "): Der QEB-Termin ist erst am "
          + GermanDates.shortForm(appointment) + "; erst dann kann das Erscheinen festgehalten werden.");
    }
  }

  /** A QEB held later: not before the registration, not after today. */
  public static LocalDate qebHeldLate(LocalDate heldOn, LocalDate registeredOn, LocalDate today) {
    Inputs.requireFrom(heldOn, registeredOn, QEB_HELD_ON, "Tag der nachgeholten QEB",
        "dem Tag der Vorsprache (" + GermanDates.shortForm(registeredOn) + ")");
    if (heldOn.isAfter(today)) {
      throw new RejectedInputException("Tag der nachgeholten QEB (" + QEB_HELD_ON + "): "
          + GermanDates.shortForm(heldOn) + " liegt nach heute (" + GermanDates.shortForm(today) + ").");
    }
    return heldOn;
  }

  /** The number of the n-th application of a client: {@code <clientId>-QEB-<n>} (docs/adr/0004). */
  public static String applicationId(String clientId, int number) {
    return clientId + "-QEB-" + number;
  }

  /**
   * The history notes after a decision: one for the client and one for every other household
   * member able to work, each {@value #HISTORY_NOTE_AGE} or older on the day of the decision.
   */
  public static List<HistoryNote> historyNotes(String clientName, LocalDate clientBirth, List<Member> household,
      String applicationId, String decisionLabel, LocalDate decidedOn) {
    List<Member> members = new ArrayList<>();
    members.add(new Member(clientName, clientBirth, true));
    members.addAll(household);
    List<HistoryNote> notes = new ArrayList<>();
    for (Member member : members) {
      int age = age(member.birthDate(), decidedOn);
      if (member.ableToWork() && age >= HISTORY_NOTE_AGE) {
        notes.add(new HistoryNote(member.name(), member.birthDate(), age, "Antrag " + applicationId + " am "
            + GermanDates.numeric(decidedOn) + " " + decisionLabel + "."));
      }
    }
    return notes;
  }

  public static String notesToJson(List<HistoryNote> notes, LocalDate decidedOn) {
    ArrayNode list = JSON.createArrayNode();
    for (HistoryNote note : notes) {
      ObjectNode node = list.addObject();
      node.put("name", note.name()).put("birthDate", note.birthDate().toString()).put("age", note.age())
          .put("decidedOn", decidedOn.toString()).put("text", note.text());
    }
    return list.toString();
  }

  /** Household members in JSON, read back from the case. */
  public static List<Member> fromRecorded(String json) {
    return json == null || json.isBlank() ? List.of() : fromJson(json, LocalDate.MAX);
  }
}

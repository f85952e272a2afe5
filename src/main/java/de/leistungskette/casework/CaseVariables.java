package de.leistungskette.casework;

import de.leistungskette.deadline.Deadlines;
import de.leistungskette.platform.Inputs;
import de.leistungskette.platform.RejectedInputException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of a case, for the thin adapters between a model and its rules.
 *
 * <p>What a person or another system entered ({@link Field}) is read strictly: a missing or
 * malformed value is refused with a German message naming the field
 * ({@link de.leistungskette.platform.RejectedInputException}), never guessed. What the process
 * recorded itself is read as recorded. Days are kept as {@code YYYY-MM-DD} text: readable in
 * Cockpit and REST, and what Camunda Forms' date fields send.
 */
public final class CaseVariables {

  private final VariableScope scope;

  private CaseVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static CaseVariables of(VariableScope scope) {
    return new CaseVariables(scope);
  }

  /** Entered and not blank. */
  public boolean given(Field field) {
    return !Inputs.isMissing(scope.getVariable(field.variable()));
  }

  /** Filled in: given, and not an unticked checkbox. */
  public boolean filled(Field field) {
    Object value = scope.getVariable(field.variable());
    return !Inputs.isMissing(value) && !Boolean.FALSE.equals(value);
  }

  public String text(Field field) {
    return Inputs.requireText(scope.getVariable(field.variable()), field.variable(), field.label());
  }

  public String known(Field field, Collection<String> allowed) {
    return Inputs.requireKnown(scope.getVariable(field.variable()), allowed, field.variable(), field.label());
  }

  public <E extends Enum<E>> E oneOf(Field field, Class<E> type) {
    return Inputs.requireOneOf(scope.getVariable(field.variable()), type, field.variable(), field.label());
  }

  public LocalDate day(Field field) {
    return Inputs.requireDate(scope.getVariable(field.variable()), field.variable(), field.label(),
        CaseVariables::berlinDay);
  }

  /** An optional day: {@code null} when not entered. */
  public LocalDate dayIfGiven(Field field) {
    return given(field) ? day(field) : null;
  }

  /** A whole number from {@code min} to {@code max} (forms send numbers as Long or Double, APIs as text too). */
  public int whole(Field field, int min, int max) {
    Object value = scope.getVariable(field.variable());
    Integer number = null;
    if (value instanceof Number given && given.doubleValue() == Math.rint(given.doubleValue())
        && Math.abs(given.doubleValue()) < 1e9) {
      number = given.intValue();
    } else if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
      number = Integer.parseInt(text.strip());
    }
    if (number == null) {
      Inputs.requireText(value, field.variable(), field.label());
      throw new RejectedInputException(field + ": „" + value + "“ ist keine ganze Zahl.");
    }
    if (number < min || number > max) {
      throw new RejectedInputException(field + ": " + number + " liegt nicht zwischen " + min + " und " + max + ".");
    }
    return number;
  }

  public boolean flag(Field field) {
    return Inputs.requireBoolean(scope.getVariable(field.variable()), field.variable(), field.label());
  }

  /**
   * A yes/no that records a fact (appeared, kept, consented, approved): chosen explicitly, never by
   * leaving a box empty. Missing, the step is refused with the question.
   */
  public boolean choice(Field field, String question) {
    if (!given(field)) {
      throw new RejectedInputException("Bitte „Ja“ oder „Nein“ wählen: " + question);
    }
    return flag(field);
  }

  /** A checkbox: not sent means not ticked. */
  public boolean checkbox(Field field) {
    return given(field) && flag(field);
  }

  /** A confirmation the person must tick, or the step is refused with the question. */
  public void requireConfirmed(Field field, String question) {
    Inputs.requireConfirmed(scope.getVariable(field.variable()), field.variable(), question);
  }

  /** A day the process recorded, or {@code null} when it has none. */
  public LocalDate recordedDay(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : LocalDate.parse((String) value);
  }

  public boolean recordedFlag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public int recordedCount(String name) {
    return scope.getVariable(name) instanceof Integer count ? count : 0;
  }

  public String recordedText(String name) {
    return (String) scope.getVariable(name);
  }

  public CaseVariables set(String name, LocalDate day) {
    return put(name, day.toString());
  }

  public CaseVariables set(String name, String text) {
    return put(name, text);
  }

  public CaseVariables set(String name, Enum<?> value) {
    return put(name, value.name());
  }

  public CaseVariables set(String name, boolean value) {
    return put(name, value);
  }

  public CaseVariables set(String name, int value) {
    return put(name, value);
  }

  /**
   * Writes the value unless the case holds it already (e.g. what the form just sent): an equal
   * write would cost an update and a history entry and change nothing.
   */
  private CaseVariables put(String name, Object value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
    return this;
  }

  private static LocalDate berlinDay(Date date) {
    return Deadlines.toDate(date, "Datum");
  }
}

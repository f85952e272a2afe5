package de.leistungskette.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/deadlines}: the Fristenrechner over HTTP, for other systems and the page
 * {@code /fristenrechner}. Parameters are read as text and checked here, so that every bad value
 * gets a German message naming the parameter instead of a framework error.
 */
@RestController
public class DeadlineController {

  private final DeadlineCalculator calculator;

  public DeadlineController(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  public record DeadlineResponse(String due, String notified, String state, List<String> steps) {}

  @GetMapping(path = "/api/deadlines", produces = "application/json")
  public DeadlineResponse deadline(
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String postalDays) {
    DeadlineRule parsedRule = parseRule(rule);
    LocalDate parsedFrom = parseFrom(from);
    int parsedAmount = parseWholeNumber("amount", amount);
    FederalState parsedState = parseState(state);
    Integer parsedPostalDays = postalDays == null || postalDays.isBlank()
        ? null : parseWholeNumber("postalDays", postalDays);

    Deadline deadline = calculator.calculate(parsedRule, parsedFrom, parsedAmount, parsedState, parsedPostalDays);
    return new DeadlineResponse(
        deadline.due().toString(),
        deadline.notified() == null ? null : deadline.notified().toString(),
        deadline.state().isoCode(),
        deadline.steps());
  }

  @ExceptionHandler(InvalidDeadlineInputException.class)
  public ResponseEntity<Map<String, String>> badInput(InvalidDeadlineInputException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "parameter", e.parameter()));
  }

  private static DeadlineRule parseRule(String rule) {
    String allowed = Arrays.stream(DeadlineRule.values()).map(Enum::name).collect(Collectors.joining(", "));
    if (rule == null || rule.isBlank()) {
      throw new InvalidDeadlineInputException("rule", "Parameter „rule“ fehlt. Erlaubt sind: " + allowed + ".");
    }
    try {
      return DeadlineRule.valueOf(rule.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidDeadlineInputException("rule",
          "Parameter „rule“: unbekannte Fristart „" + rule + "“. Erlaubt sind: " + allowed + ".");
    }
  }

  private static LocalDate parseFrom(String from) {
    if (from == null || from.isBlank()) {
      throw new InvalidDeadlineInputException("from", "Parameter „from“ fehlt: Datum im Format JJJJ-MM-TT.");
    }
    try {
      return IsoDay.parse(from);
    } catch (DateTimeParseException e) {
      throw new InvalidDeadlineInputException("from",
          "Parameter „from“: „" + from + "“ ist kein gültiges Datum im Format JJJJ-MM-TT.");
    }
  }

  private static int parseWholeNumber(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidDeadlineInputException(parameter, "Parameter „" + parameter + "“ fehlt: ganze Zahl ab 1.");
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidDeadlineInputException(parameter,
          "Parameter „" + parameter + "“: „" + value + "“ ist keine ganze Zahl.");
    }
  }

  private static FederalState parseState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return FederalState.fromIsoCode(state);
    } catch (IllegalArgumentException e) {
      throw new InvalidDeadlineInputException("state", "Parameter „state“: " + e.getMessage());
    }
  }
}

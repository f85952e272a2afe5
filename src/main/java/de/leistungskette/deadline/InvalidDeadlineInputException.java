package de.leistungskette.deadline;

/** Input a deadline cannot be computed from; the message is German and names the parameter. */
public class InvalidDeadlineInputException extends IllegalArgumentException {

  private final String parameter;

  public InvalidDeadlineInputException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}

package ru.smarteka.workflow.system;

import java.util.List;

/** Input that breaks a business rule, with the offending fields: HTTP 400 with field-level messages. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldMessage> errors;

  public InvalidInputException(String message, List<FieldMessage> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldMessage> errors() {
    return errors;
  }
}

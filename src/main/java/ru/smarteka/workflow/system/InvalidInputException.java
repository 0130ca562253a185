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

  /** The summary alone, without the fields. */
  public String summary() {
    return super.getMessage();
  }

  /** The summary and each field's message: readable where only a message reaches the user (Tasklist). */
  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(super.getMessage());
    for (FieldMessage error : errors) {
      text.append("; ").append(error.field()).append(": ").append(error.message());
    }
    return text.toString();
  }
}

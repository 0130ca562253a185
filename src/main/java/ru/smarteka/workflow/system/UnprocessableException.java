package ru.smarteka.workflow.system;

/** A well-formed request the business cannot take (an unpublished practice, one's own region): HTTP 422. */
public class UnprocessableException extends RuntimeException {

  public UnprocessableException(String message) {
    super(message);
  }
}

package ru.smarteka.workflow.system;

/** The request contradicts the current state (a duplicate, a stale version, a wrong status): HTTP 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}

package ru.smarteka.workflow.system;

/** The requested thing does not exist, or the user may not know that it exists: HTTP 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}

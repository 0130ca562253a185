package ru.smarteka.workflow.system;

/** An uploaded file we do not accept: too large (HTTP 413) or of a type not on the whitelist (HTTP 415). */
public class RejectedContentException extends RuntimeException {

  public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE }

  private final Reason reason;

  public RejectedContentException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

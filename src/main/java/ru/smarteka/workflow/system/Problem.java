package ru.smarteka.workflow.system;

import java.util.List;
import java.util.Map;

/**
 * What a failed request is answered with, whichever door it came through: the HTTP status, a Russian title and detail,
 * the offending fields, and the extra headers ({@code Allow}, {@code Retry-After}). {@link Problems#of(Throwable)}
 * makes it; our API writes it as {@code application/problem+json}, the engine REST APIs in Camunda's JSON shape
 * ({@code type} is {@link #engineType}, {@code message} the detail with the field messages appended).
 *
 * @param engineType what the engine REST APIs give as {@code type}: Camunda's own type string for Camunda's
 *     refusals (clients expect them), {@value Problems#BUSINESS_REFUSAL} for ours, never a class name of ours
 * @param engineCode Camunda's exception code, when Camunda refused
 */
record Problem(int status, String title, String detail, List<FieldMessage> errors, Kind kind, String engineType,
    Integer engineCode, Map<String, String> headers) {

  enum Kind {
    /** A business rule of ours refused the request (a listener's or a service's exception). */
    REFUSAL,
    /** Someone else changed the same thing at the same time; the request may be repeated after a re-read. */
    RACE,
    /** The request itself is malformed or names nothing that exists: protocol, parameters, JSON, Camunda's checks. */
    REQUEST,
    /** No or wrong credentials, or a permission missing. */
    DENIED,
    /** The database cannot be reached: try again later ({@code Retry-After}). */
    UNAVAILABLE,
    /** A bug: logged with its stack trace under an incident number, answered with a generic message and the number. */
    UNEXPECTED
  }

  Problem {
    errors = List.copyOf(errors);
    headers = Map.copyOf(headers);
  }

  /** The detail and every field's message, for clients that show a single text (Tasklist). */
  String message() {
    StringBuilder text = new StringBuilder(detail);
    for (FieldMessage error : errors) {
      text.append("; ").append(error.field()).append(": ").append(error.message());
    }
    return text.toString();
  }

  /**
   * What a person reads in Tasklist: the detail and the fields' messages, without the fields' keys (the webapps' own
   * code shows the messages next to the fields they name, {@code errors} keeps the keys).
   */
  String readableMessage() {
    if (errors.isEmpty()) {
      return detail;
    }
    StringBuilder text = new StringBuilder(detail).append(": ");
    for (int i = 0; i < errors.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(errors.get(i).message());
    }
    return text.toString();
  }
}

package ru.smarteka.workflow.replication;

import java.util.Arrays;

/**
 * The outcomes of the {@code recipient-authority} decision (its output {@code authorityOutcome}) with the words the
 * moderator reads in the screening form; the decision's own reason follows them there.
 */
enum AuthorityOutcome {
  AUTHORISED("Полномочия подтверждены"),
  INSUFFICIENT_AUTHORITY("Полномочий недостаточно"),
  INCOMPLETE_PROFILE("Профиль заявителя заполнен не полностью");

  private final String label;

  AuthorityOutcome(String label) {
    this.label = label;
  }

  /** The Russian words for an outcome the decision gave; an outcome a newer table adds is shown as it is. */
  static String label(String outcome) {
    return Arrays.stream(values()).filter(o -> o.name().equals(outcome)).findFirst().map(o -> o.label)
        .orElse(outcome == null ? "" : outcome);
  }
}

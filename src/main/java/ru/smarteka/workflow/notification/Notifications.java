package ru.smarteka.workflow.notification;

import java.util.Collection;
import java.util.Map;

/**
 * E-mail notifications of Smarteka workflow. A notification is queued in the caller's transaction and sent after it
 * commits (an asynchronous step of its own), retried, and left as an incident in Cockpit while the mail server stays
 * down, so the caller's work never rolls back because of mail and no notification is lost.
 */
public interface Notifications {

  /** What a notification is about; users can turn {@link #REMINDER} mails off for themselves. */
  enum Kind { TASK, DECISION, REMINDER, ESCALATION }

  /**
   * Queues the mail of {@code template} (a Russian text under {@code notification/templates/}) with the values of
   * {@code model} to each of the users (Camunda user ids; users without an e-mail address are skipped and logged).
   */
  void notifyUsers(Collection<String> userIds, Kind kind, String template, Map<String, ?> model);

  /** The same to every member of a Camunda group. */
  void notifyGroup(String groupId, Kind kind, String template, Map<String, ?> model);
}

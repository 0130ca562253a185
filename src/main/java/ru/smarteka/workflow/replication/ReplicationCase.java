package ru.smarteka.workflow.replication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.identity.Groups;

/**
 * The replication request an instance runs, and what the model routes and times by, read from our tables and
 * settings: the request is the one whose «Хочу внедрить» started the instance, its moderator and recipient region are
 * the request's. Nothing here comes from a process variable a user could set. The model calls it in its expressions
 * ({@code ${replicationCase.moderator(execution)}}).
 */
@Component("replicationCase")
public class ReplicationCase {

  private final ReplicationLookup lookup;
  private final MilestoneReminders reminders;
  private final String evaluationDelay;

  ReplicationCase(ReplicationLookup lookup, MilestoneReminders reminders,
      @Value("${smarteka.replication.evaluation-delay}") String evaluationDelay) {
    this.lookup = lookup;
    this.reminders = reminders;
    this.evaluationDelay = evaluationDelay;
  }

  long requestId(DelegateExecution execution) {
    return lookup.runBy(execution.getProcessInstanceId()).id();
  }

  /** The replication moderator assigned to the request: every moderator task of it is theirs. */
  public String moderator(DelegateExecution execution) {
    return lookup.runBy(execution.getProcessInstanceId()).moderatorId();
  }

  /** The officials of the recipient region, who submit the roadmap, the reports and the evaluation. */
  public String recipientOfficials(DelegateExecution execution) {
    return Groups.officialsOf(lookup.runBy(execution.getProcessInstanceId()).recipientRegion());
  }

  /** How long after the confirmed implementation the evaluation opens (ISO-8601, a setting). */
  public String evaluationDelay(DelegateExecution execution) {
    return evaluationDelay;
  }

  /**
   * When to remind the recipient of the next milestone still ahead in the latest roadmap and not reminded of yet: the
   * lead time before it, at 09:00, but not in the past; never, when none is left.
   */
  public String nextReminderAt(DelegateExecution execution) {
    return reminders.nextReminderAt(requestId(execution));
  }
}

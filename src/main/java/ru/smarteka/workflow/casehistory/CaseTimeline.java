package ru.smarteka.workflow.casehistory;

import java.time.Instant;
import java.util.List;

/**
 * The whole history of one case, running or finished: the case, the process instances that ran it (its own and the
 * mail deliveries of its notifications), and one chronological list of what happened, with the details of every task,
 * decision, document and mail.
 */
public record CaseTimeline(CaseSummary header, List<Related> related, List<Instance> instances, List<Entry> entries,
    List<StatusChange> statusChanges, List<TaskRecord> tasks, List<Decision> decisions, List<Document> documents,
    List<Mail> notifications) {

  /** Another case this one is tied to (a practice's replication requests, a request's practice). */
  public record Related(String kind, String kindLabel, long id, String title, String statusLabel) {
  }

  /** A process instance of the case. */
  public record Instance(String id, String processKey, String processName, String businessKey, Instant startedAt,
      Instant endedAt, String state, String stateLabel) {
  }

  /** One line of the timeline; {@code type} says which list holds its details ({@code ref} there). */
  public record Entry(Instant at, String type, String typeLabel, String title, String actor, String note,
      String ref) {
  }

  /** A status change recorded by our tables: to which status, who, when, why. */
  public record StatusChange(Instant at, String status, String statusLabel, String actor, String reason) {
  }

  /** A user task from the engine's history. */
  public record TaskRecord(String id, String taskKey, String name, Instant createdAt, Instant dueAt,
      Instant claimedAt, String claimedBy, Instant endedAt, String completedBy, String assignee, String outcome,
      boolean overdue, String processInstanceId) {
  }

  /** A decision evaluated in the case, with what it was given, what it answered and the rules that matched. */
  public record Decision(String id, String decisionKey, String decisionName, Instant evaluatedAt, String activityId,
      List<Value> inputs, List<Value> outputs, List<Rule> matchedRules, String processInstanceId) {
  }

  /** An input or output of a decision: the column's label and the value, as text. */
  public record Value(String name, String value, String ruleId) {
  }

  /** A rule that matched: its id, its number in the table, its description and its conditions as written. */
  public record Rule(String id, Integer order, String description, List<String> conditions) {
  }

  /** A document of the case (its metadata; the file itself is read through the case's own API). */
  public record Document(long id, String fileName, String kind, String contentType, Long sizeBytes,
      String uploadedBy, Instant uploadedAt) {
  }

  /** A mail sent (or queued, skipped, uncertain) about the case. */
  public record Mail(long id, String kind, String template, String recipient, String subject, String status,
      String statusLabel, Instant createdAt, Instant sentAt, String taskId, String deliveryInstanceId) {
  }
}

package ru.smarteka.workflow.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert assigned to assess a practice in one expertise round; open ones are the expert's load. */
@Entity
@Table(name = "expert_assignment")
class ExpertAssignment {

  enum Status { ASSIGNED, ASSESSED, REPLACED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long practiceId;
  private int round;
  private String expertId;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String assignedBy;
  private Instant assignedAt;
  private Instant closedAt;
  /** The expert's assessment task, written when it is created: its completion is this assignment's assessment. */
  private String taskId;
  /** The assessment task ended without an assessment: overdue, or the review ended. */
  private boolean taskDeleted;
  /** The moderator's task to replace the expert, when the assessment was overdue. */
  private String reassignTaskId;
  /** Why fewer experts than the ceiling were assigned in the round. */
  private String assignmentNote;

  protected ExpertAssignment() {
  }

  ExpertAssignment(Long practiceId, int round, String expertId, String assignedBy, Instant assignedAt, String note) {
    this.practiceId = practiceId;
    this.round = round;
    this.expertId = expertId;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
    this.assignmentNote = note;
    this.status = Status.ASSIGNED;
  }

  void attachTask(String taskId) {
    this.taskId = taskId;
  }

  void taskDeleted() {
    this.taskDeleted = true;
  }

  boolean isTaskDeleted() {
    return taskDeleted;
  }

  void attachReassignment(String reassignTaskId) {
    this.reassignTaskId = reassignTaskId;
  }

  Long id() {
    return id;
  }

  Long practiceId() {
    return practiceId;
  }

  int round() {
    return round;
  }

  String taskId() {
    return taskId;
  }

  String reassignTaskId() {
    return reassignTaskId;
  }

  void close(Status status, Instant now) {
    this.status = status;
    this.closedAt = now;
  }

  String expertId() {
    return expertId;
  }

  Status status() {
    return status;
  }
}

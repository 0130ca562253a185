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

  protected ExpertAssignment() {
  }

  ExpertAssignment(Long practiceId, int round, String expertId, String assignedBy, Instant assignedAt) {
    this.practiceId = practiceId;
    this.round = round;
    this.expertId = expertId;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
    this.status = Status.ASSIGNED;
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

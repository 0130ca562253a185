package ru.smarteka.workflow.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a practice's status history: what, who, when, why. */
@Entity
@Table(name = "practice_status_change")
class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long practiceId;

  @Enumerated(EnumType.STRING)
  private PracticeStatus status;

  private String changedBy;
  private Instant changedAt;
  private String reason;

  protected StatusChange() {
  }

  StatusChange(Long practiceId, PracticeStatus status, String changedBy, Instant changedAt, String reason) {
    this.practiceId = practiceId;
    this.status = status;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  PracticeStatus status() {
    return status;
  }

  String changedBy() {
    return changedBy;
  }

  Instant changedAt() {
    return changedAt;
  }

  String reason() {
    return reason;
  }
}

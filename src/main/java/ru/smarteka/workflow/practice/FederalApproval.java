package ru.smarteka.workflow.practice;

import java.time.Instant;

/**
 * The practice's approval for mass replication by a federal body or State Council commission in a federal approval
 * round: shown with the practice («Одобрена к массовому тиражированию»), in the catalogue and to recipients.
 *
 * @param projectRecommendation the national or federal project the body recommended it for, if any
 */
public record FederalApproval(String status, String round, String body, Instant approvedAt, String conclusion,
    String projectRecommendation) {

  public static final String APPROVED = "Одобрена к массовому тиражированию";

  public FederalApproval(String round, String body, Instant approvedAt, String conclusion,
      String projectRecommendation) {
    this(APPROVED, round, body, approvedAt, conclusion, projectRecommendation);
  }
}

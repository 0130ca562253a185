package ru.smarteka.workflow.federal;

import java.time.Instant;
import java.util.List;

/**
 * The summary of a federal approval round (seed 001: «из 132 рассмотренных практик 82 успешно прошли экспертизу»):
 * practices in the round, reviewed (an outcome reached), approved for mass replication, not approved, left unreviewed
 * at the deadline, still in review; per reviewer its reviews and decisions, per category its practices.
 */
public record FederalRoundSummary(long roundId, String name, String status, Instant deadline, int practices,
    int reviewed, int approved, int notApproved, int notReviewed, int inReview, List<ByReviewer> byReviewer,
    List<ByCategory> byCategory) {

  public record ByReviewer(String code, String kind, String name, int assigned, int reviewed, int approved,
      int approvedWithRemarks, int declined, int recommendedForProjects) {
  }

  public record ByCategory(String categoryCode, String categoryName, int practices, int reviewed, int approved) {
  }
}

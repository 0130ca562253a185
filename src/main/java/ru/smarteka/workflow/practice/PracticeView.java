package ru.smarteka.workflow.practice;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A practice passport as the API shows it: the passport as its author fills it in ({@link PassportData}), what the
 * process adds to it, its documents (metadata only) and its dates. The API's JSON is flat: the passport's and the
 * dates' fields stand beside {@code id} and {@code status}.
 *
 * @param legacyCategoryCode the 2021 category code the author gave, when the category was named by it
 *     ({@code categoryCode} is then its 2026 category)
 * @param federalApproval «Одобрена к массовому тиражированию» by a federal body or commission, or null
 * @param contestAward the badge of a contest the practice won («Смарт Диалог»), recommended for adaptation, or null
 */
public record PracticeView(
    long id,
    long version,
    PracticeStatus status,
    @JsonUnwrapped PassportData passport,
    List<DocumentView> documents,
    int revisionRound,
    int replicationCount,
    List<EligibilityGround> eligibilityGrounds,
    Set<String> catalogueSections,
    @JsonUnwrapped Dates dates,
    String legacyCategoryCode,
    FederalApproval federalApproval,
    ContestAward contestAward) {

  /** Who created the practice and when it was created, last changed, submitted and published. */
  public record Dates(String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt,
      Instant publishedAt) {
  }
}

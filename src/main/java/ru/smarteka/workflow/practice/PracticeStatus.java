package ru.smarteka.workflow.practice;

/** Where a practice stands on its way from a draft to the catalogue (or off it). */
public enum PracticeStatus {
  /** Being filled in by its region; only the region sees it. */
  DRAFT(true),
  /** Submitted by the author, waiting for the eligibility check and the moderator's preliminary check. */
  SUBMITTED(false),
  /** The region meets none of the conditions under which it may submit practices. */
  NOT_ELIGIBLE(false),
  /** Returned to the author for revision, with the moderator's or the experts' remarks. */
  RETURNED_FOR_REVISION(true),
  /** Removed from review by the moderator at the preliminary check. */
  REMOVED(false),
  /** Being assessed by experts. */
  IN_EXPERTISE(false),
  /** Rejected by the expertise. */
  REJECTED(false),
  /** Sent to the secretary of the region's interdepartmental commission for confirmation. */
  AT_REGIONAL_CONFIRMATION(false),
  /** The region did not confirm that the practice exists as described. */
  NOT_CONFIRMED(false),
  /** Being copy-edited by an ASI editor. */
  IN_COPY_EDITING(false),
  /** In the catalogue, visible to every user. */
  PUBLISHED(false),
  /** Withdrawn by the author, or closed because the revision was not sent back in time. */
  WITHDRAWN(false);

  private final boolean editableByAuthor;

  PracticeStatus(boolean editableByAuthor) {
    this.editableByAuthor = editableByAuthor;
  }

  /** Whether the author may change the passport and its documents in this status. */
  public boolean isEditableByAuthor() {
    return editableByAuthor;
  }

  /** Whether the practice is still on its way (not published, not ended otherwise). */
  public boolean isUnderReview() {
    return this == SUBMITTED || this == RETURNED_FOR_REVISION || this == IN_EXPERTISE
        || this == AT_REGIONAL_CONFIRMATION || this == IN_COPY_EDITING;
  }
}

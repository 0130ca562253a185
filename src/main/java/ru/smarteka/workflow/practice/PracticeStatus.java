package ru.smarteka.workflow.practice;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a practice stands on its way from a draft to the catalogue (or off it), and where it may go from there: a
 * status changes only along {@link #next()}, whoever asks.
 */
public enum PracticeStatus {
  /** Being filled in by its region; only the region sees it. */
  DRAFT(true, "черновик"),
  /** Submitted by the author, waiting for the eligibility check and the moderator's preliminary check. */
  SUBMITTED(false, "подана на рассмотрение"),
  /** The region meets none of the conditions under which it may submit practices. */
  NOT_ELIGIBLE(false, "регион не соответствует условиям приёма"),
  /** Returned to the author for revision, with the moderator's or the experts' remarks. */
  RETURNED_FOR_REVISION(true, "возвращена на доработку"),
  /** Removed from review by the moderator at the preliminary check. */
  REMOVED(false, "снята с рассмотрения"),
  /** Being assessed by experts. */
  IN_EXPERTISE(false, "принята и направлена на экспертизу"),
  /** Rejected by the expertise. */
  REJECTED(false, "отклонена по итогам экспертизы"),
  /** Sent to the secretary of the region's interdepartmental commission for confirmation. */
  AT_REGIONAL_CONFIRMATION(false, "направлена на подтверждение в регион"),
  /** The region did not confirm that the practice exists as described. */
  NOT_CONFIRMED(false, "не подтверждена регионом"),
  /** Being copy-edited by an ASI editor. */
  IN_COPY_EDITING(false, "подтверждена регионом и передана на редактирование"),
  /** In the catalogue, visible to every user. */
  PUBLISHED(false, "опубликована в каталоге"),
  /** Withdrawn by the author, or closed because the revision was not sent back in time. */
  WITHDRAWN(false, "отозвана");

  private final boolean editableByAuthor;
  private final String label;

  PracticeStatus(boolean editableByAuthor, String label) {
    this.editableByAuthor = editableByAuthor;
    this.label = label;
  }

  /** The statuses a practice in this one may move to; none once its review has ended. */
  public Set<PracticeStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED);
      case SUBMITTED -> EnumSet.of(NOT_ELIGIBLE, IN_EXPERTISE, RETURNED_FOR_REVISION, REMOVED, WITHDRAWN);
      case RETURNED_FOR_REVISION -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case IN_EXPERTISE -> EnumSet.of(AT_REGIONAL_CONFIRMATION, RETURNED_FOR_REVISION, REJECTED, WITHDRAWN);
      case AT_REGIONAL_CONFIRMATION -> EnumSet.of(IN_COPY_EDITING, NOT_CONFIRMED, WITHDRAWN);
      case IN_COPY_EDITING -> EnumSet.of(PUBLISHED, WITHDRAWN);
      case NOT_ELIGIBLE, REMOVED, REJECTED, NOT_CONFIRMED, PUBLISHED, WITHDRAWN -> EnumSet.noneOf(PracticeStatus.class);
    };
  }

  public boolean canBecome(PracticeStatus target) {
    return next().contains(target);
  }

  /** The status as people read it: «возвращена на доработку». */
  public String label() {
    return label;
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

package ru.smarteka.workflow.practice;

/** Where a practice stands. The publication process adds its review states as it is built. */
public enum PracticeStatus {
  /** Being filled in by its region; only the region sees it. */
  DRAFT,
  /** Submitted by the author: complete, no longer editable by the author. */
  SUBMITTED,
  /** In the catalogue, visible to every user. */
  PUBLISHED
}

package ru.smarteka.workflow.practice;

import java.time.Instant;

/**
 * The practice's win in a contest («Смарт Диалог»): the badge shown with the practice and in the catalogue. A winner
 * is recommended for adaptation to regional implementation: a replication may be started from it.
 *
 * @param kind the working group's win, the residents' vote, or both
 */
public record ContestAward(String badge, long contestId, String contest, String nomination, String kind, Instant awardedAt,
    boolean recommendedForAdaptation) {

  public ContestAward(long contestId, String contest, String nomination, String kind, Instant awardedAt) {
    this("Победитель конкурса «" + contest + "»", contestId, contest, nomination, kind, awardedAt, true);
  }
}

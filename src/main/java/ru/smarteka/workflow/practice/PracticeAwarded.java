package ru.smarteka.workflow.practice;

/** Published in the transaction in which a contest's results gave the published practice its badge. */
public record PracticeAwarded(long practiceId, ContestAward award) {
}

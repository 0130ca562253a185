package ru.smarteka.workflow.publication;

import java.time.Instant;

/** An expert's assessment as the API shows it to moderators and auditors. */
public record AssessmentView(int round, String expertId, Scores scores, String comment, Instant assessedAt) {
}

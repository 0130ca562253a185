package ru.smarteka.workflow.practice;

/**
 * Published in the transaction in which a federal approval round's approval for mass replication is kept with a
 * practice: what shows the practice as «Одобрена к массовому тиражированию» changed.
 */
public record PracticeFederalApprovalRecorded(long practiceId) {
}

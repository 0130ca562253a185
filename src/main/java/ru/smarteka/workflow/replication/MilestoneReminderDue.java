package ru.smarteka.workflow.replication;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A milestone of an approved roadmap is near: the recipient region's officials are to be reminded of it (once per
 * milestone; the notification module mails them). {@code reportTaskId} is the open progress report task, if any.
 */
@NamedInterface("events")
public record MilestoneReminderDue(long requestId, long practiceId, String practiceTitle, String recipientRegion,
    String recipientRegionName, String milestone, LocalDate dueDate, String responsible, String reportTaskId) {
}

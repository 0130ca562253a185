package ru.smarteka.workflow.replication;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A task of a replication waits for the recipient region's officials past its due date: its moderator is to be told
 * (the notification module mails them, once per task). Published by {@link ReplicationEscalations}.
 */
@NamedInterface("events")
public record ReplicationTaskOverdue(long requestId, String recipientRegion, String moderatorId, String taskId,
    String taskName, String processDefinitionId, Instant dueDate) {
}

package ru.smarteka.workflow.replication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smarteka.replication.escalation.*}: how often overdue region tasks of replications are escalated.
 *
 * @param cron when the escalation job runs
 * @param schedulingEnabled whether it runs by itself (tests call it)
 * @param lockAtMost the longest a node holds the job's lock: if it dies while running the job, the other nodes run
 *     it again only after this
 * @param lockAtLeast the shortest a node holds it, even when done sooner: a node whose clock is behind does not run
 *     the same hour's job again
 */
@ConfigurationProperties("smarteka.replication.escalation")
record EscalationProperties(@DefaultValue("0 0 * * * *") String cron, @DefaultValue("true") boolean schedulingEnabled,
    @DefaultValue("PT30M") Duration lockAtMost, @DefaultValue("PT1M") Duration lockAtLeast) {
}

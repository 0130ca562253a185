package ru.smarteka.workflow.replication;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.engine.EngineAsApplication;

/**
 * The escalation job of replications ({@link Schedule} runs it on every node; tests call it): overdue region tasks
 * go to their moderators ({@link OverdueRegionTasks}). It runs on one node at a time: {@link #run()} first takes the
 * database lock {@value #LOCK} (a {@code shedlock} row); a node that finds it taken does nothing this time.
 */
@Service
@EnableConfigurationProperties(EscalationProperties.class)
public class ReplicationEscalations {

  static final String LOCK = "replication-escalation-job";

  private static final Logger log = LoggerFactory.getLogger(ReplicationEscalations.class);

  private final OverdueRegionTasks overdue;
  private final LockProvider locks;
  private final TransactionTemplate transaction;
  private final IdentityService identityService;
  private final EscalationProperties properties;
  private final Clock clock;

  ReplicationEscalations(OverdueRegionTasks overdue, LockProvider locks, PlatformTransactionManager transactions,
      IdentityService identityService, EscalationProperties properties, Clock clock) {
    this.overdue = overdue;
    this.locks = locks;
    this.transaction = new TransactionTemplate(transactions);
    this.identityService = identityService;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The escalations as of now, in one transaction, unless another node holds the job's lock.
   *
   * @return whether this call did the work
   */
  public boolean run() {
    Instant now = clock.instant();
    Optional<SimpleLock> lock = locks.lock(new LockConfiguration(now, LOCK, properties.lockAtMost(),
        properties.lockAtLeast()));
    if (lock.isEmpty()) {
      log.info("Replication escalation job not run: another node holds its lock");
      return false;
    }
    try {
      int escalated = transaction.execute(status -> EngineAsApplication.run(identityService,
          () -> overdue.escalate(now)));
      log.debug("Replication escalations: {} overdue region tasks", escalated);
      return true;
    } finally {
      lock.get().unlock();
    }
  }

  /** Runs the job on {@code smarteka.replication.escalation.cron} (off in tests, which call it themselves). */
  @Component
  @ConditionalOnProperty(name = "smarteka.replication.escalation.scheduling-enabled", havingValue = "true",
      matchIfMissing = true)
  static class Schedule {

    private final ReplicationEscalations escalations;

    Schedule(ReplicationEscalations escalations) {
      this.escalations = escalations;
    }

    @Scheduled(cron = "${smarteka.replication.escalation.cron:0 0 * * * *}")
    void run() {
      escalations.run();
    }
  }
}

package ru.smarteka.workflow.engine;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sets the history time to live of every deployed process and decision definition from the retention policy
 * ({@link RetentionProperties}), through the engine's public {@link RepositoryService}: at start, before the demo or
 * anyone starts an instance, and again every hour for versions a process owner deployed meanwhile (whose model may
 * carry another value). The history cleanup (removal-time based, in the night window of {@code camunda.bpm}'s
 * generic properties) then removes what outlived it. The removal time is written when an instance starts
 * ({@code history-removal-time-strategy: start}): a changed policy applies to instances started after the change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(RetentionProperties.class)
public class HistoryRetention implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final RetentionProperties retention;

  HistoryRetention(RepositoryService repository, RetentionProperties retention) {
    this.repository = repository;
    this.retention = retention;
  }

  @Override
  public void run(ApplicationArguments args) {
    int changed = apply();
    log.info("History retention: cases {} days, internal processes {} days ({}); {} definitions updated",
        retention.caseHistoryDays(), retention.internalHistoryDays(), retention.internalProcesses(), changed);
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
  void reapply() {
    int changed = apply();
    if (changed > 0) {
      log.info("History retention applied to {} newly deployed definitions", changed);
    }
  }

  /** Brings every definition's time to live to the policy; returns how many were changed. */
  public int apply() {
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      int days = retention.daysFor(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), retention.caseHistoryDays())) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), retention.caseHistoryDays());
        changed++;
      }
    }
    return changed;
  }
}

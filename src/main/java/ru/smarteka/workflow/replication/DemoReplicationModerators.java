package ru.smarteka.workflow.replication;

import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: which demo moderators take which categories' replications. Idempotent. */
@Component
@Profile("demo")
@Order(210)
class DemoReplicationModerators implements ApplicationRunner {

  private final ReplicationService replications;

  DemoReplicationModerators(ReplicationService replications) {
    this.replications = replications;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (replications.hasModeratorCategories()) {
      return;
    }
    replications.setModeratorCategories("moderator1",
        Set.of("HEALTHCARE", "SOCIAL_SUPPORT", "EDUCATION", "HUMAN_RESOURCES", "GOVERNANCE"));
    replications.setModeratorCategories("moderator2",
        Set.of("ECOLOGY", "TOURISM", "ENTREPRENEURSHIP", "COMFORTABLE_ENVIRONMENT", "CREATIVE_ECONOMY", "GOVERNANCE"));
  }
}

package ru.smarteka.workflow.publication;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the profiles of the demo experts (expert1 … expert5), so that a practice of each category
 * finds experts from other regions. Idempotent.
 */
@Component
@Profile("demo")
@Order(200)
class DemoExperts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

  static final List<ExpertProfile> PROFILES = List.of(
      new ExpertProfile("expert1", "Волков Алексей", "72",
          Set.of("HEALTHCARE", "EDUCATION", "SOCIAL_SUPPORT", "GOVERNANCE"), true),
      new ExpertProfile("expert2", "Миронова Ольга", "16",
          Set.of("HEALTHCARE", "ECOLOGY", "TOURISM", "ENTREPRENEURSHIP", "GOVERNANCE"), true),
      new ExpertProfile("expert3", "Зайцев Дмитрий", "77",
          Set.of("HEALTHCARE", "COMFORTABLE_ENVIRONMENT", "EDUCATION", "CREATIVE_ECONOMY", "HUMAN_RESOURCES"), true),
      new ExpertProfile("expert4", "Кузнецова Елена", "28",
          Set.of("HEALTHCARE", "SOCIAL_SUPPORT", "EDUCATION", "ENTREPRENEURSHIP"), true),
      new ExpertProfile("expert5", "Соловьёв Николай", "54",
          Set.of("HEALTHCARE", "ECOLOGY", "TOURISM", "SOCIAL_SUPPORT", "ENTREPRENEURSHIP", "COMFORTABLE_ENVIRONMENT",
              "EDUCATION", "CREATIVE_ECONOMY", "HUMAN_RESOURCES", "GOVERNANCE"), true));

  private final ExpertService experts;

  DemoExperts(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!experts.profiles().isEmpty()) {
      return;
    }
    PROFILES.forEach(p -> experts.saveProfile(p.userId(), p));
    log.info("Demo data: {} expert profiles created", PROFILES.size());
  }
}

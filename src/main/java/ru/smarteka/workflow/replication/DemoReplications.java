package ru.smarteka.workflow.replication;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeFilter;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;

/**
 * Demo profile only, at the first start: Tyumen (official72) presses «Хочу внедрить» on the published demo practice
 * of Amur, so moderator1 finds a request to screen in Tasklist.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "smarteka.demo.practices", havingValue = "true", matchIfMissing = true)
@Order(400)
class DemoReplications implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoReplications.class);
  private static final CurrentUser ADMIN = CurrentUser.of("demo", List.of("camunda-admin"));

  private final ReplicationService replications;
  private final PracticeService practices;
  private final IdentityService identityService;

  DemoReplications(ReplicationService replications, PracticeService practices, IdentityService identityService) {
    this.replications = replications;
    this.practices = practices;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (replications.list(ADMIN, null, null, PageRequest.of(0, 1)).getTotalElements() == 0) {
      requestTheLatestPublishedPracticeOfAmur();
    }
  }

  /** official72 requests the most recently published practice of Amur; its id, or null when there is none. */
  Long requestTheLatestPublishedPracticeOfAmur() {
    var published = practices.list(ADMIN, new PracticeFilter("28", null, null, PracticeStatus.PUBLISHED),
        PageRequest.of(0, 1, org.springframework.data.domain.Sort.by("publishedAt").descending())).getContent();
    if (published.isEmpty()) {
      return null;
    }
    long practiceId = published.get(0).id();
    return EngineAsUser.run(identityService, "official72", () -> {
      ReplicationView request = replications.request(EngineAsUser.user(identityService, "official72"), new RequestData(practiceId, "72",
          "Департамент здравоохранения Тюменской области", "Директор департамента",
          "Департамент здравоохранения Тюменской области", PositionLevel.HEAD_OF_EXECUTIVE_BODY,
          "dzo@72.example.ru", "+7 (3452) 50-00-00", true, true, true));
      log.info("Demo data: replication request {} of practice {} by Tyumen", request.id(), request.practiceId());
      return request.id();
    });
  }
}

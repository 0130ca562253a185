package ru.smarteka.workflow.replication;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The replication process tests must take every flow node and sequence flow of the model. */
@TestConfiguration(proxyBeanMethods = false)
class ReplicationCoverage {

  @Bean
  @Primary
  ProcessEngineCoverageProperties replicationCoverage() {
    return ProcessEngineCoverageProperties.Companion.builder()
        // the mails these tests queue start notification-delivery, whose tests are NotificationDeliveryTests
        .excludeProcessDefinitionKeys("notification-delivery", "practice-publication")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  /**
   * The suite's default coverage settings ({@code CoverageSettings}) are {@code @Primary} too: with two primary beans
   * the coverage listener's lookup fails, it falls back to its defaults and the threshold above is silently ignored.
   * In this context the threshold is the primary one.
   */
  @Bean
  static BeanFactoryPostProcessor replicationCoverageIsThePrimaryOne() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanNamesForType(ProcessEngineCoverageProperties.class, true, false)) {
        if (!name.equals("replicationCoverage")) {
          beanFactory.getBeanDefinition(name).setPrimary(false);
        }
      }
    };
  }
}

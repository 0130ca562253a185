package ru.smarteka.workflow.notification;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The delivery tests must take every flow node and sequence flow of {@code notification-delivery}. */
@TestConfiguration(proxyBeanMethods = false)
class NotificationCoverage {

  @Bean
  @Primary
  ProcessEngineCoverageProperties notificationCoverage() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .excludeProcessDefinitionKeys("practice-publication", "practice-replication")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}

package ru.smarteka.workflow.publication;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The publication process tests must take every flow node and sequence flow of the model. */
@TestConfiguration(proxyBeanMethods = false)
class PublicationCoverage {

  @Bean
  @Primary
  ProcessEngineCoverageProperties publicationCoverage() {
    return ProcessEngineCoverageProperties.Companion.builder()
        // the mails these tests queue start notification-delivery, whose tests are NotificationDeliveryTests
        .excludeProcessDefinitionKeys("notification-delivery")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}

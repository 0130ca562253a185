package ru.smarteka.workflow.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

  @Bean
  MailTemplates mailTemplates(NotificationProperties properties) {
    return new MailTemplates(properties.strict());
  }
}

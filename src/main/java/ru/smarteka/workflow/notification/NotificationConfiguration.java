package ru.smarteka.workflow.notification;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

  @Bean
  MailTemplates mailTemplates(NotificationProperties properties) {
    return new MailTemplates(properties.strict());
  }

  /**
   * The lock of the deadline job: a row of {@code shedlock} taken and released in transactions of their own, its
   * times in the database's clock (H2 and PostgreSQL), so nodes whose clocks differ still agree.
   */
  @Bean
  LockProvider deadlineJobLock(DataSource dataSource, PlatformTransactionManager transactions) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource))
        .withTransactionManager(transactions)
        .withTableName("shedlock")
        .usingDbTime()
        .build());
  }
}

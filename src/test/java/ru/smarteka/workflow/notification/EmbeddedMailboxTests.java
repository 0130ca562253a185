package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/**
 * The demo's embedded mailbox: chosen only when the demo profile has no mail server configured, and reached through
 * the real SMTP path ({@link SmtpMailer}) unchanged.
 */
class EmbeddedMailboxTests {

  private static MockEnvironment demo() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");
    return environment;
  }

  private static void process(MockEnvironment environment) {
    new EmbeddedMailboxEnvironment().postProcessEnvironment(environment, new SpringApplication());
  }

  @Test
  void demoWithoutAMailServerSendsToAFreeLocalPort() {
    MockEnvironment environment = demo();
    process(environment);
    int port = environment.getProperty(EmbeddedMailboxEnvironment.PORT, Integer.class);
    assertThat(port).isPositive().isNotEqualTo(EmbeddedMailboxEnvironment.DEFAULT_PORT);
    assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(port);
    assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
  }

  @Test
  void aConfiguredServerTheEmbeddedSwitchOrAnotherProfileLeaveTheMailSettingsAlone() {
    MockEnvironment mailpit = demo().withProperty("spring.mail.host", "mailpit");
    MockEnvironment port = demo().withProperty("spring.mail.port", "2525");
    MockEnvironment off = demo().withProperty("smarteka.mail.embedded", "false");
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("postgres");
    for (MockEnvironment environment : new MockEnvironment[] {mailpit, port, off, production}) {
      process(environment);
      assertThat(environment.containsProperty(EmbeddedMailboxEnvironment.PORT)).isFalse();
    }
    assertThat(mailpit.getProperty("spring.mail.host")).isEqualTo("mailpit");
    assertThat(port.getProperty("spring.mail.port")).isEqualTo("2525");
  }

  @Test
  void aMailSentThroughTheSmtpMailerLandsInTheMailbox() throws Exception {
    MockEnvironment environment = demo();
    process(environment);
    int port = environment.getProperty(EmbeddedMailboxEnvironment.PORT, Integer.class);
    EmbeddedMailbox mailbox = new EmbeddedMailbox(port);
    mailbox.start();
    try {
      JavaMailSenderImpl settings = new JavaMailSenderImpl();
      settings.setHost(environment.getProperty("spring.mail.host"));
      settings.setPort(port);
      settings.setDefaultEncoding("UTF-8");
      SmtpMailer mailer = new SmtpMailer(settings);
      MimeMessage message = mailer.message("<notification-1.1@smarteka.example>");
      message.setFrom(new InternetAddress("noreply@smarteka.example"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("official28@example.ru"));
      message.setSubject("Новая задача: Провести предварительную проверку", "UTF-8");
      message.setText("Практика «Выездные бригады» ждёт проверки.", "UTF-8");
      try (SmtpMailer.Connection connection = mailer.connect()) {
        connection.send(message);
      }

      assertThat(mailbox.mails()).singleElement().satisfies(mail -> {
        assertThat(mail.messageId()).isEqualTo("<notification-1.1@smarteka.example>");
        assertThat(mail.to()).containsExactly("official28@example.ru");
        assertThat(mail.subject()).isEqualTo("Новая задача: Провести предварительную проверку");
        assertThat(mail.text()).contains("Выездные бригады");
      });
    } finally {
      mailbox.stop();
    }
    assertThat(mailbox.isRunning()).isFalse();
  }
}

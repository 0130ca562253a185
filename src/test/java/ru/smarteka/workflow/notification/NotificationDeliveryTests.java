package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The outbox and {@code notification-delivery}: queued in the caller's transaction, sent after it by an asynchronous
 * step, retried while the mail server is down, an incident when it stays down, delivered when it is back. Coverage of
 * the delivery process is asserted at 100%.
 */
@IntegrationTest
@Import(NotificationCoverage.class)
class NotificationDeliveryTests {

  static final Map<String, Object> DECISION = Map.of("practiceId", 7, "title", "Выездные врачебные бригады",
      "status", "опубликована в каталоге", "reasonLine", "", "link", "http://localhost:8080/api/practices/7");

  @Autowired ProcessEngine engine;
  @Autowired Notifications notifications;
  @Autowired NotificationRepository outbox;
  @Autowired MailDelivery delivery;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TransactionTemplate transactions;
  @Autowired MailProperties mailProperties;

  MailServer mail;
  Deliveries deliveries;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    mail = new MailServer(mailProperties);
    deliveries = new Deliveries(runtimeService, managementService);
  }

  @AfterEach
  void stopMail() {
    mail.stop();
  }

  List<Notification> queue(String... users) {
    long before = outbox.count();
    transactions.executeWithoutResult(tx -> notifications.notifyUsers(List.of(users),
        Notifications.Kind.DECISION, DecisionNotifications.TEMPLATE_PRACTICE, DECISION));
    List<Notification> all = outbox.findAll(org.springframework.data.domain.Sort.by("id"));
    return all.subList((int) before, all.size());
  }

  @Test
  void queuedMailIsSentAfterTheCommitByItsOwnProcessAndOnlyOnce() throws Exception {
    mail.start();
    Notification queued = queue("editor").get(0);
    assertThat(queued.status()).isEqualTo(NotificationStatus.QUEUED);
    assertThat(queued.recipientEmail()).isEqualTo("editor@smarteka.example");
    ProcessInstance pi = deliveries.instance(queued);
    assertThat(pi).isWaitingAt(NotificationDelivery.TASK_SEND_MAIL);
    assertThat(mail.received()).as("nothing is sent inside the caller's transaction").isEmpty();

    deliveries.deliver(queued);

    assertThat(pi).isEnded().hasPassed(NotificationDelivery.START_QUEUED, NotificationDelivery.TASK_SEND_MAIL,
        NotificationDelivery.END_SENT);
    Notification sent = outbox.findById(queued.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.sentAt()).isNotNull();
    var message = mail.to("editor@smarteka.example");
    assertThat(MailServer.subject(message)).isEqualTo("Практика «Выездные врачебные бригады»: опубликована в каталоге");
    assertThat(message.getFrom()[0].toString()).contains("noreply@smarteka.example");
    assertThat(MailServer.body(message)).contains("Здравствуйте, Мария Лебедева!")
        .contains("http://localhost:8080/api/practices/7");

    delivery.send(queued.id());
    assertThat(mail.received()).as("a retried job after a success sends nothing again").hasSize(1);
  }

  @Test
  void nothingIsQueuedWhenTheCallersWorkRollsBack() {
    long rows = outbox.count();
    long deliveriesRunning = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(NotificationDelivery.KEY).count();
    transactions.executeWithoutResult(tx -> {
      notifications.notifyGroup("asi-moderators", Notifications.Kind.DECISION,
          DecisionNotifications.TEMPLATE_PRACTICE, DECISION);
      tx.setRollbackOnly();
    });
    assertThat(outbox.count()).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY).count())
        .isEqualTo(deliveriesRunning);
  }

  @Test
  void mailServerOutageBecomesAnIncidentAndRecoveryLosesNothing() {
    List<Notification> queued = queue("moderator1", "moderator2");   // no mail server listening
    for (Notification notification : queued) {
      for (int attempt = 1; attempt <= 3; attempt++) {
        String jobId = deliveries.job(notification).getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId)).as("attempt %d", attempt).isNotNull();
      }
      Job job = deliveries.job(notification);
      assertThat(job.getRetries()).isZero();
      assertThat(job.getExceptionMessage()).isNotBlank();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(deliveries.instance(notification).getId())
          .activityId(NotificationDelivery.TASK_SEND_MAIL).count()).as("an incident in Cockpit").isOne();
    }
    assertThat(queued).extracting(n -> outbox.findById(n.id()).orElseThrow().status())
        .containsOnly(NotificationStatus.QUEUED);

    mail.start();
    for (Notification notification : queued) {
      Job job = deliveries.job(notification);
      managementService.setJobRetries(job.getId(), 1);   // Cockpit's «Повторить»
      managementService.executeJob(job.getId());
      assertThat(deliveries.instance(notification)).isNull();
    }

    assertThat(queued).extracting(n -> outbox.findById(n.id()).orElseThrow().status())
        .containsOnly(NotificationStatus.SENT);
    assertThat(mail.received()).hasSize(2);
    mail.to("moderator1@smarteka.example");
    mail.to("moderator2@smarteka.example");
  }

  @Test
  void usersWithoutAnAddressAreSkipped() {
    long rows = outbox.count();
    transactions.executeWithoutResult(tx -> notifications.notifyUsers(List.of("nobody-here"),
        Notifications.Kind.DECISION, DecisionNotifications.TEMPLATE_PRACTICE, DECISION));
    assertThat(outbox.count()).isEqualTo(rows);
  }
}

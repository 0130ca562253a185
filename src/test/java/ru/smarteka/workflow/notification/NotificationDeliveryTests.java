package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The outbox and {@code notification-delivery}: queued in the caller's transaction, sent after it by an asynchronous
 * step, retried while the mail server is down, an incident when it stays down, delivered when it is back; sent at
 * most once whatever fails after the server took it, an interrupted attempt left to an administrator. Every flow node
 * and sequence flow of the delivery process is taken (the coverage gate at verify).
 */
@IntegrationTest
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
  @LocalServerPort int port;

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
  void aDeliveryStartedBeforeTheKeysHadAPrefixStillSendsItsBatch() throws Exception {
    mail.start();
    Notification queued = queue("editor").get(0);
    assertThat(deliveries.instance(queued).getBusinessKey()).isEqualTo("mail-" + queued.batchId());
    // as a delivery started before the keys had a prefix: its business key is the batch's bare number
    runtimeService.deleteProcessInstance(deliveries.instance(queued).getId(), "replaced by a delivery of the old key");
    ProcessInstance legacy = runtimeService.startProcessInstanceByKey(NotificationDelivery.KEY,
        String.valueOf(queued.batchId()));

    managementService.executeJob(managementService.createJobQuery().processInstanceId(legacy.getId()).singleResult()
        .getId());

    assertThat(legacy).isEnded().hasPassed(NotificationDelivery.END_SENT);
    assertThat(outbox.findById(queued.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    assertThat(MailServer.subject(mail.to("editor@smarteka.example")))
        .isEqualTo("Практика «Выездные врачебные бригады»: опубликована в каталоге");
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
  void mailAcceptedByTheServerIsNotSentAgainWhenTheJobsCommitIsLost() {
    mail.start();
    Notification queued = queue("expert1").get(0);
    String jobId = deliveries.job(queued).getId();
    // the mail goes out, then the job's transaction fails to commit (a cut connection, a killed node before the
    // commit): the job runs in a transaction of ours that is rolled back after it
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      managementService.executeJob(jobId);
      throw new IllegalStateException("Соединение с базой данных потеряно");
    })).hasMessageContaining("потеряно");
    assertThat(mail.received()).hasSize(1);
    assertThat(deliveries.instance(queued)).as("the engine rolled its step back").isNotNull();

    managementService.executeJob(jobId);   // the job runs again, as after its lock expired

    assertThat(deliveries.instance(queued)).isNull();
    assertThat(outbox.findById(queued.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    assertThat(mail.received()).as("at most once").hasSize(1);
  }

  @Test
  void everyMailCarriesAMessageIdOfItsOwnThatStaysTheSame() throws Exception {
    mail.start();
    List<Notification> queued = queue("expert2", "expert3");
    deliveries.deliver(queued);
    String first = mail.to("expert2@smarteka.example").getMessageID();
    String second = mail.to("expert3@smarteka.example").getMessageID();
    assertThat(first).isEqualTo(MailDelivery.messageId(outbox.findById(queued.get(0).id()).orElseThrow(),
        "smarteka.example")).startsWith("<notification-" + queued.get(0).id() + ".").endsWith("@smarteka.example>");
    assertThat(second).startsWith("<notification-" + queued.get(1).id() + ".").isNotEqualTo(first);
  }

  /** As if a delivery attempt had claimed the mail and died (a killed node) before its SENT mark. */
  void claimedByAnAttemptThatDied(Notification notification) {
    transactions.executeWithoutResult(tx -> outbox.claim(notification.id(), Instant.now()));
  }

  Notification reloaded(Notification notification) {
    return outbox.findById(notification.id()).orElseThrow();
  }

  @Test
  void aMailWhoseAttemptDiedAfterItsClaimIsUncertainAndSentAgainOnlyWhenAnAdministratorSaysSo() throws Exception {
    mail.start();
    Notification queued = queue("expert4").get(0);
    claimedByAnAttemptThatDied(queued);
    String messageId = delivery.messageId(reloaded(queued));

    for (int attempt = 1; attempt <= 3; attempt++) {
      String jobId = deliveries.job(queued).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).as("attempt %d", attempt)
          .isInstanceOf(DeliveryUncertainException.class).hasMessageContaining("не отправляется повторно")
          .hasMessageContaining(messageId).hasMessageContaining("/api/admin/notifications/" + queued.id() + "/resend");
    }
    assertThat(mail.received()).as("never sent blindly").isEmpty();
    Notification uncertain = reloaded(queued);
    assertThat(uncertain.status()).isEqualTo(NotificationStatus.UNCERTAIN);
    assertThat(uncertain.statusReason()).contains("прервалась до отметки об отправке");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(deliveries.instance(queued).getId())
        .singleResult().getIncidentMessage()).as("an incident in Cockpit says why").contains(messageId);

    String resend = "/api/admin/notifications/" + queued.id() + "/resend";
    assertThat(Api.anonymous(port).postJson(resend, "{}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(port, "moderator1").postJson(resend, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "moderator1").get("/api/admin/notifications/uncertain").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reloaded(queued).status()).isEqualTo(NotificationStatus.UNCERTAIN);

    Api admin = Api.as(port, "demo");
    assertThat(admin.get("/api/admin/notifications/uncertain").getBody())
        .contains("\"id\":" + queued.id()).contains(messageId).contains("expert4@smarteka.example");
    var decided = admin.postJson(resend, "{}");
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decided.getBody()).contains("\"status\":\"QUEUED\"").contains("Отправить снова решил demo");
    Job job = deliveries.job(queued);
    assertThat(job.getRetries()).as("the incident's job runs again").isOne();
    managementService.executeJob(job.getId());

    assertThat(deliveries.instance(queued)).isNull();
    assertThat(reloaded(queued).status()).isEqualTo(NotificationStatus.SENT);
    assertThat(mail.to("expert4@smarteka.example").getMessageID()).as("the same Message-ID").isEqualTo(messageId);
    assertThat(admin.postJson(resend, "{}").getStatusCode()).as("no longer uncertain").isEqualTo(HttpStatus.CONFLICT);
    assertThat(admin.postJson("/api/admin/notifications/999999999/delivered", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anUncertainMailAnAdministratorConfirmsAsDeliveredIsNotSent() {
    mail.start();
    Notification queued = queue("expert5").get(0);
    claimedByAnAttemptThatDied(queued);
    String jobId = deliveries.job(queued).getId();
    assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(DeliveryUncertainException.class);

    var decided = Api.as(port, "demo").postJson("/api/admin/notifications/" + queued.id() + "/delivered", "{}");
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decided.getBody()).contains("\"status\":\"SENT\"").contains("Доставку подтвердил demo");
    managementService.executeJob(jobId);

    assertThat(deliveries.instance(queued)).isNull();
    assertThat(reloaded(queued).status()).isEqualTo(NotificationStatus.SENT);
    assertThat(mail.received()).isEmpty();
  }

  @Test
  void connectionLostAfterTheDataWentOverLeavesTheMailUncertainAndItIsNotSentAgain() throws Exception {
    Notification queued = queue("editor").get(0);
    try (var server = new ScriptedSmtpServer(mailProperties.getPort(), ScriptedSmtpServer.AtEndOfData.HANG_UP)) {
      String jobId = deliveries.job(queued).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(DeliveryUncertainException.class)
          .hasMessageContaining("Связь с почтовым сервером прервалась во время передачи письма");
      assertThat(reloaded(queued).status()).isEqualTo(NotificationStatus.UNCERTAIN);
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(DeliveryUncertainException.class);
      assertThat(server.messagesReceived()).as("the server may have the mail: it is not sent twice").isOne();
    }
  }

  @Test
  void aMailTheServerRefusedStaysQueuedAndGoesOutOnceOnTheRetry() throws Exception {
    Notification queued = queue("moderator2").get(0);
    String jobId = deliveries.job(queued).getId();
    try (var server = new ScriptedSmtpServer(mailProperties.getPort(), ScriptedSmtpServer.AtEndOfData.REFUSE)) {
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("не принял письмо")
          .hasMessageContaining("554");
      assertThat(server.messagesReceived()).isOne();
    }
    Notification refused = reloaded(queued);
    assertThat(refused.status()).as("nothing went out: the retry may send it").isEqualTo(NotificationStatus.QUEUED);
    assertThat(refused.claimedAt()).isNull();

    mail.start();
    managementService.executeJob(jobId);
    assertThat(deliveries.instance(queued)).isNull();
    assertThat(reloaded(queued).status()).isEqualTo(NotificationStatus.SENT);
    mail.to("moderator2@smarteka.example");
    assertThat(mail.received()).hasSize(1);
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
    Notification first = queued.get(0);
    assertThat(deliveries.job(first).getRetries()).as("R3/PT5M").isEqualTo(3);
    for (int attempt = 1; attempt <= 3; attempt++) {
      String jobId = deliveries.job(first).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).as("attempt %d", attempt)
          .hasMessageContaining("Почтовый сервер недоступен");
      assertThat(deliveries.job(first).getRetries()).as("R3: 3 attempts in all, the first included")
          .isEqualTo(3 - attempt);
    }
    Job job = deliveries.job(first);
    assertThat(job.getRetries()).isZero();
    assertThat(job.getExceptionMessage()).isNotBlank();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(deliveries.instance(first).getId())
        .activityId(NotificationDelivery.TASK_SEND_MAIL).count()).as("an incident in Cockpit").isOne();
    assertThat(queued).extracting(n -> outbox.findById(n.id()).orElseThrow().status())
        .containsOnly(NotificationStatus.QUEUED);

    mail.start();
    managementService.setJobRetries(job.getId(), 1);   // Cockpit's «Повторить»
    managementService.executeJob(job.getId());
    assertThat(deliveries.instance(first)).isNull();

    assertThat(queued).extracting(n -> outbox.findById(n.id()).orElseThrow().status())
        .containsOnly(NotificationStatus.SENT);
    assertThat(mail.received()).hasSize(2);
    mail.to("moderator1@smarteka.example");
    mail.to("moderator2@smarteka.example");
  }

  @Test
  void theMailsQueuedTogetherAreOneDeliveryOverOneConnection() throws Exception {
    long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY).count();
    List<Notification> queued = queue("expert1", "expert2", "expert3");
    assertThat(queued).extracting(Notification::batchId).containsOnly(queued.get(0).id());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY).count())
        .as("one delivery for the three mails").isEqualTo(running + 1);
    try (var server = new ScriptedSmtpServer(mailProperties.getPort(), ScriptedSmtpServer.AtEndOfData.ACCEPT)) {
      deliveries.deliver(queued);
      assertThat(server.messagesReceived()).isEqualTo(3);
      assertThat(server.connections()).as("one SMTP connection for the batch").isOne();
    }
    assertThat(deliveries.instance(queued.get(0))).isNull();
    assertThat(queued).extracting(n -> reloaded(n).status()).containsOnly(NotificationStatus.SENT);
  }

  @Test
  void anUncertainMailOfABatchDoesNotHoldBackTheOthersAndOnlyItWaitsForTheAdministrator() throws Exception {
    mail.start();
    List<Notification> queued = queue("expert1", "expert2", "expert3");
    Notification middle = queued.get(1);
    claimedByAnAttemptThatDied(middle);

    String jobId = deliveries.job(middle).getId();
    assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(DeliveryUncertainException.class)
        .hasMessageContaining(delivery.messageId(reloaded(middle)));
    assertThat(mail.received()).as("the others went out").hasSize(2);
    mail.to("expert1@smarteka.example");
    mail.to("expert3@smarteka.example");
    assertThat(queued).extracting(n -> reloaded(n).status())
        .containsExactly(NotificationStatus.SENT, NotificationStatus.UNCERTAIN, NotificationStatus.SENT);

    assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(DeliveryUncertainException.class);
    assertThat(mail.received()).as("the retry sends nothing again").hasSize(2);

    Api.as(port, "demo").postJson("/api/admin/notifications/" + middle.id() + "/resend", "{}");
    managementService.executeJob(jobId);
    assertThat(deliveries.instance(middle)).isNull();
    assertThat(mail.received()).hasSize(3);
    mail.to("expert2@smarteka.example");
  }

  @Test
  void usersWithoutAnAddressAreSkipped() {
    long rows = outbox.count();
    transactions.executeWithoutResult(tx -> notifications.notifyUsers(List.of("nobody-here"),
        Notifications.Kind.DECISION, DecisionNotifications.TEMPLATE_PRACTICE, DECISION));
    assertThat(outbox.count()).isEqualTo(rows);
  }
}

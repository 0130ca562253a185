package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.ReplicationEscalations;
import ru.smarteka.workflow.replication.ReplicationProcess;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Workflows;

/**
 * The deadline job: reminders once per task and user, not for who turned them off; one node at a time. The
 * replication module's escalation job: an overdue region task mailed to its moderator once.
 */
@IntegrationTest
class NotificationReminderTests {

  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired DeadlineReminders reminders;
  @Autowired ReplicationEscalations escalations;
  @Autowired NotificationRepository outbox;
  @Autowired NotificationPreferences preferences;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MailProperties mailProperties;
  @Autowired NotificationService notificationService;
  @Autowired TaskMails taskMails;
  @Autowired Links links;
  @Autowired NotificationProperties properties;
  @Autowired Clock clock;
  @Autowired LockProvider locks;
  @Autowired PlatformTransactionManager transactionManager;
  @LocalServerPort int port;

  Workflows flows;
  NotificationFixtures fixtures;
  Deliveries deliveries;
  MailServer mail;

  @BeforeEach
  void setUp() {
    flows = new Workflows(engine);
    fixtures = new NotificationFixtures(flows, practices, documents, publications, replications);
    deliveries = new Deliveries(runtimeService, managementService);
    mail = new MailServer(mailProperties).start();
  }

  @AfterEach
  void tearDown() {
    mail.stop();
    preferences.setRemindersEnabled("moderator2", true);
    identityService.clearAuthentication();
  }

  List<Notification> about(Task task, Notifications.Kind kind) {
    return outbox.findByTaskIdOrderById(task.getId()).stream().filter(n -> n.kind() == kind).toList();
  }

  @Test
  void remindsOnceBeforeTheDueDateAndNotWhoTurnedRemindersOff() {
    Api moderator2 = Api.as(port, "moderator2");
    assertThat(moderator2.get("/api/me/notifications").getBody()).isEqualTo("{\"reminders\":true}");
    var put = moderator2.putJson("/api/me/notifications", "{\"reminders\": false}", h -> { });
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moderator2.get("/api/me/notifications").getBody()).isEqualTo("{\"reminders\":false}");
    assertThat(Api.as(port, "moderator1").get("/api/me/notifications").getBody()).isEqualTo("{\"reminders\":true}");

    ProcessInstance pi = fixtures.submittedAmurPractice("Уведомления: напоминание");
    Task check = flows.task(pi, PublicationProcess.TASK_PRELIMINARY_CHECK);
    reminders.run();
    assertThat(about(check, Notifications.Kind.REMINDER)).as("due in 30 days: too early").isEmpty();

    taskService.setDueDate(check.getId(), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    assertThat(reminders.run()).isTrue();
    assertThat(reminders.run()).as("run again, it reminds nobody twice").isTrue();

    List<Notification> sent = about(check, Notifications.Kind.REMINDER);
    assertThat(sent).extracting(Notification::recipientUser, Notification::status).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("moderator1", NotificationStatus.QUEUED),
        org.assertj.core.groups.Tuple.tuple("moderator2", NotificationStatus.SKIPPED));
    Notification skipped = sent.stream().filter(n -> n.status() == NotificationStatus.SKIPPED).findFirst().orElseThrow();
    assertThat(deliveries.instance(skipped)).as("nothing to deliver").isNull();

    deliveries.deliver(sent.stream().filter(n -> n.status() == NotificationStatus.QUEUED).toList());
    var message = mail.to("moderator1@smarteka.example");
    assertThat(MailServer.subject(message)).startsWith("Напоминание: срок задачи «Провести предварительную проверку» — ");
    assertThat(MailServer.body(message)).contains("#/?task=" + check.getId());
    assertThat(mail.received()).hasSize(1);
  }

  @Test
  void reminderPreferenceRefusesABodyWithoutAChoice() {
    var response = Api.as(port, "official28").putJson("/api/me/notifications", "{}", h -> { });
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.anonymous(port).get("/api/me/notifications").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void overdueRegionTaskOfAReplicationIsEscalatedToItsModeratorOnce() {
    ReplicationView request = fixtures.replicationRequest("Уведомления: эскалация");
    ProcessInstance pi = flows.instance(ReplicationProcess.KEY, request.id());
    flows.submit("moderator1", pi, ReplicationProcess.TASK_SCREEN_REQUEST,
        Map.of("screeningDecision", ReplicationProcess.ACCEPT));
    flows.submit("moderator1", pi, ReplicationProcess.TASK_ARRANGE_MENTOR_MEETING, Map.of("meetingDate", "2026-12-01",
        "meetingParticipants", "Наставник, реципиент, модератор", "meetingOutcome", "Согласован план внедрения"));
    Task roadmap = flows.task(pi, ReplicationProcess.TASK_SUBMIT_ROADMAP);
    assertThat(escalations.run()).isTrue();
    assertThat(about(roadmap, Notifications.Kind.ESCALATION)).as("not overdue yet").isEmpty();

    taskService.setDueDate(roadmap.getId(), Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    assertThat(escalations.run()).isTrue();
    assertThat(escalations.run()).as("run again, it escalates nothing twice").isTrue();
    assertThat(reminders.run()).isTrue();

    List<Notification> escalated = about(roadmap, Notifications.Kind.ESCALATION);
    assertThat(escalated).extracting(Notification::recipientUser).containsExactly("moderator1");
    assertThat(about(roadmap, Notifications.Kind.REMINDER)).extracting(Notification::recipientUser)
        .as("the officials are reminded of their overdue task").containsExactly("official72");
    deliveries.deliver(escalated);
    var message = mail.to("moderator1@smarteka.example");
    assertThat(MailServer.subject(message))
        .isEqualTo("Просрочена задача региона по заявке на внедрение № " + request.id());
    assertThat(MailServer.body(message)).contains("«Представить дорожную карту»").contains("региона 72")
        .contains("replications/" + request.id()).contains("#/?task=" + roadmap.getId());
  }

  @Test
  void deadlineJobRunsOnOneNodeAtATime() throws Exception {
    ProcessInstance pi = fixtures.submittedAmurPractice("Уведомления: два узла");
    Task check = flows.task(pi, PublicationProcess.TASK_PRELIMINARY_CHECK);
    taskService.setDueDate(check.getId(), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    // node A: the same job with the same database, stopped inside its run (while it holds the lock) until released
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    DeadlineReminders nodeA = new DeadlineReminders(pausedAtFirstQuery(taskService, working, release), runtimeService,
        identityService, notificationService, taskMails, links, properties, clock, locks, transactionManager);
    ExecutorService threadA = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> runA = threadA.submit(nodeA::run);
      assertThat(working.await(30, TimeUnit.SECONDS)).as("node A is running the job").isTrue();

      assertThat(reminders.run()).as("node B at the same time: the lock is taken, it does nothing").isFalse();
      assertThat(about(check, Notifications.Kind.REMINDER)).isEmpty();

      release.countDown();
      assertThat(runA.get(60, TimeUnit.SECONDS)).as("node A did the work").isTrue();
    } finally {
      release.countDown();
      threadA.shutdown();
    }
    assertThat(about(check, Notifications.Kind.REMINDER)).extracting(Notification::recipientUser)
        .containsExactlyInAnyOrder("moderator1", "moderator2");

    assertThat(reminders.run()).as("node B's next turn: the lock is free").isTrue();
    assertThat(about(check, Notifications.Kind.REMINDER)).as("and still one reminder per user").hasSize(2);
  }

  /** A TaskService whose first createTaskQuery() waits until released (the job's first step). */
  static TaskService pausedAtFirstQuery(TaskService target, CountDownLatch working, CountDownLatch release) {
    return (TaskService) Proxy.newProxyInstance(TaskService.class.getClassLoader(), new Class<?>[] {TaskService.class},
        (proxy, method, args) -> {
          if (method.getName().equals("createTaskQuery") && working.getCount() > 0) {
            working.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
              throw new IllegalStateException("node A was never released");
            }
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}

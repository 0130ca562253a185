package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationProcess;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.replication.ReplicationProcess;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Workflows;

/**
 * Who is mailed when work arrives or a decision is taken, and what the mail says: the processes are driven by the
 * demo users, the queued mails delivered to GreenMail.
 */
@IntegrationTest
class NotificationTriggerTests {

  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired NotificationRepository outbox;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MailProperties mailProperties;
  @Value("${smarteka.tasklist-url}") String tasklistUrl;
  @Value("${smarteka.portal-url}") String portalUrl;

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
    identityService.clearAuthentication();
  }

  List<Notification> about(Task task) {
    return outbox.findByTaskIdOrderById(task.getId());
  }

  @Test
  void groupIsToldOfNewWorkAndExpertsOfTheirAssessmentsWithATasklistLink() {
    ProcessInstance pi = fixtures.submittedAmurPractice("Уведомления: экспертиза");
    Task check = flows.task(pi, PublicationProcess.TASK_PRELIMINARY_CHECK);
    assertThat(about(check)).extracting(Notification::recipientUser, Notification::template, Notification::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("moderator1", "task-group", Notifications.Kind.TASK),
            org.assertj.core.groups.Tuple.tuple("moderator2", "task-group", Notifications.Kind.TASK));

    flows.submit("moderator1", check, Map.of("checkDecision", PublicationProcess.CHECK_ACCEPT));
    assertThat(about(check)).as("claiming is the moderator's own doing").hasSize(2);
    Task assign = flows.task(pi, PublicationProcess.TASK_ASSIGN_EXPERTS);
    assertThat(about(assign)).as("not who completed the step that created it").extracting(Notification::recipientUser)
        .containsExactly("moderator2");

    flows.submit("moderator1", assign, Map.of("assignmentDecision", PublicationProcess.ASSIGN,
        "expertIds", "expert1, expert2, expert3"));
    List<Task> assessments = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(PublicationProcess.TASK_EXPERT_ASSESSMENT).orderByTaskAssignee().asc().list();
    assertThat(assessments).hasSize(3);
    for (Task assessment : assessments) {
      List<Notification> mails = about(assessment);
      assertThat(mails).as("created with an assignee, then the assignment event: one mail")
          .extracting(Notification::recipientUser, Notification::template)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(assessment.getAssignee(), "task-assigned"));
      deliveries.deliver(mails);
    }

    Task first = assessments.get(0);
    var message = mail.to("expert1@smarteka.example");
    assertThat(MailServer.subject(message)).isEqualTo("Вам назначена задача «Оценить практику»");
    assertThat(MailServer.body(message))
        .contains("Здравствуйте, Алексей Волков!")
        .contains("«Публикация практики» (№ " + BusinessKeys.number(pi.getBusinessKey()) + ")")
        .contains(tasklistUrl + "#/?task=" + first.getId());
    assertThat(mail.received()).hasSize(3);
  }

  @Test
  void taskAssignedToSomeoneElseMailsTheNewAssigneeOncePerTask() {
    ProcessInstance pi = fixtures.submittedAmurPractice("Уведомления: назначение");
    Task check = flows.task(pi, PublicationProcess.TASK_PRELIMINARY_CHECK);
    taskService.setAssignee(check.getId(), "moderator2");
    assertThat(about(check)).as("moderator2 was told of it as a candidate already").hasSize(2);

    taskService.setAssignee(check.getId(), "editor");
    taskService.setAssignee(check.getId(), "moderator2");
    taskService.setAssignee(check.getId(), "editor");
    assertThat(about(check)).extracting(Notification::recipientUser, Notification::template)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("moderator1", "task-group"),
            org.assertj.core.groups.Tuple.tuple("moderator2", "task-group"),
            org.assertj.core.groups.Tuple.tuple("editor", "task-assigned"));
  }

  @Test
  void passportReturnedForRevisionMailsTheAuthorWithTheReason() {
    ProcessInstance pi = fixtures.submittedAmurPractice("Уведомления: доработка");
    long practiceId = BusinessKeys.idOf(BusinessKeys.PRACTICE, pi.getBusinessKey());
    int before = outbox.findByRecipientUserOrderById("official28").size();
    Map<String, Object> form = new HashMap<>();
    form.put("checkDecision", PublicationProcess.CHECK_RETURN);
    form.put("checkComment", "Не описаны затраты на выездные бригады");
    flows.submit("moderator1", pi, PublicationProcess.TASK_PRELIMINARY_CHECK, form);

    List<Notification> toAuthor = outbox.findByRecipientUserOrderById("official28");
    List<Notification> added = toAuthor.subList(before, toAuthor.size());
    Task revise = flows.task(pi, PublicationProcess.TASK_REVISE_PASSPORT);
    assertThat(added).extracting(Notification::template, Notification::taskId).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("practice-returned", null),
        org.assertj.core.groups.Tuple.tuple("task-assigned", revise.getId()));
    deliveries.deliver(added);

    List<jakarta.mail.internet.MimeMessage> received = mail.received();
    assertThat(received).hasSize(2);
    var returned = received.stream()
        .filter(m -> MailServer.subject(m).startsWith("Паспорт возвращён на доработку")).findFirst().orElseThrow();
    assertThat(MailServer.subject(returned)).isEqualTo("Паспорт возвращён на доработку: «Уведомления: доработка»");
    assertThat(MailServer.body(returned)).contains("Здравствуйте, Андрей Иванов!")
        .contains("Причина: Не описаны затраты на выездные бригады")
        .contains(portalUrl + "practices/" + practiceId);
    assertThat(received).anySatisfy(m -> assertThat(MailServer.body(m)).contains(tasklistUrl + "#/?task=" + revise.getId()));
  }

  @Test
  void replicationDecisionsMailTheOfficialAndAbandonmentTheModerator() {
    ReplicationView request = fixtures.replicationRequest("Уведомления: тиражирование");
    ProcessInstance pi = flows.instance(ReplicationProcess.KEY, request.id());
    Task screening = flows.task(pi, ReplicationProcess.TASK_SCREEN_REQUEST);
    assertThat(about(screening)).extracting(Notification::recipientUser).containsExactly("moderator1");
    int toOfficial = outbox.findByRecipientUserOrderById("official72").size();

    flows.submit("moderator1", screening, Map.of("screeningDecision", ReplicationProcess.ACCEPT));
    List<Notification> decisions = outbox.findByRecipientUserOrderById("official72");
    assertThat(decisions).hasSize(toOfficial + 1);
    Notification accepted = decisions.get(decisions.size() - 1);
    assertThat(accepted.template()).isEqualTo("replication-decision");
    deliveries.deliver(accepted);
    var message = mail.to("official72@smarteka.example");
    assertThat(MailServer.subject(message))
        .isEqualTo("Заявка на внедрение № " + request.id() + ": принята, готовится встреча с наставником");
    assertThat(MailServer.body(message)).contains(portalUrl + "replications/" + request.id());

    int toModerator = outbox.findByRecipientUserOrderById("moderator1").size();
    flows.as("official72", () -> replications.abandon(flows.user("official72"), request.id(), "Сменились приоритеты"));
    List<Notification> toModeratorNow = outbox.findByRecipientUserOrderById("moderator1");
    assertThat(toModeratorNow).hasSize(toModerator + 1);
    Notification abandoned = toModeratorNow.get(toModeratorNow.size() - 1);
    assertThat(abandoned.template()).isEqualTo("replication-abandoned");
    assertThat(outbox.findByRecipientUserOrderById("official72")).as("not told of their own abandonment")
        .hasSize(toOfficial + 1);
    deliveries.deliver(abandoned);
    var told = mail.to("moderator1@smarteka.example");
    assertThat(MailServer.subject(told)).isEqualTo("Регион отказался от внедрения по заявке № " + request.id());
    assertThat(MailServer.body(told)).contains("Причина: Сменились приоритеты");
  }
}

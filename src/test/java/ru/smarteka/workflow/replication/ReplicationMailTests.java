package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.PublishedPractices;
import ru.smarteka.workflow.support.Workflows;

/**
 * What the recipient region is mailed along the replication: each return with the moderator's remarks and the task
 * that waits for it, and the milestone reminder, once per milestone. The queued mails are delivered to GreenMail by
 * running their delivery jobs, as the job executor would.
 */
@IntegrationTest
class ReplicationMailTests {

  static final String TITLE = "Выездные бригады: письма тиражирования";

  @Autowired ProcessEngine engine;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired ReplicationService replications;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MailProperties mailProperties;
  @Value("${smarteka.portal-url}") String portalUrl;
  @Value("${smarteka.tasklist-url}") String tasklistUrl;

  Workflows flows;
  GreenMail greenMail;
  final Set<String> delivered = new HashSet<>();
  long practiceId;

  @BeforeEach
  void setUp() {
    flows = new Workflows(engine);
    practiceId = new PublishedPractices(engine, practices, documents, publications).publish("28", TITLE);
    greenMail = new GreenMail(new ServerSetup(mailProperties.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    delivered.addAll(deliveries()); // the mails of what came before are not this test's
  }

  @AfterEach
  void tearDown() {
    greenMail.stop();
    identityService.clearAuthentication();
  }

  List<String> deliveries() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery").list().stream()
        .map(ProcessInstance::getId).toList();
  }

  /** Sends the mails queued since the last call. */
  void deliver() {
    for (String instance : deliveries()) {
      if (delivered.add(instance)) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult()
            .getId());
      }
    }
  }

  List<MimeMessage> mailsTo(String address, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).contains(address)
            && m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String subject(MimeMessage message) throws Exception {
    return message.getSubject();
  }

  static String body(MimeMessage message) throws Exception {
    Object content = message.getContent();
    return (content instanceof String s ? s : GreenMailUtil.getBody(message)).replace("\r\n", "\n");
  }

  ProcessInstance accepted() {
    ReplicationView view = flows.as("official72", () -> replications.request(flows.user("official72"),
        ReplicationFixtures.request(practiceId)));
    ProcessInstance pi = flows.instance(KEY, view.id());
    flows.submit("moderator1", pi, TASK_SCREEN_REQUEST, Map.of("screeningDecision", ACCEPT));
    flows.submit("moderator1", pi, TASK_ARRANGE_MENTOR_MEETING, Map.of("meetingDate", "2026-12-01",
        "meetingParticipants", "Наставник, реципиент, модератор", "meetingOutcome", "План согласован"));
    return pi;
  }

  void upload(ProcessInstance pi, ReplicationDocumentKind kind) {
    flows.as("official72", () -> replications.upload(flows.user("official72"), BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey()),
        kind.name(), kind.name() + ".pdf", Passports.PDF));
  }

  void submitRoadmap(ProcessInstance pi, String milestones) {
    upload(pi, ReplicationDocumentKind.ROADMAP);
    flows.submit("official72", pi, TASK_SUBMIT_ROADMAP, Map.of("roadmapMilestones", milestones));
  }

  void decide(ProcessInstance pi, String task, String field, String decision, String commentField, String comment) {
    flows.submit("moderator1", pi, task, comment == null ? Map.of(field, decision)
        : Map.of(field, decision, commentField, comment));
  }

  void reportComplete(ProcessInstance pi) {
    flows.submit("official72", pi, TASK_REPORT_PROGRESS, Map.of("progressText", "Бригады работают",
        "achievedResult", "Охват 85% сёл", "implementationComplete", true));
  }

  @Test
  void everyReturnMailsTheRequestingOfficialWhatHappenedWithTheRemarksAndWhatToDo() throws Exception {
    ProcessInstance pi = accepted();
    long id = BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey());
    String link = portalUrl + "replications/" + id;

    submitRoadmap(pi, ReplicationFixtures.ROADMAP);
    decide(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", RETURN, "roadmapComment", "Добавьте веху об обучении врачей");
    deliver();
    List<MimeMessage> roadmap = mailsTo("official72@smarteka.example", "дорожная карта возвращена");
    assertThat(roadmap).hasSize(1);
    assertThat(subject(roadmap.get(0)))
        .isEqualTo("Заявка на внедрение № " + id + ": дорожная карта возвращена на доработку");
    assertThat(body(roadmap.get(0))).contains("Здравствуйте, Роман Новиков!", "«" + TITLE + "»",
        "Замечания модератора внедрения:\nДобавьте веху об обучении врачей", "«Представить дорожную карту»", link);

    submitRoadmap(pi, ReplicationFixtures.ROADMAP);
    decide(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, null, null);
    upload(pi, ReplicationDocumentKind.ORDER);
    reportComplete(pi);
    decide(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", RETURN, "implementationComment",
        "Нет распоряжения о закреплении бригад");
    deliver();
    List<MimeMessage> implementation = mailsTo("official72@smarteka.example", "внедрение не подтверждено");
    assertThat(implementation).hasSize(1);
    assertThat(subject(implementation.get(0)))
        .isEqualTo("Заявка на внедрение № " + id + ": внедрение не подтверждено: нужны уточнения");
    assertThat(body(implementation.get(0))).contains(
        "Замечания модератора внедрения:\nНет распоряжения о закреплении бригад",
        "«Отчитаться о ходе внедрения»", link);

    reportComplete(pi);
    decide(pi, TASK_CONFIRM_IMPLEMENTATION, "implementationDecision", CONFIRM, null, null);
    flows.fireTimer(pi, EVENT_EVALUATION_DUE);
    flows.submit("official72", pi, TASK_SUBMIT_EVALUATION, Map.of("achievedResults", "Охват 85% сёл",
        "comparisonWithPlan", "План выполнен"));
    deliver();
    int confirmedBefore = mailsTo("official72@smarteka.example", "внедрение подтверждено").size();
    decide(pi, TASK_VALIDATE_EVALUATION, "evaluationDecision", RETURN, "evaluationComment",
        "Сравните с планом по срокам ожидания");
    deliver();
    List<MimeMessage> evaluation = mailsTo("official72@smarteka.example", "оценка результатов возвращена");
    assertThat(evaluation).hasSize(1);
    assertThat(subject(evaluation.get(0)))
        .isEqualTo("Заявка на внедрение № " + id + ": оценка результатов возвращена на уточнение");
    assertThat(body(evaluation.get(0))).contains(
        "Замечания модератора внедрения:\nСравните с планом по срокам ожидания",
        "«Оценить результаты внедрения»", link).doesNotContain("внедрение подтверждено");
    assertThat(mailsTo("official72@smarteka.example", "внедрение подтверждено")).as("no confirmation mail for a return")
        .hasSize(confirmedBefore);
  }

  @Test
  void theMilestoneReminderMailsTheRegionsOfficialsOncePerMilestone() throws Exception {
    ProcessInstance pi = accepted();
    long id = BusinessKeys.idOf(BusinessKeys.REPLICATION, pi.getBusinessKey());
    submitRoadmap(pi, ReplicationFixtures.roadmapDueSoon());
    decide(pi, TASK_REVIEW_ROADMAP, "roadmapDecision", APPROVE, null, null);
    String due = LocalDate.now().plusDays(3).format(Roadmaps.DATE);
    String reportTask = flows.task(pi, TASK_REPORT_PROGRESS).getId();

    flows.fireTimer(pi, EVENT_MILESTONE_REMINDER);
    deliver();
    List<User> officials = identityService.createUserQuery().memberOfGroup(Groups.officialsOf("72")).list();
    assertThat(officials).isNotEmpty();
    for (User official : officials) {
      List<MimeMessage> mails = mailsTo(official.getEmail(), "веха");
      assertThat(mails).as(official.getId()).hasSize(1);
      assertThat(subject(mails.get(0))).isEqualTo("Напоминание: веха «Утвердить порядок выездной работы» — до " + due);
      assertThat(body(mails.get(0))).contains("«" + TITLE + "»", "Утвердить порядок выездной работы",
          "до " + due, "Заместитель директора департамента", portalUrl + "replications/" + id,
          tasklistUrl + "#/?task=" + reportTask, "Тюменская область");
    }
    int mailsAfterTheFirst = greenMail.getReceivedMessages().length;

    // the reminder step runs again for the same milestone (a retried job, a moved token): nobody is mailed twice
    runtimeService.createProcessInstanceModification(pi.getId()).startBeforeActivity("Task_RemindMilestone")
        .execute();
    deliver();
    assertThat(greenMail.getReceivedMessages()).hasSize(mailsAfterTheFirst);
    assertThat(replications.view(CurrentUser.of("demo", List.of("camunda-admin")), id).history())
        .filteredOn(e -> e.kind().equals("MILESTONE_REMINDER")).hasSize(1);

    // the next report's reminder is set for the next milestone, not again for the first
    flows.submit("official72", pi, TASK_REPORT_PROGRESS, Map.of("progressText", "Порядок утверждён",
        "achievedResult", "Порядок действует", "implementationComplete", false));
    Job next = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(EVENT_MILESTONE_REMINDER).singleResult();
    assertThat(next.getDuedate()).isEqualTo(java.util.Date.from(LocalDateTime.of(2099, 3, 25, 9, 0)
        .atZone(ZoneId.systemDefault()).toInstant()));
    managementService.executeJob(next.getId());
    deliver();
    assertThat(greenMail.getReceivedMessages()).as("fired early: nothing is due yet").hasSize(mailsAfterTheFirst);
  }
}

package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationForms.*;
import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.engine.TaskDescription;
import ru.smarteka.workflow.practice.FederalApproval;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.replication.tasklist.ReplicationDocumentsPlugin;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * When a task of a replication is created: its due date from {@code task-deadlines}, and the read-only summary and
 * history its form shows, as task-local variables.
 */
@Component("prepareReplicationTask")
class PrepareReplicationTask implements TaskListener {

  private final ReplicationViews views;
  private final ReplicationHistory history;
  private final PracticeService practices;
  private final ReferenceData referenceData;
  private final IdentityService identityService;
  private final TaskDeadlines deadlines;
  private final Clock clock;
  private final String portalUrl;
  /** Where a request's documents download in the webapp session: the Tasklist plugin smarteka-replication-documents. */
  private final String documentsBase;

  PrepareReplicationTask(ReplicationViews views, ReplicationHistory history, PracticeService practices, ReferenceData referenceData,
      IdentityService identityService, TaskDeadlines deadlines, Clock clock,
      @Value("${smarteka.portal-url}") String portalUrl,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
      org.camunda.bpm.engine.ProcessEngine engine) {
    this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    this.documentsBase = webapps + "/api/tasklist/plugin/" + ReplicationDocumentsPlugin.ID + "/" + engine.getName()
        + "/replications/";
    this.views = views;
    this.history = history;
    this.practices = practices;
    this.referenceData = referenceData;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ReplicationView r = views.ofInstance(task.getProcessInstanceId());
    Date due = deadlines.dueDate(task.getTaskDefinitionKey(), r.recipientRegion(), Date.from(clock.instant()));
    task.setDueDate(due);
    PracticeSnapshot practice = practices.snapshot(r.practiceId());
    String what = WHAT_TO_DO.get(task.getTaskDefinitionKey());
    if (what != null) {
      task.setDescription(TaskDescription.of(what.formatted(practice.title(), regionName(r.recipientRegion())), due));
    }

    Map<String, Object> local = new HashMap<>();
    local.put(PRACTICE_TITLE, practice.title());
    local.put(PRACTICE_REGION, practice.regionName());
    local.put(RECIPIENT_REGION_NAME, regionName(r.recipientRegion()));
    ReplicationView.Applicant applicant = r.applicant();
    local.put(RESPONSIBLE_BODY, applicant.responsibleBody());
    local.put(OFFICIAL_NAME, applicant.officialName());
    local.put(OFFICIAL_POSITION, applicant.officialPosition());
    local.put(POSITION_LEVEL_NAME, applicant.positionLevel().label());
    local.put(ORGANISATION, applicant.organisation());
    local.put(CONTACTS, applicant.contacts());
    local.put(MODERATOR_NAME, userName(r.moderatorId()));

    String taskKey = task.getTaskDefinitionKey();
    List<String> shown = SHOWN.get(taskKey);
    if (shown == null) {
      throw new IllegalStateException("No form fields for task " + taskKey);
    }
    shown.forEach(field -> local.put(field, value(field, taskKey, r, practice)));
    task.setVariablesLocal(local);
  }

  /** The text of a markdown link: what markdown would read as syntax is escaped. */
  static String markdownText(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]()<>".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  /** What the person has to do, per task, for Tasklist's «Описание» tab: the practice, then the recipient region. */
  static final Map<String, String> WHAT_TO_DO = Map.of(
      TASK_SCREEN_REQUEST, "Рассмотрите заявку региона «%2$s» на тиражирование практики «%1$s»: примите её или "
          + "отклоните, указав причину.",
      TASK_ARRANGE_MENTOR_MEETING, "Проведите встречу региона «%2$s» с авторами практики «%1$s» и запишите её итоги.",
      TASK_SUBMIT_ROADMAP, "Загрузите на портале дорожную карту внедрения практики «%1$s» в регионе «%2$s» и перечислите "
          + "её этапы.",
      TASK_REVIEW_ROADMAP, "Проверьте дорожную карту внедрения практики «%1$s» в регионе «%2$s»: утвердите её или "
          + "верните с замечаниями.",
      TASK_REPORT_PROGRESS, "Сообщите, как идёт внедрение практики «%1$s» в регионе «%2$s» по дорожной карте.",
      TASK_CONFIRM_IMPLEMENTATION, "Подтвердите по документам, что практика «%1$s» внедрена в регионе «%2$s», или "
          + "верните отчёт с замечаниями.",
      TASK_SUBMIT_EVALUATION, "Оцените результаты внедрения практики «%1$s» в регионе «%2$s» и сравните их с планом.",
      TASK_VALIDATE_EVALUATION, "Проверьте оценку результатов внедрения практики «%1$s» в регионе «%2$s»: примите её "
          + "или верните с замечаниями.");

  /** The read-only fields each task's form shows besides the request's summary. */
  private static final Map<String, List<String>> SHOWN = Map.of(
      TASK_SCREEN_REQUEST, List.of(AUTHORITY_CONCLUSION, FEDERAL_APPROVAL),
      TASK_ARRANGE_MENTOR_MEETING, List.of(MENTOR_TEAM),
      TASK_SUBMIT_ROADMAP, List.of(REVIEW_COMMENTS, DOCUMENTS_VIEW, UPLOAD_TO),
      TASK_REVIEW_ROADMAP, List.of(ROADMAP_VIEW, DOCUMENTS_VIEW),
      TASK_REPORT_PROGRESS, List.of(ROADMAP_VIEW, RETURN_REMARKS, DOCUMENTS_VIEW, UPLOAD_TO),
      TASK_CONFIRM_IMPLEMENTATION, List.of(ROADMAP_VIEW, DOCUMENTS_VIEW, PROGRESS_VIEW),
      TASK_SUBMIT_EVALUATION, List.of(PLANNED_RESULTS, RETURN_REMARKS),
      TASK_VALIDATE_EVALUATION, List.of(EVALUATION_VIEW));

  private Object value(String field, String taskKey, ReplicationView r, PracticeSnapshot practice) {
    return switch (field) {
      case AUTHORITY_CONCLUSION -> AuthorityOutcome.label(r.standing().authorityOutcome())
          + (r.standing().authorityReason() == null ? "" : ": " + r.standing().authorityReason());
      case MENTOR_TEAM -> String.join("\n", practice.authorTeam());
      case FEDERAL_APPROVAL -> federalApproval(practice.id());
      // the remarks of the latest return, from our tables: never a variable someone could have set
      case REVIEW_COMMENTS -> history.latestRemarks(r.id(), ReplicationStatus.ROADMAP_RETURNED);
      case RETURN_REMARKS -> history.latestRemarks(r.id(), TASK_REPORT_PROGRESS.equals(taskKey)
          ? ReplicationStatus.IMPLEMENTATION_RETURNED : ReplicationStatus.EVALUATION_RETURNED);
      case ROADMAP_VIEW, PLANNED_RESULTS -> r.roadmap().stream()
          .map(m -> m.position() + ". " + m.title() + " — до " + m.dueDate().format(Roadmaps.DATE) + ", "
              + m.responsible())
          .collect(Collectors.joining("\n"));
      // markdown for the form's text component: each document a link that downloads it in the Tasklist session
      case DOCUMENTS_VIEW -> r.documents().isEmpty() ? null : r.documents().stream()
          .map(d -> "- [" + markdownText(d.kindLabel() + ": " + d.fileName()) + "](" + documentsBase + r.id()
              + "/documents/" + d.id() + ") — загружен "
              + LocalDate.ofInstant(d.uploadedAt(), clock.getZone()).format(Roadmaps.DATE))
          .collect(Collectors.joining("\n"));
      // the recipient's forms say where the documents go: the request on the portal
      case UPLOAD_TO -> portalUrl + "replications/" + r.id();
      case PROGRESS_VIEW -> r.progress().stream()
          .map(p -> p.reportedBy() + ": " + p.progress() + " — " + p.achievedResult())
          .collect(Collectors.joining("\n"));
      case EVALUATION_VIEW -> r.evaluations().isEmpty() ? null
          : r.evaluations().get(r.evaluations().size() - 1).achievedResults() + "\n\nСравнение с планом: "
              + r.evaluations().get(r.evaluations().size() - 1).comparison();
      default -> throw new IllegalStateException("No value for field " + field);
    };
  }

  /** «Одобрена к массовому тиражированию» with the body, the date and the conclusion, or empty. */
  private String federalApproval(long practiceId) {
    FederalApproval approval = practices.federalApproval(practiceId);
    return approval == null ? "" : approval.status() + ": " + approval.body() + ", "
        + LocalDate.ofInstant(approval.approvedAt(), clock.getZone()).format(Roadmaps.DATE) + " (" + approval.round()
        + "). " + approval.conclusion()
        + (approval.projectRecommendation() == null ? "" : " Рекомендована к включению в " + approval.projectRecommendation());
  }

  private String regionName(String code) {
    return referenceData.findRegion(code).map(region -> region.name()).orElse(code);
  }

  private String userName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }
}

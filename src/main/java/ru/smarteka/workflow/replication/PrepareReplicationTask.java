package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * When a task of a replication is created: its due date from {@code task-deadlines}, and the read-only summary and
 * history its form shows, as task-local variables.
 */
@Component("prepareReplicationTask")
class PrepareReplicationTask implements TaskListener {

  private final ReplicationService replications;
  private final PracticeService practices;
  private final ReferenceData referenceData;
  private final IdentityService identityService;
  private final TaskDeadlines deadlines;
  private final Clock clock;
  private final String portalUrl;

  PrepareReplicationTask(ReplicationService replications, PracticeService practices, ReferenceData referenceData,
      IdentityService identityService, TaskDeadlines deadlines, Clock clock,
      @Value("${smarteka.portal-url}") String portalUrl) {
    this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    this.replications = replications;
    this.practices = practices;
    this.referenceData = referenceData;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ReplicationView r = replications.internalView(ReplicationSteps.requestId(replications, task));
    task.setDueDate(deadlines.dueDate(task.getTaskDefinitionKey(), r.recipientRegion(), Date.from(clock.instant())));
    PracticeSnapshot practice = practices.snapshot(r.practiceId());

    Map<String, Object> local = new HashMap<>();
    local.put("practiceTitle", practice.title());
    local.put("practiceRegion", practice.regionName());
    local.put("recipientRegionName", regionName(r.recipientRegion()));
    local.put("responsibleBody", r.responsibleBody());
    local.put("officialName", r.officialName());
    local.put("officialPosition", r.officialPosition());
    local.put("positionLevelName", r.positionLevel().label());
    local.put("organisation", r.organisation());
    local.put("contacts", r.contactEmail() + (r.contactPhone() == null ? "" : ", " + r.contactPhone()));
    local.put("moderatorName", userName(r.moderatorId()));

    String roadmap = r.roadmap().stream()
        .map(m -> m.position() + ". " + m.title() + " — до " + m.dueDate().format(Roadmaps.DATE) + ", "
            + m.responsible())
        .collect(Collectors.joining("\n"));
    String documents = r.documents().isEmpty() ? null : r.documents().stream()
        .map(d -> d.kindLabel() + ": " + d.fileName() + " — загружен "
            + LocalDate.ofInstant(d.uploadedAt(), clock.getZone()).format(Roadmaps.DATE))
        .collect(Collectors.joining("\n"));
    // the recipient's forms say where the documents go: the request on the portal
    String uploadTo = portalUrl + "replications/" + r.id();
    switch (task.getTaskDefinitionKey()) {
      case TASK_SCREEN_REQUEST -> local.put("authorityConclusion",
          r.authorityOutcome() + (r.authorityReason() == null ? "" : ": " + r.authorityReason()));
      case TASK_ARRANGE_MENTOR_MEETING -> local.put("mentorTeam", String.join("\n", practice.authorTeam()));
      case TASK_SUBMIT_ROADMAP -> {
        // the remarks of the latest return, from our tables: never a variable someone could have set
        local.put("reviewComments", replications.latestRemarks(r.id(), ReplicationStatus.ROADMAP_RETURNED));
        local.put("documentsView", documents);
        local.put("uploadTo", uploadTo);
      }
      case TASK_REVIEW_ROADMAP -> {
        local.put("roadmapView", roadmap);
        local.put("documentsView", documents);
      }
      case TASK_REPORT_PROGRESS -> {
        local.put("roadmapView", roadmap);
        local.put("returnRemarks", replications.latestRemarks(r.id(), ReplicationStatus.IMPLEMENTATION_RETURNED));
        local.put("documentsView", documents);
        local.put("uploadTo", uploadTo);
      }
      case TASK_CONFIRM_IMPLEMENTATION -> {
        local.put("roadmapView", roadmap);
        local.put("documentsView", documents);
        local.put("progressView", r.progress().stream()
            .map(p -> p.reportedBy() + ": " + p.progress() + " — " + p.achievedResult())
            .collect(Collectors.joining("\n")));
      }
      case TASK_SUBMIT_EVALUATION -> {
        local.put("plannedResults", roadmap);
        local.put("returnRemarks", replications.latestRemarks(r.id(), ReplicationStatus.EVALUATION_RETURNED));
      }
      case TASK_VALIDATE_EVALUATION -> local.put("evaluationView", r.evaluations().isEmpty() ? null
          : r.evaluations().get(r.evaluations().size() - 1).achievedResults() + "\n\nСравнение с планом: "
              + r.evaluations().get(r.evaluations().size() - 1).comparison());
      default -> throw new IllegalStateException("No form fields for task " + task.getTaskDefinitionKey());
    }
    task.setVariablesLocal(local);
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

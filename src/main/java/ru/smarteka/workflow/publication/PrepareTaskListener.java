package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.practice.PracticeSnapshot;

/**
 * When a task of the publication is created: its due date from the {@code task-deadlines} decision, and the
 * read-only snapshot of the passport its form shows, and the values its editable fields start with, as task-local
 * variables (see {@link FormInput} for how the entered values are read back). The choice of experts is suggested
 * again when a moderator takes the task ({@code assignment}), from the loads of that moment.
 */
@Component("prepareTask")
class PrepareTaskListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;
  private final ExpertService experts;
  private final TaskDeadlines deadlines;
  private final Clock clock;
  private final int expertsPerPractice;

  PrepareTaskListener(PublicationCase cases, PracticeService practices, ExpertService experts,
      TaskDeadlines deadlines, Clock clock,
      @Value("${smarteka.publication.experts-per-practice}") int expertsPerPractice) {
    this.cases = cases;
    this.practices = practices;
    this.experts = experts;
    this.deadlines = deadlines;
    this.clock = clock;
    this.expertsPerPractice = expertsPerPractice;
  }

  @Override
  public void notify(DelegateTask task) {
    UnderReview practice = cases.of(task);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      if (TASK_ASSIGN_EXPERTS.equals(task.getTaskDefinitionKey()) && task.getAssignee() != null) {
        task.setVariablesLocal(expertSuggestion(practice));
      }
      return;
    }
    task.setDueDate(deadlines.dueDate(task.getTaskDefinitionKey(), practice.regionCode(),
        Date.from(clock.instant())));

    PracticeSnapshot p = practices.snapshot(practice.id());
    Map<String, Object> local = new HashMap<>();
    local.put("practiceTitle", p.title());
    local.put("practiceRegion", p.regionName());
    local.put("practiceCategory", p.categoryName());
    local.put("practiceLevel", p.levelName());
    local.put("practiceOrganisation", p.organisation());
    local.put("practiceProblem", p.problem());
    local.put("practiceSolution", p.solution());
    local.put("practiceResults", p.results());
    local.put("practiceDocuments", String.join("\n", p.documents()));
    local.put("practiceHistory", String.join("\n", p.history()));

    switch (task.getTaskDefinitionKey()) {
      case TASK_PRELIMINARY_CHECK -> local.put("revisionRound", p.revisionRound());
      case TASK_REVISE_PASSPORT -> {
        local.put("revisionRound", p.revisionRound());
        local.put("revisionReason", practices.lastReason(practice.id()));
        local.put("passportTitle", p.title());
        local.put("passportProblem", p.problem());
        local.put("passportSolution", p.solution());
        local.put("passportResources", p.resources());
        local.put("passportResults", p.results());
        local.put("passportEffect", p.effect());
        local.put("passportTargetAudience", p.targetAudience());
        local.put("passportCoverage", p.coverage());
      }
      case TASK_ASSIGN_EXPERTS -> local.putAll(expertSuggestion(practice));
      case TASK_ADD_EXPERTS -> local.put("expertsRequest", task.getVariable(VAR_EXPERTS_REQUEST));
      case TASK_EXPERT_ASSESSMENT ->
          experts.attachAssessmentTask(practice.id(), practice.expertiseRound(), task.getAssignee(), task.getId());
      case TASK_REGIONAL_CONFIRMATION -> {
        // the summary only: the decision and its comment are entered
      }
      case TASK_REASSIGN_EXPERT -> {
        String overdue = experts.attachReassignment(practice.id(), practice.expertiseRound(), task.getId());
        local.put("overdueExpert", overdue);
        local.put("availableExperts", experts.candidates(practice.categoryCode(), practice.regionCode()).stream()
            .map(ExpertService.Candidate::describe).collect(Collectors.joining("\n")));
      }
      case TASK_COPY_EDITING -> {
        local.put("editedTitle", p.title());
        local.put("editedProblem", p.problem());
        local.put("editedSolution", p.solution());
        local.put("editedResults", p.results());
        local.put("editedEffect", p.effect());
      }
      default -> throw new IllegalStateException("No form fields for task " + task.getTaskDefinitionKey());
    }
    task.setVariablesLocal(local);
  }

  /** The least loaded eligible experts now, up to the ceiling, and the ceiling itself. */
  private Map<String, Object> expertSuggestion(UnderReview practice) {
    var candidates = experts.candidates(practice.categoryCode(), practice.regionCode());
    Map<String, Object> local = new HashMap<>();
    local.put("expertCeiling", expertsPerPractice);
    local.put("suggestedExperts", candidates.isEmpty()
        ? "Нет действующих экспертов этой категории из других регионов"
        : candidates.stream().map(ExpertService.Candidate::describe).collect(Collectors.joining("\n")));
    local.put("expertIds", candidates.stream().limit(expertsPerPractice).map(c -> c.expert().userId())
        .collect(Collectors.joining(", ")));
    return local;
  }
}

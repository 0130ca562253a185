package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.engine.TaskDeadlines;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * When a task of the publication is created: its due date from the {@code task-deadlines} decision, and the
 * read-only snapshot of the passport its form shows, and the values its editable fields start with, as task-local
 * variables (see {@link FormInput} for how the entered values are read back).
 */
@Component("prepareTask")
class PrepareTaskListener implements TaskListener {

  private final PracticeService practices;
  private final ExpertService experts;
  private final TaskDeadlines deadlines;
  private final Clock clock;

  PrepareTaskListener(PracticeService practices, ExpertService experts, TaskDeadlines deadlines, Clock clock) {
    this.practices = practices;
    this.experts = experts;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String region = (String) task.getVariable(VAR_REGION);
    task.setDueDate(deadlines.dueDate(task.getTaskDefinitionKey(), region, Date.from(clock.instant())));

    PracticeSnapshot p = practices.snapshot(Vars.number(task.getVariable(VAR_PRACTICE_ID)));
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
      case TASK_PRELIMINARY_CHECK -> {
        local.put("revisionRound", p.revisionRound());
      }
      case TASK_REVISE_PASSPORT -> {
        local.put("revisionRound", p.revisionRound());
        local.put("revisionReason", task.getVariable(VAR_REVISION_REASON));
        local.put("passportTitle", p.title());
        local.put("passportProblem", p.problem());
        local.put("passportSolution", p.solution());
        local.put("passportResources", p.resources());
        local.put("passportResults", p.results());
        local.put("passportEffect", p.effect());
        local.put("passportTargetAudience", p.targetAudience());
        local.put("passportCoverage", p.coverage());
      }
      case TASK_ASSIGN_EXPERTS -> {
        local.put("suggestedExperts", experts.candidates(p.categoryCode(), p.regionCode()).stream()
            .map(ExpertService.Candidate::describe).collect(Collectors.joining("\n")));
        local.put("expertIds", task.getVariable(VAR_SUGGESTED_EXPERTS));
      }
      case TASK_EXPERT_ASSESSMENT, TASK_REGIONAL_CONFIRMATION -> {
        // the summary only: the scores, decision and comments are entered
      }
      case TASK_REASSIGN_EXPERT -> {
        local.put("overdueExpert", task.getVariable(VAR_EXPERT_ID));
        local.put("availableExperts", experts.candidates(p.categoryCode(), p.regionCode()).stream()
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
}

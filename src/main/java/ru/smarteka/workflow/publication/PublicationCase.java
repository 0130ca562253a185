package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;

/**
 * The practice a publication instance reviews, and what the model routes by, read from our tables: the practice is
 * the one whose submission started the instance (its id is written then), its region, author and expertise round
 * are the practice's. Nothing here comes from a process variable, which a user completing a task could set. The
 * model calls it in its expressions ({@code ${publicationCase.secretaries(execution)}}).
 */
@Component("publicationCase")
public class PublicationCase {

  private final PracticeService practices;
  private final ExpertService experts;
  private final TaskDeadlines deadlines;

  PublicationCase(PracticeService practices, ExpertService experts, TaskDeadlines deadlines) {
    this.practices = practices;
    this.experts = experts;
    this.deadlines = deadlines;
  }

  UnderReview of(DelegateExecution execution) {
    return practices.underReviewBy(execution.getProcessInstanceId());
  }

  UnderReview of(DelegateTask task) {
    return practices.underReviewBy(task.getProcessInstanceId());
  }

  /** The official who submitted the passport: a returned passport goes back to them. */
  public String author(DelegateExecution execution) {
    return of(execution).submittedBy();
  }

  /** The officials of the practice's region, who may revise the passport too. */
  public String officials(DelegateExecution execution) {
    return Groups.officialsOf(of(execution).regionCode());
  }

  /** The commission secretaries of the practice's region, who confirm it. */
  public String secretaries(DelegateExecution execution) {
    return Groups.secretariesOf(of(execution).regionCode());
  }

  /** How long the author has to send a returned passport back (ISO-8601, from {@code task-deadlines}). */
  public String revisionTimeout(DelegateExecution execution) {
    return deadlines.dueIn(TASK_REVISE_PASSPORT, of(execution).regionCode());
  }

  /** How long an expert has to assess (ISO-8601, from {@code task-deadlines}). */
  public String assessmentTimeout(DelegateExecution execution) {
    return deadlines.dueIn(TASK_EXPERT_ASSESSMENT, of(execution).regionCode());
  }

  /** The experts assigned in the current round: one assessment each. */
  public List<String> assignedExperts(DelegateExecution execution) {
    UnderReview practice = of(execution);
    return experts.assessing(practice.id(), practice.expertiseRound());
  }
}

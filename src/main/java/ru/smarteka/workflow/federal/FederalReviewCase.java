package ru.smarteka.workflow.federal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.Vars;

/**
 * The practice an instance of {@code federal-practice-review} reviews, and its reviews, from our tables: the reviews
 * the routing created ({@code ${federalReviewCase.reviews(execution)}}) and the group of each review's body, read
 * when its task is created.
 */
@Component("federalReviewCase")
public class FederalReviewCase {

  private final FederalRounds rounds;

  FederalReviewCase(FederalRounds rounds) {
    this.rounds = rounds;
  }

  /** The ids of the practice's reviews, one review task each. */
  public List<String> reviews(DelegateExecution execution) {
    return rounds.reviewIds(rounds.practiceReviewedBy(execution.getProcessInstanceId()).id());
  }

  /**
   * The group of the body of the review whose task is being created: the element of {@link #reviews} the engine
   * gave the task's execution just now, checked to be a review of this instance's practice.
   */
  public String reviewerGroup(DelegateExecution execution) {
    long reviewId = Vars.number(execution.getVariableLocal(FederalRoundProcess.VAR_REVIEW_ID) != null
        ? execution.getVariableLocal(FederalRoundProcess.VAR_REVIEW_ID)
        : execution.getVariable(FederalRoundProcess.VAR_REVIEW_ID));
    if (!reviews(execution).contains(String.valueOf(reviewId))) {
      throw new IllegalStateException("Review " + reviewId + " is not one of this practice's");
    }
    return rounds.reviewerOf(reviewId).group();
  }
}

package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.region.RatingFacts;
import ru.smarteka.workflow.region.RecommenderKind;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * Puts the rating facts of the practice's region and category (latest rating year) in as the eligibility decision's
 * inputs, transient: the decision and {@code recordEligibility} read them in the same transaction, the grounds are
 * kept in our tables and the inputs in the decision's history (issue 12: 30 statements per submission less). No
 * variable of the same name can be there before (a start with anything but its form's fields is refused: {@code acceptSubmission}).
 */
@Component("collectRatingFacts")
class CollectRatingFactsDelegate implements JavaDelegate {

  private final PublicationCase cases;
  private final ReferenceData referenceData;

  CollectRatingFactsDelegate(PublicationCase cases, ReferenceData referenceData) {
    this.cases = cases;
    this.referenceData = referenceData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnderReview practice = cases.of(execution);
    var year = referenceData.latestRatingYear();
    if (year.isEmpty()) {
      // no rating data imported yet: every input is absent and no condition holds
      execution.setVariable(VAR_RATING_YEAR, Variables.integerValue(null, true));
      execution.setVariable(IN_ASI_PROJECT_READY, Variables.booleanValue(false, true));
      execution.setVariable(IN_RECOMMENDED_BY_STATE_COUNCIL, Variables.booleanValue(false, true));
      execution.setVariable(IN_RECOMMENDED_BY_FEDERAL_BODY, Variables.booleanValue(false, true));
      execution.setVariable(IN_RECOMMENDED_BY_ASI, Variables.booleanValue(false, true));
      return;
    }
    RatingFacts facts = referenceData.ratingFacts(practice.regionCode(), practice.categoryCode(), year.getAsInt());
    execution.setVariable(VAR_RATING_YEAR, Variables.integerValue(facts.ratingYear(), true));
    execution.setVariable(IN_INVESTMENT_INTEGRAL_RANK, Variables.integerValue(facts.investmentIntegralRank(), true));
    execution.setVariable(IN_INVESTMENT_GROWTH_RANK, Variables.integerValue(facts.bestInvestmentGrowthRank(), true));
    execution.setVariable(IN_QOL_RANK, Variables.integerValue(facts.bestQolRank(), true));
    execution.setVariable(IN_QOL_GROWTH_RANK, Variables.integerValue(facts.bestQolGrowthRank(), true));
    execution.setVariable(IN_ASI_PROJECT_READY, Variables.booleanValue(facts.asiProjectReadyToReplicate(), true));
    execution.setVariable(IN_FORUM_IDEA_PLACE, Variables.integerValue(facts.bestForumIdeaPlace(), true));
    execution.setVariable(IN_RECOMMENDED_BY_STATE_COUNCIL,
        Variables.booleanValue(facts.isRecommendedBy(RecommenderKind.STATE_COUNCIL_COMMISSION), true));
    execution.setVariable(IN_RECOMMENDED_BY_FEDERAL_BODY,
        Variables.booleanValue(facts.isRecommendedBy(RecommenderKind.FEDERAL_BODY), true));
    execution.setVariable(IN_RECOMMENDED_BY_ASI, Variables.booleanValue(facts.isRecommendedBy(RecommenderKind.ASI), true));
  }
}

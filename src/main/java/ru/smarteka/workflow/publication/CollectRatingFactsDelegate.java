package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.region.RatingFacts;
import ru.smarteka.workflow.region.RecommenderKind;
import ru.smarteka.workflow.region.ReferenceData;

/** Puts the rating facts of the practice's region and category (latest rating year) in as decision inputs. */
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
      execution.setVariable(VAR_RATING_YEAR, null);
      execution.setVariable(IN_ASI_PROJECT_READY, false);
      execution.setVariable(IN_RECOMMENDED_BY_STATE_COUNCIL, false);
      execution.setVariable(IN_RECOMMENDED_BY_FEDERAL_BODY, false);
      execution.setVariable(IN_RECOMMENDED_BY_ASI, false);
      return;
    }
    RatingFacts facts = referenceData.ratingFacts(practice.regionCode(), practice.categoryCode(), year.getAsInt());
    execution.setVariable(VAR_RATING_YEAR, facts.ratingYear());
    execution.setVariable(IN_INVESTMENT_INTEGRAL_RANK, facts.investmentIntegralRank());
    execution.setVariable(IN_INVESTMENT_GROWTH_RANK, facts.bestInvestmentGrowthRank());
    execution.setVariable(IN_QOL_RANK, facts.bestQolRank());
    execution.setVariable(IN_QOL_GROWTH_RANK, facts.bestQolGrowthRank());
    execution.setVariable(IN_ASI_PROJECT_READY, facts.asiProjectReadyToReplicate());
    execution.setVariable(IN_FORUM_IDEA_PLACE, facts.bestForumIdeaPlace());
    execution.setVariable(IN_RECOMMENDED_BY_STATE_COUNCIL, facts.isRecommendedBy(RecommenderKind.STATE_COUNCIL_COMMISSION));
    execution.setVariable(IN_RECOMMENDED_BY_FEDERAL_BODY, facts.isRecommendedBy(RecommenderKind.FEDERAL_BODY));
    execution.setVariable(IN_RECOMMENDED_BY_ASI, facts.isRecommendedBy(RecommenderKind.ASI));
  }
}

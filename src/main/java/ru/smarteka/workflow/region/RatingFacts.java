package ru.smarteka.workflow.region;

import java.util.List;

/**
 * The rating facts about a region and a practice category in a rating year that the publication-eligibility
 * decision needs (seed 000, conditions 1–7). Ranks are places (1 is best); {@code null} means the region is not
 * listed. Whether a place is good enough is for the decision table to say, not for this record.
 *
 * @param investmentIntegralRank place by the integral index of the National Investment Climate rating
 * @param bestInvestmentGrowthRank best place among growth leaders over the factors of that rating
 * @param bestQolRank best place in the QoL rating over the directions matching the category
 * @param bestQolGrowthRank best place among QoL growth leaders over the directions matching the category
 * @param asiProjectReadyToReplicate the region implemented an ASI project and is ready to replicate it
 * @param bestForumIdeaPlace best place of the region's ideas at the forum «Сильные идеи для нового времени»
 * @param recommendedBy who recommended the region (distinct, in {@link RecommenderKind} order)
 */
public record RatingFacts(
    String regionCode,
    String categoryCode,
    int ratingYear,
    Integer investmentIntegralRank,
    Integer bestInvestmentGrowthRank,
    Integer bestQolRank,
    Integer bestQolGrowthRank,
    boolean asiProjectReadyToReplicate,
    Integer bestForumIdeaPlace,
    List<RecommenderKind> recommendedBy) {

  public RatingFacts {
    recommendedBy = List.copyOf(recommendedBy);
  }

  public boolean isRecommendedBy(RecommenderKind kind) {
    return recommendedBy.contains(kind);
  }
}

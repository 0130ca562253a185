package ru.smarteka.workflow.region;

/**
 * What a row of rating data states about a region in a rating year. The conditions of seed 000 under which a region
 * may submit practices are decided on these facts (the thresholds live in the eligibility DMN table, not here).
 */
public enum RatingIndicator {
  /** Place by the integral index of the National Investment Climate rating; rank required, no subject. */
  INVESTMENT_INTEGRAL,
  /** Place among growth leaders by a factor of the investment rating; subject = investment factor code, rank required. */
  INVESTMENT_GROWTH,
  /** Place in a direction of the Quality of Life rating; subject = QoL direction code, rank required. */
  QOL_DIRECTION,
  /** Place among growth leaders of a QoL direction; subject = QoL direction code, rank required. */
  QOL_GROWTH,
  /** The region supported and implemented an ASI project; ready_to_replicate required, note = project name. */
  ASI_PROJECT,
  /** An idea of the region in the ranking of the forum «Сильные идеи для нового времени»; rank = place, note = idea. */
  FORUM_IDEA,
  /** The region is recommended to publish practices; subject = {@link RecommenderKind}, note = the recommender. */
  RECOMMENDATION;

  /** Whether rows of this indicator carry a rank (place) that must be a positive number. */
  public boolean requiresRank() {
    return this != ASI_PROJECT && this != RECOMMENDATION;
  }
}

package ru.smarteka.workflow.region;

/** Who recommended a region to publish its practices (seed 000 condition 7; decree 494 adds ASI). */
public enum RecommenderKind {
  /** A commission of the State Council of the Russian Federation. */
  STATE_COUNCIL_COMMISSION,
  /** A federal executive body (ФОИВ). */
  FEDERAL_BODY,
  /** The Agency for Strategic Initiatives. */
  ASI
}

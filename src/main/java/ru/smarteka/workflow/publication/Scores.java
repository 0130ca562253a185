package ru.smarteka.workflow.publication;

import java.util.List;

/** Scores of the seven expert criteria (seed 001), each from 1 to 5. */
public record Scores(
    int novelty,
    int relevance,
    int efficiency,
    int replicability,
    int socialSignificance,
    int coverage,
    int measurableResults) {

  public static final int MIN = 1;
  public static final int MAX = 5;

  /** The form fields of the seven scores, in the order of {@link #all()}. */
  public static final List<String> FIELDS = List.of("scoreNovelty", "scoreRelevance", "scoreEfficiency",
      "scoreReplicability", "scoreSocialSignificance", "scoreCoverage", "scoreMeasurableResults");

  static Scores of(List<Integer> values) {
    return new Scores(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5),
        values.get(6));
  }

  List<Integer> all() {
    return List.of(novelty, relevance, efficiency, replicability, socialSignificance, coverage, measurableResults);
  }
}

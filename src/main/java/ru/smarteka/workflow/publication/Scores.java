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

  List<Integer> all() {
    return List.of(novelty, relevance, efficiency, replicability, socialSignificance, coverage, measurableResults);
  }
}

package ru.smarteka.workflow.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One expert's assessment of a practice: the seven criteria of seed 001, each 1–5, and a conclusion. */
@Entity
@Table(name = "expert_assessment")
class ExpertAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long practiceId;
  private int round;
  private String expertId;
  private int novelty;
  private int relevance;
  private int efficiency;
  private int replicability;
  private int socialSignificance;
  private int coverage;
  private int measurableResults;
  @Column(name = "assessment_comment")
  private String comment;
  private Instant assessedAt;

  protected ExpertAssessment() {
  }

  ExpertAssessment(Long practiceId, int round, String expertId, Scores scores, String comment, Instant assessedAt) {
    this.practiceId = practiceId;
    this.round = round;
    this.expertId = expertId;
    this.novelty = scores.novelty();
    this.relevance = scores.relevance();
    this.efficiency = scores.efficiency();
    this.replicability = scores.replicability();
    this.socialSignificance = scores.socialSignificance();
    this.coverage = scores.coverage();
    this.measurableResults = scores.measurableResults();
    this.comment = comment;
    this.assessedAt = assessedAt;
  }

  Scores scores() {
    return new Scores(novelty, relevance, efficiency, replicability, socialSignificance, coverage, measurableResults);
  }

  AssessmentView view() {
    return new AssessmentView(round, expertId, scores(), comment, assessedAt);
  }
}

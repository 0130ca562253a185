package ru.smarteka.workflow.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored edition of the description (copy editing). */
@Entity
@Table(name = "practice_edition")
class PracticeEditionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long practiceId;
  private String editedBy;
  private Instant editedAt;
  private String title;
  private String problem;
  private String solution;
  private String results;
  private String effect;
  private String note;

  protected PracticeEditionEntity() {
  }

  PracticeEditionEntity(Long practiceId, Edition edition) {
    this.practiceId = practiceId;
    this.editedBy = edition.editedBy();
    this.editedAt = edition.editedAt();
    this.title = edition.title();
    this.problem = edition.problem();
    this.solution = edition.solution();
    this.results = edition.results();
    this.effect = edition.effect();
    this.note = edition.note();
  }

  Edition view() {
    return new Edition(title, problem, solution, results, effect, note, editedBy, editedAt);
  }
}

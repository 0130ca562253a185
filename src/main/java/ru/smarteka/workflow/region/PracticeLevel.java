package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A practice level */
@Entity
@Table(name = "practice_level")
class PracticeLevel extends ReferenceEntry {

  @Column(name = "description", nullable = false)
  private String description;

  protected PracticeLevel() {}

  String getDescription() {
    return description;
  }
}

package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the Smarteka catalogue (База знаний, Тиражирование, Подборки, Нацрейтинг, РКЖ). */
@Entity
@Table(name = "catalogue_section")
class CatalogueSection extends ReferenceEntry {

  @Column(name = "description", nullable = false)
  private String description;

  protected CatalogueSection() {}

  String getDescription() {
    return description;
  }
}

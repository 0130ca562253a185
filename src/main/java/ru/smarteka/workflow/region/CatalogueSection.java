package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of the Smarteka catalogue (База знаний, Тиражирование, Подборки, Нацрейтинг, РКЖ). */
@Entity
@Table(name = "catalogue_section")
class CatalogueSection {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected CatalogueSection() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getDescription() {
    return description;
  }

  int getSortOrder() {
    return sortOrder;
  }

  ReferenceItem toItem() {
    return new ReferenceItem(code, name);
  }
}

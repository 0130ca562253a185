package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A direction of the Quality of Life rating (РКЖ). */
@Entity
@Table(name = "qol_direction")
class QolDirection {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected QolDirection() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  int getSortOrder() {
    return sortOrder;
  }

  ReferenceItem toItem() {
    return new ReferenceItem(code, name);
  }
}

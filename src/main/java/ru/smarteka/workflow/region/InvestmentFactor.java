package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A factor of the National Investment Climate rating (Нацрейтинг). */
@Entity
@Table(name = "investment_factor")
class InvestmentFactor {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected InvestmentFactor() {}

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

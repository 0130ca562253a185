package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the 2021 list (Amur decree 188) and the 2026 category it maps onto. */
@Entity
@Table(name = "legacy_category")
class LegacyCategory {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "category_code", nullable = false)
  private String categoryCode;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected LegacyCategory() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getCategoryCode() {
    return categoryCode;
  }

  int getSortOrder() {
    return sortOrder;
  }
}

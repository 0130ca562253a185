package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entry of a reference list: a stable code, its Russian name and its place in the list. */
@MappedSuperclass
abstract class ReferenceEntry {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected ReferenceEntry() {}

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

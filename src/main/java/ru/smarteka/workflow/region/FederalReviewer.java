package ru.smarteka.workflow.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A federal executive body or a State Council commission that reviews practices of some categories. */
@Entity
@Table(name = "federal_reviewer")
class FederalReviewer {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private FederalReviewerKind kind;

  @Column(name = "name", nullable = false, length = 500)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ElementCollection
  @CollectionTable(name = "federal_reviewer_category", joinColumns = @JoinColumn(name = "reviewer_code"))
  @Column(name = "category_code")
  private Set<String> categoryCodes = new HashSet<>();

  protected FederalReviewer() {}

  FederalReviewer(String code, FederalReviewerKind kind, String name, int sortOrder, Collection<String> categories) {
    this.code = code;
    this.kind = kind;
    this.name = name;
    this.sortOrder = sortOrder;
    this.categoryCodes = new HashSet<>(categories);
  }

  String getCode() {
    return code;
  }

  void replaceWith(FederalReviewer other) {
    this.kind = other.kind;
    this.name = other.name;
    this.categoryCodes.clear();
    this.categoryCodes.addAll(other.categoryCodes);
  }

  int getSortOrder() {
    return sortOrder;
  }

  void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  FederalReviewerInfo toInfo(List<String> categoriesInOrder) {
    return new FederalReviewerInfo(code, kind, name,
        categoriesInOrder.stream().filter(categoryCodes::contains).toList());
  }
}

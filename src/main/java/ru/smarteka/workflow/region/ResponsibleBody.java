package ru.smarteka.workflow.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A regional executive body (or organisation) responsible for work on Smarteka in some categories. */
@Entity
@Table(name = "responsible_body")
class ResponsibleBody {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  @Column(name = "name", nullable = false, length = 500)
  private String name;

  @Column(name = "coordinator", nullable = false)
  private boolean coordinator;

  @ElementCollection
  @CollectionTable(name = "responsible_body_category", joinColumns = @JoinColumn(name = "body_id"))
  @Column(name = "category_code")
  private Set<String> categoryCodes = new HashSet<>();

  protected ResponsibleBody() {}

  ResponsibleBody(String regionCode, String name, boolean coordinator, Collection<String> categoryCodes) {
    this.regionCode = regionCode;
    this.name = name;
    this.coordinator = coordinator;
    this.categoryCodes = new HashSet<>(categoryCodes);
  }

  Long getId() {
    return id;
  }

  String getRegionCode() {
    return regionCode;
  }

  String getName() {
    return name;
  }

  boolean isCoordinator() {
    return coordinator;
  }

  Set<String> getCategoryCodes() {
    return Set.copyOf(categoryCodes);
  }

  ResponsibleBodyInfo toInfo(List<String> categoriesInOrder) {
    return new ResponsibleBodyInfo(id, regionCode, name, coordinator, categoriesInOrder);
  }
}

package ru.smarteka.workflow.publication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** An expert's profile: the region they come from (never assigned to its practices) and their categories. */
@Entity
@Table(name = "expert")
class Expert {

  @Id
  private String userId;

  private String fullName;
  private String regionCode;
  private boolean active;

  // the candidates' categories in one statement for up to 100 experts, not one per expert
  @BatchSize(size = 100)
  @ElementCollection
  @CollectionTable(name = "expert_category", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "category_code", nullable = false)
  private Set<String> categories = new LinkedHashSet<>();

  protected Expert() {
  }

  Expert(String userId) {
    this.userId = userId;
    this.active = true;
  }

  void update(String fullName, String regionCode, Set<String> categories, boolean active) {
    this.fullName = fullName;
    this.regionCode = regionCode;
    this.active = active;
    this.categories.clear();
    this.categories.addAll(categories);
  }

  ExpertProfile view() {
    return new ExpertProfile(userId, fullName, regionCode, Set.copyOf(categories), active);
  }

  String userId() {
    return userId;
  }

  String regionCode() {
    return regionCode;
  }

  boolean active() {
    return active;
  }

  Set<String> categories() {
    return categories;
  }
}

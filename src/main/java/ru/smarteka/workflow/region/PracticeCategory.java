package ru.smarteka.workflow.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A practice category of the 2026 list, with the QoL directions and investment factors it improves. */
@Entity
@Table(name = "practice_category")
class PracticeCategory extends ReferenceEntry {

  @ElementCollection
  @CollectionTable(name = "category_qol_direction", joinColumns = @JoinColumn(name = "category_code"))
  @Column(name = "direction_code")
  private Set<String> qolDirectionCodes = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "category_investment_factor", joinColumns = @JoinColumn(name = "category_code"))
  @Column(name = "factor_code")
  private Set<String> investmentFactorCodes = new HashSet<>();

  protected PracticeCategory() {}

  Set<String> getQolDirectionCodes() {
    return Set.copyOf(qolDirectionCodes);
  }

  Set<String> getInvestmentFactorCodes() {
    return Set.copyOf(investmentFactorCodes);
  }
}

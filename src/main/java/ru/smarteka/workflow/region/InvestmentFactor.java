package ru.smarteka.workflow.region;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A factor of the National Investment Climate rating (Нацрейтинг). */
@Entity
@Table(name = "investment_factor")
class InvestmentFactor extends ReferenceEntry {

  protected InvestmentFactor() {}
}

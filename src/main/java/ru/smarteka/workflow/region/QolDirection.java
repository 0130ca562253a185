package ru.smarteka.workflow.region;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A direction of the Quality of Life rating (РКЖ). */
@Entity
@Table(name = "qol_direction")
class QolDirection extends ReferenceEntry {

  protected QolDirection() {}
}

package ru.smarteka.workflow.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of a collection: who, when, what (created, changed, published, withdrawn, deleted). */
@Entity
@Table(name = "catalogue_collection_change")
class CollectionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long collectionId;
  private String action;
  private String changedBy;
  private Instant changedAt;
  private String summary;

  protected CollectionChange() {
  }

  CollectionChange(long collectionId, String action, String changedBy, Instant changedAt, String summary) {
    this.collectionId = collectionId;
    this.action = action;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
  }

  CollectionView.Change view() {
    return new CollectionView.Change(action, changedBy, changedAt, summary);
  }
}

package ru.smarteka.workflow.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A collection (подборка): a thematic, ordered list of published practices, composed by ASI editors. */
@Entity
@Table(name = "catalogue_collection")
class Collection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private String title;
  private String description;
  private String coverText;
  private boolean published;
  private int position;

  @ElementCollection
  @CollectionTable(name = "catalogue_collection_practice", joinColumns = @JoinColumn(name = "collection_id"))
  @OrderColumn(name = "position")
  @Column(name = "practice_id", nullable = false)
  private List<Long> practiceIds = new ArrayList<>();

  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;

  protected Collection() {
  }

  Collection(String user, Instant now) {
    this.createdBy = user;
    this.createdAt = now;
  }

  void fill(CollectionData data, String user, Instant now) {
    this.title = data.title().strip();
    this.description = data.description();
    this.coverText = data.coverText();
    this.published = Boolean.TRUE.equals(data.published());
    this.position = data.position() == null ? 0 : data.position();
    this.practiceIds.clear();
    this.practiceIds.addAll(data.practiceIdsOrEmpty());
    this.updatedBy = user;
    this.updatedAt = now;
  }

  Long id() {
    return id;
  }

  long version() {
    return version;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  String coverText() {
    return coverText;
  }

  boolean published() {
    return published;
  }

  int position() {
    return position;
  }

  List<Long> practiceIds() {
    return practiceIds;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  String updatedBy() {
    return updatedBy;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}

package ru.smarteka.workflow.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One fact about a region in a rating year: a rank of a rating, an ASI project, a forum idea, a recommendation. */
@Entity
@Table(name = "rating_result")
class RatingResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "rating_year", nullable = false)
  private int ratingYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "indicator", nullable = false, length = 30)
  private RatingIndicator indicator;

  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  @Column(name = "subject_code", length = 50)
  private String subjectCode;

  @Column(name = "rank")
  private Integer rank;

  @Column(name = "ready_to_replicate")
  private Boolean readyToReplicate;

  @Column(name = "note", length = 1000)
  private String note;

  protected RatingResult() {}

  RatingResult(int ratingYear, RatingIndicator indicator, String regionCode, String subjectCode, Integer rank,
      Boolean readyToReplicate, String note) {
    this.ratingYear = ratingYear;
    this.indicator = indicator;
    this.regionCode = regionCode;
    this.subjectCode = subjectCode;
    this.rank = rank;
    this.readyToReplicate = readyToReplicate;
    this.note = note;
  }

  Long getId() {
    return id;
  }

  int getRatingYear() {
    return ratingYear;
  }

  RatingIndicator getIndicator() {
    return indicator;
  }

  String getRegionCode() {
    return regionCode;
  }

  String getSubjectCode() {
    return subjectCode;
  }

  Integer getRank() {
    return rank;
  }

  Boolean getReadyToReplicate() {
    return readyToReplicate;
  }

  String getNote() {
    return note;
  }
}

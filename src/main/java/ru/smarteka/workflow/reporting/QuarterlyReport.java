package ru.smarteka.workflow.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A region's report for a quarter: its bodies' parts, consolidated by the coordinating ministry. */
@Entity
@Table(name = "quarterly_report")
class QuarterlyReport {

  enum Status { COLLECTING, CONSOLIDATED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String regionCode;
  @Column(name = "report_year")
  private int year;
  private int quarter;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDate deadline;
  private String startedBy;
  private Instant startedAt;
  private String consolidatedBy;
  private Instant consolidatedAt;
  private String coordinatorNote;
  /** The instance of quarterly-report that collects the report, written when it starts. */
  private String processInstanceId;

  protected QuarterlyReport() {
  }

  QuarterlyReport(ReportPeriod period, String regionCode, String startedBy, String processInstanceId, Instant now) {
    this.processInstanceId = processInstanceId;
    this.regionCode = regionCode;
    this.year = period.year();
    this.quarter = period.quarter();
    this.status = Status.COLLECTING;
    this.deadline = period.deadline();
    this.startedBy = startedBy;
    this.startedAt = now;
  }

  void consolidate(String by, String note, Instant now) {
    this.status = Status.CONSOLIDATED;
    this.consolidatedBy = by;
    this.consolidatedAt = now;
    this.coordinatorNote = note;
  }

  Long id() { return id; }
  String regionCode() { return regionCode; }
  ReportPeriod period() { return new ReportPeriod(year, quarter); }
  Status status() { return status; }
  LocalDate deadline() { return deadline; }
  String consolidatedBy() { return consolidatedBy; }
  String coordinatorNote() { return coordinatorNote; }
}

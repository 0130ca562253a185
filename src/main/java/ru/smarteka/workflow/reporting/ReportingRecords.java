package ru.smarteka.workflow.reporting;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A responsible body's part of a quarterly report, and the generated report files. */
final class ReportingRecords {

  @Entity
  @Table(name = "quarterly_body_report")
  static class BodyReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long reportId;
    Long bodyId;
    String bodyName;
    String submittedBy;
    Instant submittedAt;
    String corrections;

    protected BodyReport() {
    }

    BodyReport(Long reportId, Long bodyId, String bodyName, String submittedBy, Instant submittedAt,
        String corrections) {
      this.reportId = reportId;
      this.bodyId = bodyId;
      this.bodyName = bodyName;
      this.submittedBy = submittedBy;
      this.submittedAt = submittedAt;
      this.corrections = corrections;
    }
  }

  /** The body a body-report task is for, written when the task is created. */
  @Entity
  @Table(name = "quarterly_body_task")
  static class BodyTask {
    @Id
    String taskId;
    Long reportId;
    Long bodyId;

    protected BodyTask() {
    }

    BodyTask(String taskId, Long reportId, Long bodyId) {
      this.taskId = taskId;
      this.reportId = reportId;
      this.bodyId = bodyId;
    }
  }

  @Entity
  @Table(name = "quarterly_report_file")
  static class ReportFile {
    @EmbeddedId
    Key key;
    String fileName;
    String contentType;
    byte[] data;
    Instant generatedAt;

    protected ReportFile() {
    }

    ReportFile(Long reportId, String format, String fileName, String contentType, byte[] data, Instant generatedAt) {
      this.key = new Key(reportId, format);
      this.fileName = fileName;
      this.contentType = contentType;
      this.data = data;
      this.generatedAt = generatedAt;
    }

    @Embeddable
    record Key(Long reportId, String format) implements Serializable {
    }
  }

  private ReportingRecords() {
  }
}

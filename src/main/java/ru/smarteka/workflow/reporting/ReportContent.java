package ru.smarteka.workflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a quarterly report says, in the layout decrees 188 and 494 list. */
record ReportContent(String regionName, ReportPeriod period, List<PracticeRow> practices,
    List<ReplicationRow> replications, List<BodyPart> bodies, String coordinatorNote) {

  /** (1) a practice of the region placed on the platform, by category and responsible body. */
  record PracticeRow(String category, String bodies, String title, String link, LocalDate placedOn) {
  }

  /** (2) a practice being replicated in the region: name, link, result, the responsible person. */
  record ReplicationRow(String title, String link, String category, String bodies, String result, String position,
      String contacts) {
  }

  /** A body's part: who submitted it, when, and its corrections. */
  record BodyPart(String body, String submittedBy, Instant submittedAt, String corrections) {
  }
}

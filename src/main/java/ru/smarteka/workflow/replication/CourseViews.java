package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The course of a replication as its view shows it, each part read from the step that owns it. */
@Component
@Transactional(readOnly = true)
class CourseViews {

  private final ReplicationHistory history;
  private final ReplicationCourse course;
  private final RoadmapReviews roadmaps;
  private final ImplementationReports reports;
  private final ReplicationDocuments documents;

  CourseViews(ReplicationHistory history, ReplicationCourse course, RoadmapReviews roadmaps,
      ImplementationReports reports, ReplicationDocuments documents) {
    this.history = history;
    this.course = course;
    this.roadmaps = roadmaps;
    this.reports = reports;
    this.documents = documents;
  }

  ReplicationView.Course of(ReplicationRequest request) {
    long id = request.id();
    List<ReplicationRecords.Document> uploaded = documents.of(request);
    return new ReplicationView.Course(history.of(id), course.meetingOf(id).orElse(null), roadmaps.latest(id),
        reports.of(id), course.evaluationsOf(id), uploaded.stream().map(ReplicationDocuments::view).toList(),
        roadmaps.versions(id, uploaded));
  }

  /** Every roadmap version of the request. */
  List<ReplicationView.RoadmapView> roadmaps(ReplicationRequest request) {
    return roadmaps.versions(request.id(), documents.of(request));
  }
}

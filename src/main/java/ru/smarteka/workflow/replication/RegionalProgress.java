package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;

/** The replications under way in a region, as rows of its quarterly report. */
@Component
@Transactional(readOnly = true)
class RegionalProgress {

  private final ReplicationRequestRepository requests;
  private final PracticeService practices;
  private final ImplementationReports reports;
  private final RoadmapReviews roadmaps;

  RegionalProgress(ReplicationRequestRepository requests, PracticeService practices, ImplementationReports reports,
      RoadmapReviews roadmaps) {
    this.requests = requests;
    this.practices = practices;
    this.reports = reports;
    this.roadmaps = roadmaps;
  }

  /**
   * The replications under way in a recipient region (accepted, not yet closed), with the latest achieved result, or
   * the planned one (the roadmap) when nothing is reported yet.
   */
  List<ReplicationService.Progress> underWayIn(String regionCode) {
    return requests.findByRecipientRegionAndOpenKeyIsNotNullAndStatusNotOrderByCreatedAt(regionCode,
            ReplicationStatus.REQUESTED).stream()
        .map(r -> {
          PracticeSnapshot practice = practices.snapshot(r.practiceId());
          List<ReplicationView.ProgressView> reported = reports.of(r.id());
          String result = !reported.isEmpty() ? "Достигнуто: " + reported.get(reported.size() - 1).achievedResult()
              : planned(r.id());
          return new ReplicationService.Progress(r.id(), r.practiceId(), practice.title(), practice.categoryCode(),
              r.status(), result, r.officialName(), r.officialPosition(), r.applicant().contacts());
        })
        .toList();
  }

  private String planned(long id) {
    List<ReplicationView.MilestoneView> roadmap = roadmaps.latest(id);
    if (roadmap.isEmpty()) {
      return "Планируется: дорожная карта готовится";
    }
    var last = roadmap.get(roadmap.size() - 1);
    return "Планируется: " + last.title() + " до " + last.dueDate().format(Roadmaps.DATE);
  }
}

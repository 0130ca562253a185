package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;

/** Replications as people read them: one with its whole course, the list of those a user may see. */
@Component
@Transactional(readOnly = true)
class ReplicationViews {

  private final ReplicationLookup lookup;
  private final ReplicationRequestRepository requests;
  private final PracticeService practices;
  private final CourseViews courses;

  ReplicationViews(ReplicationLookup lookup, ReplicationRequestRepository requests, PracticeService practices,
      CourseViews courses) {
    this.lookup = lookup;
    this.requests = requests;
    this.practices = practices;
    this.courses = courses;
  }

  /** The replication, if the user may read it. */
  ReplicationView view(CurrentUser user, long id) {
    return of(lookup.readable(user, id));
  }

  /** The replication with this id, whoever asks (the application's own steps and answers). */
  ReplicationView view(long id) {
    return of(lookup.find(id));
  }

  /** The replication an instance runs: what its tasks' forms show. */
  ReplicationView ofInstance(String processInstanceId) {
    return of(lookup.runBy(processInstanceId));
  }

  List<ReplicationView.RoadmapView> roadmaps(CurrentUser user, long id) {
    return courses.roadmaps(lookup.readable(user, id));
  }

  Page<ReplicationView.Summary> list(CurrentUser user, Long practiceId, ReplicationStatus status, Pageable pageable) {
    Specification<ReplicationRequest> spec = ReplicationAccess.visibleTo(user, practices);
    if (practiceId != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("practiceId"), practiceId));
    }
    if (status != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    return requests.findAll(spec, pageable).map(r -> new ReplicationView.Summary(r.id(), r.practiceId(),
        r.recipientRegion(), r.status(), r.moderatorId(), r.createdAt()));
  }

  private ReplicationView of(ReplicationRequest r) {
    PracticeSnapshot practice = practices.snapshot(r.practiceId());
    return new ReplicationView(r.id(), r.version(),
        new ReplicationView.Practice(r.practiceId(), practice.title(), practice.regionCode()), r.applicant(),
        new ReplicationView.Standing(r.status(), r.moderatorId(), r.authorityOutcome(), r.authorityReason(),
            r.createdAt(), r.updatedAt(), r.closedAt()),
        courses.of(r));
  }
}

package ru.smarteka.workflow.replication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * What happened to a replication, in our tables: every status change, by a named transition (with who and why,
 * published as {@link ReplicationStatusChanged} in the same transaction), decisions, uploads, reminders.
 */
@Component
@Transactional
class ReplicationHistory {

  private final ReplicationRequestRepository requests;
  private final ReplicationEventRepository events;
  private final PracticeService practices;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  ReplicationHistory(ReplicationRequestRepository requests, ReplicationEventRepository events,
      PracticeService practices, ApplicationEventPublisher publisher, Clock clock) {
    this.requests = requests;
    this.events = events;
    this.practices = practices;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** The moment a step happens at. */
  Instant now() {
    return clock.instant();
  }

  /** The request moves on by a named transition: the new status saved, recorded and published. */
  void move(ReplicationRequest request, ReplicationTransition transition, String actor, String note) {
    request.take(transition, clock.instant());
    requests.saveAndFlush(request);
    record(request, request.status().name(), actor, note);
    publisher.publishEvent(new ReplicationStatusChanged(request.id(), request.practiceId(), request.recipientRegion(),
        request.officialId(), request.moderatorId(), request.status(), actor, note,
        practices.snapshot(request.practiceId()).title()));
  }

  /** Something else that happened to the request. */
  void record(ReplicationRequest request, String kind, String actor, String note) {
    events.save(new ReplicationRecords.Event(request.id(), kind, actor, clock.instant(), note));
  }

  /**
   * The moderator's remarks of the latest return of this kind (the status change's note), or null when the work was
   * never returned so.
   */
  @Transactional(readOnly = true)
  String latestRemarks(long id, ReplicationStatus returned) {
    return events.findFirstByRequestIdAndKindOrderByHappenedAtDescIdDesc(id, returned.name()).map(e -> e.note)
        .orElse(null);
  }

  @Transactional(readOnly = true)
  List<ReplicationView.EventView> of(long id) {
    return events.findByRequestIdOrderByHappenedAtAscIdAsc(id).stream()
        .map(e -> new ReplicationView.EventView(e.kind, e.actor, e.happenedAt, e.note)).toList();
  }
}

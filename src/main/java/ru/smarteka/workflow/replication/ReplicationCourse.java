package ru.smarteka.workflow.replication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * The moderator's steps around the roadmap and the implementation: the screening of the request, the meeting with
 * the mentor, the evaluation of results six months on (submitted by the recipient, validated or returned).
 */
@Component
@Transactional
class ReplicationCourse {

  private final ReplicationLookup lookup;
  private final ReplicationMeetingRepository meetings;
  private final ReplicationEvaluationRepository evaluations;
  private final PracticeService practices;
  private final ReplicationHistory history;

  ReplicationCourse(ReplicationLookup lookup, ReplicationMeetingRepository meetings,
      ReplicationEvaluationRepository evaluations, PracticeService practices, ReplicationHistory history) {
    this.lookup = lookup;
    this.meetings = meetings;
    this.evaluations = evaluations;
    this.practices = practices;
    this.history = history;
  }

  /** The moderator accepts the request, or rejects it without consideration with a reason for the recipient. */
  void screen(long id, boolean accepted, String actor, String reason) {
    history.move(lookup.find(id), ReplicationTransition.of(accepted, ReplicationTransition.ACCEPT,
        ReplicationTransition.REJECT), actor, reason);
  }

  /** The meeting of the recipient with the mentor, as the moderator records it. */
  void recordMeeting(long id, LocalDate date, String participants, String outcome, String actor) {
    meetings.save(new ReplicationRecords.Meeting(id, date, participants, outcome, actor, history.now()));
    history.move(lookup.find(id), ReplicationTransition.HOLD_MEETING, actor, outcome);
  }

  void submitEvaluation(long id, String achieved, String comparison, String note, String actor) {
    evaluations.save(new ReplicationRecords.Evaluation(id, actor, history.now(), achieved, comparison, note));
    history.move(lookup.find(id), ReplicationTransition.SUBMIT_EVALUATION, actor, null);
  }

  /** The moderator validates the evaluation (the replication is complete and counts for the practice) or returns it. */
  void decideEvaluation(long id, boolean validated, String actor, String comment) {
    ReplicationRequest request = lookup.find(id);
    history.move(request, ReplicationTransition.of(validated, ReplicationTransition.VALIDATE_EVALUATION,
        ReplicationTransition.RETURN_EVALUATION), actor, comment);
    if (validated) {
      practices.recordReplication(request.practiceId());
    }
  }

  @Transactional(readOnly = true)
  Optional<ReplicationView.MeetingView> meetingOf(long id) {
    return meetings.findById(id)
        .map(m -> new ReplicationView.MeetingView(m.meetingDate, m.participants, m.outcome, m.recordedBy));
  }

  @Transactional(readOnly = true)
  List<ReplicationView.EvaluationView> evaluationsOf(long id) {
    return evaluations.findByRequestIdOrderBySubmittedAtAscIdAsc(id).stream()
        .map(e -> new ReplicationView.EvaluationView(e.submittedBy, e.submittedAt, e.achievedResults, e.comparison,
            e.note)).toList();
  }
}

package ru.smarteka.workflow.replication;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * Reminders of the milestones of an approved roadmap: each milestone still ahead is reminded of once, the lead time
 * ({@code smarteka.replication.reminder-lead}) before its date at 09:00. The recipient region's officials are mailed
 * ({@link MilestoneReminderDue}, mailed by the notification module) and the reminder is recorded on the milestone, so
 * a timer that fires again, early or for a milestone already reminded of, mails nobody.
 */
@Component
@Transactional
class MilestoneReminders {

  /** No milestone ahead: the reminder timer is set where it never fires. */
  static final String NEVER = "9999-12-31T00:00:00";

  private final ReplicationMilestoneRepository milestones;
  private final PracticeService practices;
  private final ReferenceData referenceData;
  private final ReplicationHistory history;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final Duration lead;

  MilestoneReminders(ReplicationMilestoneRepository milestones, PracticeService practices,
      ReferenceData referenceData, ReplicationHistory history, ApplicationEventPublisher publisher, Clock clock,
      @Value("${smarteka.replication.reminder-lead}") Duration lead) {
    this.milestones = milestones;
    this.history = history;
    this.practices = practices;
    this.referenceData = referenceData;
    this.publisher = publisher;
    this.clock = clock;
    this.lead = lead;
  }

  /**
   * When the next reminder is due (the timer's ISO date): the earliest reminder time of the milestones not reminded
   * of yet, but not in the past; {@link #NEVER} when none is left.
   */
  @Transactional(readOnly = true)
  String nextReminderAt(long requestId) {
    LocalDateTime soonest = now().plusMinutes(1);
    return pending(requestId).stream().map(this::remindAt).min(Comparator.naturalOrder())
        .map(at -> at.isBefore(soonest) ? soonest : at)
        .map(at -> at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).orElse(NEVER);
  }

  /** Reminds the recipient region of each milestone whose reminder time has come, once; how many were due. */
  int remindDue(ReplicationRequest request, String reportTaskId) {
    long requestId = request.id();
    LocalDateTime now = now();
    List<ReplicationRecords.Milestone> due = pending(requestId).stream().filter(m -> !remindAt(m).isAfter(now))
        .toList();
    if (due.isEmpty()) {
      return 0;
    }
    String title = practices.snapshot(request.practiceId()).title();
    String regionName = referenceData.findRegion(request.recipientRegion()).map(r -> r.name())
        .orElse(request.recipientRegion());
    for (ReplicationRecords.Milestone milestone : due) {
      milestone.remindedAt = clock.instant();
      milestones.save(milestone);
      history.record(request, "MILESTONE_REMINDER", "system",
          "Веха «" + milestone.title + "» до " + milestone.dueDate.format(Roadmaps.DATE));
      publisher.publishEvent(new MilestoneReminderDue(requestId, request.practiceId(), title,
          request.recipientRegion(), regionName, milestone.title, milestone.dueDate, milestone.responsible,
          reportTaskId));
    }
    return due.size();
  }

  /** The milestones of the latest roadmap version still ahead and not reminded of. */
  private List<ReplicationRecords.Milestone> pending(long requestId) {
    LocalDate today = now().toLocalDate();
    return milestones.findByRequestIdAndRoadmapVersionOrderByPositionAsc(requestId,
            milestones.latestVersion(requestId)).stream()
        .filter(m -> m.remindedAt == null && !m.dueDate.isBefore(today)).toList();
  }

  private LocalDateTime remindAt(ReplicationRecords.Milestone milestone) {
    return milestone.dueDate.atTime(9, 0).minus(lead);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
  }
}

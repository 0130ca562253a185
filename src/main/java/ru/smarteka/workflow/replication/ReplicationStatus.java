package ru.smarteka.workflow.replication;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** Where a replication request stands, and where it may go from there: only along {@link #next()}. */
@NamedInterface("events")
public enum ReplicationStatus {
  /** «Хочу внедрить» pressed; waiting for the moderator's screening. */
  REQUESTED("подана"),
  /** Rejected without consideration by the moderator. */
  REJECTED("отклонена без рассмотрения"),
  /** Accepted: the moderator arranges the meeting with the mentor. */
  ACCEPTED("принята, готовится встреча с наставником"),
  /** The recipient met the mentor; the roadmap is being prepared. */
  MEETING_HELD("встреча с наставником проведена, ожидается дорожная карта"),
  /** The roadmap waits for the moderator's review. */
  ROADMAP_SUBMITTED("дорожная карта представлена"),
  /** The roadmap was returned with remarks. */
  ROADMAP_RETURNED("дорожная карта возвращена на доработку"),
  /** The roadmap is approved; the practice is being implemented. */
  IMPLEMENTING("дорожная карта утверждена, идёт внедрение"),
  /** The moderator did not confirm the implementation yet: the recipient reports again, with the remarks. */
  IMPLEMENTATION_RETURNED("внедрение не подтверждено: нужны уточнения"),
  /** The moderator confirmed the implementation; the evaluation is due in six months. */
  IMPLEMENTED("внедрение подтверждено"),
  /** The recipient's evaluation waits for the moderator. */
  EVALUATION_SUBMITTED("оценка результатов представлена"),
  /** The moderator returned the evaluation with remarks. */
  EVALUATION_RETURNED("оценка результатов возвращена на уточнение"),
  /** The evaluation is validated: the replication is complete. */
  EVALUATED("оценка результатов принята, внедрение завершено"),
  /** The recipient abandoned the replication. */
  ABANDONED("внедрение прекращено");

  private final String label;

  ReplicationStatus(String label) {
    this.label = label;
  }

  /** The statuses a request in this one may move to; none once it is closed. */
  public Set<ReplicationStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, ABANDONED);
      case ACCEPTED -> EnumSet.of(MEETING_HELD, ABANDONED);
      case MEETING_HELD, ROADMAP_RETURNED -> EnumSet.of(ROADMAP_SUBMITTED, ABANDONED);
      case ROADMAP_SUBMITTED -> EnumSet.of(IMPLEMENTING, ROADMAP_RETURNED, ABANDONED);
      case IMPLEMENTING -> EnumSet.of(IMPLEMENTED, IMPLEMENTATION_RETURNED, ABANDONED);
      case IMPLEMENTATION_RETURNED -> EnumSet.of(IMPLEMENTING, IMPLEMENTED, ABANDONED);
      case IMPLEMENTED, EVALUATION_RETURNED -> EnumSet.of(EVALUATION_SUBMITTED, ABANDONED);
      case EVALUATION_SUBMITTED -> EnumSet.of(EVALUATED, EVALUATION_RETURNED, ABANDONED);
      case REJECTED, EVALUATED, ABANDONED -> EnumSet.noneOf(ReplicationStatus.class);
    };
  }

  public boolean canBecome(ReplicationStatus target) {
    return next().contains(target);
  }

  /** The status as people read it. */
  public String label() {
    return label;
  }

  /**
   * The recipient's task a return sends the work back to, as users see it in Tasklist; null when the status is no
   * return to the recipient.
   */
  public String returnedTo() {
    return switch (this) {
      case ROADMAP_RETURNED -> "Представить дорожную карту";
      case IMPLEMENTATION_RETURNED -> "Отчитаться о ходе внедрения";
      case EVALUATION_RETURNED -> "Оценить результаты внедрения";
      default -> null;
    };
  }

  public boolean isOpen() {
    return this != REJECTED && this != EVALUATED && this != ABANDONED;
  }
}

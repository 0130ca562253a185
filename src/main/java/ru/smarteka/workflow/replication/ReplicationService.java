package ru.smarteka.workflow.replication;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Replication requests as the rest of the application uses them (our API, the quarterly report, demo data): who may
 * request, abandon, read, upload. Each answer comes from the part that owns it; the process's steps call those parts
 * themselves.
 */
@Service
@Transactional
public class ReplicationService {

  private final ReplicationIntake intake;
  private final Abandonments abandonments;
  private final ReplicationViews views;
  private final ReplicationDocuments documents;
  private final RegionalProgress regionalProgress;
  private final ReplicationModerators moderators;
  private final ReplicationRequestRepository requests;

  ReplicationService(ReplicationIntake intake, Abandonments abandonments, ReplicationViews views,
      ReplicationDocuments documents, RegionalProgress regionalProgress, ReplicationModerators moderators,
      ReplicationRequestRepository requests) {
    this.requests = requests;
    this.intake = intake;
    this.abandonments = abandonments;
    this.views = views;
    this.documents = documents;
    this.regionalProgress = regionalProgress;
    this.moderators = moderators;
  }

  /**
   * «Хочу внедрить» through our API: starts the replication process with the request's fields, as the Tasklist
   * start form does; the process's first step checks and records them.
   */
  public ReplicationView request(CurrentUser user, RequestData data) {
    return views.view(intake.request(data));
  }

  /** The recipient abandons the replication at any stage, with a reason; every open task of it ends. */
  public ReplicationView abandon(CurrentUser user, long id, String reason) {
    abandonments.abandon(user, id, reason);
    return views.view(id);
  }

  /**
   * The regions replicating a published practice, as the public catalogue shows them: the requests the moderator
   * accepted, still under way or implemented ({@link #REPLICATING}); not those waiting for the screening, rejected or
   * abandoned. Oldest request first, one query.
   */
  @Transactional(readOnly = true)
  public List<ReplicatingRegion> replicatingRegions(long practiceId) {
    return requests.regionsOf(practiceId, REPLICATING).stream().map(row -> {
      ReplicationStatus status = (ReplicationStatus) row[1];
      return new ReplicatingRegion((String) row[0], status.name(), status.label(), (java.time.Instant) row[2]);
    }).toList();
  }

  /** The statuses in which a request counts as its region replicating the practice. */
  static final Set<ReplicationStatus> REPLICATING = java.util.EnumSet.complementOf(java.util.EnumSet.of(
      ReplicationStatus.REQUESTED, ReplicationStatus.REJECTED, ReplicationStatus.ABANDONED));

  @Transactional(readOnly = true)
  public ReplicationView view(CurrentUser user, long id) {
    return views.view(user, id);
  }

  @Transactional(readOnly = true)
  public Page<ReplicationView.Summary> list(CurrentUser user, Long practiceId, ReplicationStatus status,
      Pageable pageable) {
    return views.list(user, practiceId, status, pageable);
  }

  /** Every roadmap version of a replication, for who may read it. */
  @Transactional(readOnly = true)
  public List<ReplicationView.RoadmapView> roadmaps(CurrentUser user, long id) {
    return views.roadmaps(user, id);
  }

  public ReplicationView.DocumentView upload(CurrentUser user, long id, String kindName, String originalName,
      byte[] content) {
    return documents.upload(user, id, kindName, originalName, content);
  }

  /** A document to download: its metadata and bytes. */
  public record StoredDocument(ReplicationView.DocumentView metadata, byte[] content) {
  }

  @Transactional(readOnly = true)
  public StoredDocument download(CurrentUser user, long id, long documentId) {
    return documents.download(user, id, documentId);
  }

  /** A replication under way in a region: a row of the region's quarterly report. */
  public record Progress(long requestId, long practiceId, String practiceTitle, String categoryCode,
      ReplicationStatus status, String result, String officialName, String officialPosition, String contacts) {
  }

  /**
   * The replications under way in a recipient region (accepted, not yet closed), with the latest achieved result, or
   * the planned one (the roadmap) when nothing is reported yet.
   */
  @Transactional(readOnly = true)
  public List<Progress> underWayIn(String regionCode) {
    return regionalProgress.underWayIn(regionCode);
  }

  /**
   * The officials (recipients) of the practice's open replications: told when the practice is approved for mass
   * replication.
   */
  @Transactional(readOnly = true)
  public List<String> openRecipients(long practiceId) {
    return requests.openRecipients(practiceId);
  }

  /** Moderators by category (admin API and demo data). */
  public void setModeratorCategories(String userId, Set<String> categories) {
    moderators.setCategories(userId, categories);
  }

  @Transactional(readOnly = true)
  public boolean hasModeratorCategories() {
    return moderators.anyCategories();
  }
}

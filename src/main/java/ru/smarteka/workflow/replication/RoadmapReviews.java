package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationForms.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The roadmap: the recipient submits versions of it (milestone lines and the roadmap document uploaded to the
 * request), the moderator approves one or returns it with remarks.
 */
@Component
@Transactional
class RoadmapReviews {

  private final ReplicationLookup lookup;
  private final ReplicationMilestoneRepository milestones;
  private final ReplicationRoadmapRepository roadmaps;
  private final ReplicationDocuments documents;
  private final ReplicationHistory history;

  RoadmapReviews(ReplicationLookup lookup, ReplicationMilestoneRepository milestones,
      ReplicationRoadmapRepository roadmaps, ReplicationDocuments documents, ReplicationHistory history) {
    this.lookup = lookup;
    this.milestones = milestones;
    this.roadmaps = roadmaps;
    this.documents = documents;
    this.history = history;
  }

  /**
   * A new roadmap version from the lines «что; ДД.ММ.ГГГГ; ответственный» of the form, with the roadmap document
   * uploaded to the request: any for the first version, a new edition uploaded since the return for each next one.
   * Every problem is answered at once; the new version's number.
   */
  int submit(long id, TaskForm form, String actor) {
    List<Roadmaps.Line> lines = List.of();
    try {
      lines = Roadmaps.parse(form.text(ROADMAP_MILESTONES));
    } catch (InvalidInputException e) {
      form.reject(ROADMAP_MILESTONES, e.errors().stream().map(FieldMessage::message)
          .collect(Collectors.joining("; ")));
    }
    Optional<ReplicationRecords.Roadmap> previous = roadmaps.findFirstByRequestIdOrderByVersionDesc(id);
    Instant since = previous.map(r -> r.decidedAt != null ? r.decidedAt : r.submittedAt).orElse(null);
    Optional<ReplicationRecords.Document> document = documents.latest(id, ReplicationDocumentKind.ROADMAP, since);
    if (document.isEmpty()) {
      form.reject(ROADMAP_DOCUMENT, since == null
          ? "нет документа дорожной карты: загрузите документ дорожной карты (вид «Дорожная карта», ROADMAP) в "
              + ReplicationDocuments.of(id) + ", затем отправьте форму"
          : "дорожная карта возвращена " + documents.date(since) + ": загрузите новую редакцию документа дорожной "
              + "карты (вид «Дорожная карта», ROADMAP) в " + ReplicationDocuments.of(id) + ", затем отправьте форму");
    }
    form.orRefuse("Дорожную карту представить нельзя");
    int version = Math.max(milestones.latestVersion(id), previous.map(r -> r.version).orElse(0)) + 1;
    for (int i = 0; i < lines.size(); i++) {
      Roadmaps.Line line = lines.get(i);
      milestones.save(new ReplicationRecords.Milestone(id, version, i + 1, line.title(), line.dueDate(),
          line.responsible()));
    }
    String note = form.text(ROADMAP_NOTE);
    roadmaps.save(new ReplicationRecords.Roadmap(id, version, actor, history.now(), note, document.get().id));
    history.move(lookup.find(id), ReplicationTransition.SUBMIT_ROADMAP, actor, note);
    return version;
  }

  /** The moderator approves the latest roadmap version or returns it with remarks. */
  void review(long id, boolean approved, String actor, String comment) {
    history.move(lookup.find(id), ReplicationTransition.of(approved, ReplicationTransition.APPROVE_ROADMAP,
        ReplicationTransition.RETURN_ROADMAP), actor, comment);
    ReplicationRecords.Roadmap latest = roadmaps.findFirstByRequestIdOrderByVersionDesc(id)
        .orElseThrow(() -> new ConflictException("У заявки " + id + " нет дорожной карты на рассмотрении"));
    latest.decide(approved ? RoadmapDecision.APPROVED : RoadmapDecision.RETURNED, actor, history.now(), comment);
  }

  /** When the latest approved roadmap version was approved; null when none was (or before times were recorded). */
  @Transactional(readOnly = true)
  Instant approvedAt(long id) {
    return roadmaps.findFirstByRequestIdAndDecisionOrderByVersionDesc(id, RoadmapDecision.APPROVED)
        .map(r -> r.decidedAt).orElse(null);
  }

  /** The milestones of the latest roadmap version. */
  @Transactional(readOnly = true)
  List<ReplicationView.MilestoneView> latest(long id) {
    return milestones.findByRequestIdAndRoadmapVersionOrderByPositionAsc(id, milestones.latestVersion(id)).stream()
        .map(RoadmapReviews::view).toList();
  }

  /** Every roadmap version, the first first, with its document (among those uploaded), review and milestones. */
  @Transactional(readOnly = true)
  List<ReplicationView.RoadmapView> versions(long id, List<ReplicationRecords.Document> uploaded) {
    Map<Integer, List<ReplicationView.MilestoneView>> byVersion = new HashMap<>();
    milestones.findByRequestIdOrderByRoadmapVersionAscPositionAsc(id).forEach(m -> byVersion
        .computeIfAbsent(m.roadmapVersion, v -> new ArrayList<>()).add(view(m)));
    return roadmaps.findByRequestIdOrderByVersionAsc(id).stream().map(v -> new ReplicationView.RoadmapView(v.version,
        v.submittedBy, v.submittedAt, v.note, uploaded.stream().filter(d -> d.id.equals(v.documentId)).findFirst()
            .map(ReplicationDocuments::view).orElse(null),
        v.decision, v.decision == null ? "на рассмотрении" : v.decision.label(), v.decidedBy, v.decidedAt, v.remarks,
        byVersion.getOrDefault(v.version, List.of()))).toList();
  }

  private static ReplicationView.MilestoneView view(ReplicationRecords.Milestone m) {
    return new ReplicationView.MilestoneView(m.roadmapVersion, m.position, m.title, m.dueDate, m.responsible);
  }
}

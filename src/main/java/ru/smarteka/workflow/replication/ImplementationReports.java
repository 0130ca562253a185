package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationForms.*;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The implementation: the recipient reports progress (complete only with a legal act or an order adopted under the
 * approved roadmap), the moderator confirms it or returns it with remarks.
 */
@Component
@Transactional
class ImplementationReports {

  private final ReplicationLookup lookup;
  private final ReplicationProgressRepository progress;
  private final RoadmapReviews roadmaps;
  private final ReplicationDocuments documents;
  private final ReplicationHistory history;

  ImplementationReports(ReplicationLookup lookup, ReplicationProgressRepository progress, RoadmapReviews roadmaps,
      ReplicationDocuments documents, ReplicationHistory history) {
    this.lookup = lookup;
    this.progress = progress;
    this.roadmaps = roadmaps;
    this.documents = documents;
    this.history = history;
  }

  /** A progress report from the form; whether it reports the implementation complete. */
  boolean report(long id, TaskForm form, String actor) {
    boolean complete = form.checked(IMPLEMENTATION_COMPLETE);
    if (complete && !proven(id)) {
      form.reject(IMPLEMENTATION_DOCUMENTS, "нет НПА или распорядительного документа, принятого по дорожной "
          + "карте: чтобы отметить внедрение завершённым, загрузите хотя бы один нормативный правовой акт (LEGAL_ACT) "
          + "или распорядительный документ (ORDER) после утверждения дорожной карты" + approvalDate(id) + " в "
          + ReplicationDocuments.of(id));
    }
    form.orRefuse("Отчёт заполнен не полностью");
    String achieved = form.text(ACHIEVED_RESULT);
    progress.save(new ReplicationRecords.Progress(id, actor, history.now(), form.text(PROGRESS_TEXT), achieved,
        complete));
    ReplicationRequest request = lookup.find(id);
    history.record(request, complete ? "PROGRESS_COMPLETE" : "PROGRESS_REPORTED", actor, achieved);
    if (request.status() == ReplicationStatus.IMPLEMENTATION_RETURNED) {
      history.move(request, ReplicationTransition.RESUME_IMPLEMENTATION, actor, null);
    }
    return complete;
  }

  /** The moderator confirms the implementation (only when documents prove it) or returns it with remarks. */
  void decide(long id, boolean confirmed, String actor, String comment) {
    if (confirmed && !proven(id)) {
      throw new InvalidInputException("Внедрение не подтверждено документами", List.of(new FieldMessage(
          IMPLEMENTATION_DECISION, "реципиент не загрузил ни одного НПА или распорядительного документа после "
              + "утверждения дорожной карты" + approvalDate(id) + ": подтвердить внедрение нельзя — верните его "
              + "реципиенту с замечанием")));
    }
    history.move(lookup.find(id), ReplicationTransition.of(confirmed, ReplicationTransition.CONFIRM_IMPLEMENTATION,
        ReplicationTransition.RETURN_IMPLEMENTATION), actor, comment);
  }

  @Transactional(readOnly = true)
  List<ReplicationView.ProgressView> of(long id) {
    return progress.findByRequestIdOrderByReportedAtAscIdAsc(id).stream()
        .map(p -> new ReplicationView.ProgressView(p.reportedBy, p.reportedAt, p.progressText, p.achievedResult,
            p.complete)).toList();
  }

  private boolean proven(long id) {
    return documents.proveImplementation(id, roadmaps.approvedAt(id));
  }

  private String approvalDate(long id) {
    Instant approvedAt = roadmaps.approvedAt(id);
    return approvedAt == null ? "" : " (" + documents.date(approvedAt) + ")";
  }
}

package ru.smarteka.workflow.replication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import ru.smarteka.workflow.engine.EngineAsApplication;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.document.UploadPolicy;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * Replication requests and their course: who may request, who sees what, and each step's record in our tables (the
 * process only carries ids and the facts its gateways decide on).
 */
@Service
@Transactional
public class ReplicationService {

  private final ReplicationRequestRepository requests;
  private final ReplicationEventRepository events;
  private final ReplicationMeetingRepository meetings;
  private final ReplicationMilestoneRepository milestones;
  private final ReplicationRoadmapRepository roadmaps;
  private final ReplicationProgressRepository progress;
  private final ReplicationEvaluationRepository evaluations;
  private final ReplicationDocumentRepository documents;
  private final ReplicationDocumentContentRepository contents;
  private final CategoryModeratorRepository categoryModerators;
  private final PracticeService practices;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final UploadPolicy uploads;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  ReplicationService(ReplicationRequestRepository requests, ReplicationEventRepository events,
      ReplicationMeetingRepository meetings, ReplicationMilestoneRepository milestones,
      ReplicationRoadmapRepository roadmaps, ReplicationProgressRepository progress,
      ReplicationEvaluationRepository evaluations,
      ReplicationDocumentRepository documents, ReplicationDocumentContentRepository contents,
      CategoryModeratorRepository categoryModerators, PracticeService practices, IdentityService identityService,
      RuntimeService runtimeService, UploadPolicy uploads, ApplicationEventPublisher publisher, Clock clock) {
    this.runtimeService = runtimeService;
    this.publisher = publisher;
    this.requests = requests;
    this.events = events;
    this.meetings = meetings;
    this.milestones = milestones;
    this.roadmaps = roadmaps;
    this.progress = progress;
    this.evaluations = evaluations;
    this.documents = documents;
    this.contents = contents;
    this.categoryModerators = categoryModerators;
    this.practices = practices;
    this.identityService = identityService;
    this.uploads = uploads;
    this.clock = clock;
  }

  // ---- the request -------------------------------------------------------------------------------------------

  /**
   * «Хочу внедрить» through our API: starts the replication process with the request's fields, as the Tasklist
   * start form does; the process's first step checks and records them.
   */
  public ReplicationView request(CurrentUser user, RequestData data) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReplicationProcess.VAR_PRACTICE_ID, data.practiceId());
    variables.put("recipientRegion", data.recipientRegion());
    variables.put("responsibleBody", data.responsibleBody());
    variables.put("officialPosition", data.officialPosition());
    variables.put("organisation", data.organisation());
    variables.put("positionLevel", data.positionLevel() == null ? null : data.positionLevel().name());
    variables.put("contactEmail", data.contactEmail());
    variables.put("contactPhone", data.contactPhone());
    variables.put("declarationStudied", data.declarationStudied());
    variables.put("declarationReady", data.declarationReady());
    variables.put("declarationCooperate", data.declarationCooperate());
    var instance = runtimeService.createProcessInstanceByKey(ReplicationProcess.KEY).setVariables(variables)
        .execute();
    return view(find(Long.parseLong(instance.getBusinessKey())));
  }

  /** The recipient abandons the replication at any stage, with a reason; every open task of it ends. */
  public ReplicationView abandon(CurrentUser user, long id, String reason) {
    requests.lockById(id); // a second abandonment at the same moment waits, then finds the replication closed
    ReplicationRequest request = openForRecipient(user, id);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage("reason", "укажите, почему регион отказывается от внедрения")));
    }
    // the recipient may end its own replication; the engine's instance permissions are ASI's, so the message is
    // correlated on the application's behalf once the recipient is checked
    if (request.processInstanceId() == null) {
      throw new ConflictException("Внедрение " + id + " не ведётся");
    }
    EngineAsApplication.run(identityService, () -> runtimeService
        .createMessageCorrelation(ReplicationProcess.MESSAGE_ABANDON)
        .processInstanceId(request.processInstanceId())
        .setVariable(ReplicationProcess.VAR_ABANDONMENT_REASON, reason.strip())
        .setVariable(ReplicationProcess.VAR_ABANDONED_BY, user.id())
        .correlateWithResult());
    return view(find(id));
  }

  /**
   * Records «Хочу внедрить» after every check: the user is an official of the recipient region, the practice is
   * published and from another region, and the region has no open request for it.
   */
  ReplicationRequest create(CurrentUser user, RequestData data, String processInstanceId) {
    if (!user.officialRegions().contains(data.recipientRegion())) {
      throw new AccessDeniedException("Заявку на внедрение подаёт должностное лицо региона " + data.recipientRegion());
    }
    PracticeSnapshot practice = practices.snapshot(data.practiceId());
    if (practice.status() != PracticeStatus.PUBLISHED) {
      throw new UnprocessableException("Внедрить можно только опубликованную практику; практика "
          + data.practiceId() + " не опубликована");
    }
    if (practice.regionCode().equals(data.recipientRegion())) {
      throw new UnprocessableException("Регион-автор не может тиражировать собственную практику");
    }
    if (requests.existsByOpenKey(ReplicationRequest.openKey(data.practiceId(), data.recipientRegion()))) {
      throw new ConflictException("У региона " + data.recipientRegion() + " уже есть открытая заявка на практику "
          + data.practiceId());
    }
    User official = identityService.createUserQuery().userId(user.id()).singleResult();
    String name = official == null ? null : (official.getLastName() + " " + official.getFirstName()).strip();
    ReplicationRequest request = requests.saveAndFlush(new ReplicationRequest(data, user.id(), name,
        processInstanceId, clock.instant()));
    event(request, "REQUESTED", user.id(), null);
    return request;
  }

  /** Whether the official's profile is complete: name and e-mail in the identity, a phone in the request. */
  boolean profileComplete(long id) {
    ReplicationRequest request = find(id);
    User official = identityService.createUserQuery().userId(request.officialId()).singleResult();
    return official != null && notBlank(official.getFirstName()) && notBlank(official.getLastName())
        && notBlank(request.contactEmail()) && notBlank(request.contactPhone());
  }

  void recordAuthority(long id, String outcome, String reason) {
    ReplicationRequest request = find(id);
    request.recordAuthority(outcome, reason);
    event(request, "AUTHORITY_" + outcome, "system", reason);
  }

  /**
   * The replication moderator: among the ASI moderators who take the practice's category (all ASI moderators when
   * none is set for it), the one with the fewest open replications.
   */
  String assignModerator(long id) {
    ReplicationRequest request = find(id);
    String categoryCode = practices.snapshot(request.practiceId()).categoryCode();
    List<String> candidates = categoryModerators.moderatorsOf(categoryCode);
    if (candidates.isEmpty()) {
      candidates = identityService.createUserQuery().memberOfGroup(Groups.ASI_MODERATORS).list().stream()
          .map(User::getId).toList();
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException("No ASI moderator to assign replication " + id + " to");
    }
    Map<String, Long> load = new HashMap<>();
    requests.openLoad(candidates).forEach(row -> load.put((String) row[0], (Long) row[1]));
    String moderator = candidates.stream()
        .min(Comparator.<String>comparingLong(c -> load.getOrDefault(c, 0L)).thenComparing(c -> c))
        .orElseThrow();
    request.assignModerator(moderator);
    event(request, "MODERATOR_ASSIGNED", "system", moderator);
    return moderator;
  }

  // ---- the steps ---------------------------------------------------------------------------------------------

  void screen(long id, boolean accepted, String actor, String reason) {
    changeStatus(id, accepted ? ReplicationStatus.ACCEPTED : ReplicationStatus.REJECTED, actor, reason);
  }

  void recordMeeting(long id, LocalDate date, String participants, String outcome, String actor) {
    List<FieldMessage> errors = new ArrayList<>();
    if (date == null) {
      errors.add(new FieldMessage("meetingDate", "укажите дату встречи"));
    }
    requireText(errors, "meetingParticipants", participants, 2000);
    requireText(errors, "meetingOutcome", outcome, 4000);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Встреча описана не полностью", errors);
    }
    meetings.save(new ReplicationRecords.Meeting(id, date, participants, outcome, actor, clock.instant()));
    changeStatus(id, ReplicationStatus.MEETING_HELD, actor, outcome);
  }

  /**
   * A new roadmap version from lines «что; ДД.ММ.ГГГГ; ответственный», with the roadmap document uploaded to the
   * request: any for the first version, a new edition uploaded since the return for each next one.
   */
  int submitRoadmap(long id, String milestoneLines, String note, String actor) {
    List<FieldMessage> errors = new ArrayList<>();
    List<Roadmaps.Line> lines = List.of();
    try {
      lines = Roadmaps.parse(milestoneLines);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (note != null && note.length() > 2000) {
      errors.add(new FieldMessage("roadmapNote", "не длиннее 2000 символов"));
    }
    Optional<ReplicationRecords.Roadmap> previous = roadmaps.findFirstByRequestIdOrderByVersionDesc(id);
    Instant since = previous.map(r -> r.decidedAt != null ? r.decidedAt : r.submittedAt).orElse(null);
    Optional<ReplicationRecords.Document> document = latestDocument(id, ReplicationDocumentKind.ROADMAP, since);
    if (document.isEmpty()) {
      errors.add(new FieldMessage("roadmapDocument", since == null
          ? "нет документа дорожной карты: загрузите документ дорожной карты (вид «Дорожная карта», ROADMAP) в "
              + documentsOf(id) + ", затем отправьте форму"
          : "дорожная карта возвращена " + date(since) + ": загрузите новую редакцию документа дорожной карты (вид "
              + "«Дорожная карта», ROADMAP) в " + documentsOf(id) + ", затем отправьте форму"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.stream().allMatch(e -> e.field().equals("roadmapMilestones"))
          ? "Вехи дорожной карты записаны неверно" : errors.size() == 1 && document.isEmpty()
          ? "Не загружен документ дорожной карты" : "Дорожная карта заполнена не полностью", errors);
    }
    int version = Math.max(milestones.latestVersion(id), previous.map(r -> r.version).orElse(0)) + 1;
    for (int i = 0; i < lines.size(); i++) {
      Roadmaps.Line line = lines.get(i);
      milestones.save(new ReplicationRecords.Milestone(id, version, i + 1, line.title(), line.dueDate(),
          line.responsible()));
    }
    roadmaps.save(new ReplicationRecords.Roadmap(id, version, actor, clock.instant(), note, document.get().id));
    changeStatus(id, ReplicationStatus.ROADMAP_SUBMITTED, actor, note);
    return version;
  }

  /** The moderator approves the latest roadmap version or returns it with remarks. */
  void reviewRoadmap(long id, boolean approved, String actor, String comment) {
    changeStatus(id, approved ? ReplicationStatus.IMPLEMENTING : ReplicationStatus.ROADMAP_RETURNED, actor, comment);
    ReplicationRecords.Roadmap latest = roadmaps.findFirstByRequestIdOrderByVersionDesc(id)
        .orElseThrow(() -> new ConflictException("У заявки " + id + " нет дорожной карты на рассмотрении"));
    latest.decide(approved ? RoadmapDecision.APPROVED : RoadmapDecision.RETURNED, actor, clock.instant(), comment);
  }

  void reportProgress(long id, String progressText, String achievedResult, boolean complete, String actor) {
    List<FieldMessage> errors = new ArrayList<>();
    requireText(errors, "progressText", progressText, 4000);
    requireText(errors, "achievedResult", achievedResult, 2000);
    if (complete && !implementationProven(id)) {
      errors.add(new FieldMessage("implementationDocuments", "нет НПА или распорядительного документа, принятого "
          + "по дорожной карте: чтобы отметить внедрение завершённым, загрузите хотя бы один нормативный правовой акт "
          + "(LEGAL_ACT) или распорядительный документ (ORDER) после утверждения дорожной карты" + approvalDate(id)
          + " в " + documentsOf(id)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Отчёт заполнен не полностью", errors);
    }
    progress.save(new ReplicationRecords.Progress(id, actor, clock.instant(), progressText, achievedResult, complete));
    event(find(id), complete ? "PROGRESS_COMPLETE" : "PROGRESS_REPORTED", actor, achievedResult);
    if (find(id).status() == ReplicationStatus.IMPLEMENTATION_RETURNED) {
      // the recipient's new report answers the moderator's remarks: the implementation is under way again
      changeStatus(id, ReplicationStatus.IMPLEMENTING, actor, null);
    }
  }

  void decideImplementation(long id, boolean confirmed, String actor, String comment) {
    if (confirmed && !implementationProven(id)) {
      throw new InvalidInputException("Внедрение не подтверждено документами", List.of(new FieldMessage(
          "implementationDecision", "реципиент не загрузил ни одного НПА или распорядительного документа после "
              + "утверждения дорожной карты" + approvalDate(id) + ": подтвердить внедрение нельзя — верните его "
              + "реципиенту с замечанием")));
    }
    changeStatus(id, confirmed ? ReplicationStatus.IMPLEMENTED : ReplicationStatus.IMPLEMENTATION_RETURNED, actor,
        comment);
  }

  void submitEvaluation(long id, String achieved, String comparison, String note, String actor) {
    List<FieldMessage> errors = new ArrayList<>();
    requireText(errors, "achievedResults", achieved, 4000);
    requireText(errors, "comparisonWithPlan", comparison, 4000);
    if (note != null && note.length() > 2000) {
      errors.add(new FieldMessage("evaluationNote", "не длиннее 2000 символов"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Оценка результатов заполнена не полностью", errors);
    }
    evaluations.save(new ReplicationRecords.Evaluation(id, actor, clock.instant(), achieved, comparison, note));
    changeStatus(id, ReplicationStatus.EVALUATION_SUBMITTED, actor, null);
  }

  /** The moderator validates the evaluation: the replication is complete and counts for the practice. */
  void decideEvaluation(long id, boolean validated, String actor, String comment) {
    ReplicationRequest request = find(id);
    if (validated) {
      changeStatus(id, ReplicationStatus.EVALUATED, actor, comment);
      practices.recordReplication(request.practiceId());
    } else {
      changeStatus(id, ReplicationStatus.EVALUATION_RETURNED, actor, comment);
    }
  }

  void recordAbandonment(long id, String actor, String reason) {
    changeStatus(id, ReplicationStatus.ABANDONED, actor, reason);
  }

  // ---- reading ----------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public ReplicationView view(CurrentUser user, long id) {
    return view(readable(user, id));
  }

  @Transactional(readOnly = true)
  public Page<ReplicationView.Summary> list(CurrentUser user, Long practiceId, ReplicationStatus status,
      Pageable pageable) {
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

  /** Checks that the user may act for the recipient region of an open replication. */
  ReplicationRequest openForRecipient(CurrentUser user, long id) {
    ReplicationRequest request = readable(user, id);
    if (!user.officialRegions().contains(request.recipientRegion())) {
      throw new AccessDeniedException("Это может только должностное лицо региона-реципиента");
    }
    if (!request.status().isOpen()) {
      throw new ConflictException("Внедрение уже завершено (статус «" + request.status().label() + "»)");
    }
    return request;
  }

  public ReplicationView.DocumentView upload(CurrentUser user, long id, String kindName, String originalName,
      byte[] content) {
    ReplicationRequest request = openForRecipient(user, id);
    ReplicationDocumentKind kind = ReplicationDocumentKind.of(kindName);
    UploadPolicy.AcceptedFile file = uploads.check(originalName, content);
    ReplicationRecords.Document document = documents.saveAndFlush(new ReplicationRecords.Document(request.id(), kind,
        file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), user.id(), clock.instant()));
    contents.save(new ReplicationRecords.DocumentContent(document.id, content));
    event(request, "DOCUMENT_UPLOADED", user.id(), kind.name() + ": " + file.fileName());
    return documentView(document);
  }

  /** A document to download: its metadata and bytes. */
  public record StoredDocument(ReplicationView.DocumentView metadata, byte[] content) {
  }

  @Transactional(readOnly = true)
  public StoredDocument download(CurrentUser user, long id, long documentId) {
    readable(user, id);
    ReplicationRecords.Document document = documents.findByIdAndRequestId(documentId, id)
        .orElseThrow(() -> new NotFoundException("Документ " + documentId + " не найден"));
    byte[] data = contents.findById(documentId)
        .orElseThrow(() -> new NotFoundException("Документ " + documentId + " не найден")).data;
    return new StoredDocument(documentView(document), data);
  }

  /** Whom a step of the process is shown to: names and texts for the task forms. */
  @Transactional(readOnly = true)
  ReplicationView internalView(long id) {
    return view(find(id));
  }

  /** Every roadmap version of a replication, for who may read it. */
  @Transactional(readOnly = true)
  public List<ReplicationView.RoadmapView> roadmaps(CurrentUser user, long id) {
    return roadmapViews(readable(user, id).id(), documents.findByRequestIdOrderByUploadedAtAscIdAsc(id));
  }

  /**
   * The moderator's remarks of the latest return of this kind (the status change's note in our tables), or null
   * when the work was never returned so.
   */
  @Transactional(readOnly = true)
  String latestRemarks(long id, ReplicationStatus returned) {
    return events.findFirstByRequestIdAndKindOrderByHappenedAtDescIdDesc(id, returned.name()).map(e -> e.note)
        .orElse(null);
  }

  /** Where the recipient uploads the documents, in words. */
  private static String documentsOf(long id) {
    return "документы заявки № " + id + " на портале «Смартека»";
  }

  /**
   * Whether the implementation is proven: a legal act or an order uploaded since the roadmap was approved (any, when
   * the approval's time is unknown: a roadmap approved before the versions were recorded).
   */
  private boolean implementationProven(long id) {
    Instant approvedAt = approvedAt(id);
    return documents.findByRequestIdOrderByUploadedAtAscIdAsc(id).stream()
        .anyMatch(d -> d.kind.provesImplementation() && (approvedAt == null || !d.uploadedAt.isBefore(approvedAt)));
  }

  private Instant approvedAt(long id) {
    return roadmaps.findFirstByRequestIdAndDecisionOrderByVersionDesc(id, RoadmapDecision.APPROVED)
        .map(r -> r.decidedAt).orElse(null);
  }

  private String approvalDate(long id) {
    Instant approvedAt = approvedAt(id);
    return approvedAt == null ? "" : " (" + date(approvedAt) + ")";
  }

  private String date(Instant instant) {
    return LocalDate.ofInstant(instant, clock.getZone()).format(Roadmaps.DATE);
  }

  /** The latest document of a kind uploaded to the request (since a moment, if given). */
  private Optional<ReplicationRecords.Document> latestDocument(long id, ReplicationDocumentKind kind, Instant since) {
    ReplicationRecords.Document latest = null;
    for (ReplicationRecords.Document d : documents.findByRequestIdOrderByUploadedAtAscIdAsc(id)) {
      if (d.kind == kind && (since == null || !d.uploadedAt.isBefore(since))) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest);
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
    return requests.findByRecipientRegionAndOpenKeyIsNotNullAndStatusNotOrderByCreatedAt(regionCode,
            ReplicationStatus.REQUESTED).stream()
        .map(r -> {
          PracticeSnapshot practice = practices.snapshot(r.practiceId());
          List<ReplicationRecords.Progress> reports = progress.findByRequestIdOrderByReportedAtAscIdAsc(r.id());
          String result = !reports.isEmpty() ? "Достигнуто: " + reports.get(reports.size() - 1).achievedResult
              : plannedResult(r.id());
          return new Progress(r.id(), r.practiceId(), practice.title(), practice.categoryCode(), r.status(), result,
              r.officialName(), r.officialPosition(),
              r.contactEmail() + (r.contactPhone() == null ? "" : ", " + r.contactPhone()));
        })
        .toList();
  }

  private String plannedResult(long id) {
    var roadmap = milestones.findByRequestIdAndRoadmapVersionOrderByPositionAsc(id, milestones.latestVersion(id));
    if (roadmap.isEmpty()) {
      return "Планируется: дорожная карта готовится";
    }
    var last = roadmap.get(roadmap.size() - 1);
    return "Планируется: " + last.title + " до " + last.dueDate.format(Roadmaps.DATE);
  }

  /** Moderators by category (admin API and demo data). */
  public void setModeratorCategories(String userId, Set<String> categories) {
    categoryModerators.deleteAll(categoryModerators.findByUser(userId));
    categoryModerators.flush();
    categories.forEach(c -> categoryModerators.save(new ReplicationRecords.CategoryModerator(userId, c)));
  }

  @Transactional(readOnly = true)
  public boolean hasModeratorCategories() {
    return categoryModerators.count() > 0;
  }

  // ---- internals ---------------------------------------------------------------------------------------------

  /**
   * The request the replication instance runs: the one whose «Хочу внедрить» started it. An instance started any
   * other way runs none, and its steps are refused.
   */
  ReplicationRequest runBy(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new AccessDeniedException(
        "Этот экземпляр процесса не ведёт ни одну заявку на внедрение"));
  }

  /** Who answers for a replication and where it is implemented: its moderator and the recipient region. */
  public record Responsibles(long requestId, String moderatorId, String recipientRegion) {
  }

  /** The moderator and recipient region of the replication the instance runs, if it runs one. */
  @Transactional(readOnly = true)
  public java.util.Optional<Responsibles> responsiblesOf(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId)
        .map(r -> new Responsibles(r.id(), r.moderatorId(), r.recipientRegion()));
  }

  ReplicationRequest find(long id) {
    return requests.findById(id).orElseThrow(() -> notFound(id));
  }

  private ReplicationRequest readable(CurrentUser user, long id) {
    ReplicationRequest request = find(id);
    if (!ReplicationAccess.canRead(user, request, practices.snapshot(request.practiceId()).regionCode())) {
      throw notFound(id);
    }
    return request;
  }

  private void changeStatus(long id, ReplicationStatus status, String actor, String note) {
    ReplicationRequest request = find(id);
    request.changeStatus(status, clock.instant());
    requests.saveAndFlush(request);
    event(request, status.name(), actor, note);
    publisher.publishEvent(new ReplicationStatusChanged(request.id(), request.practiceId(), request.recipientRegion(),
        request.officialId(), request.moderatorId(), status, actor, note,
        practices.snapshot(request.practiceId()).title()));
  }

  void event(ReplicationRequest request, String kind, String actor, String note) {
    events.save(new ReplicationRecords.Event(request.id(), kind, actor, clock.instant(), note));
  }

  private ReplicationView view(ReplicationRequest r) {
    PracticeSnapshot practice = practices.snapshot(r.practiceId());
    List<ReplicationRecords.Document> uploaded = documents.findByRequestIdOrderByUploadedAtAscIdAsc(r.id());
    var meeting = meetings.findById(r.id())
        .map(m -> new ReplicationView.MeetingView(m.meetingDate, m.participants, m.outcome, m.recordedBy))
        .orElse(null);
    return new ReplicationView(r.id(), r.version(), r.practiceId(), practice.title(), practice.regionCode(),
        r.recipientRegion(), r.responsibleBody(), r.officialId(), r.officialName(), r.officialPosition(),
        r.positionLevel(), r.organisation(), r.contactEmail(), r.contactPhone(), r.status(), r.moderatorId(),
        r.authorityOutcome(), r.authorityReason(), r.createdAt(), r.updatedAt(), r.closedAt(),
        events.findByRequestIdOrderByHappenedAtAscIdAsc(r.id()).stream()
            .map(e -> new ReplicationView.EventView(e.kind, e.actor, e.happenedAt, e.note)).toList(),
        meeting,
        milestones.findByRequestIdAndRoadmapVersionOrderByPositionAsc(r.id(), milestones.latestVersion(r.id()))
            .stream().map(m -> new ReplicationView.MilestoneView(m.roadmapVersion, m.position, m.title, m.dueDate,
                m.responsible)).toList(),
        progress.findByRequestIdOrderByReportedAtAscIdAsc(r.id()).stream()
            .map(p -> new ReplicationView.ProgressView(p.reportedBy, p.reportedAt, p.progressText, p.achievedResult,
                p.complete)).toList(),
        evaluations.findByRequestIdOrderBySubmittedAtAscIdAsc(r.id()).stream()
            .map(e -> new ReplicationView.EvaluationView(e.submittedBy, e.submittedAt, e.achievedResults,
                e.comparison, e.note)).toList(),
        uploaded.stream().map(ReplicationService::documentView).toList(),
        roadmapViews(r.id(), uploaded));
  }

  private List<ReplicationView.RoadmapView> roadmapViews(long id, List<ReplicationRecords.Document> uploaded) {
    Map<Integer, List<ReplicationView.MilestoneView>> byVersion = new HashMap<>();
    milestones.findByRequestIdOrderByRoadmapVersionAscPositionAsc(id).forEach(m -> byVersion
        .computeIfAbsent(m.roadmapVersion, v -> new ArrayList<>())
        .add(new ReplicationView.MilestoneView(m.roadmapVersion, m.position, m.title, m.dueDate, m.responsible)));
    return roadmaps.findByRequestIdOrderByVersionAsc(id).stream().map(v -> new ReplicationView.RoadmapView(v.version,
        v.submittedBy, v.submittedAt, v.note, uploaded.stream().filter(d -> d.id.equals(v.documentId)).findFirst()
            .map(ReplicationService::documentView).orElse(null),
        v.decision, v.decision == null ? "на рассмотрении" : v.decision.label(), v.decidedBy, v.decidedAt, v.remarks,
        byVersion.getOrDefault(v.version, List.of()))).toList();
  }

  static ReplicationView.DocumentView documentView(ReplicationRecords.Document d) {
    return new ReplicationView.DocumentView(d.id, d.kind.name(), d.fileName, d.contentType, d.sizeBytes, d.sha256,
        d.uploadedBy, d.uploadedAt, d.kind.label());
  }

  private static void requireText(List<FieldMessage> errors, String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldMessage(field, "поле обязательно"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldMessage(field, "не длиннее " + maxLength + " символов"));
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("Заявка на внедрение " + id + " не найдена");
  }
}

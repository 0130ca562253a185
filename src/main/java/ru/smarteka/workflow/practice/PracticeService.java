package ru.smarteka.workflow.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.PreconditionException;

/** The practice passport: drafts, their edits, the list, submission. */
@Service
@Transactional
public class PracticeService {

  private final PracticeRepository practices;
  private final StatusChangeRepository statusChanges;
  private final PracticeDocumentRepository documents;
  private final PracticeEditionRepository editions;
  private final ReferenceData referenceData;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ru.smarteka.workflow.identity.UserDirectory people;

  PracticeService(PracticeRepository practices, StatusChangeRepository statusChanges,
      PracticeDocumentRepository documents, PracticeEditionRepository editions, ReferenceData referenceData,
      ApplicationEventPublisher events, Clock clock, ru.smarteka.workflow.identity.UserDirectory people) {
    this.people = people;
    this.events = events;
    this.practices = practices;
    this.statusChanges = statusChanges;
    this.documents = documents;
    this.editions = editions;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  public PracticeView create(CurrentUser user, PassportData data) {
    if (data.regionCode() == null) {
      throw new InvalidInputException("Не указан регион практики",
          List.of(new FieldMessage("regionCode", "укажите код субъекта РФ")));
    }
    checkReferences(data);
    if (!PracticeAccess.canCreateIn(user, data.regionCode())) {
      throw new AccessDeniedException("Практику региона " + data.regionCode()
          + " может подать только должностное лицо этого региона");
    }
    Instant now = clock.instant();
    Practice practice = new Practice(data.regionCode(), user.id(), now);
    practice.fill(data, now);
    mapLegacyCategory(practice, data);
    practices.saveAndFlush(practice);
    statusChanges.save(new StatusChange(practice.id(), PracticeStatus.DRAFT, user.id(), now, null));
    return view(practice);
  }

  /** A practice placed in the catalogue (published) in a period: a row of the quarterly report. */
  public record PlacedPractice(long id, String title, String categoryCode, String categoryName, Instant publishedAt) {
  }

  /** The practices of a region published in {@code [from, to)}. */
  @Transactional(readOnly = true)
  public List<PlacedPractice> placedIn(String regionCode, Instant from, Instant to) {
    var categories = referenceData.categories();
    return practices.findByRegionCodeAndStatusAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAt(
            regionCode, PracticeStatus.PUBLISHED, from, to).stream()
        .map(p -> new PlacedPractice(p.id(), p.title(), p.categoryCode(), nameOf(categories, p.categoryCode()),
            p.publishedAt()))
        .toList();
  }

  /** Ids of the practices of these regions (whose author teams see the replications of them). */
  @Transactional(readOnly = true)
  public List<Long> idsOfRegions(java.util.Collection<String> regionCodes) {
    return practices.idsOfRegions(regionCodes);
  }

  /** How many practices there are at all (demo data checks it is the first start). */
  @Transactional(readOnly = true)
  public long count() {
    return practices.count();
  }

  @Transactional(readOnly = true)
  public PracticeView get(CurrentUser user, long id) {
    return view(readable(user, id));
  }

  @Transactional(readOnly = true)
  public Page<PracticeSummary> list(CurrentUser user, PracticeFilter filter, Pageable pageable) {
    String category = filter.categoryCode();
    if (category != null && !referenceData.categoryExists(category)) {
      category = referenceData.categoryOfLegacy(category).orElse(category);
    }
    PracticeFilter mapped = new PracticeFilter(filter.regionCode(), category, filter.levelCode(), filter.status());
    return practices.findAll(PracticeAccess.visibleTo(user).and(PracticeAccess.matching(mapped)), pageable)
        .map(PracticeService::summary);
  }

  /** Replaces the passport's fields, if {@code expectedVersion} is still the current one. */
  public PracticeView update(CurrentUser user, long id, Long expectedVersion, PassportData data) {
    Practice practice = editable(user, id, expectedVersion);
    if (data.regionCode() != null && !data.regionCode().equals(practice.regionCode())) {
      throw new InvalidInputException("Регион практики не меняется",
          List.of(new FieldMessage("regionCode", "регион практики — " + practice.regionCode() + ", он не меняется")));
    }
    checkReferences(data);
    practice.fill(data, clock.instant());
    mapLegacyCategory(practice, data);
    practices.saveAndFlush(practice);
    return view(practice);
  }

  /**
   * Submits a complete draft into the review of the publication instance that starts for it: it leaves the author's
   * hands. Refused with the missing fields when the passport is incomplete.
   */
  public PracticeView submit(CurrentUser user, long id, Long expectedVersion, String processInstanceId) {
    Practice practice = editable(user, id, expectedVersion);
    if (practice.status() != PracticeStatus.DRAFT) {
      throw new ConflictException("Практика уже подана (статус «" + practice.status().label() + "»)");
    }
    requireComplete(practice);
    Instant now = clock.instant();
    practice.submit(user.id(), processInstanceId, now);
    return view(recorded(practice, user.id(), now, null));
  }

  /** Sends a returned passport back to review with the author's changes, if it is complete. */
  public PracticeView resubmit(CurrentUser user, long id, PassportRevision revision) {
    Practice practice = editable(user, id, null);
    if (practice.status() != PracticeStatus.RETURNED_FOR_REVISION) {
      throw new ConflictException("Практика не возвращена на доработку (статус «" + practice.status().label() + "»)");
    }
    if (revision.note() == null || revision.note().isBlank()) {
      throw new InvalidInputException("Опишите, что изменено",
          List.of(new FieldMessage("revisionNote", "опишите, что изменено в паспорте")));
    }
    practice.revise(revision, clock.instant());
    requireComplete(practice);
    return moveTo(practice, PracticeStatus.SUBMITTED, user.id(), revision.note());
  }

  /** What a step of the publication knows of the practice its process instance reviews. */
  public record UnderReview(long id, String regionCode, String categoryCode, String submittedBy, int expertiseRound,
      int revisionRound, PracticeStatus status) {
  }

  /**
   * The practice the publication instance reviews: the one whose submission started it. An instance started any
   * other way reviews no practice, and its steps are refused.
   */
  @Transactional(readOnly = true)
  public UnderReview underReviewBy(String processInstanceId) {
    Practice p = practices.findByPublicationInstanceId(processInstanceId).orElseThrow(() -> new AccessDeniedException(
        "Этот экземпляр процесса не рассматривает ни одну поданную практику"));
    return new UnderReview(p.id(), p.regionCode(), p.categoryCode(), p.submittedBy(), p.expertiseRound(),
        p.revisionRound(), p.status());
  }

  /** Why the practice took its current status (the remarks it was returned with, say), if a reason was given. */
  @Transactional(readOnly = true)
  public String lastReason(long id) {
    return statusChanges.findFirstByPracticeIdOrderByIdDesc(id).map(StatusChange::reason).orElse(null);
  }

  /** The publication instance reviewing the practice, if it was submitted. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> publicationInstance(long id) {
    return practices.findById(id).map(Practice::publicationInstanceId);
  }

  /** The region meets none of the conditions of admission: the review ends. */
  public PracticeView refuseAsNotEligible(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.NOT_ELIGIBLE, actor, reason);
  }

  /** The moderator accepts the passport at the preliminary check: an expertise round opens. */
  public PracticeView acceptForExpertise(long id, String actor, String comment) {
    return moveTo(id, PracticeStatus.IN_EXPERTISE, actor, comment);
  }

  /** Back to the author with the remarks (the moderator's or the expertise's): a revision round opens. */
  public PracticeView returnForRevision(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.RETURNED_FOR_REVISION, actor, reason);
  }

  /** The moderator removes the practice from review at the preliminary check. */
  public PracticeView removeFromReview(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.REMOVED, actor, reason);
  }

  /** The expertise recommends publication: the region's commission is asked to confirm the practice. */
  public PracticeView sendForRegionalConfirmation(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.AT_REGIONAL_CONFIRMATION, actor, reason);
  }

  /** The expertise rejects the practice. */
  public PracticeView rejectAfterExpertise(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.REJECTED, actor, reason);
  }

  /** The region's commission secretary confirms the practice exists as described: on to copy editing. */
  public PracticeView confirmInRegion(long id, String actor, String comment) {
    return moveTo(id, PracticeStatus.IN_COPY_EDITING, actor, comment);
  }

  /** The region's commission secretary does not confirm the practice. */
  public PracticeView refuseConfirmation(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.NOT_CONFIRMED, actor, reason);
  }

  /** The review ends as withdrawn: by the author, or because the revision did not come back in time. */
  public PracticeView withdraw(long id, String actor, String reason) {
    return moveTo(id, PracticeStatus.WITHDRAWN, actor, reason);
  }

  /** Keeps the conditions under which the region was admitted to submit the practice. */
  public void recordEligibility(long id, List<EligibilityGround> grounds) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    practice.recordEligibility(grounds);
  }

  /** Stores the editor's version of the description; the author's original stays readable. */
  public void saveEdition(long id, Edition edition) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    List<FieldMessage> missing = new ArrayList<>();
    requireText(missing, "editedTitle", edition.title(), 300);
    requireText(missing, "editedProblem", edition.problem(), 10000);
    requireText(missing, "editedSolution", edition.solution(), 10000);
    requireText(missing, "editedResults", edition.results(), 10000);
    requireText(missing, "editedEffect", edition.effect(), 10000);
    if (!missing.isEmpty()) {
      throw new InvalidInputException("Редакция описания заполнена не полностью", missing);
    }
    editions.save(new PracticeEditionEntity(practice.id(), edition));
  }

  @Transactional(readOnly = true)
  public List<Edition> editions(CurrentUser user, long id) {
    readable(user, id);
    return editions.findByPracticeIdOrderByEditedAtAscIdAsc(id).stream().map(PracticeEditionEntity::view).toList();
  }

  /**
   * Publishes the practice in the catalogue: База знаний always, РКЖ and Нацрейтинг when it is linked to
   * Quality-of-Life directions or investment-rating factors.
   */
  public PracticeView publish(long id, String actor) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    java.util.Set<String> sections = new java.util.LinkedHashSet<>();
    sections.add(CatalogueSections.KNOWLEDGE_BASE);
    if (!practice.qolDirections().isEmpty()) {
      sections.add(CatalogueSections.QUALITY_OF_LIFE);
    }
    if (!practice.investmentFactors().isEmpty()) {
      sections.add(CatalogueSections.INVESTMENT_RATING);
    }
    Instant now = clock.instant();
    practice.publish(sections, now);
    return view(recorded(practice, actor, now, null));
  }

  /**
   * A replication of the practice was implemented and its results validated: the practice's replication record grows
   * and it is listed in the «Тиражирование» section.
   */
  public void recordReplication(long id) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    practice.recordReplication();
    events.publishEvent(new PracticeReplicationRecorded(practice.id(), practice.replicationCount()));
  }

  /**
   * A federal approval round approved the published practice for mass replication: the body, the round, the date and
   * the conclusion are kept with it (a later approval replaces an earlier one).
   */
  public void recordFederalApproval(long id, FederalApproval approval) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    practice.approveForMassReplication(approval);
    events.publishEvent(new PracticeFederalApprovalRecorded(practice.id()));
  }

  /**
   * A contest's results made the published practice a winner: the badge (contest, nomination, kind of win, date)
   * is kept with it and it is recommended for adaptation (a later win replaces an earlier one).
   */
  public void recordContestAward(long id, ContestAward award) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    practice.award(award);
    events.publishEvent(new PracticeAwarded(id, award));
  }

  /** The practice's approval for mass replication, or null when no federal round approved it. */
  @Transactional(readOnly = true)
  public FederalApproval federalApproval(long id) {
    return practices.findById(id).map(Practice::federalApproval).orElse(null);
  }

  /**
   * The practice as the public catalogue shows it, if it is published (the editor's latest edition of the
   * description where one exists); empty for any other status.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<PublishedPractice> published(long id) {
    return practices.findById(id).filter(p -> p.status() == PracticeStatus.PUBLISHED).map(p -> {
      List<PracticeEditionEntity> edited = editions.findByPracticeIdOrderByEditedAtAscIdAsc(p.id());
      Edition edition = edited.isEmpty() ? null : edited.get(edited.size() - 1).view();
      List<String> team = p.authorTeam().stream()
          .map(a -> a.jobTitle() == null || a.jobTitle().isBlank() ? a.fullName() : a.fullName() + ", " + a.jobTitle())
          .toList();
      return new PublishedPractice(p.id(), edition == null ? p.title() : edition.title(), p.regionCode(),
          p.categoryCode(), p.levelCode(), p.organisation(), edition == null ? p.problem() : edition.problem(),
          edition == null ? p.solution() : edition.solution(), p.resources(),
          edition == null ? p.results() : edition.results(), edition == null ? p.effect() : edition.effect(),
          p.targetAudience(), p.coverage(), List.copyOf(p.algorithm()), team,
          Set.copyOf(p.qolDirections()), Set.copyOf(p.investmentFactors()),
          Set.copyOf(p.catalogueSections()), p.replicationCount(), p.publishedAt(), p.federalApproval(),
          p.contestAward());
    });
  }


  /**
   * The published practices replicated most often (then the most recently published), leaving out the given ones:
   * the proposal of a federal approval round.
   */
  @Transactional(readOnly = true)
  public List<ReplicatedPractice> mostReplicated(int limit, java.util.Collection<Long> excluded) {
    return practices.mostReplicated(excluded.isEmpty() ? List.of(-1L) : excluded,
        org.springframework.data.domain.PageRequest.of(0, limit));
  }

  /** Ids of every published practice (the catalogue rebuilds its read model from them). */
  @Transactional(readOnly = true)
  public List<Long> publishedIds() {
    return practices.idsWithStatus(PracticeStatus.PUBLISHED);
  }

  /** The practice's title, as its passport has it now. */
  @Transactional(readOnly = true)
  public String title(long id) {
    return practices.findById(id).map(Practice::title).orElseThrow(() -> notFound(id));
  }

  /** What a reviewer sees of the practice: names instead of codes, document names, earlier decisions. */
  @Transactional(readOnly = true)
  public PracticeSnapshot snapshot(long id) {
    Practice p = practices.findById(id).orElseThrow(() -> notFound(id));
    String regionName = referenceData.findRegion(p.regionCode()).map(r -> r.name()).orElse(p.regionCode());
    String categoryName = nameOf(referenceData.categories(), p.categoryCode());
    String levelName = nameOf(referenceData.levels(), p.levelCode());
    List<String> docs = documents.findByPracticeIdOrderByUploadedAtAscIdAsc(p.id()).stream()
        .map(d -> d.fileName() + " (" + d.view().sizeBytes() / 1024 + " КБ)")
        .toList();
    java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
        .withZone(clock.getZone());
    List<StatusChange> changes = statusChanges.findByPracticeIdOrderByChangedAtAscIdAsc(p.id());
    Map<String, String> names = people.displayNames(changes.stream().map(StatusChange::changedBy).toList());
    List<String> history = changes.stream()
        .map(c -> date.format(c.changedAt()) + " — " + c.status().label() + " (" + names.getOrDefault(c.changedBy(), "")
            + ")"
            + (c.reason() == null ? "" : ": " + c.reason()))
        .toList();
    List<String> team = p.authorTeam().stream()
        .map(a -> String.join(", ", java.util.stream.Stream.of(a.fullName(), a.jobTitle(), a.email(), a.phone())
            .filter(v -> v != null && !v.isBlank()).toList()))
        .toList();
    return new PracticeSnapshot(p.id(), p.status(), p.title(), p.regionCode(), regionName, p.categoryCode(),
        categoryName, levelName, p.organisation(), p.problem(), p.solution(), p.resources(), p.results(),
        p.effect(), p.targetAudience(), p.coverage(), team, List.copyOf(p.algorithm()), docs, history, p.revisionRound(),
        p.createdBy());
  }

  /**
   * Makes concurrent changes of one practice's course wait for each other (two withdrawals at once: the second sees
   * the first done and is refused as a conflict). Call it first in the transaction of the change.
   */
  public void lockForChange(long id) {
    practices.lockById(id);
  }

  /** Whether the user may act for the practice's author team: an official of its region. */
  @Transactional(readOnly = true)
  public boolean actsForAuthor(CurrentUser user, long id) {
    return PracticeAccess.canEdit(user, readable(user, id));
  }

  @Transactional(readOnly = true)
  public List<StatusChangeView> history(CurrentUser user, long id) {
    readable(user, id);
    return statusChanges.findByPracticeIdOrderByChangedAtAscIdAsc(id).stream()
        .map(c -> new StatusChangeView(c.status(), c.changedBy(), c.changedAt(), c.reason()))
        .toList();
  }

  /** Whether the practice exists and is published now. */
  boolean isPublished(long id) {
    return practices.findById(id).map(p -> p.status() == PracticeStatus.PUBLISHED).orElse(false);
  }

  /** The practice if the user may see it; otherwise "not found", so other regions' drafts stay invisible. */
  /** Whether the practice exists and the user may read it by the practice's own rules (see {@link PracticeAccess}). */
  boolean canRead(CurrentUser user, long id) {
    return practices.findById(id).map(p -> PracticeAccess.canRead(user, p)).orElse(false);
  }

  Practice readable(CurrentUser user, long id) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    if (!PracticeAccess.canRead(user, practice)) {
      throw notFound(id);
    }
    return practice;
  }

  /** A passport the user may edit (a draft or one returned for revision), at the version the user saw. */
  Practice editable(CurrentUser user, long id, Long expectedVersion) {
    Practice practice = readable(user, id);
    if (!PracticeAccess.canEdit(user, practice)) {
      throw new AccessDeniedException("Паспорт практики правят только должностные лица региона "
          + practice.regionCode());
    }
    if (!practice.status().isEditableByAuthor()) {
      throw new ConflictException("Практика в статусе " + practice.status()
          + ": паспорт правится только в черновике или на доработке");
    }
    if (expectedVersion != null && expectedVersion != practice.version()) {
      throw PreconditionException.stale(practice.version());
    }
    return practice;
  }

  private PracticeView moveTo(long id, PracticeStatus status, String actor, String reason) {
    return moveTo(practices.findById(id).orElseThrow(() -> notFound(id)), status, actor, reason);
  }

  private PracticeView moveTo(Practice practice, PracticeStatus status, String actor, String reason) {
    Instant now = clock.instant();
    practice.moveTo(status, now);
    return view(recorded(practice, actor, now, reason));
  }

  /** The status the practice has just taken, in its history and as an event, in the same transaction. */
  private Practice recorded(Practice practice, String actor, Instant now, String reason) {
    practices.saveAndFlush(practice);
    statusChanges.save(new StatusChange(practice.id(), practice.status(), actor, now, reason));
    events.publishEvent(new PracticeStatusChanged(practice.id(), practice.title(), practice.regionCode(),
        practice.createdBy(), practice.status(), actor, reason));
    return practice;
  }

  private void requireComplete(Practice practice) {
    List<FieldMessage> missing = PassportCompleteness.missing(practice, documents.countByPracticeId(practice.id()));
    if (!missing.isEmpty()) {
      throw new InvalidInputException("Паспорт практики заполнен не полностью", missing);
    }
  }

  private static void requireText(List<FieldMessage> missing, String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      missing.add(new FieldMessage(field, "поле обязательно"));
    } else if (value.length() > maxLength) {
      missing.add(new FieldMessage(field, "не длиннее " + maxLength + " символов"));
    }
  }

  private static String nameOf(List<ru.smarteka.workflow.region.ReferenceItem> items, String code) {
    if (code == null) {
      return null;
    }
    return items.stream().filter(i -> i.code().equals(code)).map(i -> i.name()).findFirst().orElse(code);
  }

  private void checkReferences(PassportData data) {
    List<FieldMessage> errors = new ArrayList<>();
    if (data.regionCode() != null && !referenceData.regionExists(data.regionCode())) {
      errors.add(new FieldMessage("regionCode", "нет субъекта РФ с кодом " + data.regionCode()));
    }
    if (data.categoryCode() != null && !referenceData.categoryExists(data.categoryCode())
        && referenceData.categoryOfLegacy(data.categoryCode()).isEmpty()) {
      errors.add(new FieldMessage("categoryCode", "нет категории " + data.categoryCode()
          + " ни в списке 2026 года, ни в списке 2021 года"));
    }
    if (data.levelCode() != null && !referenceData.levelExists(data.levelCode())) {
      errors.add(new FieldMessage("levelCode", "нет уровня практики " + data.levelCode()));
    }
    for (String direction : data.qolDirectionsOrEmpty()) {
      if (!referenceData.qolDirectionExists(direction)) {
        errors.add(new FieldMessage("qolDirections", "нет направления Рейтинга качества жизни " + direction));
      }
    }
    for (String factor : data.investmentFactorsOrEmpty()) {
      if (!referenceData.investmentFactorExists(factor)) {
        errors.add(new FieldMessage("investmentFactors", "нет фактора Национального рейтинга " + factor));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Паспорт ссылается на неизвестные справочные значения", errors);
    }
  }

  /** A category named by its 2021 code (decree 188) is stored as its 2026 category, the code given kept. */
  private void mapLegacyCategory(Practice practice, PassportData data) {
    String code = data.categoryCode();
    if (code != null && !referenceData.categoryExists(code)) {
      referenceData.categoryOfLegacy(code).ifPresent(category -> practice.categoryFromLegacy(code, category));
    }
  }

  private PracticeView view(Practice p) {
    List<DocumentView> docs = documents.findByPracticeIdOrderByUploadedAtAscIdAsc(p.id()).stream()
        .map(PracticeDocument::view)
        .toList();
    List<PassportData.Author> team = p.authorTeam().stream()
        .map(a -> new PassportData.Author(a.fullName(), a.jobTitle(), a.email(), a.phone()))
        .toList();
    PassportData passport = new PassportData(p.title(), p.regionCode(), p.categoryCode(), p.levelCode(),
        p.organisation(), p.contactEmail(), p.contactPhone(), p.problem(), p.solution(), p.resources(), p.results(),
        p.effect(), p.targetAudience(), p.coverage(), team, List.copyOf(p.algorithm()), Set.copyOf(p.qolDirections()),
        Set.copyOf(p.investmentFactors()));
    return new PracticeView(p.id(), p.version(), p.status(), passport, docs, p.revisionRound(), p.replicationCount(),
        p.eligibilityGrounds(), Set.copyOf(p.catalogueSections()),
        new PracticeView.Dates(p.createdBy(), p.createdAt(), p.updatedAt(), p.submittedAt(), p.publishedAt()),
        p.legacyCategoryCode(), p.federalApproval(), p.contestAward());
  }

  private static PracticeSummary summary(Practice p) {
    return new PracticeSummary(p.id(), p.status(), p.title(), p.regionCode(), p.categoryCode(), p.levelCode(),
        p.organisation(), p.createdAt(), p.updatedAt(), p.submittedAt(), p.publishedAt());
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("Практика " + id + " не найдена");
  }
}

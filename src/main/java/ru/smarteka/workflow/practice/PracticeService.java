package ru.smarteka.workflow.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  private final ReferenceData referenceData;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PracticeService(PracticeRepository practices, StatusChangeRepository statusChanges,
      PracticeDocumentRepository documents, ReferenceData referenceData, ApplicationEventPublisher events,
      Clock clock) {
    this.practices = practices;
    this.statusChanges = statusChanges;
    this.documents = documents;
    this.referenceData = referenceData;
    this.events = events;
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
    practices.saveAndFlush(practice);
    statusChanges.save(new StatusChange(practice.id(), PracticeStatus.DRAFT, user.id(), now, null));
    return view(practice);
  }

  @Transactional(readOnly = true)
  public PracticeView get(CurrentUser user, long id) {
    return view(readable(user, id));
  }

  @Transactional(readOnly = true)
  public Page<PracticeSummary> list(CurrentUser user, PracticeFilter filter, Pageable pageable) {
    return practices.findAll(PracticeAccess.visibleTo(user).and(PracticeAccess.matching(filter)), pageable)
        .map(PracticeService::summary);
  }

  /** Replaces the passport's fields, if {@code expectedVersion} is still the current one. */
  public PracticeView update(CurrentUser user, long id, Long expectedVersion, PassportData data) {
    Practice practice = editableDraft(user, id, expectedVersion);
    if (data.regionCode() != null && !data.regionCode().equals(practice.regionCode())) {
      throw new InvalidInputException("Регион практики не меняется",
          List.of(new FieldMessage("regionCode", "регион практики — " + practice.regionCode() + ", он не меняется")));
    }
    checkReferences(data);
    practice.fill(data, clock.instant());
    practices.saveAndFlush(practice);
    return view(practice);
  }

  /** Submits a complete draft: it leaves the author's hands and goes to review. */
  public PracticeView submit(CurrentUser user, long id, Long expectedVersion) {
    Practice practice = editableDraft(user, id, expectedVersion);
    List<FieldMessage> missing = PassportCompleteness.missing(practice, documents.countByPracticeId(practice.id()));
    if (!missing.isEmpty()) {
      throw new InvalidInputException("Паспорт практики заполнен не полностью", missing);
    }
    Instant now = clock.instant();
    practice.changeStatus(PracticeStatus.SUBMITTED, now);
    practices.saveAndFlush(practice);
    statusChanges.save(new StatusChange(practice.id(), PracticeStatus.SUBMITTED, user.id(), now, null));
    events.publishEvent(new PracticeSubmitted(practice.id(), practice.regionCode(), user.id()));
    return view(practice);
  }

  @Transactional(readOnly = true)
  public List<StatusChangeView> history(CurrentUser user, long id) {
    readable(user, id);
    return statusChanges.findByPracticeIdOrderByChangedAtAscIdAsc(id).stream()
        .map(c -> new StatusChangeView(c.status(), c.changedBy(), c.changedAt(), c.reason()))
        .toList();
  }

  /** The practice if the user may see it; otherwise "not found", so other regions' drafts stay invisible. */
  Practice readable(CurrentUser user, long id) {
    Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
    if (!PracticeAccess.canRead(user, practice)) {
      throw notFound(id);
    }
    return practice;
  }

  /** A draft the user may edit, at the version the user saw. */
  Practice editableDraft(CurrentUser user, long id, Long expectedVersion) {
    Practice practice = readable(user, id);
    if (!PracticeAccess.canEdit(user, practice)) {
      throw new AccessDeniedException("Паспорт практики правят только должностные лица региона "
          + practice.regionCode());
    }
    if (practice.status() != PracticeStatus.DRAFT) {
      throw new ConflictException("Практика в статусе " + practice.status() + ": паспорт правится только в черновике");
    }
    if (expectedVersion != null && expectedVersion != practice.version()) {
      throw PreconditionException.stale(practice.version());
    }
    return practice;
  }

  private void checkReferences(PassportData data) {
    List<FieldMessage> errors = new ArrayList<>();
    if (data.regionCode() != null && !referenceData.regionExists(data.regionCode())) {
      errors.add(new FieldMessage("regionCode", "нет субъекта РФ с кодом " + data.regionCode()));
    }
    if (data.categoryCode() != null && !referenceData.categoryExists(data.categoryCode())) {
      errors.add(new FieldMessage("categoryCode", "нет категории " + data.categoryCode()));
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

  private PracticeView view(Practice p) {
    List<DocumentView> docs = documents.findByPracticeIdOrderByUploadedAtAscIdAsc(p.id()).stream()
        .map(PracticeDocument::view)
        .toList();
    List<PassportData.Author> team = p.authorTeam().stream()
        .map(a -> new PassportData.Author(a.fullName(), a.jobTitle(), a.email(), a.phone()))
        .toList();
    return new PracticeView(p.id(), p.version(), p.status(), p.title(), p.regionCode(), p.categoryCode(),
        p.levelCode(), p.organisation(), p.contactEmail(), p.contactPhone(), p.problem(), p.solution(),
        p.resources(), p.results(), p.effect(), p.targetAudience(), p.coverage(), team,
        List.copyOf(p.algorithm()), java.util.Set.copyOf(p.qolDirections()),
        java.util.Set.copyOf(p.investmentFactors()), docs, p.createdBy(), p.createdAt(), p.updatedAt(),
        p.submittedAt());
  }

  private static PracticeSummary summary(Practice p) {
    return new PracticeSummary(p.id(), p.status(), p.title(), p.regionCode(), p.categoryCode(), p.levelCode(),
        p.organisation(), p.createdAt(), p.updatedAt(), p.submittedAt());
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("Практика " + id + " не найдена");
  }
}

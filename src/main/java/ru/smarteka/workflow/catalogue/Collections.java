package ru.smarteka.workflow.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.region.RegionInfo;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.PreconditionException;

/**
 * Collections (Подборки): ASI editors ({@code asi-editors}, and administrators) create, order, publish and delete
 * them; everyone reads the published ones, each with those of its practices that are in the catalogue. Every change
 * is recorded: who, when, what.
 */
@Service
@Transactional
public class Collections {

  static final int MAX_PRACTICES = 200;

  private final CollectionRepository collections;
  private final CollectionChangeRepository changes;
  private final CatalogueEntryRepository entries;
  private final ReferenceNames names;
  private final Clock clock;

  Collections(CollectionRepository collections, CollectionChangeRepository changes, CatalogueEntryRepository entries,
      ReferenceNames names, Clock clock) {
    this.collections = collections;
    this.changes = changes;
    this.entries = entries;
    this.names = names;
    this.clock = clock;
  }

  // --- the public

  /** The published collections in their order, each with its practices in the catalogue (two queries). */
  @Transactional(readOnly = true)
  public List<CollectionView.Public> published() {
    List<Collection> found = collections.findPublished();
    Map<Long, CatalogueHitSummary> summaries = summaries(found);
    return found.stream().map(c -> new CollectionView.Public(c.id(), c.title(), c.description(), c.coverText(),
        practicesOf(c, summaries))).toList();
  }

  /** A published collection; any other is not found. */
  @Transactional(readOnly = true)
  public CollectionView.Public published(long id) {
    Collection c = collections.findById(id).filter(Collection::published).orElseThrow(() -> notFound(id));
    Map<Long, CatalogueHitSummary> summaries = summaries(List.of(c));
    return new CollectionView.Public(c.id(), c.title(), c.description(), c.coverText(), practicesOf(c, summaries));
  }

  /** The published collections a practice is in (its page shows them). */
  @Transactional(readOnly = true)
  public List<CollectionRef> containing(long practiceId) {
    return collections.publishedContaining(practiceId).stream()
        .map(row -> new CollectionRef((Long) row[0], (String) row[1]))
        .toList();
  }

  /** A collection a practice is in: its id and title. */
  public record CollectionRef(long id, String title) {
  }

  // --- the editors

  @Transactional(readOnly = true)
  public List<CollectionView> all(CurrentUser user) {
    requireEditor(user);
    List<Collection> found = collections.findAllOrdered();
    Map<Long, CatalogueHitSummary> summaries = summaries(found);
    return found.stream().map(c -> view(c, summaries)).toList();
  }

  @Transactional(readOnly = true)
  public CollectionView get(CurrentUser user, long id) {
    requireEditor(user);
    Collection c = collections.findById(id).orElseThrow(() -> notFound(id));
    return view(c, summaries(List.of(c)));
  }

  public CollectionView create(CurrentUser user, CollectionData data) {
    requireEditor(user);
    check(data);
    Instant now = clock.instant();
    Collection c = new Collection(user.id(), now);
    c.fill(data, user.id(), now);
    collections.saveAndFlush(c);
    record(c, "CREATED", user, now);
    return view(c, summaries(List.of(c)));
  }

  /** Replaces the collection, if {@code expectedVersion} is still its version (null: any). */
  public CollectionView update(CurrentUser user, long id, Long expectedVersion, CollectionData data) {
    requireEditor(user);
    Collection c = collections.findById(id).orElseThrow(() -> notFound(id));
    if (expectedVersion != null && expectedVersion != c.version()) {
      throw PreconditionException.stale(c.version());
    }
    check(data);
    boolean wasPublished = c.published();
    Instant now = clock.instant();
    c.fill(data, user.id(), now);
    collections.saveAndFlush(c);
    String action = c.published() == wasPublished ? "CHANGED" : c.published() ? "PUBLISHED" : "WITHDRAWN";
    record(c, action, user, now);
    return view(c, summaries(List.of(c)));
  }

  public void delete(CurrentUser user, long id, Long expectedVersion) {
    requireEditor(user);
    Collection c = collections.findById(id).orElseThrow(() -> notFound(id));
    if (expectedVersion != null && expectedVersion != c.version()) {
      throw PreconditionException.stale(c.version());
    }
    record(c, "DELETED", user, clock.instant());
    collections.delete(c);
  }

  /** Who changed the collection when and how, oldest first; kept after it is deleted. */
  @Transactional(readOnly = true)
  public List<CollectionView.Change> history(CurrentUser user, long id) {
    requireEditor(user);
    List<CollectionView.Change> history = changes.findByCollectionIdOrderByChangedAtAscIdAsc(id).stream()
        .map(CollectionChange::view).toList();
    if (history.isEmpty()) {
      throw notFound(id);
    }
    return history;
  }

  private void record(Collection c, String action, CurrentUser user, Instant now) {
    changes.save(new CollectionChange(c.id(), action, user.id(), now, "«" + c.title() + "»: "
        + (c.published() ? "опубликована" : "не опубликована") + ", место " + c.position() + ", практики "
        + c.practiceIds()));
  }

  private static void requireEditor(CurrentUser user) {
    if (!user.isMemberOf(Groups.ASI_EDITORS) && !user.isAdmin()) {
      throw new AccessDeniedException("Подборки составляют редакторы АСИ");
    }
  }

  private void check(CollectionData data) {
    List<FieldMessage> errors = new ArrayList<>();
    if (data.title() == null || data.title().isBlank()) {
      errors.add(new FieldMessage("title", "поле обязательно"));
    } else if (data.title().length() > 300) {
      errors.add(new FieldMessage("title", "не длиннее 300 символов"));
    }
    if (data.description() != null && data.description().length() > 4000) {
      errors.add(new FieldMessage("description", "не длиннее 4000 символов"));
    }
    if (data.coverText() != null && data.coverText().length() > 2000) {
      errors.add(new FieldMessage("coverText", "не длиннее 2000 символов"));
    }
    if (data.position() != null && (data.position() < 0 || data.position() > 10_000)) {
      errors.add(new FieldMessage("position", "число от 0 до 10000"));
    }
    List<Long> ids = data.practiceIdsOrEmpty();
    if (ids.size() > MAX_PRACTICES) {
      errors.add(new FieldMessage("practiceIds", "не больше " + MAX_PRACTICES + " практик"));
    } else if (ids.stream().anyMatch(Objects::isNull)) {
      errors.add(new FieldMessage("practiceIds", "номер практики не указан"));
    } else if (new HashSet<>(ids).size() != ids.size()) {
      errors.add(new FieldMessage("practiceIds", "практика указана дважды"));
    } else if (!ids.isEmpty()) {
      Set<Long> inCatalogue = new HashSet<>();
      entries.summaries(ids).forEach(row -> inCatalogue.add((Long) row[0]));
      ids.stream().filter(id -> !inCatalogue.contains(id)).findFirst().ifPresent(id -> errors.add(
          new FieldMessage("practiceIds", "практика " + id + " не опубликована в каталоге")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Подборка заполнена неверно", errors);
    }
  }

  private Map<Long, CatalogueHitSummary> summaries(List<Collection> found) {
    Set<Long> ids = new LinkedHashSet<>();
    found.forEach(c -> ids.addAll(c.practiceIds()));
    Map<Long, CatalogueHitSummary> summaries = new HashMap<>();
    if (ids.isEmpty()) {
      return summaries;
    }
    Map<String, RegionInfo> regions = names.current().regions();
    for (Object[] row : entries.summaries(ids)) {
      RegionInfo region = regions.get((String) row[2]);
      summaries.put((Long) row[0], new CatalogueHitSummary((Long) row[0], (String) row[1], (String) row[2],
          region == null ? null : region.name()));
    }
    return summaries;
  }

  /** The collection's practices that are in the catalogue, in the collection's order. */
  private static List<CatalogueHitSummary> practicesOf(Collection c, Map<Long, CatalogueHitSummary> summaries) {
    return c.practiceIds().stream().map(summaries::get).filter(Objects::nonNull).toList();
  }

  private static CollectionView view(Collection c, Map<Long, CatalogueHitSummary> summaries) {
    return new CollectionView(c.id(), c.version(), c.title(), c.description(), c.coverText(), c.published(),
        c.position(), practicesOf(c, summaries), c.createdBy(), c.createdAt(), c.updatedBy(), c.updatedAt());
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Подборка " + id + " не найдена");
  }
}

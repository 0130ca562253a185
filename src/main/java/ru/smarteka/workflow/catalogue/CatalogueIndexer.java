package ru.smarteka.workflow.catalogue;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.practice.PracticeFederalApprovalRecorded;
import ru.smarteka.workflow.practice.PracticeReplicationRecorded;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeStatusChanged;
import ru.smarteka.workflow.practice.PublishedPractice;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.RegionInfo;
import ru.smarteka.workflow.system.ConflictException;

/**
 * Keeps the catalogue's read model in step with the practices: a practice enters it when it is published and is
 * updated when its replication count changes or a federal round approves it, in the transaction of that change (Hibernate Search writes the index at
 * the commit, so the index never shows what was rolled back); any other status takes it out. {@link #rebuild()} makes
 * the whole read model and index again from the practice module.
 */
@Service
@Transactional
public class CatalogueIndexer {

  private static final Logger log = LoggerFactory.getLogger(CatalogueIndexer.class);

  private final CatalogueEntryRepository entries;
  private final PracticeService practices;
  private final ReferenceData referenceData;
  private final EntityManagerFactory entityManagerFactory;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
  private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "catalogue-rebuild");
    thread.setDaemon(true);
    return thread;
  });

  @PersistenceContext
  private EntityManager entityManager;

  CatalogueIndexer(CatalogueEntryRepository entries, PracticeService practices, ReferenceData referenceData,
      EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager, Clock clock) {
    this.entries = entries;
    this.practices = practices;
    this.referenceData = referenceData;
    this.entityManagerFactory = entityManagerFactory;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * How far the latest rebuild got: {@code IDLE} (none since the start), {@code RUNNING}, {@code DONE}, {@code
   * FAILED}; {@code done} of {@code total} published practices taken into the read model, then indexed.
   */
  public record RebuildProgress(String state, long total, long done, Instant startedAt, Instant finishedAt) {
    static RebuildProgress idle() {
      return new RebuildProgress("IDLE", 0, 0, null, null);
    }

    boolean running() {
      return "RUNNING".equals(state);
    }
  }

  @EventListener
  void on(PracticeStatusChanged changed) {
    if (changed.status() == PracticeStatus.PUBLISHED) {
      refresh(changed.practiceId());
    } else {
      entries.findById(changed.practiceId()).ifPresent(entries::delete);
    }
  }

  @EventListener
  void on(PracticeReplicationRecorded recorded) {
    refresh(recorded.practiceId());
  }

  @EventListener
  void on(PracticeFederalApprovalRecorded approved) {
    refresh(approved.practiceId());
  }

  /**
   * Brings one practice's entry in step with the practice module, as every publication, validated replication and
   * federal approval does in its own transaction (an administrator's repair of one entry, without the whole rebuild);
   * whether the practice is in the catalogue now. The index has it when this returns.
   */
  public boolean reindex(long practiceId) {
    refresh(practiceId);
    return entries.existsById(practiceId);
  }

  @EventListener
  void on(ru.smarteka.workflow.practice.PracticeAwarded awarded) {
    refresh(awarded.practiceId());
  }

  /** Puts the practice into the read model as it is now, or takes it out when it is not published. */
  void refresh(long practiceId) {
    practices.published(practiceId).ifPresentOrElse(this::store,
        () -> entries.findById(practiceId).ifPresent(entries::delete));
  }

  private void store(PublishedPractice practice) {
    CatalogueEntry entry = entries.findById(practice.id()).orElseGet(() -> new CatalogueEntry(practice.id()));
    String district = referenceData.findRegion(practice.regionCode()).map(RegionInfo::federalDistrict).orElse("");
    entry.fill(practice, district, clock.instant());
    entries.save(entry);
  }

  /**
   * Whether the read model holds exactly the published practices and the index exactly the read model (as many
   * entries, as many approved for mass replication and as many not).
   */
  @Transactional(readOnly = true)
  public boolean inStep() {
    Set<Long> published = new HashSet<>(practices.publishedIds());
    if (!published.equals(new HashSet<>(entries.allIds()))) {
      return false;
    }
    long indexed = Search.session(entityManager).search(CatalogueEntry.class).where(f -> f.matchAll())
        .fetchTotalHitCount();
    // every entry indexed with its approval, either way (an index written before the field came has neither)
    long approved = Search.session(entityManager).search(CatalogueEntry.class)
        .where(f -> f.match().field(CatalogueSearch.APPROVED_FIELD).matching(true)).fetchTotalHitCount();
    long notApproved = Search.session(entityManager).search(CatalogueEntry.class)
        .where(f -> f.match().field(CatalogueSearch.APPROVED_FIELD).matching(false)).fetchTotalHitCount();
    long approvedEntries = entries.countApproved();
    return indexed == published.size() && approved == approvedEntries
        && notApproved == published.size() - approvedEntries;
  }

  /**
   * Makes the read model match the published practices (adds the missing, refreshes the others, takes out those no
   * longer published) and then rebuilds the whole search index from it, in the calling thread. One at a time: a
   * second call while one runs is a conflict.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public RebuildProgress rebuild() {
    return work(claim());
  }

  /** Starts {@link #rebuild()} in the background and answers at once; {@link #progress()} tells how far it got. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public RebuildProgress startRebuild() {
    RebuildProgress claimed = claim();
    background.execute(() -> {
      try {
        work(claimed);
      } catch (RuntimeException e) {
        log.error("Перестроение каталога не удалось", e);
      }
    });
    return claimed;
  }

  private RebuildProgress claim() {
    RebuildProgress current = progress.get();
    RebuildProgress claimed = new RebuildProgress("RUNNING", 0, 0, clock.instant(), null);
    if (current.running() || !progress.compareAndSet(current, claimed)) {
      throw new ConflictException("Перестроение каталога уже идёт");
    }
    return claimed;
  }

  private RebuildProgress work(RebuildProgress claimed) {
    Instant started = claimed.startedAt();
    try {
      List<Long> published = practices.publishedIds();
      progress.set(new RebuildProgress("RUNNING", published.size(), 0, started, null));
      Set<Long> stale = new HashSet<>(entries.allIds());
      published.forEach(stale::remove);
      transactions.executeWithoutResult(tx -> stale.forEach(entries::deleteById));
      long done = 0;
      for (int from = 0; from < published.size(); from += 100) {
        List<Long> batch = published.subList(from, Math.min(published.size(), from + 100));
        transactions.executeWithoutResult(tx -> batch.forEach(this::refresh));
        done += batch.size();
        progress.set(new RebuildProgress("RUNNING", published.size(), done, started, null));
      }
      mapping().scope(CatalogueEntry.class).massIndexer()
          .threadsToLoadObjects(1).batchSizeToLoadObjects(100).startAndWait();
      RebuildProgress finished = new RebuildProgress("DONE", published.size(), done, started, clock.instant());
      progress.set(finished);
      log.info("Каталог перестроен: {} опубликованных практик, убрано {}", published.size(), stale.size());
      return finished;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed(started);
      throw new IllegalStateException("Перестроение каталога прервано", e);
    } catch (RuntimeException e) {
      failed(started);
      throw e;
    }
  }

  private void failed(Instant started) {
    RebuildProgress last = progress.get();
    progress.set(new RebuildProgress("FAILED", last.total(), last.done(), started, clock.instant()));
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  /** The latest rebuild: running, done, failed, or none yet. */
  public RebuildProgress progress() {
    return progress.get();
  }

  private SearchMapping mapping() {
    return Search.mapping(entityManagerFactory);
  }
}

package ru.smarteka.workflow.practice;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.document.UploadPolicy;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * Supporting documents of a practice (НПА, orders, presentations): stored in the database with their SHA-256,
 * limited in size and to a whitelist of types, checked by their first bytes.
 */
@Service
@Transactional
public class PracticeDocuments {

  /** A document to download: its metadata and bytes. */
  public record StoredDocument(DocumentView metadata, byte[] content) {
  }

  private final PracticeService practices;
  private final PracticeDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final UploadPolicy uploads;
  private final Clock clock;

  PracticeDocuments(PracticeService practices, PracticeDocumentRepository documents,
      DocumentContentRepository contents, UploadPolicy uploads, Clock clock) {
    this.practices = practices;
    this.documents = documents;
    this.contents = contents;
    this.uploads = uploads;
    this.clock = clock;
  }

  public DocumentView upload(CurrentUser user, long practiceId, String originalName, byte[] content) {
    Practice practice = practices.editable(user, practiceId, null);
    UploadPolicy.AcceptedFile file = uploads.check(originalName, content);
    PracticeDocument document = documents.saveAndFlush(new PracticeDocument(practice.id(), file.fileName(),
        file.contentType(), file.sizeBytes(), file.sha256(), user.id(), clock.instant()));
    contents.save(new DocumentContent(document.id(), content));
    return document.view();
  }

  @Transactional(readOnly = true)
  public List<DocumentView> list(CurrentUser user, long practiceId) {
    practices.readable(user, practiceId);
    return documents.findByPracticeIdOrderByUploadedAtAscIdAsc(practiceId).stream()
        .map(PracticeDocument::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public StoredDocument download(CurrentUser user, long practiceId, long documentId) {
    practices.readable(user, practiceId);
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .orElseThrow(() -> documentNotFound(documentId));
    byte[] content = contents.findById(documentId).orElseThrow(() -> documentNotFound(documentId)).data();
    return new StoredDocument(document.view(), content);
  }

  /** Whether the user may read the practice's documents by the practice's own rules (region, role, published). */
  @Transactional(readOnly = true)
  public boolean readableBy(CurrentUser user, long practiceId) {
    return practices.canRead(user, practiceId);
  }

  /** The practice's documents, oldest first, for a step of its review (the engine, not a user, asks). */
  @Transactional(readOnly = true)
  public List<DocumentView> of(long practiceId) {
    return documents.findByPracticeIdOrderByUploadedAtAscIdAsc(practiceId).stream()
        .map(PracticeDocument::view)
        .toList();
  }

  /**
   * A document of the practice for a reader whose right the caller has established otherwise (a task of the
   * practice's review the reader holds): 404 when the practice has no such document.
   */
  @Transactional(readOnly = true)
  public StoredDocument forReviewer(long practiceId, long documentId) {
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .orElseThrow(() -> documentNotFound(documentId));
    byte[] content = contents.findById(documentId).orElseThrow(() -> documentNotFound(documentId)).data();
    return new StoredDocument(document.view(), content);
  }

  public void delete(CurrentUser user, long practiceId, long documentId) {
    practices.editable(user, practiceId, null);
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .orElseThrow(() -> documentNotFound(documentId));
    contents.deleteById(documentId);
    documents.delete(document);
  }

  private static NotFoundException documentNotFound(long documentId) {
    return new NotFoundException("Документ " + documentId + " не найден");
  }
}

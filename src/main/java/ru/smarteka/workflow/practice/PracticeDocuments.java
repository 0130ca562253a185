package ru.smarteka.workflow.practice;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.document.UploadPolicy;
import org.springframework.security.access.AccessDeniedException;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
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
  private final DocumentVisibilityRepository visibility;
  private final Clock clock;

  PracticeDocuments(PracticeService practices, PracticeDocumentRepository documents,
      DocumentContentRepository contents, UploadPolicy uploads, DocumentVisibilityRepository visibility,
      Clock clock) {
    this.practices = practices;
    this.documents = documents;
    this.contents = contents;
    this.uploads = uploads;
    this.visibility = visibility;
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

  /**
   * An ASI editor or moderator (or an administrator) makes a supporting document public in the catalogue, or takes it
   * back, with a reason; the change is kept (who, when, why). The catalogue offers a public document only while its
   * practice is published. Setting what is already set changes nothing and records nothing.
   */
  public DocumentView setPublic(CurrentUser user, long practiceId, long documentId, boolean publicAccess,
      String reason) {
    if (!mayPublish(user)) {
      throw new AccessDeniedException("Открыть документ для всех или закрыть его могут только редакторы и "
          + "модераторы АСИ");
    }
    if (reason != null && reason.length() > 2000) {
      throw new InvalidInputException("Причина слишком длинная",
          List.of(new FieldMessage("reason", "не длиннее 2000 символов")));
    }
    practices.readable(user, practiceId);
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .orElseThrow(() -> documentNotFound(documentId));
    if (document.publicAccess() != publicAccess) {
      document.setPublicAccess(publicAccess);
      visibility.save(new DocumentVisibilityChange(documentId, publicAccess, user.id(), clock.instant(),
          reason == null || reason.isBlank() ? null : reason.strip()));
    }
    return document.view();
  }

  /** Who made the document public or took it back, when and why; for those who may read the practice. */
  @Transactional(readOnly = true)
  public List<DocumentVisibilityView> visibilityHistory(CurrentUser user, long practiceId, long documentId) {
    practices.readable(user, practiceId);
    documents.findByIdAndPracticeId(documentId, practiceId).orElseThrow(() -> documentNotFound(documentId));
    return visibility.findByDocumentIdOrderByChangedAtAscIdAsc(documentId).stream()
        .map(DocumentVisibilityChange::view).toList();
  }

  /** The public documents of a published practice (one query); none for a practice not published. */
  @Transactional(readOnly = true)
  public List<PublicDocument> publicDocuments(long practiceId) {
    if (!practices.isPublished(practiceId)) {
      return List.of();
    }
    return documents.findByPracticeIdAndPublicAccessTrueOrderByUploadedAtAscIdAsc(practiceId).stream()
        .map(PracticeDocument::publicView).toList();
  }

  /**
   * A public document of a published practice for anyone, without a login; any other document, or one of a practice
   * not published, is not found, as if it did not exist.
   */
  @Transactional(readOnly = true)
  public StoredDocument publicDownload(long practiceId, long documentId) {
    if (!practices.isPublished(practiceId)) {
      throw documentNotFound(documentId);
    }
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .filter(PracticeDocument::publicAccess)
        .orElseThrow(() -> documentNotFound(documentId));
    byte[] content = contents.findById(documentId).orElseThrow(() -> documentNotFound(documentId)).data();
    return new StoredDocument(document.view(), content);
  }

  static boolean mayPublish(CurrentUser user) {
    return user.isAdmin() || user.isMemberOf(Groups.ASI_EDITORS) || user.isMemberOf(Groups.ASI_MODERATORS);
  }

  private static NotFoundException documentNotFound(long documentId) {
    return new NotFoundException("Документ " + documentId + " не найден");
  }
}

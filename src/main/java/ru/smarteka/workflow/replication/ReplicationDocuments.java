package ru.smarteka.workflow.replication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.document.UploadPolicy;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The documents of a replication: the recipient uploads the roadmap, legal acts and orders to the request; who may
 * read the replication downloads them; the steps ask which were uploaded when.
 */
@Component
@Transactional
class ReplicationDocuments {

  private final ReplicationLookup lookup;
  private final ReplicationDocumentRepository documents;
  private final ReplicationDocumentContentRepository contents;
  private final UploadPolicy uploads;
  private final ReplicationHistory history;
  private final Clock clock;

  ReplicationDocuments(ReplicationLookup lookup, ReplicationDocumentRepository documents,
      ReplicationDocumentContentRepository contents, UploadPolicy uploads, ReplicationHistory history, Clock clock) {
    this.lookup = lookup;
    this.documents = documents;
    this.contents = contents;
    this.uploads = uploads;
    this.history = history;
    this.clock = clock;
  }

  ReplicationView.DocumentView upload(CurrentUser user, long id, String kindName, String originalName,
      byte[] content) {
    ReplicationRequest request = lookup.openForRecipient(user, id);
    ReplicationDocumentKind kind = ReplicationDocumentKind.of(kindName);
    UploadPolicy.AcceptedFile file = uploads.check(originalName, content);
    ReplicationRecords.Document document = documents.saveAndFlush(new ReplicationRecords.Document(request.id(), kind,
        file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), user.id(), clock.instant()));
    contents.save(new ReplicationRecords.DocumentContent(document.id, content));
    history.record(request, "DOCUMENT_UPLOADED", user.id(), kind.name() + ": " + file.fileName());
    return view(document);
  }

  @Transactional(readOnly = true)
  ReplicationService.StoredDocument download(CurrentUser user, long id, long documentId) {
    lookup.readable(user, id);
    ReplicationRecords.Document document = documents.findByIdAndRequestId(documentId, id)
        .orElseThrow(() -> new NotFoundException("Документ " + documentId + " не найден"));
    byte[] data = contents.findById(documentId)
        .orElseThrow(() -> new NotFoundException("Документ " + documentId + " не найден")).data;
    return new ReplicationService.StoredDocument(view(document), data);
  }

  /** Every document of the request, the first uploaded first. */
  @Transactional(readOnly = true)
  List<ReplicationRecords.Document> of(ReplicationRequest request) {
    return documents.findByRequestIdOrderByUploadedAtAscIdAsc(request.id());
  }

  /** The latest document of a kind uploaded to the request (since a moment, if given). */
  @Transactional(readOnly = true)
  Optional<ReplicationRecords.Document> latest(long id, ReplicationDocumentKind kind, Instant since) {
    ReplicationRecords.Document latest = null;
    for (ReplicationRecords.Document d : documents.findByRequestIdOrderByUploadedAtAscIdAsc(id)) {
      if (d.kind == kind && (since == null || !d.uploadedAt.isBefore(since))) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the implementation is proven: a legal act or an order uploaded since the roadmap was approved (any, when
   * the approval's time is unknown: a roadmap approved before the versions were recorded).
   */
  @Transactional(readOnly = true)
  boolean proveImplementation(long id, Instant approvedAt) {
    return documents.findByRequestIdOrderByUploadedAtAscIdAsc(id).stream()
        .anyMatch(d -> d.kind.provesImplementation() && (approvedAt == null || !d.uploadedAt.isBefore(approvedAt)));
  }

  /** A moment as the day people read in messages (ДД.ММ.ГГГГ). */
  String date(Instant instant) {
    return LocalDate.ofInstant(instant, clock.getZone()).format(Roadmaps.DATE);
  }

  /** Where the recipient uploads the documents, in words. */
  static String of(long id) {
    return "документы заявки № " + id + " на портале «Смартека»";
  }

  static ReplicationView.DocumentView view(ReplicationRecords.Document d) {
    return new ReplicationView.DocumentView(d.id, d.kind.name(), d.fileName, d.contentType, d.sizeBytes, d.sha256,
        d.uploadedBy, d.uploadedAt, d.kind.label());
  }
}

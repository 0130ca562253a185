package ru.smarteka.workflow.practice;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.RejectedContentException;

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
  private final DataSize maxSize;
  private final Clock clock;

  PracticeDocuments(PracticeService practices, PracticeDocumentRepository documents,
      DocumentContentRepository contents, @Value("${smarteka.documents.max-size}") DataSize maxSize, Clock clock) {
    this.practices = practices;
    this.documents = documents;
    this.contents = contents;
    this.maxSize = maxSize;
    this.clock = clock;
  }

  public DocumentView upload(CurrentUser user, long practiceId, String originalName, byte[] content) {
    Practice practice = practices.editable(user, practiceId, null);
    if (content.length > maxSize.toBytes()) {
      throw new RejectedContentException(RejectedContentException.Reason.TOO_LARGE,
          "Файл больше " + maxSize.toMegabytes() + " МБ");
    }
    if (content.length == 0) {
      throw new InvalidInputException("Пустой файл", List.of(new FieldMessage("file", "файл пуст")));
    }
    String fileName = safeFileName(originalName);
    DocumentType type = DocumentType.ofFileName(fileName).orElseThrow(() -> new RejectedContentException(
        RejectedContentException.Reason.UNSUPPORTED_TYPE,
        "Тип файла «" + fileName + "» не принимается; допустимы " + DocumentType.ALLOWED));
    if (!type.matches(content)) {
      throw new RejectedContentException(RejectedContentException.Reason.UNSUPPORTED_TYPE,
          "Содержимое файла «" + fileName + "» не соответствует его расширению");
    }
    PracticeDocument document = documents.saveAndFlush(new PracticeDocument(practice.id(), fileName,
        type.contentType(), content.length, sha256(content), user.id(), clock.instant()));
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

  public void delete(CurrentUser user, long practiceId, long documentId) {
    practices.editable(user, practiceId, null);
    PracticeDocument document = documents.findByIdAndPracticeId(documentId, practiceId)
        .orElseThrow(() -> documentNotFound(documentId));
    contents.deleteById(documentId);
    documents.delete(document);
  }

  /**
   * The last segment of what the client called the file, without control characters: a name, never a path.
   */
  static String safeFileName(String originalName) {
    String name = originalName == null ? "" : originalName;
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      throw new InvalidInputException("Нет имени файла", List.of(new FieldMessage("file", "у файла нет имени")));
    }
    if (name.length() > 255) {
      throw new InvalidInputException("Слишком длинное имя файла",
          List.of(new FieldMessage("file", "имя файла не длиннее 255 символов")));
    }
    return name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static NotFoundException documentNotFound(long documentId) {
    return new NotFoundException("Документ " + documentId + " не найден");
  }
}

package ru.smarteka.workflow.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.RejectedContentException;

/**
 * What an uploaded supporting document must be, wherever it is uploaded (practice passports, replication requests):
 * within the size limit, of a whitelisted type whose first bytes match its extension, named without any path.
 */
@Component
public class UploadPolicy {

  /** An accepted file: the name to keep, the content type to serve it as, its SHA-256. */
  public record AcceptedFile(String fileName, String contentType, long sizeBytes, String sha256) {
  }

  private final DataSize maxSize;

  UploadPolicy(@Value("${smarteka.documents.max-size}") DataSize maxSize) {
    this.maxSize = maxSize;
  }

  public AcceptedFile check(String originalName, byte[] content) {
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
    return new AcceptedFile(fileName, type.contentType(), content.length, sha256(content));
  }

  /** The last segment of what the client called the file, without control characters: a name, never a path. */
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
}

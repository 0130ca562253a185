package ru.smarteka.workflow.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The supporting documents we accept: by extension, with the content type we serve them as and the signature their
 * first bytes must carry (so a renamed executable is not accepted as a PDF).
 */
enum DocumentType {
  PDF("pdf", "application/pdf", Signature.PDF),
  DOC("doc", "application/msword", Signature.OLE),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
  XLS("xls", "application/vnd.ms-excel", Signature.OLE),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
  ODT("odt", "application/vnd.oasis.opendocument.text", Signature.ZIP),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP),
  JPG("jpg", "image/jpeg", Signature.JPEG),
  JPEG("jpeg", "image/jpeg", Signature.JPEG),
  PNG("png", "image/png", Signature.PNG);

  static final String ALLOWED = "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, JPG, PNG";

  private final String extension;
  private final String contentType;
  private final Signature signature;

  DocumentType(String extension, String contentType, Signature signature) {
    this.extension = extension;
    this.contentType = contentType;
    this.signature = signature;
  }

  static Optional<DocumentType> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
  }

  String contentType() {
    return contentType;
  }

  boolean matches(byte[] content) {
    return signature.matches(content);
  }

  private enum Signature {
    PDF(new int[] {'%', 'P', 'D', 'F', '-'}),
    OLE(new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
    ZIP(new int[] {'P', 'K', 0x03, 0x04}),
    JPEG(new int[] {0xFF, 0xD8, 0xFF}),
    PNG(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final int[] magic;

    Signature(int[] magic) {
      this.magic = magic;
    }

    boolean matches(byte[] content) {
      if (content.length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if ((content[i] & 0xFF) != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }
}

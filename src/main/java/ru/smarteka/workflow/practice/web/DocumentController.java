package ru.smarteka.workflow.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.smarteka.workflow.practice.DocumentView;
import ru.smarteka.workflow.practice.DocumentVisibilityView;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.system.ETags;

/** Supporting documents of a practice: upload (multipart field {@code file}), list, download, delete. */
@RestController
@RequestMapping("/api/practices/{practiceId}/documents")
@Tag(name = "Документы практики", description = "НПА, распорядительные документы и другие подтверждения внедрения")
class DocumentController {

  /** Whether the document is public in the catalogue, and why it is made so or taken back. */
  record VisibilityRequest(@NotNull Boolean publicAccess, @Size(max = 2000) String reason) {
  }

  private final PracticeDocuments documents;
  private final CurrentUserProvider users;

  DocumentController(PracticeDocuments documents, CurrentUserProvider users) {
    this.documents = documents;
    this.users = users;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Загрузить документ (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, JPG, PNG)")
  ResponseEntity<DocumentView> upload(@PathVariable long practiceId, @RequestParam("file") MultipartFile file)
      throws IOException {
    DocumentView document = documents.upload(users.current(), practiceId, file.getOriginalFilename(),
        file.getBytes());
    return ResponseEntity.created(URI.create("/api/practices/" + practiceId + "/documents/" + document.id()))
        .body(document);
  }

  @GetMapping
  @Operation(summary = "Список документов практики")
  List<DocumentView> list(@PathVariable long practiceId) {
    return documents.list(users.current(), practiceId);
  }

  @GetMapping("/{documentId}")
  @Operation(summary = "Скачать документ")
  ResponseEntity<byte[]> download(@PathVariable long practiceId, @PathVariable long documentId) {
    PracticeDocuments.StoredDocument document = documents.download(users.current(), practiceId, documentId);
    DocumentView meta = document.metadata();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .contentLength(meta.sizeBytes())
        .eTag(ETags.of(meta.sha256()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.content());
  }

  @PutMapping("/{documentId}/public")
  @Operation(summary = "Открыть документ в публичном каталоге или закрыть его (редакторы и модераторы АСИ)",
      description = "Документ виден в каталоге, пока практика опубликована; изменение сохраняется: кто, когда, почему.")
  DocumentView setPublic(@PathVariable long practiceId, @PathVariable long documentId,
      @Valid @RequestBody VisibilityRequest body) {
    return documents.setPublic(users.current(), practiceId, documentId, body.publicAccess(), body.reason());
  }

  @GetMapping("/{documentId}/public")
  @Operation(summary = "История открытия документа в каталоге: кто, когда, почему")
  List<DocumentVisibilityView> visibilityHistory(@PathVariable long practiceId, @PathVariable long documentId) {
    return documents.visibilityHistory(users.current(), practiceId, documentId);
  }

  @DeleteMapping("/{documentId}")
  @Operation(summary = "Удалить документ из черновика")
  ResponseEntity<Void> delete(@PathVariable long practiceId, @PathVariable long documentId) {
    documents.delete(users.current(), practiceId, documentId);
    return ResponseEntity.noContent().build();
  }
}

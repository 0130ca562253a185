package ru.smarteka.workflow.replication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.replication.ReplicationStatus;
import ru.smarteka.workflow.replication.ReplicationView;
import ru.smarteka.workflow.replication.RequestData;
import ru.smarteka.workflow.system.ETags;
import ru.smarteka.workflow.system.SortableBy;

/** Replication requests («Хочу внедрить») and their course, for the recipient, the mentor and the moderator. */
@RestController
@RequestMapping("/api/replications")
@Tag(name = "Тиражирование", description = "Заявки «Хочу внедрить», дорожная карта, отчёты, оценка результатов")
class ReplicationController {

  record AbandonRequest(@Size(max = 2000) String reason) {
  }

  private final ReplicationService replications;
  private final CurrentUserProvider users;

  ReplicationController(ReplicationService replications, CurrentUserProvider users) {
    this.replications = replications;
    this.users = users;
  }

  @PostMapping
  @Operation(summary = "«Хочу внедрить»: подать заявку на внедрение опубликованной практики")
  ResponseEntity<ReplicationView> request(@Valid @RequestBody RequestData data) {
    ReplicationView created = replications.request(users.current(), data);
    return ResponseEntity.created(URI.create("/api/replications/" + created.id())).body(created);
  }

  @GetMapping
  @Operation(summary = "Заявки на внедрение, которые видит пользователь")
  PagedModel<ReplicationView.Summary> list(@RequestParam(required = false) Long practiceId,
      @RequestParam(required = false) ReplicationStatus status,
      @SortableBy({"createdAt", "updatedAt", "closedAt", "status", "recipientRegion", "practiceId"})
      @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return new PagedModel<>(replications.list(users.current(), practiceId, status, pageable));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Заявка и весь ход внедрения: история, встреча, дорожная карта, отчёты, оценка, документы")
  ReplicationView get(@PathVariable long id) {
    return replications.view(users.current(), id);
  }

  @GetMapping("/{id}/roadmaps")
  @Operation(summary = "Все редакции дорожной карты: кто и когда представил, документ, решение модератора и "
      + "замечания, вехи")
  List<ReplicationView.RoadmapView> roadmaps(@PathVariable long id) {
    return replications.roadmaps(users.current(), id);
  }

  @PostMapping("/{id}/abandon")
  @Operation(summary = "Отказаться от внедрения (с причиной)")
  ReplicationView abandon(@PathVariable long id, @Valid @RequestBody AbandonRequest body) {
    return replications.abandon(users.current(), id, body.reason());
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Загрузить документ: дорожную карту (ROADMAP, нужна для каждой редакции дорожной карты), НПА "
      + "(LEGAL_ACT) или распорядительный документ (ORDER) — хотя бы один после утверждения дорожной карты нужен, "
      + "чтобы завершить внедрение, — иное (OTHER)")
  ResponseEntity<ReplicationView.DocumentView> upload(@PathVariable long id, @RequestParam("kind") String kind,
      @RequestParam("file") MultipartFile file) throws IOException {
    ReplicationView.DocumentView document = replications.upload(users.current(), id, kind,
        file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/replications/" + id + "/documents/" + document.id()))
        .body(document);
  }

  @GetMapping("/{id}/documents/{documentId}")
  @Operation(summary = "Скачать документ")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
    ReplicationService.StoredDocument document = replications.download(users.current(), id, documentId);
    ReplicationView.DocumentView meta = document.metadata();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .contentLength(meta.sizeBytes())
        .eTag(ETags.of(meta.sha256()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.content());
  }
}

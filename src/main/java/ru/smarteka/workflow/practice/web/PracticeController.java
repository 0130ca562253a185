package ru.smarteka.workflow.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.practice.Edition;
import ru.smarteka.workflow.practice.PassportData;
import ru.smarteka.workflow.practice.PracticeFilter;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeSummary;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.practice.StatusChangeView;
import ru.smarteka.workflow.system.ETags;
import ru.smarteka.workflow.system.PreconditionException;
import ru.smarteka.workflow.system.SortableBy;

/**
 * The practice passport API, as the Smarteka portal calls it (submission is the publication process's). Reads carry an {@code ETag} (the passport version);
 * edits require it back in {@code If-Match}, so two editors never silently overwrite each other.
 */
@RestController
@RequestMapping("/api/practices")
@Tag(name = "Практики", description = "Паспорт практики: черновики, правка, список, история")
class PracticeController {

  private final PracticeService practices;
  private final CurrentUserProvider users;

  PracticeController(PracticeService practices, CurrentUserProvider users) {
    this.practices = practices;
    this.users = users;
  }

  @PostMapping
  @Operation(summary = "Создать черновик паспорта практики своего региона")
  ResponseEntity<PracticeView> create(@Valid @RequestBody PassportData data) {
    PracticeView created = practices.create(users.current(), data);
    return ResponseEntity.created(URI.create("/api/practices/" + created.id()))
        .eTag(ETags.of(created.version()))
        .body(created);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Прочитать паспорт практики")
  ResponseEntity<PracticeView> get(@PathVariable long id) {
    PracticeView practice = practices.get(users.current(), id);
    return ResponseEntity.ok().eTag(ETags.of(practice.version())).body(practice);
  }

  @GetMapping
  @Operation(summary = "Список практик с фильтрами и постраничным выводом")
  PagedModel<PracticeSummary> list(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) PracticeStatus status,
      @SortableBy({"createdAt", "updatedAt", "submittedAt", "publishedAt", "title", "status", "regionCode",
          "categoryCode", "levelCode"})
      @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return new PagedModel<>(practices.list(users.current(), new PracticeFilter(region, category, level, status),
        pageable));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Изменить черновик (нужен If-Match с ETag прочитанной версии)")
  ResponseEntity<PracticeView> update(@PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody PassportData data) {
    Long version = ETags.parse(ifMatch).orElseThrow(PreconditionException::missing);
    PracticeView updated = practices.update(users.current(), id, version == ETags.ANY ? null : version, data);
    return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "История статусов практики: что, кто, когда, почему")
  List<StatusChangeView> history(@PathVariable long id) {
    return practices.history(users.current(), id);
  }

  @GetMapping("/{id}/editions")
  @Operation(summary = "Редакции описания (копирайтинг); исходный текст автора остаётся в паспорте")
  List<Edition> editions(@PathVariable long id) {
    return practices.editions(users.current(), id);
  }
}

package ru.smarteka.workflow.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.catalogue.CollectionData;
import ru.smarteka.workflow.catalogue.CollectionView;
import ru.smarteka.workflow.catalogue.Collections;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.system.ETags;
import ru.smarteka.workflow.system.PreconditionException;

/**
 * Collections as ASI editors keep them (login, {@code asi-editors} or administrators): create, change (with
 * {@code If-Match}), publish or withdraw, delete, read the audit trail. The public reads published ones at
 * {@code /api/catalogue/collections}.
 */
@RestController
@RequestMapping("/api/collections")
@Tag(name = "Подборки", description = "Тематические подборки практик: составляют и публикуют редакторы АСИ")
class CollectionController {

  private final Collections collections;
  private final CurrentUserProvider users;

  CollectionController(Collections collections, CurrentUserProvider users) {
    this.collections = collections;
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "Все подборки, включая неопубликованные")
  List<CollectionView> all() {
    return collections.all(users.current());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Подборка (ETag — её версия)")
  ResponseEntity<CollectionView> get(@PathVariable long id) {
    CollectionView view = collections.get(users.current(), id);
    return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
  }

  @PostMapping
  @Operation(summary = "Создать подборку: название, описание, текст обложки, практики по порядку, опубликована ли")
  ResponseEntity<CollectionView> create(@RequestBody CollectionData data) {
    CollectionView created = collections.create(users.current(), data);
    return ResponseEntity.created(URI.create("/api/collections/" + created.id())).eTag(ETags.of(created.version()))
        .body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Изменить, упорядочить, опубликовать или снять подборку (нужен If-Match)")
  ResponseEntity<CollectionView> update(@PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody CollectionData data) {
    Long version = ETags.parse(ifMatch).orElseThrow(PreconditionException::missing);
    CollectionView updated = collections.update(users.current(), id, version == ETags.ANY ? null : version, data);
    return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Удалить подборку (нужен If-Match); история изменений остаётся")
  ResponseEntity<Void> delete(@PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Long version = ETags.parse(ifMatch).orElseThrow(PreconditionException::missing);
    collections.delete(users.current(), id, version == ETags.ANY ? null : version);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "История изменений подборки: кто, когда, что")
  List<CollectionView.Change> history(@PathVariable long id) {
    return collections.history(users.current(), id);
  }
}

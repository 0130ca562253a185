package ru.smarteka.workflow.replication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.replication.ReplicationService;

/** Which categories' replications an ASI moderator takes (the least loaded of them is assigned). */
@RestController
@RequestMapping("/api/admin/replication-moderators")
@Tag(name = "Модераторы внедрения", description = "Категории, которые ведёт модератор АСИ")
class ReplicationModeratorAdminController {

  record Categories(@NotNull Set<String> categories) {
  }

  private final ReplicationService replications;

  ReplicationModeratorAdminController(ReplicationService replications) {
    this.replications = replications;
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Задать категории модератора")
  ResponseEntity<Void> set(@PathVariable String userId, @RequestBody @jakarta.validation.Valid Categories body) {
    replications.setModeratorCategories(userId, body.categories());
    return ResponseEntity.noContent().build();
  }
}

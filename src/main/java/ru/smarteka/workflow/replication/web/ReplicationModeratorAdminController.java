package ru.smarteka.workflow.replication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.UserDirectory;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/** Which categories' replications an ASI moderator takes (the least loaded of them is assigned). */
@RestController
@RequestMapping("/api/admin/replication-moderators")
@Tag(name = "Модераторы внедрения", description = "Категории, которые ведёт модератор АСИ")
class ReplicationModeratorAdminController {

  record Categories(@NotNull Set<String> categories) {
  }

  private final ReplicationService replications;
  private final UserDirectory users;
  private final ReferenceData referenceData;

  ReplicationModeratorAdminController(ReplicationService replications, UserDirectory users,
      ReferenceData referenceData) {
    this.replications = replications;
    this.users = users;
    this.referenceData = referenceData;
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Задать категории модератора")
  ResponseEntity<Void> set(@PathVariable String userId, @RequestBody @jakarta.validation.Valid Categories body) {
    // the least loaded of these moderators is assigned every replication of the categories: only ASI moderators
    switch (users.standing(userId, Groups.ASI_MODERATORS)) {
      case MALFORMED -> throw new InvalidInputException("Неверный логин", List.of(new FieldMessage("userId",
          "логин пользователя: латинские буквы, цифры, точка, дефис, подчёркивание, до 64 символов")));
      case UNKNOWN -> throw new NotFoundException("Пользователь «" + userId + "» не найден");
      case NOT_MEMBER -> throw new UnprocessableException("Пользователь «" + userId
          + "» не модератор АСИ: сначала добавьте его в группу «" + Groups.ASI_MODERATORS + "»");
      case MEMBER -> { }
    }
    List<FieldMessage> unknown = body.categories().stream()
        .filter(category -> category == null || !referenceData.categoryExists(category))
        .map(category -> new FieldMessage("categories", "нет категории " + category))
        .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("Неизвестные категории", unknown);
    }
    replications.setModeratorCategories(userId, body.categories());
    return ResponseEntity.noContent().build();
  }
}

package ru.smarteka.workflow.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.UserDirectory;
import ru.smarteka.workflow.publication.ExpertProfile;
import ru.smarteka.workflow.publication.ExpertService;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/** Expert profiles (region, categories) kept by administrators; the experts themselves are Camunda users. */
@RestController
@RequestMapping("/api/admin/experts")
@Tag(name = "Эксперты", description = "Профили экспертов: регион и категории")
class ExpertAdminController {

  private final ExpertService experts;
  private final UserDirectory users;

  ExpertAdminController(ExpertService experts, UserDirectory users) {
    this.experts = experts;
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "Профили экспертов")
  List<ExpertProfile> list() {
    return experts.profiles();
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Создать или изменить профиль эксперта")
  ExpertProfile save(@PathVariable String userId, @Valid @RequestBody ExpertProfile profile) {
    // a profile makes its user a candidate for every expertise of its categories: only for an existing expert
    switch (users.standing(userId, Groups.EXPERTS)) {
      case MALFORMED -> throw new InvalidInputException("Неверный логин", List.of(new FieldMessage("userId",
          "логин пользователя: латинские буквы, цифры, точка, дефис, подчёркивание, до 64 символов")));
      case UNKNOWN -> throw new NotFoundException("Пользователь «" + userId + "» не найден");
      case NOT_MEMBER -> throw new UnprocessableException("Пользователь «" + userId
          + "» не входит в группу экспертов: сначала добавьте его в группу «" + Groups.EXPERTS + "»");
      case MEMBER -> { }
    }
    return experts.saveProfile(userId, profile);
  }
}

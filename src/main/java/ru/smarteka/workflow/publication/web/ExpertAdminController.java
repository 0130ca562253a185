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
import ru.smarteka.workflow.publication.ExpertProfile;
import ru.smarteka.workflow.publication.ExpertService;

/** Expert profiles (region, categories) kept by administrators; the experts themselves are Camunda users. */
@RestController
@RequestMapping("/api/admin/experts")
@Tag(name = "Эксперты", description = "Профили экспертов: регион и категории")
class ExpertAdminController {

  private final ExpertService experts;

  ExpertAdminController(ExpertService experts) {
    this.experts = experts;
  }

  @GetMapping
  @Operation(summary = "Профили экспертов")
  List<ExpertProfile> list() {
    return experts.profiles();
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Создать или изменить профиль эксперта")
  ExpertProfile save(@PathVariable String userId, @Valid @RequestBody ExpertProfile profile) {
    return experts.saveProfile(userId, profile);
  }
}

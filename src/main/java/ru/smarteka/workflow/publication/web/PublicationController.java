package ru.smarteka.workflow.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.publication.AssessmentView;
import ru.smarteka.workflow.publication.ExpertService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.system.ETags;

/** Submission and withdrawal of a practice by its author; the experts' assessments for ASI and auditors. */
@RestController
@RequestMapping("/api/practices/{id}")
@Tag(name = "Публикация", description = "Подача практики на рассмотрение, отзыв, экспертные оценки")
class PublicationController {

  /** An optional note: what was changed, when a returned passport is sent back. */
  record SubmitRequest(@Size(max = 2000) String revisionNote) {
  }

  record WithdrawRequest(@Size(max = 2000) String reason) {
  }

  private final PublicationService publications;
  private final ExpertService experts;
  private final CurrentUserProvider users;

  PublicationController(PublicationService publications, ExpertService experts, CurrentUserProvider users) {
    this.publications = publications;
    this.experts = experts;
    this.users = users;
  }

  @PostMapping("/submit")
  @Operation(summary = "Подать паспорт на рассмотрение (или вернуть доработанный)")
  ResponseEntity<PracticeView> submit(@PathVariable long id,
      @RequestBody(required = false) @Valid SubmitRequest body) {
    return withVersion(publications.submit(users.current(), id, body == null ? null : body.revisionNote()));
  }

  @PostMapping("/withdraw")
  @Operation(summary = "Отозвать практику с рассмотрения")
  ResponseEntity<PracticeView> withdraw(@PathVariable long id, @RequestBody @Valid WithdrawRequest body) {
    return withVersion(publications.withdraw(users.current(), id, body.reason()));
  }

  /** The passport's version as its entity tag, as {@code GET /api/practices/{id}} gives it. */
  private static ResponseEntity<PracticeView> withVersion(PracticeView practice) {
    return ResponseEntity.ok().eTag(ETags.of(practice.version())).body(practice);
  }

  @GetMapping("/assessments")
  @Operation(summary = "Экспертные оценки практики (модераторы АСИ, аудиторы)")
  List<AssessmentView> assessments(@PathVariable long id) {
    CurrentUser user = users.current();
    if (!user.isModerator() && !user.isAdmin() && !user.isMemberOf(Groups.AUDITORS)) {
      throw new AccessDeniedException("Экспертные оценки видят модераторы АСИ и аудиторы");
    }
    return experts.assessments(id);
  }
}

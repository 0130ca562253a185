package ru.smarteka.workflow.federal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.federal.FederalRoundSummary;
import ru.smarteka.workflow.federal.FederalRounds;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Federal approval rounds: ASI moderators open them and hand reviews to another body; a federal body or State Council
 * commission sees the rounds it takes part in and only its own reviews; ASI staff and auditors see the summary.
 */
@RestController
@Tag(name = "Отборы ФОИВ и комиссий Госсовета",
    description = "Одобрение практик к массовому тиражированию федеральными органами и комиссиями Госсовета")
class FederalRoundController {

  @Schema(description = "Новый отбор практик")
  record OpenRequest(
      @Schema(description = "Название отбора", example = "Отбор практик 2026 года") String name,
      @Schema(description = "Срок отбора (ISO-8601 с часовым поясом)", example = "2026-12-31T18:00:00+03:00")
      OffsetDateTime deadline,
      @Schema(description = "Коды участвующих ФОИВ и комиссий Госсовета (справочник GET /api/federal-rounds/reviewers)")
      List<String> reviewerCodes,
      @Schema(description = "Номера опубликованных практик") List<Long> practiceIds) {
  }

  @Schema(description = "Передача рассмотрения другому органу отбора")
  record ReassignRequest(@Schema(description = "Код органа, участвующего в отборе") String reviewerCode,
      @Schema(description = "Причина передачи") String reason) {
  }

  private final FederalRounds rounds;
  private final PracticeService practices;
  private final CurrentUserProvider users;

  FederalRoundController(FederalRounds rounds, PracticeService practices, CurrentUserProvider users) {
    this.rounds = rounds;
    this.practices = practices;
    this.users = users;
  }

  @PostMapping(path = "/api/federal-rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Открыть отбор (модератор АСИ)", description = "Название, срок, участвующие органы и "
      + "опубликованные практики. Практика в другом открытом отборе — 409, неопубликованная — 422.")
  ResponseEntity<FederalRounds.Round> open(@RequestBody OpenRequest body) {
    FederalRounds.Round round = rounds.open(users.current(), new FederalRounds.OpenRound(body.name(),
        body.deadline() == null ? null : body.deadline().toInstant(), body.reviewerCodes(), body.practiceIds()));
    return ResponseEntity.created(URI.create("/api/federal-rounds/" + round.id())).body(round);
  }

  @GetMapping("/api/federal-rounds/reviewers")
  @Operation(summary = "ФОИВ и комиссии Госсовета с категориями, которые они рассматривают")
  List<FederalRounds.Reviewer> reviewers() {
    return rounds.reviewers();
  }

  @GetMapping("/api/federal-rounds/proposal")
  @Operation(summary = "Предложение практик для нового отбора (модератор АСИ)", description = "Опубликованные "
      + "практики, которые чаще всего тиражировались, не участвующие в открытых отборах, с органами их категории.")
  List<FederalRounds.ProposedPractice> proposal(
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "20") int limit) {
    return rounds.proposal(users.current(), limit);
  }

  @GetMapping("/api/federal-rounds/{id}")
  @Operation(summary = "Отбор: практики, участники, история", description = "Органу отбора видны только его "
      + "рассмотрения; тем, кто в отборе не участвует, — 404.")
  FederalRounds.Round round(@PathVariable long id) {
    return rounds.round(users.current(), id);
  }

  @GetMapping("/api/federal-rounds/{id}/reviews")
  @Operation(summary = "Рассмотрения отбора, видимые пользователю (органу — только свои)")
  List<FederalRounds.Review> reviews(@PathVariable long id) {
    return rounds.reviews(users.current(), id);
  }

  @GetMapping(path = "/api/federal-rounds/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Итоги отбора: рассмотрено, одобрено, по органам и категориям (АСИ и аудиторы)")
  FederalRoundSummary summary(@PathVariable long id) {
    return rounds.summary(users.current(), id);
  }

  @GetMapping("/api/federal-rounds/{id}/summary.xlsx")
  @Operation(summary = "Итоги отбора в XLSX (АСИ и аудиторы)")
  ResponseEntity<byte[]> summaryWorkbook(@PathVariable long id) {
    byte[] data = rounds.summaryWorkbook(users.current(), id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("federal-round-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(data);
  }

  @PostMapping(path = "/api/federal-rounds/{id}/reviews/{reviewId}/reassignment",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Передать рассмотрение другому органу отбора (модератор АСИ)")
  FederalRounds.Review reassign(@PathVariable long id, @PathVariable long reviewId,
      @RequestBody ReassignRequest body) {
    return rounds.reassign(users.current(), id, reviewId, body.reviewerCode(), body.reason());
  }

  @GetMapping("/api/practices/{id}/federal-approvals")
  @Operation(summary = "Одобрение практики к массовому тиражированию: орган, дата, заключение",
      description = "Видно тем, кому видна практика.")
  List<FederalRounds.Approval> approvals(@PathVariable long id) {
    practices.get(users.current(), id);
    return rounds.approvals(id);
  }
}

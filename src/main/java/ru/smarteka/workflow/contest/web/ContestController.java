package ru.smarteka.workflow.contest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.contest.Contests;
import ru.smarteka.workflow.identity.CurrentUserProvider;

/**
 * The «Смарт Диалог» contest: ASI moderators open it, regions' officials apply, the portal casts residents' votes
 * (its client account is a member of group {@code portal-clients} and authenticates with HTTP Basic like every
 * client of the API), everybody reads contests, live counts and results (never a voter).
 */
@RestController
@Tag(name = "Конкурс практик «Смарт Диалог»", description = "Номинации, заявки регионов, оценка рабочими группами, "
    + "общественное голосование и итоги")
class ContestController {

  @Schema(description = "Член рабочей группы номинации")
  record MemberRequest(@Schema(description = "Логин пользователя", example = "jury-health-1") String userId,
      @Schema(description = "Код региона, который член группы представляет (конфликт интересов), если есть",
          example = "28") String regionCode) {
  }

  @Schema(description = "Номинация и её рабочая группа")
  record NominationRequest(@Schema(description = "Название номинации", example = "Запись к врачу без очередей")
      String title, @Schema(description = "Логин председателя рабочей группы (один из членов)") String chairId,
      @Schema(description = "Члены рабочей группы") List<MemberRequest> members) {
  }

  @Schema(description = "Новый конкурс")
  record OpenRequest(
      @Schema(description = "Название", example = "Смарт Диалог 2026") String title,
      @Schema(description = "Организаторы", example = "АСИ, АНО «Диалог Регионы»") String organisers,
      @Schema(description = "Направления", example = "Здравоохранение, социальная политика, образование")
      String directions,
      @Schema(description = "Срок приёма заявок (ISO-8601 с часовым поясом)") OffsetDateTime applicationDeadline,
      @Schema(description = "Начало общественного голосования") OffsetDateTime votingStartsAt,
      @Schema(description = "Окончание общественного голосования") OffsetDateTime votingEndsAt,
      @Schema(description = "Номинации с рабочими группами") List<NominationRequest> nominations) {
  }

  @Schema(description = "Заявка региона")
  record ApplyRequest(@Schema(description = "Номер номинации в конкурсе", example = "1") Integer nomination,
      @Schema(description = "Номер опубликованной практики региона или черновика нового паспорта") Long practiceId) {
  }

  @Schema(description = "Голос жителя, переданный порталом")
  record VoteRequest(@Schema(description = "Заявка короткого списка номинации") Long entryId,
      @Schema(description = "Идентификатор жителя в учётной записи портала (хранится только его SHA-256)")
      String voterId) {
  }

  private final Contests contests;
  private final CurrentUserProvider users;

  ContestController(Contests contests, CurrentUserProvider users) {
    this.contests = contests;
    this.users = users;
  }

  @PostMapping(path = "/api/contests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Объявить конкурс (модератор АСИ)", description = "Номинации с рабочими группами (группа "
      + "Camunda contest-<номер>-nomination-<n> на каждую), срок приёма заявок и период голосования.")
  ResponseEntity<Contests.Contest> open(@RequestBody OpenRequest body) {
    List<Contests.NominationSpec> nominations = body.nominations() == null ? null : body.nominations().stream()
        .map(n -> n == null ? null : new Contests.NominationSpec(n.title(), n.chairId(), n.members() == null ? null
            : n.members().stream().map(m -> m == null ? null : new Contests.MemberSpec(m.userId(), m.regionCode()))
            .toList())).toList();
    Contests.Contest contest = contests.open(users.current(), new Contests.OpenContest(body.title(),
        body.organisers(), body.directions(), instant(body.applicationDeadline()), instant(body.votingStartsAt()),
        instant(body.votingEndsAt()), nominations));
    return ResponseEntity.created(URI.create("/api/contests/" + contest.id())).body(contest);
  }

  @GetMapping("/api/contests")
  @Operation(summary = "Конкурсы, новые первыми")
  List<Contests.Contest> contests() {
    return contests.contests();
  }

  @GetMapping("/api/contests/{id}")
  @Operation(summary = "Конкурс: номинации, рабочие группы, история")
  Contests.Contest contest(@PathVariable long id) {
    return contests.contest(id);
  }

  @PostMapping(path = "/api/contests/{id}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Подать заявку (должностное лицо региона практики)", description = "Опубликованная практика "
      + "своего региона в одной номинации или новый паспорт (черновик): он направляется в процесс публикации, и заявка "
      + "допускается, когда модератор АСИ примет его на предварительной проверке. До срока приёма заявок: позже — 422; "
      + "практика уже заявлена — 409.")
  ResponseEntity<Contests.Entry> apply(@PathVariable long id, @RequestBody ApplyRequest body) {
    Contests.Entry entry = contests.apply(users.current(), id, body.nomination(), body.practiceId());
    return ResponseEntity.created(URI.create("/api/contests/" + id + "/entries/" + entry.id())).body(entry);
  }

  @GetMapping("/api/contests/{id}/entries")
  @Operation(summary = "Заявки конкурса", description = "Баллы рабочей группы до итогов видны АСИ, аудиторам и "
      + "рабочей группе номинации заявки.")
  List<Contests.Entry> entries(@PathVariable long id) {
    return contests.entries(users.current(), id);
  }

  @PostMapping(path = "/api/contests/{id}/nominations/{nomination}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Голос жителя (только портал: группа portal-clients)", description = "Один голос жителя в "
      + "номинации (повторный — 409), только за практику короткого списка и только во время голосования (иначе 422).")
  ResponseEntity<Contests.VoteAccepted> vote(@PathVariable long id, @PathVariable int nomination,
      @RequestBody VoteRequest body) {
    return ResponseEntity.status(201).body(contests.vote(users.current(), id, nomination, body.entryId(),
        body.voterId()));
  }

  @GetMapping("/api/contests/{id}/nominations/{nomination}/votes")
  @Operation(summary = "Голоса по практикам короткого списка (в реальном времени, без сведений о голосующих)")
  Contests.Tally tally(@PathVariable long id, @PathVariable int nomination) {
    return contests.tally(id, nomination);
  }

  @GetMapping("/api/contests/{id}/results")
  @Operation(summary = "Итоги: рейтинг рабочей группы, голоса жителей, победители номинаций",
      description = "До подведения итогов — 422.")
  Contests.Results results(@PathVariable long id) {
    return contests.results(id);
  }

  @GetMapping("/api/contests/{id}/results.xlsx")
  @Operation(summary = "Итоги конкурса в XLSX", description = "До подведения итогов — 422.")
  ResponseEntity<byte[]> resultsWorkbook(@PathVariable long id) {
    byte[] data = contests.resultsWorkbook(id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
            .attachment().filename("contest-" + id + "-results.xlsx").build().toString())
        .body(data);
  }

  private static java.time.Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

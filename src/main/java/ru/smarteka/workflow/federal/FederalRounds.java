package ru.smarteka.workflow.federal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PublishedPractice;
import ru.smarteka.workflow.region.FederalReviewerInfo;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.ReferenceItem;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * Federal approval rounds, the API of the module: an ASI moderator opens a round (its process starts as the
 * application), the round's practices are reviewed by the federal bodies and State Council commissions their category
 * routes them to, a moderator may hand a review to another reviewer of the round; the round's view, its reviews (each
 * reviewer sees its own) and its summary. Everything is in our tables; the steps of the processes find their round,
 * practice and review by the process instance or task, never by a variable a user could set.
 */
@Service
@Transactional
public class FederalRounds {

  public static final int MAX_NAME = 300;
  public static final int MAX_PRACTICES = 500;
  public static final int MAX_CONCLUSION = 4000;
  public static final int MAX_PROJECT = 500;
  public static final int MAX_REASON = 2000;

  /** What a moderator gives to open a round. */
  public record OpenRound(String name, Instant deadline, List<String> reviewerCodes, List<Long> practiceIds) {
  }

  public record Reviewer(String code, String kind, String kindLabel, String name, String group,
      List<String> categoryCodes) {
  }

  public record StatusChange(String status, String changedBy, Instant changedAt, String reason) {
  }

  public record Review(long id, long roundPracticeId, long practiceId, String practiceTitle, String reviewerCode,
      String reviewerName, String decision, String decisionLabel, String conclusion, String projectRecommendation,
      String reviewedBy, Instant reviewedAt, String reassignedFrom, String reassignmentReason) {
  }

  public record RoundPractice(long id, long practiceId, String title, String regionCode, String categoryCode,
      String status, Instant decidedAt, List<Review> reviews) {
  }

  public record Round(long id, String name, Instant deadline, String status, String openedBy, Instant openedAt,
      Instant closedAt, List<Reviewer> reviewers, List<RoundPractice> practices, List<StatusChange> history) {
  }

  /** A practice's approval for mass replication: the body, the date, the conclusion (the first approving review). */
  public record Approval(long practiceId, long roundId, String roundName, String reviewerCode, String reviewerName,
      String decision, String conclusion, String projectRecommendation, Instant approvedAt) {
  }

  /** What a review step knows of its practice in the round. */
  record PracticeInRound(long id, long roundId, long practiceId, String title, String regionCode,
      String categoryCode, String status) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final PracticeService practices;
  private final ReferenceData reference;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Clock clock;

  FederalRounds(NamedParameterJdbcTemplate jdbc, PracticeService practices, ReferenceData reference,
      RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      AuthorizationService authorizationService, Clock clock) {
    this.authorizationService = authorizationService;
    this.jdbc = jdbc;
    this.practices = practices;
    this.reference = reference;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.clock = clock;
  }

  // --- opening

  /**
   * Opens a round: the moderator names it, gives its deadline, the reviewers taking part and the published practices
   * it reviews; the round's process starts. A practice already in an open round is refused with 409 (the database
   * keeps it so under a race too).
   */
  public Round open(CurrentUser user, OpenRound request) {
    if (!user.isModerator()) {
      throw new AccessDeniedException("Отбор практик открывает модератор АСИ");
    }
    List<FieldMessage> errors = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.length() < 3 || name.length() > MAX_NAME) {
      errors.add(new FieldMessage("name", "название отбора от 3 до " + MAX_NAME + " символов"));
    }
    Instant now = clock.instant();
    if (request.deadline() == null || !request.deadline().isAfter(now)) {
      errors.add(new FieldMessage("deadline", "срок отбора — дата и время в будущем"));
    }
    Map<String, FederalReviewerInfo> known = reviewersByCode();
    List<String> reviewerCodes = request.reviewerCodes() == null ? List.of() : request.reviewerCodes();
    Set<String> reviewers = new LinkedHashSet<>(reviewerCodes);
    if (reviewers.isEmpty()) {
      errors.add(new FieldMessage("reviewerCodes", "выберите хотя бы один ФОИВ или комиссию Госсовета"));
    } else if (reviewers.size() != reviewerCodes.size()) {
      errors.add(new FieldMessage("reviewerCodes", "орган указан дважды"));
    }
    for (String code : reviewers) {
      if (!known.containsKey(code)) {
        errors.add(new FieldMessage("reviewerCodes", "неизвестный орган «" + code + "»"));
      }
    }
    List<Long> practiceIds = request.practiceIds() == null ? List.of() : request.practiceIds();
    Set<Long> selected = new LinkedHashSet<>(practiceIds);
    if (selected.isEmpty() || selected.size() > MAX_PRACTICES) {
      errors.add(new FieldMessage("practiceIds", "от 1 до " + MAX_PRACTICES + " опубликованных практик"));
    } else if (selected.size() != practiceIds.size() || selected.contains(null)) {
      errors.add(new FieldMessage("practiceIds", "практика указана дважды или не указана"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Отбор не открыт: проверьте поля", errors);
    }
    List<PublishedPractice> chosen = new ArrayList<>();
    for (Long id : selected) {
      chosen.add(practices.published(id).orElseThrow(() -> new UnprocessableException(
          "Практика №" + id + " не опубликована: в отбор включают только опубликованные практики")));
    }
    List<Long> busy = jdbc.queryForList("select practice_id from federal_round_practice "
        + "where open_practice_id in (:ids) order by practice_id", Map.of("ids", selected), Long.class);
    if (!busy.isEmpty()) {
      throw new ConflictException("Практики " + busy.stream().map(id -> "№" + id).collect(Collectors.joining(", "))
          + " уже участвуют в открытом отборе");
    }

    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("insert into federal_round (name, deadline, status, opened_by, opened_at) "
        + "values (:name, :deadline, 'OPEN', :by, :at)", new MapSqlParameterSource()
        .addValue("name", name).addValue("deadline", Timestamp.from(request.deadline()))
        .addValue("by", user.id()).addValue("at", Timestamp.from(now)), key, new String[] {"id"});
    long roundId = key.getKey().longValue();
    for (String code : reviewers) {
      jdbc.update("insert into federal_round_reviewer (round_id, reviewer_code) values (:round, :code)",
          Map.of("round", roundId, "code", code));
    }
    recordStatus(roundId, "OPEN", user.id(), "Отбор открыт: " + selected.size() + " практик, " + reviewers.size()
        + " органов");
    try {
      for (PublishedPractice practice : chosen) {
        jdbc.update("insert into federal_round_practice (round_id, practice_id, title, region_code, category_code, "
            + "open_practice_id, status) values (:round, :practice, :title, :region, :category, :practice, "
            + "'IN_REVIEW')", new MapSqlParameterSource().addValue("round", roundId)
            .addValue("practice", practice.id()).addValue("title", practice.title())
            .addValue("region", practice.regionCode()).addValue("category", practice.categoryCode()));
      }
    } catch (DuplicateKeyException e) {
      throw new ConflictException("Практика уже участвует в открытом отборе, открытом одновременно с этим");
    }
    EngineAsApplication.run(identityService, () -> runtimeService.createProcessInstanceByKey(
        FederalRoundProcess.ROUND_KEY).businessKey(BusinessKeys.federalRound(roundId))
        .setVariable(FederalRoundProcess.VAR_ROUND_ID, roundId).execute());
    return load(roundId, true, Set.of());
  }

  // --- reading

  /** How many rounds were ever opened. */
  @Transactional(readOnly = true)
  public long count() {
    Long n = jdbc.getJdbcTemplate().queryForObject("select count(*) from federal_round", Long.class);
    return n == null ? 0 : n;
  }

  /**
   * The round as the user may see it: ASI staff and auditors everything; a member of a reviewing body's group the
   * round, its practices and only its own body's reviews; anybody else nothing (404).
   */
  @Transactional(readOnly = true)
  public Round round(CurrentUser user, long roundId) {
    Access access = access(user, roundId);
    return load(roundId, access.all(), access.reviewerCodes());
  }

  /** The reviews of the round the user may see (each body its own). */
  @Transactional(readOnly = true)
  public List<Review> reviews(CurrentUser user, long roundId) {
    Access access = access(user, roundId);
    return reviewsOf(roundId, access.all(), access.reviewerCodes());
  }

  /** The round's summary: practices reviewed and approved, per body and per category; ASI staff and auditors. */
  @Transactional(readOnly = true)
  public FederalRoundSummary summary(CurrentUser user, long roundId) {
    if (!access(user, roundId).all()) {
      throw new AccessDeniedException("Итоги отбора видят сотрудники АСИ и аудиторы");
    }
    return summary(roundId);
  }

  FederalRoundSummary summary(long roundId) {
    Map<String, Object> round = jdbc.queryForMap("select name, status, deadline from federal_round where id = :id",
        Map.of("id", roundId));
    Map<String, Object> totals = jdbc.queryForMap("""
        select count(*) as practices,
               coalesce(sum(case when status in ('APPROVED', 'NOT_APPROVED') then 1 else 0 end), 0) as reviewed,
               coalesce(sum(case when status = 'APPROVED' then 1 else 0 end), 0) as approved,
               coalesce(sum(case when status = 'NOT_APPROVED' then 1 else 0 end), 0) as not_approved,
               coalesce(sum(case when status = 'NOT_REVIEWED' then 1 else 0 end), 0) as not_reviewed,
               coalesce(sum(case when status = 'IN_REVIEW' then 1 else 0 end), 0) as in_review
        from federal_round_practice where round_id = :id""", Map.of("id", roundId));
    List<FederalRoundSummary.ByReviewer> byReviewer = jdbc.query("""
        select fr.code, fr.kind, fr.name, count(r.id) as assigned, count(r.decision) as reviewed,
               coalesce(sum(case when r.decision = 'APPROVE' then 1 else 0 end), 0) as approved,
               coalesce(sum(case when r.decision = 'APPROVE_WITH_REMARKS' then 1 else 0 end), 0) as with_remarks,
               coalesce(sum(case when r.decision = 'DECLINE' then 1 else 0 end), 0) as declined,
               count(r.project_recommendation) as recommended
        from federal_round_reviewer rr
        join federal_reviewer fr on fr.code = rr.reviewer_code
        left join federal_round_practice p on p.round_id = rr.round_id
        left join federal_review r on r.round_practice_id = p.id and r.reviewer_code = rr.reviewer_code
        where rr.round_id = :id
        group by fr.code, fr.kind, fr.name, fr.sort_order
        order by fr.sort_order, fr.code""", Map.of("id", roundId), (rs, i) -> new FederalRoundSummary.ByReviewer(
        rs.getString("code"), kindLabel(rs.getString("kind")), rs.getString("name"), rs.getInt("assigned"),
        rs.getInt("reviewed"), rs.getInt("approved"), rs.getInt("with_remarks"), rs.getInt("declined"),
        rs.getInt("recommended")));
    Map<String, String> categoryNames = reference.categories().stream()
        .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    List<String> categoryOrder = reference.categories().stream().map(ReferenceItem::code).toList();
    List<FederalRoundSummary.ByCategory> byCategory = new ArrayList<>(jdbc.query("""
        select category_code, count(*) as practices,
               coalesce(sum(case when status in ('APPROVED', 'NOT_APPROVED') then 1 else 0 end), 0) as reviewed,
               coalesce(sum(case when status = 'APPROVED' then 1 else 0 end), 0) as approved
        from federal_round_practice where round_id = :id group by category_code""", Map.of("id", roundId),
        (rs, i) -> new FederalRoundSummary.ByCategory(rs.getString("category_code"),
            categoryNames.getOrDefault(rs.getString("category_code"), rs.getString("category_code")),
            rs.getInt("practices"), rs.getInt("reviewed"), rs.getInt("approved"))));
    byCategory.sort(java.util.Comparator.comparingInt(c -> categoryOrder.indexOf(c.categoryCode())));
    return new FederalRoundSummary(roundId, (String) value(round, "name"), (String) value(round, "status"),
        instant(value(round, "deadline")), number(totals, "practices"), number(totals, "reviewed"),
        number(totals, "approved"), number(totals, "not_approved"), number(totals, "not_reviewed"),
        number(totals, "in_review"), byReviewer, byCategory);
  }

  /**
   * A proposal for a new round, from the data: the published practices replicated most often that are in no open
   * round, with the bodies and commissions the routing would send each to (ASI staff only).
   */
  @Transactional(readOnly = true)
  public List<ProposedPractice> proposal(CurrentUser user, int limit) {
    if (!user.isModerator() && !user.isAdmin()) {
      throw new AccessDeniedException("Отбор предлагается модератору АСИ");
    }
    if (limit < 1 || limit > MAX_PRACTICES) {
      throw new InvalidInputException("Неверный размер предложения",
          List.of(new FieldMessage("limit", "от 1 до " + MAX_PRACTICES)));
    }
    List<Long> inOpenRounds = jdbc.getJdbcTemplate().queryForList(
        "select open_practice_id from federal_round_practice where open_practice_id is not null", Long.class);
    Map<String, FederalReviewerInfo> reviewers = reviewersByCode();
    return practices.mostReplicated(limit, inOpenRounds).stream().map(p -> new ProposedPractice(p.id(), p.title(),
        p.regionCode(), p.categoryCode(), p.replicationCount(), p.publishedAt(), reviewers.values().stream()
        .filter(r -> r.reviews(p.categoryCode())).map(FederalReviewerInfo::code).toList())).toList();
  }

  /** A practice proposed for a round: how often it was replicated and who reviews its category. */
  public record ProposedPractice(long practiceId, String title, String regionCode, String categoryCode,
      int replicationCount, Instant publishedAt, List<String> reviewerCodes) {
  }

  /** The summary as an XLSX workbook (the same figures as {@link #summary}). */
  @Transactional(readOnly = true)
  public byte[] summaryWorkbook(CurrentUser user, long roundId) {
    return FederalSummaryWorkbook.write(summary(user, roundId), clock.getZone());
  }

  /** The federal bodies and State Council commissions of the reference data, with the categories each reviews. */
  @Transactional(readOnly = true)
  public List<Reviewer> reviewers() {
    return reference.federalReviewers().stream().map(FederalRounds::reviewer).toList();
  }

  /**
   * The practice's approvals for mass replication, newest first: each round whose review approved it, with the
   * first approving body, its conclusion and the date. Public: the outcome is shown with the practice.
   */
  @Transactional(readOnly = true)
  public List<Approval> approvals(long practiceId) {
    return jdbc.query("""
        select p.practice_id, p.round_id, f.name as round_name, p.decided_at, r.reviewer_code, fr.name as reviewer_name,
               r.decision, r.conclusion, r.project_recommendation
        from federal_round_practice p
        join federal_round f on f.id = p.round_id
        join federal_review r on r.round_practice_id = p.id
        join federal_reviewer fr on fr.code = r.reviewer_code
        where p.practice_id = :practice and p.status = 'APPROVED' and r.decision in ('APPROVE', 'APPROVE_WITH_REMARKS')
        order by p.decided_at desc, r.reviewed_at, r.id""", Map.of("practice", practiceId), (rs, i) -> new Approval(
        rs.getLong("practice_id"), rs.getLong("round_id"), rs.getString("round_name"), rs.getString("reviewer_code"),
        rs.getString("reviewer_name"), rs.getString("decision"), rs.getString("conclusion"),
        rs.getString("project_recommendation"), instant(rs.getTimestamp("decided_at"))))
        .stream().collect(Collectors.toMap(Approval::roundId, a -> a, (a, b) -> a, LinkedHashMap::new))
        .values().stream().toList();
  }

  // --- reassignment

  /**
   * A moderator hands a pending review to another reviewer of the round: the task leaves the first reviewer's group
   * for the other's, the review row records who, when and why.
   */
  public Review reassign(CurrentUser user, long roundId, long reviewId, String reviewerCode, String reason) {
    if (!user.isModerator()) {
      throw new AccessDeniedException("Рассмотрение передаёт другому органу модератор АСИ");
    }
    List<FieldMessage> errors = new ArrayList<>();
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
      errors.add(new FieldMessage("reason", "причина передачи, до " + MAX_REASON + " символов"));
    }
    FederalReviewerInfo target = reviewerCode == null ? null : reviewersByCode().get(reviewerCode);
    if (target == null) {
      errors.add(new FieldMessage("reviewerCode", "код ФОИВ или комиссии Госсовета из справочника"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Рассмотрение не передано: проверьте поля", errors);
    }
    Map<String, Object> review = jdbc.queryForList("""
        select r.id, r.reviewer_code, r.task_id, r.decision, f.status as round_status
        from federal_review r join federal_round_practice p on p.id = r.round_practice_id
        join federal_round f on f.id = p.round_id
        where r.id = :review and p.round_id = :round""", Map.of("review", reviewId, "round", roundId))
        .stream().findFirst().orElseThrow(() -> new NotFoundException("Рассмотрение не найдено"));
    if (review.get("decision") != null || review.get("task_id") == null || !"OPEN".equals(review.get("round_status"))) {
      throw new ConflictException("Рассмотрение уже завершено: передать его нельзя");
    }
    if (!isParticipant(roundId, reviewerCode)) {
      throw new UnprocessableException("«" + target.name() + "» не участвует в этом отборе");
    }
    String from = (String) review.get("reviewer_code");
    if (from.equals(reviewerCode)) {
      throw new ConflictException("Практику уже рассматривает «" + target.name() + "»");
    }
    try {
      jdbc.update("""
          update federal_review set reviewer_code = :to, reassigned_from = :from, reassigned_by = :by,
                 reassignment_reason = :reason where id = :id""", new MapSqlParameterSource().addValue("to", reviewerCode)
          .addValue("from", from).addValue("by", user.id()).addValue("reason", reason.strip())
          .addValue("id", reviewId));
    } catch (DuplicateKeyException e) {
      throw new ConflictException("Практику уже рассматривает «" + target.name() + "»");
    }
    String taskId = (String) review.get("task_id");
    String oldGroup = reviewersByCode().get(from).group();
    EngineAsApplication.run(identityService, () -> {
      taskService.deleteCandidateGroup(taskId, oldGroup);
      // the engine leaves the group's grant of the task behind: the first body no longer sees or works on it
      authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
          .groupIdIn(oldGroup).list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      taskService.addCandidateGroup(taskId, target.group());
      taskService.setAssignee(taskId, null);
      taskService.setVariableLocal(taskId, FederalForms.REVIEWER_NAME, target.name());
      return null;
    });
    return reviewsOf(roundId, true, Set.of()).stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
  }

  // --- steps of the processes

  /** The round the instance of {@code federal-approval-round} runs: bound at its start to the round of its key. */
  long bindRound(String businessKey, String processInstanceId) {
    Long roundId = BusinessKeys.idOf(BusinessKeys.FEDERAL_ROUND, businessKey);
    if (roundId == null) {
      throw new IllegalStateException("Not the key of a federal approval round: " + businessKey);
    }
    int bound = jdbc.update("update federal_round set process_instance_id = :pi where id = :id "
        + "and process_instance_id is null", Map.of("pi", processInstanceId, "id", roundId));
    if (bound != 1) {
      throw new ConflictException("Отбор №" + roundId + " уже проводится");
    }
    return roundId;
  }

  long roundRunBy(String processInstanceId) {
    return jdbc.queryForList("select id from federal_round where process_instance_id = :pi",
        Map.of("pi", processInstanceId), Long.class).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No round is run by " + processInstanceId));
  }

  /** The business keys of the reviews of the round's practices, one {@code federal-practice-review} each. */
  List<String> roundPracticeIds(long roundId) {
    return jdbc.queryForList("select id from federal_round_practice where round_id = :id order by id",
        Map.of("id", roundId), Long.class).stream().map(BusinessKeys::federalReview).toList();
  }

  Instant deadline(long roundId) {
    return instant(jdbc.queryForObject("select deadline from federal_round where id = :id", Map.of("id", roundId),
        Timestamp.class));
  }

  /** The practice a {@code federal-practice-review} instance reviews: bound at its start by its key. */
  PracticeInRound bindPracticeReview(String businessKey, String processInstanceId) {
    Long id = BusinessKeys.idOf(BusinessKeys.FEDERAL_REVIEW, businessKey);
    if (id == null) {
      throw new IllegalStateException("Not the key of a federal practice review: " + businessKey);
    }
    int bound = jdbc.update("update federal_round_practice set process_instance_id = :pi where id = :id "
        + "and process_instance_id is null and status = 'IN_REVIEW'", Map.of("pi", processInstanceId, "id", id));
    if (bound != 1) {
      throw new ConflictException("Практика отбора №" + id + " уже рассматривается");
    }
    return practiceInRound("id = :v", id);
  }

  PracticeInRound practiceReviewedBy(String processInstanceId) {
    return practiceInRound("process_instance_id = :v", processInstanceId);
  }

  private PracticeInRound practiceInRound(String where, Object value) {
    return jdbc.query("select id, round_id, practice_id, title, region_code, category_code, status "
        + "from federal_round_practice where " + where, Map.of("v", value), (rs, i) -> new PracticeInRound(
        rs.getLong("id"), rs.getLong("round_id"), rs.getLong("practice_id"), rs.getString("title"),
        rs.getString("region_code"), rs.getString("category_code"), rs.getString("status")))
        .stream().findFirst().orElseThrow(() -> new IllegalStateException("No practice in a round for " + value));
  }

  /**
   * The reviews of the practice: one for each reviewer the routing decision named that takes part in the round.
   * Returns how many.
   */
  int assignReviewers(PracticeInRound practice, Collection<String> routed) {
    int created = 0;
    for (String code : new LinkedHashSet<>(routed)) {
      if (isParticipant(practice.roundId(), code)) {
        created += jdbc.update("insert into federal_review (round_practice_id, reviewer_code) values (:p, :code)",
            Map.of("p", practice.id(), "code", code));
      }
    }
    return created;
  }

  List<String> reviewIds(long roundPracticeId) {
    return jdbc.queryForList("select id from federal_review where round_practice_id = :p order by id",
        Map.of("p", roundPracticeId), Long.class).stream().map(String::valueOf).toList();
  }

  FederalReviewerInfo reviewerOf(long reviewId) {
    String code = jdbc.queryForObject("select reviewer_code from federal_review where id = :id",
        Map.of("id", reviewId), String.class);
    return reviewersByCode().get(code);
  }

  /** The review task of a review, created just now for the element of the reviews' collection. */
  void attachTask(long reviewId, long roundPracticeId, String taskId) {
    int attached = jdbc.update("update federal_review set task_id = :task where id = :id and round_practice_id = :p "
        + "and task_id is null", Map.of("task", taskId, "id", reviewId, "p", roundPracticeId));
    if (attached != 1) {
      throw new IllegalStateException("Review " + reviewId + " has a task already");
    }
  }

  String roundName(long roundId) {
    return jdbc.queryForObject("select name from federal_round where id = :id", Map.of("id", roundId), String.class);
  }

  /** The reviewer's decision, by the task it was made in; the reviewer is the task's assignee. */
  void recordReview(String taskId, String actor, ReviewDecision decision, String conclusion, String project) {
    int recorded = jdbc.update("""
        update federal_review set decision = :decision, conclusion = :conclusion,
               project_recommendation = :project, reviewed_by = :by, reviewed_at = :at
        where task_id = :task and decision is null""", new MapSqlParameterSource()
        .addValue("decision", decision.name()).addValue("conclusion", conclusion).addValue("project", project)
        .addValue("by", actor).addValue("at", Timestamp.from(clock.instant())).addValue("task", taskId));
    if (recorded != 1) {
      throw new ConflictException("Решение по этой практике уже принято");
    }
  }

  /** The outcome: approved for mass replication when some reviewer approved it and none declined. */
  /** How many of the bodies that reviewed the practice approved it (with or without remarks) and how many declined. */
  ReviewCounts counts(PracticeInRound practice) {
    Map<String, Object> counts = jdbc.queryForMap("""
        select coalesce(sum(case when decision in ('APPROVE', 'APPROVE_WITH_REMARKS') then 1 else 0 end), 0) as yes,
               coalesce(sum(case when decision = 'DECLINE' then 1 else 0 end), 0) as no
        from federal_review where round_practice_id = :p""", Map.of("p", practice.id()));
    return new ReviewCounts((int) number(counts, "yes"), (int) number(counts, "no"));
  }

  record ReviewCounts(int approvals, int declines) {
  }

  /** The practice's outcome in the round, as the {@code federal-review-outcome} decision gave it. */
  void settle(PracticeInRound practice, boolean approved) {
    jdbc.update("update federal_round_practice set status = :status, decided_at = :at where id = :id",
        Map.of("status", approved ? "APPROVED" : "NOT_APPROVED", "at", Timestamp.from(clock.instant()),
            "id", practice.id()));
  }

  /** A practice no reviewer of the round reviews: it leaves the round unreviewed. */
  void markUnreviewed(PracticeInRound practice) {
    jdbc.update("update federal_round_practice set status = 'NOT_REVIEWED', decided_at = :at where id = :id",
        Map.of("at", Timestamp.from(clock.instant()), "id", practice.id()));
  }

  /**
   * The round is over (every practice settled, or the deadline came): the practices still in review leave it
   * unreviewed, every practice is free for another round, the round is closed.
   */
  void close(long roundId) {
    Timestamp now = Timestamp.from(clock.instant());
    int unreviewed = jdbc.update("update federal_round_practice set status = 'NOT_REVIEWED', decided_at = :at "
        + "where round_id = :id and status = 'IN_REVIEW'", Map.of("at", now, "id", roundId));
    jdbc.update("update federal_round_practice set open_practice_id = null where round_id = :id",
        Map.of("id", roundId));
    jdbc.update("update federal_round set status = 'CLOSED', closed_at = :at where id = :id and status = 'OPEN'",
        Map.of("at", now, "id", roundId));
    recordStatus(roundId, "CLOSED", ru.smarteka.workflow.engine.EngineUsers.SYSTEM, unreviewed == 0
        ? "Все практики отбора рассмотрены"
        : "Наступил срок отбора: " + unreviewed + " нерассмотренных практик вышли из отбора");
  }

  // --- helpers

  private record Access(boolean all, Set<String> reviewerCodes) {
  }

  private Access access(CurrentUser user, long roundId) {
    Integer exists = jdbc.queryForObject("select count(*) from federal_round where id = :id", Map.of("id", roundId),
        Integer.class);
    if (exists == null || exists == 0) {
      throw new NotFoundException("Отбор не найден");
    }
    if (user.isModerator() || user.isAdmin() || user.isMemberOf(Groups.AUDITORS)) {
      return new Access(true, Set.of());
    }
    Set<String> own = new LinkedHashSet<>();
    for (FederalReviewerInfo reviewer : reference.federalReviewers()) {
      if (user.isMemberOf(reviewer.group()) && isParticipant(roundId, reviewer.code())) {
        own.add(reviewer.code());
      }
    }
    if (own.isEmpty()) {
      throw new NotFoundException("Отбор не найден");
    }
    return new Access(false, own);
  }

  private boolean isParticipant(long roundId, String code) {
    Integer n = jdbc.queryForObject("select count(*) from federal_round_reviewer where round_id = :r "
        + "and reviewer_code = :c", Map.of("r", roundId, "c", code), Integer.class);
    return n != null && n > 0;
  }

  private Round load(long roundId, boolean all, Set<String> ownReviewers) {
    Map<String, Object> round = jdbc.queryForList("select * from federal_round where id = :id", Map.of("id", roundId))
        .stream().findFirst().orElseThrow(() -> new NotFoundException("Отбор не найден"));
    Map<String, FederalReviewerInfo> known = reviewersByCode();
    List<String> order = List.copyOf(known.keySet());
    List<Reviewer> reviewers = jdbc.queryForList("select reviewer_code from federal_round_reviewer where round_id = :id",
        Map.of("id", roundId), String.class).stream().map(known::get)
        .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.code()))).map(FederalRounds::reviewer).toList();
    Map<Long, List<Review>> reviews = reviewsOf(roundId, all, ownReviewers).stream()
        .collect(Collectors.groupingBy(Review::roundPracticeId, LinkedHashMap::new, Collectors.toList()));
    List<RoundPractice> practicesOfRound = jdbc.query("""
        select id, practice_id, title, region_code, category_code, status, decided_at
        from federal_round_practice where round_id = :id order by id""", Map.of("id", roundId),
        (rs, i) -> new RoundPractice(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("title"),
            rs.getString("region_code"), rs.getString("category_code"), rs.getString("status"),
            instant(rs.getTimestamp("decided_at")), reviews.getOrDefault(rs.getLong("id"), List.of())));
    List<StatusChange> history = jdbc.query("select status, changed_by, changed_at, reason "
        + "from federal_round_status_change where round_id = :id order by changed_at, id", Map.of("id", roundId),
        (rs, i) -> new StatusChange(rs.getString("status"), rs.getString("changed_by"),
            instant(rs.getTimestamp("changed_at")), rs.getString("reason")));
    return new Round(roundId, (String) value(round, "name"), instant(value(round, "deadline")), (String) value(round, "status"),
        (String) value(round, "opened_by"), instant(value(round, "opened_at")), instant(value(round, "closed_at")),
        reviewers, practicesOfRound, history);
  }

  /** A column of a row from queryForMap, whatever case the database gives its name. */
  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
  }

  /** The reviews of one practice of a round (for its outcome). */
  List<Review> reviewsOfPractice(PracticeInRound practice) {
    return reviewsOf(practice.roundId(), true, Set.of()).stream().filter(r -> r.roundPracticeId() == practice.id())
        .toList();
  }

  private List<Review> reviewsOf(long roundId, boolean all, Set<String> own) {
    Map<String, FederalReviewerInfo> known = reviewersByCode();
    MapSqlParameterSource params = new MapSqlParameterSource("round", roundId);
    String filter = "";
    if (!all) {
      filter = " and r.reviewer_code in (:own)";
      params.addValue("own", own);
    }
    return jdbc.query("""
        select r.id, r.round_practice_id, p.practice_id, p.title, r.reviewer_code, r.decision, r.conclusion,
               r.project_recommendation, r.reviewed_by, r.reviewed_at, r.reassigned_from, r.reassignment_reason
        from federal_review r join federal_round_practice p on p.id = r.round_practice_id
        where p.round_id = :round""" + filter + " order by r.round_practice_id, r.id", params,
        (rs, i) -> review(rs, known));
  }

  private static Review review(ResultSet rs, Map<String, FederalReviewerInfo> known) throws SQLException {
    String decision = rs.getString("decision");
    FederalReviewerInfo reviewer = known.get(rs.getString("reviewer_code"));
    return new Review(rs.getLong("id"), rs.getLong("round_practice_id"), rs.getLong("practice_id"),
        rs.getString("title"), rs.getString("reviewer_code"), reviewer == null ? null : reviewer.name(), decision,
        decision == null ? "ожидает рассмотрения" : ReviewDecision.valueOf(decision).label(),
        rs.getString("conclusion"), rs.getString("project_recommendation"), rs.getString("reviewed_by"),
        instant(rs.getTimestamp("reviewed_at")), rs.getString("reassigned_from"),
        rs.getString("reassignment_reason"));
  }

  private void recordStatus(long roundId, String status, String actor, String reason) {
    jdbc.update("insert into federal_round_status_change (round_id, status, changed_by, changed_at, reason) "
        + "values (:round, :status, :by, :at, :reason)", new MapSqlParameterSource().addValue("round", roundId)
        .addValue("status", status).addValue("by", actor).addValue("at", Timestamp.from(clock.instant()))
        .addValue("reason", reason));
  }

  Map<String, FederalReviewerInfo> reviewersByCode() {
    Map<String, FederalReviewerInfo> byCode = new LinkedHashMap<>();
    reference.federalReviewers().forEach(r -> byCode.put(r.code(), r));
    return byCode;
  }

  Optional<FederalReviewerInfo> reviewer(String code) {
    return Optional.ofNullable(reviewersByCode().get(code));
  }

  private static Reviewer reviewer(FederalReviewerInfo info) {
    return new Reviewer(info.code(), info.kind().name(), info.kind().label(), info.name(), info.group(),
        info.categoryCodes());
  }

  private static String kindLabel(String kind) {
    return ru.smarteka.workflow.region.FederalReviewerKind.valueOf(kind).label();
  }

  private static int number(Map<String, Object> row, String column) {
    Object value = value(row, column);
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof java.time.LocalDateTime ldt) {
      return Timestamp.valueOf(ldt).toInstant();
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalArgumentException("Not a time: " + value.getClass().getSimpleName());
  }
}

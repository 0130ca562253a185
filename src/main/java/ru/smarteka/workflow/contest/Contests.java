package ru.smarteka.workflow.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.TasklistFilters;
import ru.smarteka.workflow.practice.ContestAward;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PublishedPractice;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * The «Смарт Диалог» contest, the API of the module: an ASI moderator opens a contest (its process starts as the
 * application), regions' officials apply with a published practice of their region until the deadline, working
 * groups score, chairs confirm short lists, the portal casts residents' votes, the results. Everything is in our
 * tables; the steps of the processes find their contest, entry, assessment and nomination by the process instance or
 * task, never by a variable a user could set.
 */
@Service
@Transactional
public class Contests {

  public static final int MAX_TITLE = 300;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_NOMINATIONS = 30;
  public static final int MAX_MEMBERS = 50;
  public static final int MAX_VOTER_ID = 200;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** A working group member: a Camunda user, and the region they represent (their conflict of interest), if any. */
  public record MemberSpec(String userId, String regionCode) {
  }

  public record NominationSpec(String title, String chairId, List<MemberSpec> members) {
  }

  /** What a moderator gives to open a contest. */
  public record OpenContest(String title, String organisers, String directions, Instant applicationDeadline,
      Instant votingStartsAt, Instant votingEndsAt, List<NominationSpec> nominations) {
  }

  public record StatusChange(String status, String changedBy, Instant changedAt, String reason) {
  }

  public record Member(String userId, String regionCode, boolean chair) {
  }

  public record Nomination(long id, int number, String title, String workingGroup, String chairId,
      List<Member> members, String shortListBy, Instant shortListAt) {
  }

  public record Contest(long id, String title, String organisers, String directions, Instant applicationDeadline,
      Instant votingStartsAt, Instant votingEndsAt, String status, String statusLabel, String openedBy,
      Instant openedAt, Instant finishedAt, List<Nomination> nominations, List<StatusChange> history) {
  }

  /** An entry as its contest shows it; the scores only to ASI staff and the nomination's working group. */
  public record Entry(long id, long contestId, int nomination, String nominationTitle, long practiceId, String title,
      String regionCode, String regionName, String appliedBy, Instant appliedAt, String status, String statusLabel,
      BigDecimal juryScore, Integer juryRank, Integer votes, boolean juryWinner, boolean publicWinner,
      List<StatusChange> history) {
  }

  /** The live count of one short-listed entry's votes (no voter is ever shown). */
  public record VoteCount(long entryId, long practiceId, String title, String regionName, long votes) {
  }

  public record Tally(long contestId, int nomination, String nominationTitle, boolean votingOpen, long total,
      List<VoteCount> entries) {
  }

  public record VoteAccepted(long contestId, int nomination, long entryId) {
  }

  /** A nomination's results: the jury's ranking (by score) and the public vote, the winners. */
  public record NominationResult(int nomination, String title, List<Entry> ranking, Long juryWinnerEntryId,
      Long publicWinnerEntryId) {
  }

  public record Results(long contestId, String title, String status, List<NominationResult> nominations) {
  }

  /** What a step knows of an entry. */
  record EntryCase(long id, long contestId, long nominationId, long practiceId, String title, String regionCode,
      String status) {
  }

  record AssessmentSlot(long id, long entryId, String memberId, String taskId, boolean done) {
  }

  record NominationCase(long id, long contestId, int number, String title, String groupId, String chairId,
      String taskId) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final PracticeService practices;
  private final ReferenceData reference;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final PublicationService publications;
  private final Clock clock;

  Contests(NamedParameterJdbcTemplate jdbc, PracticeService practices, ReferenceData reference,
      RuntimeService runtimeService, IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, PublicationService publications, Clock clock) {
    this.filterService = filterService;
    this.publications = publications;
    this.jdbc = jdbc;
    this.practices = practices;
    this.reference = reference;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.clock = clock;
  }

  // --- opening

  /**
   * Opens a contest: its nominations' working groups become Camunda groups with their members, and its process
   * starts. Only an ASI moderator.
   */
  public Contest open(CurrentUser user, OpenContest request) {
    if (!user.isModerator()) {
      throw new AccessDeniedException("Конкурс объявляет модератор АСИ");
    }
    List<FieldMessage> errors = new ArrayList<>();
    String title = strip(request.title());
    if (title.length() < 3 || title.length() > MAX_TITLE) {
      errors.add(new FieldMessage("title", "название конкурса от 3 до " + MAX_TITLE + " символов"));
    }
    String organisers = strip(request.organisers());
    if (organisers.isEmpty() || organisers.length() > MAX_TEXT) {
      errors.add(new FieldMessage("organisers", "организаторы конкурса, до " + MAX_TEXT + " символов"));
    }
    String directions = strip(request.directions());
    if (directions.isEmpty() || directions.length() > MAX_TEXT) {
      errors.add(new FieldMessage("directions", "направления конкурса, до " + MAX_TEXT + " символов"));
    }
    Instant now = clock.instant();
    if (request.applicationDeadline() == null || !request.applicationDeadline().isAfter(now)) {
      errors.add(new FieldMessage("applicationDeadline", "срок приёма заявок — дата и время в будущем"));
    }
    if (request.votingStartsAt() == null || request.applicationDeadline() != null
        && !request.votingStartsAt().isAfter(request.applicationDeadline())) {
      errors.add(new FieldMessage("votingStartsAt", "начало голосования — позже срока приёма заявок"));
    }
    if (request.votingEndsAt() == null || request.votingStartsAt() != null
        && !request.votingEndsAt().isAfter(request.votingStartsAt())) {
      errors.add(new FieldMessage("votingEndsAt", "окончание голосования — позже его начала"));
    }
    List<NominationSpec> nominations = request.nominations() == null ? List.of() : request.nominations();
    if (nominations.isEmpty() || nominations.size() > MAX_NOMINATIONS) {
      errors.add(new FieldMessage("nominations", "от 1 до " + MAX_NOMINATIONS + " номинаций"));
    }
    Set<String> titles = new java.util.HashSet<>();
    for (int i = 0; i < nominations.size(); i++) {
      NominationSpec n = nominations.get(i);
      String field = "nominations[" + i + "]";
      if (n == null) {
        errors.add(new FieldMessage(field, "номинация не указана"));
        continue;
      }
      String nTitle = strip(n.title());
      if (nTitle.length() < 3 || nTitle.length() > MAX_TITLE) {
        errors.add(new FieldMessage(field + ".title", "название номинации от 3 до " + MAX_TITLE + " символов"));
      } else if (!titles.add(nTitle.toLowerCase(Locale.ROOT))) {
        errors.add(new FieldMessage(field + ".title", "номинация с таким названием уже есть"));
      }
      List<MemberSpec> members = n.members() == null ? List.of() : n.members();
      if (members.isEmpty() || members.size() > MAX_MEMBERS) {
        errors.add(new FieldMessage(field + ".members", "от 1 до " + MAX_MEMBERS + " членов рабочей группы"));
      }
      Set<String> ids = new java.util.HashSet<>();
      for (MemberSpec m : members) {
        if (m == null || m.userId() == null || !userExists(m.userId())) {
          errors.add(new FieldMessage(field + ".members", "нет пользователя «" + (m == null ? null : m.userId())
              + "»"));
        } else if (!ids.add(m.userId())) {
          errors.add(new FieldMessage(field + ".members", "«" + m.userId() + "» указан дважды"));
        } else if (m.regionCode() != null && !reference.regionExists(m.regionCode())) {
          errors.add(new FieldMessage(field + ".members", "нет субъекта РФ с кодом " + m.regionCode()));
        }
      }
      if (n.chairId() == null || !ids.contains(n.chairId())) {
        errors.add(new FieldMessage(field + ".chairId", "председатель — один из членов рабочей группы"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Конкурс не объявлен: проверьте поля", errors);
    }

    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("""
        insert into contest (title, organisers, directions, application_deadline, voting_starts_at, voting_ends_at,
                             status, opened_by, opened_at)
        values (:title, :organisers, :directions, :deadline, :votingStarts, :votingEnds, 'INTAKE', :by, :at)""",
        new MapSqlParameterSource().addValue("title", title).addValue("organisers", organisers)
            .addValue("directions", directions)
            .addValue("deadline", Timestamp.from(request.applicationDeadline()))
            .addValue("votingStarts", Timestamp.from(request.votingStartsAt()))
            .addValue("votingEnds", Timestamp.from(request.votingEndsAt()))
            .addValue("by", user.id()).addValue("at", Timestamp.from(now)), key, new String[] {"id"});
    long contestId = key.getKey().longValue();
    int number = 0;
    for (NominationSpec n : nominations) {
      number++;
      String group = ContestProcess.workingGroup(contestId, number);
      GeneratedKeyHolder nKey = new GeneratedKeyHolder();
      jdbc.update("insert into contest_nomination (contest_id, number, title, group_id, chair_id) "
          + "values (:contest, :number, :title, :group, :chair)", new MapSqlParameterSource()
          .addValue("contest", contestId).addValue("number", number).addValue("title", strip(n.title()))
          .addValue("group", group).addValue("chair", n.chairId()), nKey, new String[] {"id"});
      long nominationId = nKey.getKey().longValue();
      for (MemberSpec m : n.members()) {
        jdbc.update("insert into contest_jury_member (nomination_id, user_id, region_code, chair) "
            + "values (:n, :user, :region, :chair)", new MapSqlParameterSource().addValue("n", nominationId)
            .addValue("user", m.userId()).addValue("region", m.regionCode())
            .addValue("chair", m.userId().equals(n.chairId())));
      }
      String groupName = "Рабочая группа номинации «" + strip(n.title()) + "» конкурса №" + contestId;
      List<String> memberIds = n.members().stream().map(MemberSpec::userId).toList();
      EngineAsApplication.run(identityService, () -> {
        createWorkingGroup(group, groupName.length() > 255 ? groupName.substring(0, 255) : groupName, memberIds);
        return null;
      });
    }
    recordStatus(contestId, "INTAKE", user.id(), "Конкурс объявлен: " + nominations.size()
        + " номинаций, приём заявок до " + format(request.applicationDeadline()));
    EngineAsApplication.run(identityService, () -> runtimeService.createProcessInstanceByKey(
        ContestProcess.CONTEST_KEY).businessKey(BusinessKeys.contest(contestId))
        .setVariable(ContestProcess.VAR_CONTEST_ID, contestId).execute());
    return load(contestId);
  }

  /**
   * The working group as a Camunda group of its members: Tasklist, its «Мои задачи» filter and reading the
   * process definitions; its tasks are each member's own (the engine grants the assignee the task's work).
   */
  private void createWorkingGroup(String groupId, String name, List<String> members) {
    // a directory (profile ldap) is read-only: the group is the directory's, only its grants are ours
    if (!identityService.isReadOnly() && identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
    for (String member : members) {
      if (!identityService.isReadOnly()
          && identityService.createUserQuery().userId(member).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(member, groupId);
      }
    }
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Tasklist's «Мои задачи» lists the tasks assigned to the member: the group reads that filter
    filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).list()
        .forEach(filter -> grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ));
    grant(groupId, Resources.PROCESS_DEFINITION, ContestProcess.CONTEST_KEY, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, ContestProcess.ENTRY_KEY, Permissions.READ);
  }

  private void grant(String group, Resources resource, String resourceId, Permissions permission) {
    if (authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  private boolean userExists(String userId) {
    return EngineAsApplication.run(identityService,
        () -> identityService.createUserQuery().userId(userId).count() > 0);
  }

  // --- applying

  /**
   * A region's official applies with a published practice of their region in one nomination, while intake is open:
   * after the deadline (or once the timer closed intake) 422; the same practice twice in a contest 409.
   */
  public Entry apply(CurrentUser user, long contestId, Integer nominationNumber, Long practiceId) {
    Map<String, Object> contest = contestRow(contestId);
    List<FieldMessage> errors = new ArrayList<>();
    if (nominationNumber == null) {
      errors.add(new FieldMessage("nomination", "укажите номер номинации"));
    }
    if (practiceId == null) {
      errors.add(new FieldMessage("practiceId", "укажите номер опубликованной практики"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Заявка не подана: проверьте поля", errors);
    }
    NominationCase nomination = nominationByNumber(contestId, nominationNumber).orElseThrow(() ->
        new InvalidInputException("Заявка не подана: проверьте поля", List.of(new FieldMessage("nomination",
            "в конкурсе нет номинации №" + nominationNumber))));
    PublishedPractice published = practices.published(practiceId).orElse(null);
    PracticeSnapshot practice = practices.snapshot(practiceId);
    if (published == null && practice.status() != PracticeStatus.DRAFT) {
      throw new UnprocessableException("Практика №" + practiceId + " не опубликована и не новый паспорт: на конкурс "
          + "подают опубликованную практику или новый паспорт (черновик), который пройдёт предварительную проверку");
    }
    if (!user.officialRegions().contains(practice.regionCode())) {
      throw new AccessDeniedException("Заявку подаёт должностное лицо региона практики");
    }
    Instant now = clock.instant();
    Instant deadline = instant(value(contest, "application_deadline"));
    // the lock on the contest's row orders this application before or after the timer's closing of intake
    int open = jdbc.update("update contest set status = status where id = :id and status = 'INTAKE'",
        Map.of("id", contestId));
    if (open != 1 || !now.isBefore(deadline)) {
      throw new UnprocessableException("Приём заявок на конкурс «" + value(contest, "title") + "» закрыт "
          + format(deadline) + " (МСК): заявки больше не принимаются");
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update("""
          insert into contest_entry (contest_id, nomination_id, practice_id, title, region_code, applied_by,
                                     applied_at, status)
          values (:contest, :nomination, :practice, :title, :region, :by, :at, :status)""",
          new MapSqlParameterSource().addValue("contest", contestId).addValue("nomination", nomination.id())
              .addValue("status", published == null ? "AWAITING_CHECK" : "APPLIED")
              .addValue("practice", practice.id()).addValue("title", practice.title())
              .addValue("region", practice.regionCode()).addValue("by", user.id())
              .addValue("at", Timestamp.from(now)), key, new String[] {"id"});
    } catch (DuplicateKeyException e) {
      throw new ConflictException("Практика «" + practice.title() + "» уже заявлена на этот конкурс");
    }
    long entryId = key.getKey().longValue();
    if (published == null) {
      // a new passport: the official submits it to the publication process, whose preliminary check admits it
      publications.submit(user, practiceId, null);
      recordEntryStatus(entryId, "AWAITING_CHECK", user.id(), "Заявка подана в номинацию «" + nomination.title()
          + "» с новым паспортом: он направлен на предварительную проверку АСИ (процесс публикации)");
    } else {
      recordEntryStatus(entryId, "APPLIED", user.id(), "Заявка подана в номинацию «" + nomination.title() + "»");
    }
    EngineAsApplication.run(identityService, () -> runtimeService.createProcessInstanceByKey(
        ContestProcess.ENTRY_KEY).businessKey(BusinessKeys.contestEntry(entryId))
        .setVariable(ContestProcess.VAR_ENTRY_ID, entryId).execute());
    return entries(contestId, "e.id = :entry", Map.of("entry", entryId), true).get(0);
  }

  // --- reading

  /** Any authenticated user sees a contest: its nominations and working groups, its history. */
  @Transactional(readOnly = true)
  public Contest contest(long contestId) {
    contestRow(contestId);
    return load(contestId);
  }

  /** How many contests were ever opened. */
  @Transactional(readOnly = true)
  public long count() {
    Long n = jdbc.getJdbcTemplate().queryForObject("select count(*) from contest", Long.class);
    return n == null ? 0 : n;
  }

  @Transactional(readOnly = true)
  public List<Contest> contests() {
    return jdbc.queryForList("select id from contest order by id desc", Map.of(), Long.class).stream()
        .map(this::load).toList();
  }

  /**
   * The entries of a contest: everybody sees what was applied and its status; the working group's scores only ASI
   * staff, auditors and the members of the entry's nomination, until the results are out.
   */
  @Transactional(readOnly = true)
  public List<Entry> entries(CurrentUser user, long contestId) {
    Map<String, Object> contest = contestRow(contestId);
    List<Entry> all = entries(contestId, "1 = 1", Map.of(), true);
    if (user.seesAllRegions() || "FINISHED".equals(value(contest, "status"))) {
      return all;
    }
    Set<Integer> own = new java.util.HashSet<>(jdbc.queryForList("""
        select n.number from contest_nomination n join contest_jury_member m on m.nomination_id = n.id
        where n.contest_id = :contest and m.user_id = :user""", Map.of("contest", contestId, "user", user.id()),
        Integer.class));
    return all.stream().map(e -> own.contains(e.nomination()) ? e : withoutScores(e)).toList();
  }

  private static Entry withoutScores(Entry e) {
    return new Entry(e.id(), e.contestId(), e.nomination(), e.nominationTitle(), e.practiceId(), e.title(),
        e.regionCode(), e.regionName(), e.appliedBy(), e.appliedAt(), e.status(), e.statusLabel(), null, null,
        e.votes(), e.juryWinner(), e.publicWinner(), e.history());
  }

  private List<Entry> entries(long contestId, String where, Map<String, Object> params, boolean withHistory) {
    MapSqlParameterSource p = new MapSqlParameterSource(params).addValue("contest", contestId);
    List<Entry> rows = jdbc.query("""
        select e.id, e.contest_id, n.number, n.title as nomination_title, e.practice_id, e.title, e.region_code,
               e.applied_by, e.applied_at, e.status, e.jury_score, e.jury_rank, e.votes, e.jury_winner,
               e.public_winner
        from contest_entry e join contest_nomination n on n.id = e.nomination_id
        where e.contest_id = :contest and\s""" + where + " order by n.number, e.id", p, (rs, i) -> new Entry(
        rs.getLong("id"), rs.getLong("contest_id"), rs.getInt("number"), rs.getString("nomination_title"),
        rs.getLong("practice_id"), rs.getString("title"), rs.getString("region_code"),
        regionName(rs.getString("region_code")), rs.getString("applied_by"), instant(rs.getTimestamp("applied_at")),
        rs.getString("status"), entryStatusLabel(rs.getString("status")), rs.getBigDecimal("jury_score"),
        (Integer) rs.getObject("jury_rank", Integer.class), (Integer) rs.getObject("votes", Integer.class),
        rs.getBoolean("jury_winner"), rs.getBoolean("public_winner"), List.of()));
    if (!withHistory || rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<StatusChange>> history = new HashMap<>();
    jdbc.query("""
        select h.entry_id, h.status, h.changed_by, h.changed_at, h.reason from contest_entry_status_change h
        join contest_entry e on e.id = h.entry_id where e.contest_id = :contest order by h.changed_at, h.id""",
        Map.of("contest", contestId), rs -> {
          history.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(new StatusChange(
              rs.getString("status"), rs.getString("changed_by"), instant(rs.getTimestamp("changed_at")),
              rs.getString("reason")));
        });
    return rows.stream().map(e -> new Entry(e.id(), e.contestId(), e.nomination(), e.nominationTitle(),
        e.practiceId(), e.title(), e.regionCode(), e.regionName(), e.appliedBy(), e.appliedAt(), e.status(),
        e.statusLabel(), e.juryScore(), e.juryRank(), e.votes(), e.juryWinner(), e.publicWinner(),
        history.getOrDefault(e.id(), List.of()))).toList();
  }

  /** The results per nomination (the jury's ranking and the votes), once the contest is finished. */
  @Transactional(readOnly = true)
  public Results results(long contestId) {
    Map<String, Object> contest = contestRow(contestId);
    if (!"FINISHED".equals(value(contest, "status"))) {
      throw new UnprocessableException("Итоги конкурса «" + value(contest, "title") + "» ещё не подведены");
    }
    List<Entry> all = entries(contestId, "1 = 1", Map.of(), false);
    List<NominationResult> result = new ArrayList<>();
    for (NominationCase n : nominations(contestId)) {
      List<Entry> ranking = all.stream().filter(e -> e.nomination() == n.number() && e.juryRank() != null)
          .sorted(Comparator.comparing(Entry::juryRank)).toList();
      result.add(new NominationResult(n.number(), n.title(), ranking,
          ranking.stream().filter(Entry::juryWinner).map(Entry::id).findFirst().orElse(null),
          ranking.stream().filter(Entry::publicWinner).map(Entry::id).findFirst().orElse(null)));
    }
    return new Results(contestId, (String) value(contest, "title"), (String) value(contest, "status"), result);
  }

  /** The results as an XLSX workbook (the same figures). */
  @Transactional(readOnly = true)
  public byte[] resultsWorkbook(long contestId) {
    return ContestResultsWorkbook.write(results(contestId));
  }

  // --- voting

  /**
   * A resident's vote, cast by the portal (a member of {@value ContestProcess#PORTAL_GROUP}) with the voter id of
   * the portal's login: only for a short-listed entry of the nomination, only while voting is open; the voter's
   * second vote in the nomination is refused by the unique constraint (409), whatever the concurrency. The voter id
   * is kept only as its SHA-256.
   */
  public VoteAccepted vote(CurrentUser client, long contestId, int nominationNumber, Long entryId, String voterId) {
    if (!client.isMemberOf(ContestProcess.PORTAL_GROUP)) {
      throw new AccessDeniedException("Голоса жителей передаёт только портал");
    }
    List<FieldMessage> errors = new ArrayList<>();
    String voter = voterId == null ? "" : voterId.strip();
    if (voter.isEmpty() || voter.length() > MAX_VOTER_ID) {
      errors.add(new FieldMessage("voterId", "идентификатор жителя на портале, до " + MAX_VOTER_ID + " символов"));
    }
    if (entryId == null) {
      errors.add(new FieldMessage("entryId", "укажите заявку короткого списка"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Голос не принят: проверьте поля", errors);
    }
    Map<String, Object> contest = contestRow(contestId);
    NominationCase nomination = nominationByNumber(contestId, nominationNumber)
        .orElseThrow(() -> new NotFoundException("Номинация не найдена"));
    Instant now = clock.instant();
    if (!votingOpen(contest, now)) {
      throw new UnprocessableException("Голосование конкурса «" + value(contest, "title") + "» сейчас не идёт: "
          + "с " + format(instant(value(contest, "voting_starts_at"))) + " до "
          + format(instant(value(contest, "voting_ends_at"))) + " (МСК), после утверждения коротких списков");
    }
    Integer shortListed = jdbc.queryForObject("select count(*) from contest_entry where id = :entry "
        + "and nomination_id = :n and status = 'SHORT_LISTED'", Map.of("entry", entryId, "n", nomination.id()),
        Integer.class);
    if (shortListed == null || shortListed == 0) {
      throw new UnprocessableException("Заявка №" + entryId + " не в коротком списке номинации «"
          + nomination.title() + "»: голосовать можно только за практики короткого списка");
    }
    try {
      jdbc.update("insert into contest_vote (nomination_id, entry_id, voter_hash, cast_at) "
          + "values (:n, :entry, :voter, :at)", new MapSqlParameterSource().addValue("n", nomination.id())
          .addValue("entry", entryId).addValue("voter", voterHash(voter)).addValue("at", Timestamp.from(now)));
    } catch (DuplicateKeyException e) {
      throw new ConflictException("Этот житель уже проголосовал в номинации «" + nomination.title()
          + "»: в каждой номинации — один голос");
    }
    return new VoteAccepted(contestId, nominationNumber, entryId);
  }

  /** The live count of the nomination's short list: votes per entry, no voter ever. */
  @Transactional(readOnly = true)
  public Tally tally(long contestId, int nominationNumber) {
    Map<String, Object> contest = contestRow(contestId);
    NominationCase nomination = nominationByNumber(contestId, nominationNumber)
        .orElseThrow(() -> new NotFoundException("Номинация не найдена"));
    List<VoteCount> counts = jdbc.query("""
        select e.id, e.practice_id, e.title, e.region_code, count(v.id) as votes
        from contest_entry e left join contest_vote v on v.entry_id = e.id
        where e.nomination_id = :n and e.status in ('SHORT_LISTED', 'WINNER', 'FINALIST')
        group by e.id, e.practice_id, e.title, e.region_code
        order by votes desc, e.id""", Map.of("n", nomination.id()), (rs, i) -> new VoteCount(rs.getLong("id"),
        rs.getLong("practice_id"), rs.getString("title"), regionName(rs.getString("region_code")),
        rs.getLong("votes")));
    return new Tally(contestId, nominationNumber, nomination.title(), votingOpen(contest, clock.instant()),
        counts.stream().mapToLong(VoteCount::votes).sum(), counts);
  }

  /**
   * Voting is open from the moment the process opened it (its voting-start timer, after every short list) until the
   * end of the voting period (the process's closing timer may run a moment later: a vote after the end is refused).
   */
  private static boolean votingOpen(Map<String, Object> contest, Instant now) {
    return "VOTING".equals(value(contest, "status")) && now.isBefore(instant(value(contest, "voting_ends_at")));
  }

  static String voterHash(String voterId) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(voterId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- steps of the processes

  long bindContest(String businessKey, String processInstanceId) {
    Long id = BusinessKeys.idOf(BusinessKeys.CONTEST, businessKey);
    if (id == null) {
      throw new IllegalStateException("Not the key of a contest: " + businessKey);
    }
    int bound = jdbc.update("update contest set process_instance_id = :pi where id = :id "
        + "and process_instance_id is null", Map.of("pi", processInstanceId, "id", id));
    if (bound != 1) {
      throw new ConflictException("Конкурс №" + id + " уже проводится");
    }
    return id;
  }

  long contestRunBy(String processInstanceId) {
    return jdbc.queryForList("select id from contest where process_instance_id = :pi",
        Map.of("pi", processInstanceId), Long.class).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No contest is run by " + processInstanceId));
  }

  EntryCase bindEntry(String businessKey, String processInstanceId) {
    Long id = BusinessKeys.idOf(BusinessKeys.CONTEST_ENTRY, businessKey);
    if (id == null) {
      throw new IllegalStateException("Not the key of a contest entry: " + businessKey);
    }
    int bound = jdbc.update("update contest_entry set process_instance_id = :pi where id = :id "
        + "and process_instance_id is null and status in ('APPLIED', 'AWAITING_CHECK')",
        Map.of("pi", processInstanceId, "id", id));
    if (bound != 1) {
      throw new ConflictException("Заявка №" + id + " уже рассматривается");
    }
    return entryCase("id = :v", id);
  }

  EntryCase entryRunBy(String processInstanceId) {
    return entryCase("process_instance_id = :v", processInstanceId);
  }

  private EntryCase entryCase(String where, Object value) {
    return jdbc.query("select id, contest_id, nomination_id, practice_id, title, region_code, status "
        + "from contest_entry where " + where, Map.of("v", value), (rs, i) -> new EntryCase(rs.getLong("id"),
        rs.getLong("contest_id"), rs.getLong("nomination_id"), rs.getLong("practice_id"), rs.getString("title"),
        rs.getString("region_code"), rs.getString("status"))).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No contest entry for " + value));
  }

  Instant applicationDeadline(long contestId) {
    return instant(value(contestRow(contestId), "application_deadline"));
  }

  Instant votingStartsAt(long contestId) {
    return instant(value(contestRow(contestId), "voting_starts_at"));
  }

  Instant votingEndsAt(long contestId) {
    return instant(value(contestRow(contestId), "voting_ends_at"));
  }

  String title(long contestId) {
    return (String) value(contestRow(contestId), "title");
  }

  /**
   * The deadline came: intake closes, each entry gets an assessment for every member of its nomination's working
   * group who does not represent the entry's region. Returns the process instances of the entries, to be told.
   */
  List<String> closeIntake(long contestId) {
    int closed = jdbc.update("update contest set status = 'SCORING' where id = :id and status = 'INTAKE'",
        Map.of("id", contestId));
    if (closed != 1) {
      throw new IllegalStateException("Contest " + contestId + " is not taking applications");
    }
    List<EntryCase> applied = jdbc.query("select id, contest_id, nomination_id, practice_id, title, region_code, "
        + "status from contest_entry where contest_id = :c and status = 'APPLIED' order by id", Map.of("c", contestId),
        (rs, i) -> new EntryCase(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("nomination_id"),
            rs.getLong("practice_id"), rs.getString("title"), rs.getString("region_code"), rs.getString("status")));
    // new passports the preliminary check has not admitted by the deadline are not admitted
    List<String> unchecked = jdbc.queryForList("select process_instance_id from contest_entry where contest_id = :c "
        + "and status = 'AWAITING_CHECK' and process_instance_id is not null order by id", Map.of("c", contestId),
        String.class);
    for (Long id : jdbc.queryForList("select id from contest_entry where contest_id = :c and status = "
        + "'AWAITING_CHECK'", Map.of("c", contestId), Long.class)) {
      jdbc.update("update contest_entry set status = 'NOT_ADMITTED' where id = :id", Map.of("id", id));
      recordEntryStatus(id, "NOT_ADMITTED", EngineUsers.SYSTEM, "Наступил срок приёма заявок: новый паспорт не "
          + "прошёл предварительную проверку");
    }
    if (applied.isEmpty()) {
      jdbc.update("update contest set status = 'NOT_HELD', finished_at = :at where id = :id",
          Map.of("at", Timestamp.from(clock.instant()), "id", contestId));
      recordStatus(contestId, "NOT_HELD", EngineUsers.SYSTEM, "Наступил срок приёма заявок: заявок нет");
      return unchecked;
    }
    Map<Long, List<Member>> members = new HashMap<>();
    jdbc.query("""
        select m.nomination_id, m.user_id, m.region_code, m.chair from contest_jury_member m
        join contest_nomination n on n.id = m.nomination_id where n.contest_id = :c order by m.user_id""",
        Map.of("c", contestId), rs -> {
          members.computeIfAbsent(rs.getLong("nomination_id"), k -> new ArrayList<>()).add(new Member(
              rs.getString("user_id"), rs.getString("region_code"), rs.getBoolean("chair")));
        });
    Map<String, Set<String>> regionsOf = new HashMap<>();
    for (EntryCase entry : applied) {
      for (Member member : members.getOrDefault(entry.nominationId(), List.of())) {
        Set<String> regions = new TreeSet<>(regionsOf.computeIfAbsent(member.userId(), this::regionsOfMember));
        if (member.regionCode() != null) {
          regions.add(member.regionCode());
        }
        if (!regions.contains(entry.regionCode())) {
          jdbc.update("insert into contest_assessment (entry_id, member_id) values (:e, :m)",
              Map.of("e", entry.id(), "m", member.userId()));
        }
      }
      jdbc.update("update contest_entry set status = 'IN_SCORING' where id = :id", Map.of("id", entry.id()));
      recordEntryStatus(entry.id(), "IN_SCORING", EngineUsers.SYSTEM, "Приём заявок закрыт: оценка рабочей группой");
    }
    recordStatus(contestId, "SCORING", EngineUsers.SYSTEM, "Наступил срок приёма заявок: " + applied.size()
        + " заявок, оценка рабочими группами");
    List<String> instances = new ArrayList<>(unchecked);
    instances.addAll(jdbc.queryForList("select process_instance_id from contest_entry where contest_id = :c "
        + "and status = 'IN_SCORING' and process_instance_id is not null order by id", Map.of("c", contestId),
        String.class));
    return instances;
  }

  /**
   * The publication process decided on a new passport entered in a contest still taking applications: accepted at
   * the preliminary check (in expertise) admits the entry, removed or withdrawn (or its region not eligible) does
   * not. Returns the process instances of the entries decided, to be told, by whether admitted.
   */
  Map<Boolean, List<String>> practiceChecked(long practiceId, PracticeStatus status) {
    Boolean admitted = switch (status) {
      case IN_EXPERTISE -> true;
      case NOT_ELIGIBLE, REMOVED, WITHDRAWN -> false;
      default -> null;
    };
    if (admitted == null) {
      return Map.of();
    }
    List<Map<String, Object>> waiting = jdbc.queryForList("""
        select e.id, e.process_instance_id from contest_entry e join contest c on c.id = e.contest_id
        where e.practice_id = :p and e.status = 'AWAITING_CHECK' and c.status = 'INTAKE' order by e.id""",
        Map.of("p", practiceId));
    List<String> instances = new ArrayList<>();
    for (Map<String, Object> row : waiting) {
      long id = ((Number) value(row, "id")).longValue();
      jdbc.update("update contest_entry set status = :s where id = :id",
          Map.of("s", admitted ? "APPLIED" : "NOT_ADMITTED", "id", id));
      recordEntryStatus(id, admitted ? "APPLIED" : "NOT_ADMITTED", EngineUsers.SYSTEM, admitted
          ? "Новый паспорт прошёл предварительную проверку АСИ: заявка допущена"
          : "Новый паспорт не прошёл предварительную проверку АСИ (" + status.label() + "): заявка не допущена");
      instances.add((String) value(row, "process_instance_id"));
    }
    return Map.of(admitted, instances);
  }

  boolean admitted(long entryId) {
    return !statusOf(entryId).equals("AWAITING_CHECK");
  }

  /** The regions a member represents by their regional groups (a member's declared region is added to it). */
  private Set<String> regionsOfMember(String userId) {
    Set<String> regions = new TreeSet<>();
    EngineAsApplication.run(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .forEach(g -> {
          var m = java.util.regex.Pattern.compile("region-(\\d{2})-\\w+").matcher(g.getId());
          if (m.matches()) {
            regions.add(m.group(1));
          }
        });
    return regions;
  }

  /** Whether the member represents the region (declared in the working group, or by a regional group). */
  boolean conflicted(long nominationId, String userId, String regionCode) {
    List<String> declared = jdbc.queryForList("select region_code from contest_jury_member where nomination_id = :n "
        + "and user_id = :u and region_code is not null", Map.of("n", nominationId, "u", userId), String.class);
    return declared.contains(regionCode) || regionsOfMember(userId).contains(regionCode);
  }

  boolean hasEntries(long contestId) {
    Integer n = jdbc.queryForObject("select count(*) from contest_entry where contest_id = :c "
        + "and status not in ('AWAITING_CHECK', 'NOT_ADMITTED')",
        Map.of("c", contestId), Integer.class);
    return n != null && n > 0;
  }

  List<String> assessmentIds(long entryId) {
    return jdbc.queryForList("select id from contest_assessment where entry_id = :e order by id",
        Map.of("e", entryId), Long.class).stream().map(String::valueOf).toList();
  }

  AssessmentSlot assessment(String where, Object value) {
    return jdbc.query("select id, entry_id, member_id, task_id, assessed_at from contest_assessment where " + where,
        Map.of("v", value), (rs, i) -> new AssessmentSlot(rs.getLong("id"), rs.getLong("entry_id"),
            rs.getString("member_id"), rs.getString("task_id"), rs.getTimestamp("assessed_at") != null))
        .stream().findFirst().orElseThrow(() -> new IllegalStateException("No assessment for " + value));
  }

  void attachAssessmentTask(long assessmentId, long entryId, String taskId) {
    int attached = jdbc.update("update contest_assessment set task_id = :task where id = :id and entry_id = :e "
        + "and task_id is null", Map.of("task", taskId, "id", assessmentId, "e", entryId));
    if (attached != 1) {
      throw new IllegalStateException("Assessment " + assessmentId + " has a task already");
    }
  }

  /** A member's scores of the entry, by the task they were given in, with the weights the decision gave. */
  void recordAssessment(String taskId, Map<String, Integer> scores, Map<String, Double> weights, String comment) {
    AssessmentSlot slot = assessment("task_id = :v", taskId);
    double weighted = 0;
    for (Map.Entry<String, Integer> score : scores.entrySet()) {
      double weight = weights.get(score.getKey());
      weighted += weight * score.getValue();
      jdbc.update("insert into contest_score (assessment_id, criterion, score, weight) values (:a, :c, :s, :w)",
          new MapSqlParameterSource().addValue("a", slot.id()).addValue("c", score.getKey())
              .addValue("s", score.getValue()).addValue("w", BigDecimal.valueOf(weight)));
    }
    int recorded = jdbc.update("update contest_assessment set weighted_score = :score, comment = :comment, "
        + "assessed_at = :at where id = :id and assessed_at is null", new MapSqlParameterSource()
        .addValue("score", BigDecimal.valueOf(weighted).setScale(3, RoundingMode.HALF_UP))
        .addValue("comment", comment).addValue("at", Timestamp.from(clock.instant())).addValue("id", slot.id()));
    if (recorded != 1) {
      throw new ConflictException("Заявка уже оценена");
    }
  }

  /** The entry's score: the mean of its members' weighted scores (none when every member had a conflict). */
  BigDecimal total(EntryCase entry) {
    BigDecimal mean = jdbc.queryForObject("select avg(weighted_score) from contest_assessment where entry_id = :e "
        + "and assessed_at is not null", Map.of("e", entry.id()), BigDecimal.class);
    BigDecimal score = mean == null ? null : mean.setScale(3, RoundingMode.HALF_UP);
    jdbc.update("update contest_entry set status = 'SCORED', jury_score = :score where id = :id",
        new MapSqlParameterSource().addValue("score", score).addValue("id", entry.id()));
    recordEntryStatus(entry.id(), "SCORED", EngineUsers.SYSTEM, score == null
        ? "Оценок нет: все члены рабочей группы представляют регион заявки"
        : "Балл рабочей группы: " + score.toPlainString());
    return score;
  }

  List<String> nominationsWithEntries(long contestId) {
    return jdbc.queryForList("select distinct nomination_id from contest_entry where contest_id = :c "
        + "and status not in ('AWAITING_CHECK', 'NOT_ADMITTED') order by nomination_id", Map.of("c", contestId), Long.class).stream().map(String::valueOf).toList();
  }

  NominationCase nomination(long nominationId) {
    return nominationCase("id = :v", nominationId).orElseThrow(() ->
        new IllegalStateException("No nomination " + nominationId));
  }

  NominationCase nominationOfTask(String taskId) {
    return nominationCase("task_id = :v", taskId).orElseThrow(() ->
        new IllegalStateException("No nomination has task " + taskId));
  }

  private java.util.Optional<NominationCase> nominationByNumber(long contestId, int number) {
    return jdbc.query("select id, contest_id, number, title, group_id, chair_id, task_id from contest_nomination "
        + "where contest_id = :c and number = :n", Map.of("c", contestId, "n", number), Contests::nominationRow)
        .stream().findFirst();
  }

  private java.util.Optional<NominationCase> nominationCase(String where, Object value) {
    return jdbc.query("select id, contest_id, number, title, group_id, chair_id, task_id from contest_nomination "
        + "where " + where, Map.of("v", value), Contests::nominationRow).stream().findFirst();
  }

  private List<NominationCase> nominations(long contestId) {
    return jdbc.query("select id, contest_id, number, title, group_id, chair_id, task_id from contest_nomination "
        + "where contest_id = :v order by number", Map.of("v", contestId), Contests::nominationRow);
  }

  private static NominationCase nominationRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new NominationCase(rs.getLong("id"), rs.getLong("contest_id"), rs.getInt("number"), rs.getString("title"),
        rs.getString("group_id"), rs.getString("chair_id"), rs.getString("task_id"));
  }

  void attachShortListTask(long nominationId, String taskId) {
    int attached = jdbc.update("update contest_nomination set task_id = :task where id = :id and task_id is null",
        Map.of("task", taskId, "id", nominationId));
    if (attached != 1) {
      throw new IllegalStateException("Nomination " + nominationId + " has a short-list task already");
    }
  }

  /** The nomination's entries ranked by the working group's score, as the chair reads them («№ — title, region»). */
  String ranking(long nominationId) {
    return jdbc.query("""
        select id, title, region_code, jury_score, status from contest_entry where nomination_id = :n
        order by case when jury_score is null then 1 else 0 end, jury_score desc, applied_at, id""",
        Map.of("n", nominationId), (rs, i) -> "№" + rs.getLong("id") + " — «" + rs.getString("title") + "», "
            + regionName(rs.getString("region_code")) + ": " + (rs.getBigDecimal("jury_score") == null
            ? ("IN_SCORING".equals(rs.getString("status")) ? "оценка не закончена" : "без оценок")
            : rs.getBigDecimal("jury_score").toPlainString())).stream().collect(Collectors.joining("\n"));
  }

  long pendingScoring(long nominationId) {
    Long n = jdbc.queryForObject("select count(*) from contest_entry where nomination_id = :n "
        + "and status in ('APPLIED', 'IN_SCORING')", Map.of("n", nominationId), Long.class);
    return n == null ? 0 : n;
  }

  /**
   * The chair's short list: the given entries of the nomination go to the public vote, the others leave the
   * contest. Returns the process instances of the nomination's entries, to be told.
   */
  List<String> confirmShortList(NominationCase nomination, List<Long> entryIds, String actor, String comment) {
    Instant now = clock.instant();
    List<Map<String, Object>> entries = jdbc.queryForList("select id, process_instance_id from contest_entry "
        + "where nomination_id = :n and status = 'SCORED' order by id", Map.of("n", nomination.id()));
    List<String> instances = new ArrayList<>();
    for (Map<String, Object> row : entries) {
      long id = ((Number) value(row, "id")).longValue();
      boolean chosen = entryIds.contains(id);
      String status = chosen ? "SHORT_LISTED" : "NOT_SHORT_LISTED";
      jdbc.update("update contest_entry set status = :s where id = :id", Map.of("s", status, "id", id));
      recordEntryStatus(id, status, actor, (chosen ? "Включена в короткий список номинации «"
          : "Не включена в короткий список номинации «") + nomination.title() + "»"
          + (comment == null ? "" : ": " + comment));
      instances.add((String) value(row, "process_instance_id"));
    }
    jdbc.update("update contest_nomination set short_list_by = :by, short_list_at = :at, short_list_comment = :c, "
        + "task_id = null where id = :id", new MapSqlParameterSource().addValue("by", actor)
        .addValue("at", Timestamp.from(now)).addValue("c", comment).addValue("id", nomination.id()));
    return instances;
  }

  /** The scored entries of the nomination (the ones a short list may name). */
  List<Long> scoredEntries(long nominationId) {
    return jdbc.queryForList("select id from contest_entry where nomination_id = :n and status = 'SCORED'",
        Map.of("n", nominationId), Long.class);
  }

  void openVoting(long contestId) {
    jdbc.update("update contest set status = 'VOTING' where id = :id and status = 'SCORING'", Map.of("id", contestId));
    recordStatus(contestId, "VOTING", EngineUsers.SYSTEM, "Короткие списки утверждены: общественное голосование "
        + "до " + format(votingEndsAt(contestId)) + " (МСК)");
  }

  /**
   * Voting is over: in each nomination the jury's ranking of the short list (by score, then the earlier
   * application), the votes; the jury's winner is the first of the ranking, the public's winner the entry with the
   * most votes (ties: the jury's order). Winners get the contest badge on their practice and are recommended for
   * adaptation. Returns the process instances of the short-listed entries, to be told.
   */
  List<String> settle(long contestId) {
    Instant now = clock.instant();
    String title = title(contestId);
    List<String> instances = new ArrayList<>();
    for (NominationCase nomination : nominations(contestId)) {
      List<Map<String, Object>> shortList = jdbc.queryForList("""
          select e.id, e.practice_id, e.process_instance_id, e.jury_score, count(v.id) as votes
          from contest_entry e left join contest_vote v on v.entry_id = e.id
          where e.nomination_id = :n and e.status = 'SHORT_LISTED'
          group by e.id, e.practice_id, e.process_instance_id, e.jury_score, e.applied_at
          order by case when e.jury_score is null then 1 else 0 end, e.jury_score desc, e.applied_at, e.id""",
          Map.of("n", nomination.id()));
      if (shortList.isEmpty()) {
        continue;
      }
      long juryWinner = ((Number) value(shortList.get(0), "id")).longValue();
      long maxVotes = shortList.stream().mapToLong(r -> ((Number) value(r, "votes")).longValue()).max().orElse(0);
      Long publicWinner = maxVotes == 0 ? null : shortList.stream()
          .filter(r -> ((Number) value(r, "votes")).longValue() == maxVotes)
          .map(r -> ((Number) value(r, "id")).longValue()).findFirst().orElse(null);
      int rank = 0;
      for (Map<String, Object> row : shortList) {
        rank++;
        long id = ((Number) value(row, "id")).longValue();
        long votes = ((Number) value(row, "votes")).longValue();
        boolean jury = id == juryWinner;
        boolean people = publicWinner != null && id == publicWinner;
        String status = jury || people ? "WINNER" : "FINALIST";
        jdbc.update("update contest_entry set status = :s, jury_rank = :rank, votes = :votes, jury_winner = :jury, "
            + "public_winner = :people where id = :id", new MapSqlParameterSource().addValue("s", status)
            .addValue("rank", rank).addValue("votes", votes).addValue("jury", jury).addValue("people", people)
            .addValue("id", id));
        recordEntryStatus(id, status, EngineUsers.SYSTEM, (jury && people
            ? "Победитель номинации «" + nomination.title() + "» по решению рабочей группы и голосованию жителей"
            : jury ? "Победитель номинации «" + nomination.title() + "» по решению рабочей группы"
            : people ? "Победитель голосования жителей в номинации «" + nomination.title() + "»"
            : "Финалист номинации «" + nomination.title() + "»") + ": место " + rank + ", голосов " + votes);
        if (jury || people) {
          practices.recordContestAward(((Number) value(row, "practice_id")).longValue(), new ContestAward(contestId, title,
              nomination.title(), jury && people ? "Победитель по решению рабочей группы и голосованию жителей"
              : jury ? "Победитель по решению рабочей группы" : "Победитель голосования жителей", now));
        }
        instances.add((String) value(row, "process_instance_id"));
      }
    }
    jdbc.update("update contest set status = 'FINISHED', finished_at = :at where id = :id",
        Map.of("at", Timestamp.from(now), "id", contestId));
    recordStatus(contestId, "FINISHED", EngineUsers.SYSTEM, "Голосование окончено: итоги подведены");
    return instances;
  }

  boolean shortListed(long entryId) {
    return statusOf(entryId).equals("SHORT_LISTED") || statusOf(entryId).equals("WINNER")
        || statusOf(entryId).equals("FINALIST");
  }

  boolean winner(long entryId) {
    return statusOf(entryId).equals("WINNER");
  }

  private String statusOf(long entryId) {
    return jdbc.queryForObject("select status from contest_entry where id = :id", Map.of("id", entryId),
        String.class);
  }

  String regionName(String code) {
    return reference.findRegion(code).map(r -> r.name()).orElse(code);
  }

  // --- helpers

  private Map<String, Object> contestRow(long contestId) {
    return jdbc.queryForList("select * from contest where id = :id", Map.of("id", contestId)).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("Конкурс не найден"));
  }

  private Contest load(long contestId) {
    Map<String, Object> c = contestRow(contestId);
    Map<Long, List<Member>> members = new LinkedHashMap<>();
    jdbc.query("""
        select m.nomination_id, m.user_id, m.region_code, m.chair from contest_jury_member m
        join contest_nomination n on n.id = m.nomination_id where n.contest_id = :c
        order by m.nomination_id, m.chair desc, m.user_id""", Map.of("c", contestId), rs -> {
          members.computeIfAbsent(rs.getLong("nomination_id"), k -> new ArrayList<>()).add(new Member(
              rs.getString("user_id"), rs.getString("region_code"), rs.getBoolean("chair")));
        });
    List<Nomination> nominations = jdbc.query("select id, number, title, group_id, chair_id, short_list_by, "
        + "short_list_at from contest_nomination where contest_id = :c order by number", Map.of("c", contestId),
        (rs, i) -> new Nomination(rs.getLong("id"), rs.getInt("number"), rs.getString("title"),
            rs.getString("group_id"), rs.getString("chair_id"), members.getOrDefault(rs.getLong("id"), List.of()),
            rs.getString("short_list_by"), instant(rs.getTimestamp("short_list_at"))));
    List<StatusChange> history = jdbc.query("select status, changed_by, changed_at, reason "
        + "from contest_status_change where contest_id = :c order by changed_at, id", Map.of("c", contestId),
        (rs, i) -> new StatusChange(rs.getString("status"), rs.getString("changed_by"),
            instant(rs.getTimestamp("changed_at")), rs.getString("reason")));
    String status = (String) value(c, "status");
    return new Contest(contestId, (String) value(c, "title"), (String) value(c, "organisers"),
        (String) value(c, "directions"), instant(value(c, "application_deadline")),
        instant(value(c, "voting_starts_at")), instant(value(c, "voting_ends_at")), status, statusLabel(status),
        (String) value(c, "opened_by"), instant(value(c, "opened_at")), instant(value(c, "finished_at")),
        nominations, history);
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "INTAKE" -> "Приём заявок";
      case "SCORING" -> "Оценка заявок рабочими группами";
      case "VOTING" -> "Общественное голосование";
      case "FINISHED" -> "Итоги подведены";
      case "NOT_HELD" -> "Не состоялся";
      default -> status;
    };
  }

  static String entryStatusLabel(String status) {
    return switch (status) {
      case "AWAITING_CHECK" -> "Новый паспорт на предварительной проверке";
      case "NOT_ADMITTED" -> "Не допущена: паспорт не прошёл предварительную проверку";
      case "APPLIED" -> "Заявка подана";
      case "IN_SCORING" -> "Оценивается рабочей группой";
      case "SCORED" -> "Оценена рабочей группой";
      case "SHORT_LISTED" -> "В коротком списке: общественное голосование";
      case "NOT_SHORT_LISTED" -> "Не вошла в короткий список";
      case "WINNER" -> "Победитель номинации";
      case "FINALIST" -> "Финалист";
      default -> status;
    };
  }

  private void recordStatus(long contestId, String status, String actor, String reason) {
    jdbc.update("insert into contest_status_change (contest_id, status, changed_by, changed_at, reason) "
        + "values (:c, :status, :by, :at, :reason)", new MapSqlParameterSource().addValue("c", contestId)
        .addValue("status", status).addValue("by", actor).addValue("at", Timestamp.from(clock.instant()))
        .addValue("reason", reason));
  }

  private void recordEntryStatus(long entryId, String status, String actor, String reason) {
    jdbc.update("insert into contest_entry_status_change (entry_id, status, changed_by, changed_at, reason) "
        + "values (:e, :status, :by, :at, :reason)", new MapSqlParameterSource().addValue("e", entryId)
        .addValue("status", status).addValue("by", actor).addValue("at", Timestamp.from(clock.instant()))
        .addValue("reason", reason));
  }

  static String format(Instant instant) {
    return DATE_TIME.format(instant.atZone(MOSCOW));
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
  }

  static Instant instant(Object value) {
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

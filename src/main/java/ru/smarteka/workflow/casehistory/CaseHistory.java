package ru.smarteka.workflow.casehistory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * Case history for auditors (and administrators), read-only: the search of cases and the timeline of one. A case's
 * process instance comes from our tables' binding (the instance id written when it started), never from a business
 * key; its mails' delivery instances from the mail rows' batch numbers.
 */
@Service
@Transactional(readOnly = true)
public class CaseHistory {

  static final int MAX_PAGE_SIZE = 50;
  /** A due date as people read it, in the application's time zone (the one the due dates were computed in). */
  static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter
      .ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.systemDefault());
  static final int MAX_TEXT = 200;

  private final CaseRecords records;
  private final EngineHistory engine;
  private final Clock clock;
  private final String portalUrl;

  CaseHistory(CaseRecords records, EngineHistory engine, Clock clock,
      @Value("${smarteka.portal-url}") String portalUrl) {
    this.records = records;
    this.engine = engine;
    this.clock = clock;
    this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
  }

  /** Only auditors and administrators read case history. */
  public static boolean mayRead(CurrentUser user) {
    return user != null && (user.isMemberOf(Groups.AUDITORS) || user.isAdmin());
  }

  private static void requireReader(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDeniedException("История дел доступна только аудиторам и администраторам");
    }
  }

  /**
   * The cases that match, newest change first. Bad parameters are refused with a message per field: an unknown
   * kind, region or status, a page below 0, a size outside 1..{@value #MAX_PAGE_SIZE}, a text over
   * {@value #MAX_TEXT} characters.
   */
  public CasePage search(CurrentUser user, String kind, String text, String region, String status, Integer page,
      Integer size) {
    requireReader(user);
    List<FieldMessage> problems = new ArrayList<>();
    CaseKind caseKind = null;
    if (blank(kind) == null) {
      caseKind = null;
    } else if (CaseKind.ofPath(kind).isPresent()) {
      caseKind = CaseKind.ofPath(kind).get();
    } else {
      problems.add(new FieldMessage("kind", "вид дела: practice, replication или report"));
    }
    String query = blank(text);
    if (query != null && query.length() > MAX_TEXT) {
      problems.add(new FieldMessage("q", "не длиннее " + MAX_TEXT + " символов"));
    }
    String regionCode = blank(region);
    if (regionCode != null && records.regions().stream().noneMatch(r -> r[0].equals(regionCode))) {
      problems.add(new FieldMessage("region", "нет региона с кодом «" + regionCode + "»"));
    }
    String statusName = blank(status) == null ? null : status.strip().toUpperCase(Locale.ROOT);
    if (statusName != null && java.util.Arrays.stream(CaseKind.values())
        .noneMatch(k -> CaseRecords.statusesOf(k).contains(statusName))) {
      problems.add(new FieldMessage("status", "нет такого статуса: «" + status.strip() + "»"));
    }
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? 20 : size;
    if (pageNumber < 0) {
      problems.add(new FieldMessage("page", "номер страницы от 0"));
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      problems.add(new FieldMessage("size", "от 1 до " + MAX_PAGE_SIZE + " дел на странице"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Неверные условия поиска", problems);
    }
    return records.search(new CaseQuery(caseKind, query, regionCode, statusName, pageNumber, pageSize));
  }

  /** What the search's filters offer: the kinds, the regions, the statuses of each kind. */
  public Map<String, Object> filters(CurrentUser user) {
    requireReader(user);
    Map<String, Object> filters = new LinkedHashMap<>();
    List<Map<String, String>> kinds = new ArrayList<>();
    Map<String, List<Map<String, String>>> statuses = new LinkedHashMap<>();
    for (CaseKind kind : CaseKind.values()) {
      kinds.add(Map.of("code", kind.path(), "label", kind.label()));
      statuses.put(kind.path(), CaseRecords.statusesOf(kind).stream()
          .map(s -> Map.of("code", s, "label", CaseRecords.statusLabel(kind, s))).toList());
    }
    filters.put("kinds", kinds);
    filters.put("regions", records.regions().stream().map(r -> Map.of("code", r[0], "label", r[1])).toList());
    filters.put("statuses", statuses);
    return filters;
  }

  /** The timeline of one case, running or finished. */
  public CaseTimeline timeline(CurrentUser user, String kind, String id) {
    requireReader(user);
    CaseKind caseKind = CaseKind.ofPath(kind).orElseThrow(() -> new InvalidInputException("Неизвестный вид дела",
        List.of(new FieldMessage("kind", "вид дела: practice, replication или report"))));
    long caseId;
    try {
      caseId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Неверный номер дела", List.of(new FieldMessage("id", "номер дела — число")));
    }
    CaseRecords.Bound bound = records.find(caseKind, caseId).orElseThrow(
        () -> new NotFoundException(caseKind.label() + " № " + caseId + " не найден(а)"));
    Instant now = clock.instant();

    List<CaseTimeline.StatusChange> changes = records.statusChanges(caseKind, caseId);
    List<CaseTimeline.Document> documents = records.documents(caseKind, caseId);
    List<CaseTimeline.TaskRecord> tasks = bound.instanceId() == null ? List.of()
        : engine.tasks(bound.instanceId(), now);
    List<CaseTimeline.Decision> decisions = bound.instanceId() == null ? List.of()
        : engine.decisions(bound.instanceId());

    // the mails: about the case's tasks, or linking to the case; each with the delivery instance of its batch
    Set<String> taskIds = new LinkedHashSet<>();
    tasks.forEach(t -> taskIds.add(t.id()));
    List<String> links = switch (caseKind) {
      case PRACTICE -> List.of(portalUrl + "practices/" + caseId);
      case REPLICATION -> List.of(portalUrl + "replications/" + caseId);
      case REPORT -> List.of();
    };
    List<CaseRecords.MailRow> mailRows = records.mails(taskIds, links);
    Set<String> batchKeys = new LinkedHashSet<>();
    for (CaseRecords.MailRow row : mailRows) {
      // mail-<batch>, or the bare number of a delivery started before the keys had a prefix
      batchKeys.addAll(BusinessKeys.withLegacy(BusinessKeys.MAIL, row.batchId()));
    }
    Map<Long, String> deliveryOfBatch = new HashMap<>();
    List<String> instanceIds = new ArrayList<>();
    if (bound.instanceId() != null) {
      instanceIds.add(bound.instanceId());
    }
    for (HistoricProcessInstance delivery : engine.deliveries(batchKeys)) {
      Long batch = BusinessKeys.idOf(BusinessKeys.MAIL, delivery.getBusinessKey());
      if (batch != null) {
        deliveryOfBatch.put(batch, delivery.getId());
        instanceIds.add(delivery.getId());
      }
    }
    List<CaseTimeline.Mail> mails = mailRows.stream().map(row -> withDelivery(row.mail(),
        deliveryOfBatch.get(row.batchId()))).toList();
    List<CaseTimeline.Instance> instances = engine.instances(instanceIds);

    List<CaseTimeline.Entry> entries = new ArrayList<>();
    for (CaseTimeline.StatusChange change : changes) {
      entries.add(new CaseTimeline.Entry(change.at(), "status", "Статус", change.statusLabel(), change.actor(),
          change.reason(), null));
    }
    for (CaseTimeline.TaskRecord task : tasks) {
      entries.add(new CaseTimeline.Entry(task.createdAt(), "task", "Задача", "Создана задача «" + task.name() + "»"
          + (task.dueAt() == null ? "" : ", срок " + DUE.format(task.dueAt())), null, null, task.id()));
      if (task.claimedAt() != null) {
        entries.add(new CaseTimeline.Entry(task.claimedAt(), "task", "Задача", "Взята в работу «" + task.name()
            + "»", task.claimedBy(), null, task.id()));
      }
      if (task.endedAt() != null) {
        entries.add(new CaseTimeline.Entry(task.endedAt(), "task", "Задача", "Задача «" + task.name() + "» "
            + task.outcome() + (task.overdue() ? " с опозданием" : ""), task.completedBy(), null, task.id()));
      }
    }
    for (CaseTimeline.Decision decision : decisions) {
      String rules = decision.matchedRules().isEmpty() ? "ни одно правило не подошло"
          : "правила: " + decision.matchedRules().stream().map(r -> r.description() != null ? r.description()
              : r.id()).reduce((a, b) -> a + "; " + b).orElse("");
      entries.add(new CaseTimeline.Entry(decision.evaluatedAt(), "decision", "Решение",
          "Решение «" + decision.decisionName() + "»", null, rules, decision.id()));
    }
    for (CaseTimeline.Document document : documents) {
      entries.add(new CaseTimeline.Entry(document.uploadedAt(), "document", "Документ",
          document.kind() + ": " + document.fileName(), document.uploadedBy(), null, String.valueOf(document.id())));
    }
    for (CaseTimeline.Mail mail : mails) {
      entries.add(new CaseTimeline.Entry(mail.createdAt(), "notification", "Уведомление",
          "Письмо " + mail.kind() + ": «" + mail.subject() + "»", mail.recipient(), mail.statusLabel(),
          String.valueOf(mail.id())));
    }
    for (CaseTimeline.Instance instance : instances) {
      if (instance.id().equals(bound.instanceId())) {
        entries.add(new CaseTimeline.Entry(instance.startedAt(), "instance", "Процесс",
            "Запущен процесс «" + instance.processName() + "»", null, null, instance.id()));
        if (instance.endedAt() != null) {
          entries.add(new CaseTimeline.Entry(instance.endedAt(), "instance", "Процесс",
              "Процесс «" + instance.processName() + "» " + instance.stateLabel(), null, null, instance.id()));
        }
      }
    }
    entries.sort(Comparator.comparing(CaseTimeline.Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return new CaseTimeline(bound.summary(), records.related(caseKind, caseId), instances, entries, changes, tasks,
        decisions, documents, mails);
  }

  private static CaseTimeline.Mail withDelivery(CaseTimeline.Mail mail, String deliveryInstanceId) {
    return new CaseTimeline.Mail(mail.id(), mail.kind(), mail.template(), mail.recipient(), mail.subject(),
        mail.status(), mail.statusLabel(), mail.createdAt(), mail.sentAt(), mail.taskId(), deliveryInstanceId);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

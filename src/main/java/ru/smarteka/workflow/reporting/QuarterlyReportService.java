package ru.smarteka.workflow.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.ResponsibleBodyInfo;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.NotFoundException;
import ru.smarteka.workflow.system.UnprocessableException;

/**
 * Quarterly reports of a region's responsible bodies (decrees 188 and 494), prefilled from our own data: the
 * practices each body placed in its categories in the quarter, and the replications in its categories with their
 * latest progress; each body corrects and submits its part, the coordinator consolidates, the report is written as
 * XLSX and CSV.
 */
@Service
@Transactional
public class QuarterlyReportService {

  /** A report file to download. */
  public record ReportFileView(String fileName, String contentType, byte[] data) {
  }

  private final QuarterlyReportRepository reports;
  private final BodyReportRepository bodyReports;
  private final BodyTaskRepository bodyTasks;
  private final ReportFileRepository files;
  private final ReferenceData referenceData;
  private final PracticeService practices;
  private final ReplicationService replications;
  private final String portalUrl;
  private final RuntimeService runtimeService;
  private final Clock clock;

  QuarterlyReportService(QuarterlyReportRepository reports, BodyReportRepository bodyReports,
      BodyTaskRepository bodyTasks,
      ReportFileRepository files, ReferenceData referenceData, PracticeService practices,
      ReplicationService replications, @Value("${smarteka.portal-url}") String portalUrl,
      RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
    this.reports = reports;
    this.bodyReports = bodyReports;
    this.bodyTasks = bodyTasks;
    this.files = files;
    this.referenceData = referenceData;
    this.practices = practices;
    this.replications = replications;
    this.portalUrl = portalUrl;
    this.clock = clock;
  }

  /**
   * Starts a region's report for an ended quarter by hand (a coordinator or an administrator); the process's first
   * step checks and records it. Returns the process's business key.
   */
  public String start(CurrentUser user, String regionCode, ReportPeriod period) {
    if (!mayStart(user, regionCode)) {
      throw new AccessDeniedException("Отчёт региона " + regionCode + " запускает его координирующий орган");
    }
    return runtimeService.createProcessInstanceByKey(QuarterlyReportProcess.KEY)
        .setVariable(QuarterlyReportProcess.VAR_REGION, regionCode)
        .setVariable(QuarterlyReportProcess.VAR_YEAR, period.year())
        .setVariable(QuarterlyReportProcess.VAR_QUARTER, period.quarter())
        .execute().getBusinessKey();
  }

  /** Who may start and read a region's reports: its coordinators and administrators (auditors read). */
  static boolean mayStart(CurrentUser user, String regionCode) {
    return user == null || user.isAdmin() || user.isMemberOf(Groups.coordinatorsOf(regionCode));
  }

  /**
   * Opens the report of a region for an ended quarter. {@code user} is null when the quarterly launcher opens it.
   */
  QuarterlyReport open(CurrentUser user, String regionCode, ReportPeriod period, String processInstanceId) {
    if (!mayStart(user, regionCode)) {
      throw new AccessDeniedException("Отчёт региона " + regionCode + " запускает его координирующий орган");
    }
    if (referenceData.findRegion(regionCode).isEmpty()) {
      throw new NotFoundException("Нет субъекта РФ с кодом " + regionCode);
    }
    if (LocalDate.now(clock).isBefore(period.end())) {
      throw new UnprocessableException("Квартал " + period.title() + " ещё не закончился");
    }
    if (referenceData.coordinatingBody(regionCode).isEmpty() || bodies(regionCode).isEmpty()) {
      throw new UnprocessableException("У региона " + regionCode + " нет координирующего органа и ответственных органов");
    }
    if (reports.findByRegionCodeAndYearAndQuarter(regionCode, period.year(), period.quarter()).isPresent()) {
      throw new ConflictException("Отчёт региона " + regionCode + " за " + period.title() + " уже запущен");
    }
    return reports.saveAndFlush(new QuarterlyReport(period, regionCode, user == null ? "system" : user.id(),
        processInstanceId, clock.instant()));
  }

  /**
   * The report an instance collects: the one whose start opened it. An instance started any other way collects
   * none, and its steps are refused.
   */
  QuarterlyReport collectedBy(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new AccessDeniedException(
        "Этот экземпляр процесса не собирает ни один квартальный отчёт"));
  }

  /** A body's task of the report has been created: its completion will be that body's part. */
  void attachBodyTask(long reportId, long bodyId, String taskId) {
    bodyTasks.save(new ReportingRecords.BodyTask(taskId, reportId, bodyId));
  }

  /** The body a body-report task is for. */
  long bodyOfTask(String taskId) {
    return bodyTasks.findById(taskId).map(t -> t.bodyId)
        .orElseThrow(() -> new IllegalStateException("No body for task " + taskId));
  }

  /** The bodies that report: every responsible body of the region, the coordinating one for its own categories too. */
  List<ResponsibleBodyInfo> bodies(String regionCode) {
    return referenceData.responsibleBodies(regionCode);
  }

  /** Regions with a coordinating body: those that report. */
  List<String> reportingRegions() {
    return referenceData.regions().stream().map(r -> r.code())
        .filter(code -> referenceData.coordinatingBody(code).isPresent()).toList();
  }

  /** Whether the region's report of the period has been started. */
  public boolean exists(String regionCode, ReportPeriod period) {
    return reports.findByRegionCodeAndYearAndQuarter(regionCode, period.year(), period.quarter()).isPresent();
  }

  QuarterlyReport find(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new NotFoundException("Отчёт " + reportId + " не найден"));
  }

  /** The report's content, for all bodies or for one ({@code bodyId}), from our data as it is now. */
  @Transactional(readOnly = true)
  ReportContent content(long reportId, Long bodyId) {
    QuarterlyReport report = find(reportId);
    ZoneId zone = clock.getZone();
    List<ResponsibleBodyInfo> bodies = bodies(report.regionCode());
    Map<String, String> categoryNames = referenceData.categories().stream()
        .collect(Collectors.toMap(c -> c.code(), c -> c.name()));
    Set<String> categories = bodyId == null ? null : bodies.stream().filter(b -> b.id() == bodyId)
        .flatMap(b -> b.categoryCodes().stream()).collect(Collectors.toSet());
    var practiceRows = practices.placedIn(report.regionCode(), report.period().startInstant(zone),
            report.period().endInstant(zone)).stream()
        .filter(p -> categories == null || categories.contains(p.categoryCode()))
        .map(p -> new ReportContent.PracticeRow(p.categoryName(), bodiesOf(bodies, p.categoryCode()), p.title(),
            portalUrl + "practices/" + p.id(), p.publishedAt().atZone(zone).toLocalDate()))
        .toList();
    var replicationRows = replications.underWayIn(report.regionCode()).stream()
        .filter(r -> categories == null || categories.contains(r.categoryCode()))
        .map(r -> new ReportContent.ReplicationRow(r.practiceTitle(), portalUrl + "practices/" + r.practiceId(),
            categoryNames.getOrDefault(r.categoryCode(), r.categoryCode()), bodiesOf(bodies, r.categoryCode()),
            r.result(), r.officialPosition(), (r.officialName() == null ? "" : r.officialName() + ", ") + r.contacts()))
        .toList();
    var parts = bodyReports.findByReportIdOrderByBodyName(reportId).stream()
        .map(b -> new ReportContent.BodyPart(b.bodyName, b.submittedBy, b.submittedAt, b.corrections))
        .toList();
    String regionName = referenceData.findRegion(report.regionCode()).map(r -> r.name()).orElse(report.regionCode());
    return new ReportContent(regionName, report.period(), practiceRows, replicationRows, parts,
        report.coordinatorNote());
  }

  void submitBody(long reportId, long bodyId, String actor, String corrections) {
    QuarterlyReport report = find(reportId);
    ResponsibleBodyInfo body = bodies(report.regionCode()).stream().filter(b -> b.id() == bodyId).findFirst()
        .orElseThrow(() -> new NotFoundException("Орган " + bodyId + " не отчитывается в отчёте " + reportId));
    if (bodyReports.existsByReportIdAndBodyId(reportId, bodyId)) {
      throw new ConflictException(body.name() + " уже представил сведения");
    }
    bodyReports.save(new ReportingRecords.BodyReport(reportId, bodyId, body.name(), actor, clock.instant(),
        corrections));
  }

  /** The bodies that have not submitted their part yet. */
  @Transactional(readOnly = true)
  List<String> missingBodies(long reportId) {
    QuarterlyReport report = find(reportId);
    Set<Long> submitted = bodyReports.findByReportIdOrderByBodyName(reportId).stream().map(b -> b.bodyId)
        .collect(Collectors.toSet());
    return bodies(report.regionCode()).stream().filter(b -> !submitted.contains(b.id()))
        .map(ResponsibleBodyInfo::name).toList();
  }

  String bodyName(long bodyId, String regionCode) {
    return bodies(regionCode).stream().filter(b -> b.id() == bodyId).map(ResponsibleBodyInfo::name).findFirst()
        .orElse(String.valueOf(bodyId));
  }

  void consolidate(long reportId, String actor, String note) {
    find(reportId).consolidate(actor, note, clock.instant());
  }

  /** Writes the consolidated report as XLSX and CSV and keeps both with it. */
  void generate(long reportId) {
    QuarterlyReport report = find(reportId);
    ReportContent content = content(reportId, null);
    String name = "smarteka-" + report.period().businessKey(report.regionCode());
    files.save(new ReportingRecords.ReportFile(reportId, "xlsx", name + ".xlsx", ReportWriter.XLSX,
        ReportWriter.xlsx(content, clock.getZone()), clock.instant()));
    files.save(new ReportingRecords.ReportFile(reportId, "csv", name + ".csv", ReportWriter.CSV + ";charset=UTF-8",
        ReportWriter.csv(content, clock.getZone()), clock.instant()));
  }

  /** A generated report, for the region's coordinators, administrators and auditors. */
  @Transactional(readOnly = true)
  public ReportFileView file(CurrentUser user, String regionCode, ReportPeriod period, String format) {
    if (!mayStart(user, regionCode) && !user.isMemberOf(Groups.AUDITORS)) {
      throw new AccessDeniedException("Отчёт региона видят его координирующий орган, администраторы и аудиторы");
    }
    QuarterlyReport report = reports.findByRegionCodeAndYearAndQuarter(regionCode, period.year(), period.quarter())
        .orElseThrow(() -> new NotFoundException("Отчёта региона " + regionCode + " за " + period.title() + " нет"));
    Optional<ReportingRecords.ReportFile> file = files.findById(new ReportingRecords.ReportFile.Key(report.id(),
        format));
    return file.map(f -> new ReportFileView(f.fileName, f.contentType, f.data))
        .orElseThrow(() -> new NotFoundException("Отчёт за " + period.title() + " ещё не сформирован"));
  }

  private static String bodiesOf(List<ResponsibleBodyInfo> bodies, String categoryCode) {
    return bodies.stream().filter(b -> b.isResponsibleFor(categoryCode)).map(ResponsibleBodyInfo::name)
        .collect(Collectors.joining("; "));
  }
}

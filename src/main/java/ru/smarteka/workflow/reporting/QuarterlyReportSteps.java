package ru.smarteka.workflow.reporting;

import static ru.smarteka.workflow.reporting.QuarterlyReportProcess.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.engine.TaskDescription;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.notification.Notifications;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** The steps of {@code quarterly-report} and of its quarterly launcher: thin beans over the service. */
final class QuarterlyReportSteps {

  private static final Logger log = LoggerFactory.getLogger(QuarterlyReportSteps.class);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The report the instance collects (see {@link QuarterlyReportCase}). */
  static long reportId(QuarterlyReportService reports, DelegateExecution execution) {
    return reports.collectedBy(execution.getProcessInstanceId()).id();
  }

  static long reportId(QuarterlyReportService reports, DelegateTask task) {
    return reports.collectedBy(task.getProcessInstanceId()).id();
  }

  /**
   * A report task's due date: the {@code task-deadlines} decision's period for the task, counted from the start of
   * the reporting day (the 15th of the month after the quarter).
   */
  static Date dueOnReportingDay(TaskDeadlines deadlines, DelegateTask task, QuarterlyReport report) {
    return deadlines.dueDate(task.getTaskDefinitionKey(), report.regionCode(),
        Date.from(report.deadline().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
  }

  static String text(ReportContent content) {
    String practices = content.practices().isEmpty() ? "— нет практик, размещённых в квартале"
        : content.practices().stream().map(p -> p.category() + ": " + p.title() + " (" + p.link() + ", "
            + DATE.format(p.placedOn()) + ")").collect(Collectors.joining("\n"));
    return practices;
  }

  static String replicationsText(ReportContent content) {
    return content.replications().isEmpty() ? "— нет практик, внедряемых в регионе"
        : content.replications().stream().map(r -> r.title() + " (" + r.link() + "): " + r.result() + "; "
            + r.position() + ", " + r.contacts()).collect(Collectors.joining("\n"));
  }

  /** The start (API, Tasklist or the launcher): the report of a region for an ended quarter, once. */
  @Component("acceptQuarterlyReport")
  static class Accept implements ExecutionListener {
    private final QuarterlyReportService reports;

    Accept(QuarterlyReportService reports) {
      this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
      TaskForm form = TaskForm.ofStart(execution);
      Long quarter = form.number(ReportingForms.QUARTER);
      form.require(true, ReportingForms.REGION, "код субъекта РФ")
          .require(true, ReportingForms.YEAR, "год")
          .require(true, ReportingForms.QUARTER, "квартал от 1 до 4");
      if (quarter != null && (quarter < 1 || quarter > 4)) {
        form.reject(ReportingForms.QUARTER, "квартал от 1 до 4");
      }
      form.orRefuse("Укажите регион, год и квартал");
      String region = form.text(ReportingForms.REGION);
      ReportPeriod period = new ReportPeriod(form.number(ReportingForms.YEAR).intValue(), quarter.intValue());
      CurrentUser user = EngineUsers.current(execution);
      QuarterlyReport report = reports.open(user, region, period, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(period.businessKey(region));
      // for people reading the instance in Cockpit; the steps read the report through quarterlyReportCase
      execution.setVariable(VAR_REPORT_ID, report.id());
      execution.setVariable(VAR_YEAR, period.year());
      execution.setVariable(VAR_QUARTER, period.quarter());
    }
  }

  /** A body's task: its due date is the report's deadline; the form shows what our data says for its categories. */
  @Component("prepareBodyReport")
  static class PrepareBody implements TaskListener {
    private final QuarterlyReportService reports;
    private final TaskDeadlines deadlines;

    PrepareBody(QuarterlyReportService reports, TaskDeadlines deadlines) {
      this.reports = reports;
      this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
      long reportId = reportId(reports, task);
      QuarterlyReport report = reports.find(reportId);
      // the element of the bodies' collection this task was created for, just now: the task keeps it in our table
      long bodyId = Vars.number(task.getVariable(VAR_BODY_ID));
      reports.attachBodyTask(reportId, bodyId, task.getId());
      task.setDueDate(dueOnReportingDay(deadlines, task, report));
      task.setName("Представить сведения: " + reports.bodyName(bodyId, report.regionCode()));
      ReportContent content = reports.content(reportId, bodyId);
      task.setDescription(TaskDescription.of("Проверьте и дополните сведения органа «"
          + reports.bodyName(bodyId, report.regionCode()) + "» для квартального отчёта (" + content.regionName() + ", "
          + report.period().title() + ") о практиках и их тиражировании, затем подтвердите их.", task.getDueDate()));
      task.setVariablesLocal(Map.of(
          ReportingForms.BODY_NAME, reports.bodyName(bodyId, report.regionCode()),
          ReportingForms.REPORT_PERIOD, content.regionName() + ", " + report.period().title(),
          ReportingForms.REPORT_DEADLINE, DATE.format(report.deadline()),
          ReportingForms.PRACTICES_VIEW, text(content),
          ReportingForms.REPLICATIONS_VIEW, replicationsText(content)));
    }
  }

  @Component("recordBodyReport")
  static class RecordBody implements TaskListener {
    private final QuarterlyReportService reports;

    RecordBody(QuarterlyReportService reports) {
      this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task);
      if (!form.checked(ReportingForms.CONFIRM_REPORT)) {
        form.reject(ReportingForms.CONFIRM_REPORT, "подтвердите сведения органа");
      }
      form.orRefuse("Сведения не подтверждены");
      String corrections = form.text(ReportingForms.CORRECTIONS);
      reports.submitBody(reportId(reports, task), reports.bodyOfTask(task.getId()), EngineUsers.actor(task),
          corrections);
    }
  }

  /** Mails a group of the report's region about the bodies whose parts are still missing, if any. */
  abstract static class AboutMissingParts implements JavaDelegate {
    private final QuarterlyReportService reports;
    private final Notifications notifications;
    private final String tasklistUrl;
    private final Function<String, String> group;
    private final Notifications.Kind kind;
    private final String template;

    AboutMissingParts(QuarterlyReportService reports, Notifications notifications, String tasklistUrl,
        Function<String, String> group, Notifications.Kind kind, String template) {
      this.reports = reports;
      this.notifications = notifications;
      this.tasklistUrl = tasklistUrl;
      this.group = group;
      this.kind = kind;
      this.template = template;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long reportId = reportId(reports, execution);
      QuarterlyReport report = reports.find(reportId);
      List<String> missing = reports.missingBodies(reportId);
      if (!missing.isEmpty()) {
        notifications.notifyGroup(group.apply(report.regionCode()), kind, template,
            model(report, missing, tasklistUrl));
      }
    }
  }

  /** Before the deadline: the region's officials are reminded of the parts still missing. */
  @Component("remindBodies")
  static class Remind extends AboutMissingParts {
    Remind(QuarterlyReportService reports, Notifications notifications,
        @Value("${smarteka.tasklist-url}") String tasklistUrl) {
      super(reports, notifications, tasklistUrl, Groups::officialsOf, Notifications.Kind.REMINDER,
          "quarterly-report-reminder");
    }
  }

  /** On the deadline: the coordinator is told who has not submitted. */
  @Component("escalateToCoordinator")
  static class Escalate extends AboutMissingParts {
    Escalate(QuarterlyReportService reports, Notifications notifications,
        @Value("${smarteka.tasklist-url}") String tasklistUrl) {
      super(reports, notifications, tasklistUrl, Groups::coordinatorsOf, Notifications.Kind.ESCALATION,
          "quarterly-report-escalation");
    }
  }

  static Map<String, Object> model(QuarterlyReport report, List<String> missing, String tasklistUrl) {
    return Map.of("region", report.regionCode(), "period", report.period().title(),
        "deadline", DATE.format(report.deadline()), "missingBodies", "— " + String.join("\n— ", missing),
        "link", tasklistUrl);
  }

  @Component("prepareConsolidation")
  static class PrepareConsolidation implements TaskListener {
    private final QuarterlyReportService reports;
    private final TaskDeadlines deadlines;

    PrepareConsolidation(QuarterlyReportService reports, TaskDeadlines deadlines) {
      this.reports = reports;
      this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
      long reportId = reportId(reports, task);
      QuarterlyReport report = reports.find(reportId);
      task.setDueDate(dueOnReportingDay(deadlines, task, report));
      ReportContent content = reports.content(reportId, null);
      task.setDescription(TaskDescription.of("Сведите представленные органами сведения в квартальный отчёт ("
          + content.regionName() + ", " + report.period().title() + ") и утвердите его.", task.getDueDate()));
      task.setVariablesLocal(Map.of(
          ReportingForms.REPORT_PERIOD, content.regionName() + ", " + report.period().title(),
          ReportingForms.PRACTICES_VIEW, text(content),
          ReportingForms.REPLICATIONS_VIEW, replicationsText(content),
          ReportingForms.BODIES_VIEW, content.bodies().stream().map(b -> b.body() + " — " + b.submittedBy()
              + (b.corrections() == null ? "" : ": " + b.corrections())).collect(Collectors.joining("\n"))));
    }
  }

  @Component("recordConsolidation")
  static class RecordConsolidation implements TaskListener {
    private final QuarterlyReportService reports;

    RecordConsolidation(QuarterlyReportService reports) {
      this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task);
      if (!form.checked(ReportingForms.CONFIRM_CONSOLIDATION)) {
        form.reject(ReportingForms.CONFIRM_CONSOLIDATION, "подтвердите сводный отчёт");
      }
      form.orRefuse("Сводный отчёт не подтверждён");
      reports.consolidate(reportId(reports, task), EngineUsers.actor(task), form.text(ReportingForms.COORDINATOR_NOTE));
    }
  }

  @Component("generateQuarterlyReport")
  static class Generate implements JavaDelegate {
    private final QuarterlyReportService reports;

    Generate(QuarterlyReportService reports) {
      this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
      reports.generate(reportId(reports, execution));
    }
  }

  /**
   * At the start of each quarter: the previous quarter's report of every region that has a coordinating body, one
   * region per step of its own ({@code Task_LaunchReports} is a multi-instance over {@link #regions}, each instance
   * asynchronous): each region's report, its body tasks and their mails commit in a transaction of their own, so no
   * job holds every region at once, and a region that fails is an incident of its own while the others go on.
   * Public: the model calls {@link #regions} in an expression.
   */
  @Component("launchQuarterlyReports")
  public static class Launch implements JavaDelegate {
    private final QuarterlyReportService reports;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Clock clock;

    Launch(QuarterlyReportService reports, RuntimeService runtimeService, IdentityService identityService,
        Clock clock) {
      this.reports = reports;
      this.runtimeService = runtimeService;
      this.identityService = identityService;
      this.clock = clock;
    }

    /** The regions whose report of the quarter just over is still to start; the quarter is kept for their steps. */
    public List<String> regions(DelegateExecution execution) {
      ReportPeriod period = ReportPeriod.containing(LocalDate.now(clock)).previous();
      execution.setVariable(VAR_YEAR, period.year());
      execution.setVariable(VAR_QUARTER, period.quarter());
      List<String> regions = reports.reportingRegions().stream().filter(region -> !reports.exists(region, period))
          .toList();
      execution.setVariable("reportsStarted", regions.size());
      log.info("Quarterly reports for {}: {} to start", period.title(), regions.size());
      return regions;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String region = (String) execution.getVariableLocal(VAR_REGION);
      ReportPeriod period = new ReportPeriod((Integer) execution.getVariable(VAR_YEAR),
          (Integer) execution.getVariable(VAR_QUARTER));
      if (reports.exists(region, period)) {
        return;   // started meanwhile (by its coordinator)
      }
      EngineAsApplication.run(identityService, () -> runtimeService.createProcessInstanceByKey(KEY)
          .setVariable(VAR_REGION, region).setVariable(VAR_YEAR, period.year())
          .setVariable(VAR_QUARTER, period.quarter()).execute());
    }
  }

  private QuarterlyReportSteps() {
  }
}

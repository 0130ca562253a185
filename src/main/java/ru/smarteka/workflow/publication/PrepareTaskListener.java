package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.engine.TaskDescription;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.RegionInfo;

/**
 * When a task of the publication is created: its due date from the {@code task-deadlines} decision, its description,
 * and the values its editable fields start with, as task-local variables (see {@code TaskForm} for how the entered
 * values are read back). What the form shows of the passport is not stored on the task: {@link
 * PublicationFormSnapshot} reads it when the form is opened. The choice of experts is suggested
 * again when a moderator takes the task ({@code assignment}), from the loads of that moment.
 */
@Component("prepareTask")
class PrepareTaskListener implements TaskListener {

  private final PublicationCase cases;
  private final PracticeService practices;
  private final ExpertService experts;
  private final TaskDeadlines deadlines;
  private final ReferenceData referenceData;
  private final Clock clock;
  private final int expertsPerPractice;

  PrepareTaskListener(PublicationCase cases, PracticeService practices, ExpertService experts,
      TaskDeadlines deadlines, ReferenceData referenceData, Clock clock,
      @Value("${smarteka.publication.experts-per-practice}") int expertsPerPractice) {
    this.cases = cases;
    this.practices = practices;
    this.experts = experts;
    this.deadlines = deadlines;
    this.referenceData = referenceData;
    this.clock = clock;
    this.expertsPerPractice = expertsPerPractice;
  }

  @Override
  public void notify(DelegateTask task) {
    UnderReview practice = cases.of(task);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      if (TASK_ASSIGN_EXPERTS.equals(task.getTaskDefinitionKey()) && task.getAssignee() != null) {
        task.setVariablesLocal(expertSuggestion(practice));
      }
      return;
    }
    Date due = deadlines.dueDate(task.getTaskDefinitionKey(), practice.regionCode(), Date.from(clock.instant()));
    task.setDueDate(due);

    String title = practices.title(practice.id());
    task.setDescription(description(task.getTaskDefinitionKey(), title, due));
    // what the form shows of the passport is read when it is opened (PublicationFormSnapshot); the task keeps what
    // Tasklist's cards show (read with the task list, not per form: the practice and its region), the values its
    // editable fields start with and what was decided for this very task
    Map<String, Object> local = new HashMap<>();
    local.put(PRACTICE_TITLE, title);
    local.put(PRACTICE_REGION, regionName(practice.regionCode()));
    switch (task.getTaskDefinitionKey()) {
      case TASK_REVISE_PASSPORT -> {
        PracticeSnapshot p = practices.snapshot(practice.id());
        local.put(PASSPORT_TITLE, p.title());
        local.put(PASSPORT_PROBLEM, p.problem());
        local.put(PASSPORT_SOLUTION, p.solution());
        local.put(PASSPORT_RESOURCES, p.resources());
        local.put(PASSPORT_RESULTS, p.results());
        local.put(PASSPORT_EFFECT, p.effect());
        local.put(PASSPORT_TARGET_AUDIENCE, p.targetAudience());
        local.put(PASSPORT_COVERAGE, p.coverage());
      }
      case TASK_ASSIGN_EXPERTS -> local.putAll(expertSuggestion(practice));
      case TASK_ADD_EXPERTS -> local.put(EXPERTS_REQUEST, task.getVariable(VAR_EXPERTS_REQUEST));
      case TASK_EXPERT_ASSESSMENT ->
          experts.attachAssessmentTask(practice.id(), practice.expertiseRound(), task.getAssignee(), task.getId());
      case TASK_PRELIMINARY_CHECK, TASK_REGIONAL_CONFIRMATION -> {
        // the summary only: the decision and its comment are entered
      }
      case TASK_REASSIGN_EXPERT -> {
        String overdue = experts.attachReassignment(practice.id(), practice.expertiseRound(), task.getId());
        local.put(OVERDUE_EXPERT, overdue);
        var candidates = experts.candidates(practice.categoryCode(), practice.regionCode());
        local.put(AVAILABLE_EXPERTS, candidates.stream()
            .map(ExpertService.Candidate::describe).collect(Collectors.joining("\n")));
        // the picker: every candidate not yet in the round (the overdue one neither), as in the assignment; the
        // server checks the choice again
        var inRound = experts.inRound(practice.id(), practice.expertiseRound());
        local.put(REPLACEMENT_OPTIONS, Vars.jsonValue(options(candidates.stream()
            .filter(c -> !inRound.contains(c.expert().userId())).toList())));
      }
      case TASK_COPY_EDITING -> {
        PracticeSnapshot p = practices.snapshot(practice.id());
        local.put(EDITED_TITLE, p.title());
        local.put(EDITED_PROBLEM, p.problem());
        local.put(EDITED_SOLUTION, p.solution());
        local.put(EDITED_RESULTS, p.results());
        local.put(EDITED_EFFECT, p.effect());
      }
      default -> throw new IllegalStateException("No form fields for task " + task.getTaskDefinitionKey());
    }
    task.setVariablesLocal(local);
  }

  private String regionName(String code) {
    return referenceData.findRegion(code).map(RegionInfo::name).orElse(code);
  }

  /** What the person has to do, per task, for Tasklist's «Описание» tab. */
  private static final Map<String, String> WHAT_TO_DO = Map.of(
      TASK_PRELIMINARY_CHECK, "Проверьте паспорт практики «%s»: примите его к экспертизе, верните автору на доработку "
          + "или снимите с рассмотрения, указав причину.",
      TASK_REVISE_PASSPORT, "Исправьте паспорт практики «%s» по замечаниям модератора и опишите, что изменено.",
      TASK_ASSIGN_EXPERTS, "Назначьте экспертов для оценки практики «%s» (не из её региона, по её категории).",
      TASK_ADD_EXPERTS, "Добавьте экспертов нужной категории, чтобы модератор мог назначить их на практику «%s».",
      TASK_EXPERT_ASSESSMENT, "Оцените практику «%s» по каждому критерию от 1 до 5 и напишите заключение.",
      TASK_REGIONAL_CONFIRMATION, "Подтвердите от имени региональной комиссии практику «%s» или откажите, указав "
          + "причину.",
      TASK_REASSIGN_EXPERT, "Эксперт не уложился в срок: назначьте вместо него другого эксперта для практики «%s».",
      TASK_COPY_EDITING, "Отредактируйте описание практики «%s» для публикации в каталоге.");

  /** What to do and by when. */
  static String description(String taskKey, String title, Date due) {
    return TaskDescription.of(WHAT_TO_DO.getOrDefault(taskKey, "Выполните задачу по практике «%s».").formatted(title),
        due);
  }

  /** The least loaded eligible experts now, up to the ceiling, and the ceiling itself. */
  private Map<String, Object> expertSuggestion(UnderReview practice) {
    var candidates = experts.candidates(practice.categoryCode(), practice.regionCode());
    Map<String, Object> local = new HashMap<>();
    local.put(EXPERT_CEILING, expertsPerPractice);
    local.put(SUGGESTED_EXPERTS, candidates.isEmpty()
        ? "Нет действующих экспертов этой категории из других регионов"
        : candidates.stream().map(ExpertService.Candidate::describe).collect(Collectors.joining("\n")));
    // the picker: every candidate with their region, categories and open assessments; the suggestion preselected.
    // Json variables: Tasklist parses them for the picker and sends the choice back as Json
    local.put(EXPERT_OPTIONS, Vars.jsonValue(options(candidates)));
    local.put(EXPERT_IDS, Vars.jsonValue(candidates.stream().limit(expertsPerPractice)
        .map(c -> c.expert().userId()).toList()));
    return local;
  }

  /** The candidates as a picker's options ({@code label}, {@code value}): two reference reads, whatever their number. */
  private List<Map<String, String>> options(List<ExpertService.Candidate> candidates) {
    Map<String, String> regionNames = referenceData.regions().stream()
        .collect(Collectors.toMap(RegionInfo::code, RegionInfo::name));
    Map<String, String> categoryNames = new java.util.LinkedHashMap<>();   // in the official order
    referenceData.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
    List<Map<String, String>> options = new java.util.ArrayList<>();
    for (ExpertService.Candidate c : candidates) {
      Map<String, String> option = new java.util.LinkedHashMap<>();
      option.put("label", option(c, regionNames, categoryNames));
      option.put("value", c.expert().userId());
      options.add(option);
    }
    return options;
  }

  /** «Миронова Ольга (expert2) — Республика Татарстан; Образование, Здравоохранение; в работе: 1». */
  static String option(ExpertService.Candidate c, Map<String, String> regionNames, Map<String, String> categoryNames) {
    var e = c.expert();
    String categories = categoryNames.entrySet().stream().filter(category -> e.categories().contains(category.getKey()))
        .map(Map.Entry::getValue).collect(Collectors.joining(", "));
    return e.fullName() + " (" + e.userId() + ") — " + regionNames.getOrDefault(e.regionCode(), e.regionCode())
        + "; " + categories + "; в работе: " + c.openAssignments();
  }
}

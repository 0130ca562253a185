package ru.smarteka.workflow.contest;

import static ru.smarteka.workflow.contest.ContestProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.engine.TaskDescription;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.UnprocessableException;

/** The steps of {@code practice-contest} and {@code contest-entry}: thin beans over {@link Contests}. */
final class ContestSteps {

  /** Tells the entries' instances waiting for a message of the contest (the application's own correlation). */
  static void tell(RuntimeService runtime, IdentityService identity, String message, List<String> instances) {
    EngineAsApplication.run(identity, () -> {
      for (String instance : instances) {
        if (instance != null) {
          runtime.createMessageCorrelation(message).processInstanceId(instance).correlate();
        }
      }
      return null;
    });
  }

  /** The contest's start (the application, on a moderator's call): the instance runs the contest of its key. */
  @Component("acceptContest")
  static class AcceptContest implements ExecutionListener {
    private final Contests contests;

    AcceptContest(Contests contests) {
      this.contests = contests;
    }

    @Override
    public void notify(DelegateExecution execution) {
      execution.setVariable(VAR_CONTEST_ID, contests.bindContest(execution.getProcessBusinessKey(),
          execution.getProcessInstanceId()));
    }
  }

  /** An application's start (the application, on an official's call): the instance runs the entry of its key. */
  @Component("acceptContestEntry")
  static class AcceptEntry implements ExecutionListener {
    private final Contests contests;

    AcceptEntry(Contests contests) {
      this.contests = contests;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Contests.EntryCase entry = contests.bindEntry(execution.getProcessBusinessKey(),
          execution.getProcessInstanceId());
      execution.setVariable(VAR_ENTRY_ID, entry.id());
      execution.setVariable(VAR_CONTEST_ID, entry.contestId());
    }
  }

  /** The application deadline came: intake closes, the working groups' assessments are made, the entries told. */
  @Component("closeContestIntake")
  static class CloseIntake implements JavaDelegate {
    private final Contests contests;
    private final RuntimeService runtime;
    private final IdentityService identity;

    CloseIntake(Contests contests, RuntimeService runtime, IdentityService identity) {
      this.contests = contests;
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<String> entries = contests.closeIntake(contests.contestRunBy(execution.getProcessInstanceId()));
      tell(runtime, identity, MESSAGE_INTAKE_CLOSED, entries);
    }
  }

  /**
   * A member's scoring task: bound to the member's assessment, assigned to the member (so only they see and work on
   * it), due by {@code task-deadlines}, prefilled with what the entry is.
   */
  @Component("prepareContestScore")
  static class PrepareScore implements TaskListener {
    private final Contests contests;
    private final PracticeService practices;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    PrepareScore(Contests contests, PracticeService practices, TaskDeadlines deadlines, Clock clock) {
      this.contests = contests;
      this.practices = practices;
      this.deadlines = deadlines;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Contests.EntryCase entry = contests.entryRunBy(task.getProcessInstanceId());
      long assessmentId = Vars.number(task.getExecution().getVariable(VAR_ASSESSMENT_ID));
      contests.attachAssessmentTask(assessmentId, entry.id(), task.getId());
      Contests.AssessmentSlot slot = contests.assessment("id = :v", assessmentId);
      Contests.NominationCase nomination = contests.nomination(entry.nominationId());
      String contestTitle = contests.title(entry.contestId());
      task.setAssignee(slot.memberId());
      task.setDueDate(deadlines.dueDate(task.getTaskDefinitionKey(), entry.regionCode(), Date.from(clock.instant())));
      task.setName("Оценить заявку: " + entry.title());
      task.setDescription(TaskDescription.of("Оцените как член рабочей группы номинации «" + nomination.title()
          + "» конкурса «" + contestTitle + "» заявку «" + entry.title() + "» (" + contests.regionName(
          entry.regionCode()) + ") по каждому критерию от 1 до 5.", task.getDueDate()));
      PracticeSnapshot snapshot = practices.snapshot(entry.practiceId());
      String summary = Stream.of(line("Проблема", snapshot.problem()), line("Решение", snapshot.solution()),
              line("Результаты", snapshot.results()), line("Эффект", snapshot.effect()),
              line("Охват", snapshot.coverage()))
          .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
      task.setVariablesLocal(Map.of(
          "contestTitle", contestTitle, "nominationTitle", nomination.title(), "practiceTitle", entry.title(),
          "practiceRegion", contests.regionName(entry.regionCode()), "practiceSummary", summary));
    }
  }

  /**
   * The member's scores, read against the form and weighed by the {@code contest-criteria} decision; the one
   * assessing is the member the assessment is theirs, and never a representative of the entry's region.
   */
  @Component("recordContestScore")
  static class RecordScore implements TaskListener {
    private final Contests contests;
    private final ContestCriteria criteria;

    RecordScore(Contests contests, ContestCriteria criteria) {
      this.contests = contests;
      this.criteria = criteria;
    }

    @Override
    public void notify(DelegateTask task) {
      Contests.EntryCase entry = contests.entryRunBy(task.getProcessInstanceId());
      Contests.AssessmentSlot slot = contests.assessment("task_id = :v", task.getId());
      String actor = EngineUsers.actor(task);
      if (!actor.equals(slot.memberId())) {
        throw new AccessDeniedException("Заявку оценивает член рабочей группы, которому поручена оценка");
      }
      if (contests.conflicted(entry.nominationId(), actor, entry.regionCode())) {
        throw new UnprocessableException("Член рабочей группы не оценивает заявку своего региона (конфликт "
            + "интересов)");
      }
      TaskForm form = TaskForm.of(task);
      form.orRefuse("Оценка заявки не принята");
      Map<String, Integer> scores = new LinkedHashMap<>();
      ContestCriteria.FORM_FIELDS.forEach((criterion, field) -> scores.put(criterion,
          Integer.parseInt(form.text(field))));
      contests.recordAssessment(task.getId(), scores, criteria.weights(), form.text("assessmentComment"));
    }
  }

  /** The entry's score: the mean of the members' weighted scores; the chair's ranking of the nomination follows. */
  @Component("totalContestScore")
  static class TotalScore implements JavaDelegate {
    private final Contests contests;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final IdentityService identity;

    TotalScore(Contests contests, org.camunda.bpm.engine.TaskService taskService, IdentityService identity) {
      this.contests = contests;
      this.taskService = taskService;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Contests.EntryCase entry = contests.entryRunBy(execution.getProcessInstanceId());
      contests.total(entry);
      String chairTask = contests.nomination(entry.nominationId()).taskId();
      if (chairTask != null) {
        EngineAsApplication.run(identity, () -> {
          taskService.setVariableLocal(chairTask, "ranking", contests.ranking(entry.nominationId()));
          return null;
        });
      }
    }
  }

  /** The chair's short-list task of a nomination: bound to it, assigned to its chair, with the ranking to read. */
  @Component("prepareContestShortList")
  static class PrepareShortList implements TaskListener {
    private final Contests contests;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    PrepareShortList(Contests contests, TaskDeadlines deadlines, Clock clock) {
      this.contests = contests;
      this.deadlines = deadlines;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      long contestId = contests.contestRunBy(task.getProcessInstanceId());
      long nominationId = Vars.number(task.getExecution().getVariable(VAR_NOMINATION_ID));
      Contests.NominationCase nomination = contests.nomination(nominationId);
      if (nomination.contestId() != contestId) {
        throw new IllegalStateException("Nomination " + nominationId + " is not this contest's");
      }
      contests.attachShortListTask(nominationId, task.getId());
      String contestTitle = contests.title(contestId);
      task.setAssignee(nomination.chairId());
      task.setDueDate(deadlines.dueDate(task.getTaskDefinitionKey(), null, Date.from(clock.instant())));
      task.setName("Утвердить короткий список: " + nomination.title());
      task.setDescription(TaskDescription.of("Утвердите как председатель рабочей группы короткий список номинации «"
          + nomination.title() + "» конкурса «" + contestTitle + "»: практики, которые выйдут на общественное "
          + "голосование, когда рабочая группа оценит все заявки.", task.getDueDate()));
      task.setVariablesLocal(Map.of("contestTitle", contestTitle, "nominationTitle", nomination.title(),
          "ranking", contests.ranking(nominationId)));
    }
  }

  /**
   * The chair's short list, read against the form: entries of the nomination the working group has scored; the
   * nomination's entries are told whether they are on it.
   */
  @Component("recordContestShortList")
  static class RecordShortList implements TaskListener {
    private final Contests contests;
    private final RuntimeService runtime;
    private final IdentityService identity;

    RecordShortList(Contests contests, RuntimeService runtime, IdentityService identity) {
      this.contests = contests;
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
      Contests.NominationCase nomination = contests.nominationOfTask(task.getId());
      String actor = EngineUsers.actor(task);
      if (!actor.equals(nomination.chairId())) {
        throw new AccessDeniedException("Короткий список утверждает председатель рабочей группы");
      }
      TaskForm form = TaskForm.of(task);
      form.orRefuse("Короткий список не утверждён");
      long pending = contests.pendingScoring(nomination.id());
      if (pending > 0) {
        throw new UnprocessableException("Рабочая группа ещё не оценила " + pending + " заявок номинации «"
            + nomination.title() + "»: короткий список утверждают после оценки всех заявок");
      }
      List<Long> scored = contests.scoredEntries(nomination.id());
      List<Long> chosen = new ArrayList<>();
      List<FieldMessage> errors = new ArrayList<>();
      for (String id : Vars.commaSeparated(form.text("shortListEntries"))) {
        Long entryId = Vars.number(id);
        if (entryId == null || !scored.contains(entryId)) {
          errors.add(new FieldMessage("shortListEntries", "заявки №" + id + " нет среди оценённых заявок номинации"));
        } else if (!chosen.contains(entryId)) {
          chosen.add(entryId);
        }
      }
      if (chosen.isEmpty() && errors.isEmpty()) {
        errors.add(new FieldMessage("shortListEntries", "укажите хотя бы одну заявку"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException("Короткий список не утверждён", errors);
      }
      tell(runtime, identity, MESSAGE_SHORT_LIST, contests.confirmShortList(nomination, chosen, actor,
          form.text("shortListComment")));
    }
  }

  /** The voting period began (and every short list is confirmed): residents vote through the portal. */
  @Component("openContestVoting")
  static class OpenVoting implements JavaDelegate {
    private final Contests contests;

    OpenVoting(Contests contests) {
      this.contests = contests;
    }

    @Override
    public void execute(DelegateExecution execution) {
      contests.openVoting(contests.contestRunBy(execution.getProcessInstanceId()));
    }
  }

  /** Voting is over: the results, the winners' badges; the short-listed entries are told. */
  @Component("settleContestResults")
  static class SettleResults implements JavaDelegate {
    private final Contests contests;
    private final RuntimeService runtime;
    private final IdentityService identity;

    SettleResults(Contests contests, RuntimeService runtime, IdentityService identity) {
      this.contests = contests;
      this.runtime = runtime;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      tell(runtime, identity, MESSAGE_RESULTS, contests.settle(contests.contestRunBy(
          execution.getProcessInstanceId())));
    }
  }

  /**
   * A new passport entered in a contest was decided on by the publication process (its preliminary check): the
   * entries waiting for it are admitted or not, in the same transaction.
   */
  @Component
  static class NewPassportChecked {
    private final Contests contests;
    private final RuntimeService runtime;
    private final IdentityService identity;

    NewPassportChecked(Contests contests, RuntimeService runtime, IdentityService identity) {
      this.contests = contests;
      this.runtime = runtime;
      this.identity = identity;
    }

    @org.springframework.context.event.EventListener
    void on(ru.smarteka.workflow.practice.PracticeStatusChanged changed) {
      contests.practiceChecked(changed.practiceId(), changed.status()).forEach((admitted, instances) ->
          tell(runtime, identity, admitted ? MESSAGE_ADMITTED : MESSAGE_REFUSED, instances));
    }
  }

  private static String line(String label, String text) {
    return text == null || text.isBlank() ? "" : label + ": " + text;
  }

  private ContestSteps() {
  }
}

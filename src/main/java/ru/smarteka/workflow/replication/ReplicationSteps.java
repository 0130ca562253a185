package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormDecision;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The steps of {@code practice-replication}: thin beans that read the variables and the form, call
 * {@link ReplicationService} and write back the facts the gateways decide on.
 */
final class ReplicationSteps {

  /** The request the task's instance runs (see {@link ReplicationCase}). */
  static long requestId(ReplicationService replications, DelegateTask task) {
    return replications.runBy(task.getProcessInstanceId()).id();
  }

  static long requestId(ReplicationService replications, DelegateExecution execution) {
    return replications.runBy(execution.getProcessInstanceId()).id();
  }

  /** The start (our API or the Tasklist start form «Хочу внедрить»): the request is checked and recorded. */
  @Component("acceptReplicationRequest")
  static class AcceptRequest implements ExecutionListener {
    static final List<String> FORM_FIELDS = List.of("recipientRegion", "responsibleBody", "officialPosition",
        "organisation", "positionLevel", "contactEmail", "contactPhone", "declarationStudied", "declarationReady",
        "declarationCooperate");

    private final ReplicationService replications;
    private final Validator validator;

    AcceptRequest(ReplicationService replications, Validator validator) {
      this.replications = replications;
      this.validator = validator;
    }

    @Override
    public void notify(DelegateExecution execution) {
      CurrentUser user = EngineUsers.current(execution);
      if (user == null) {
        throw new AccessDeniedException("Заявку на внедрение подаёт вошедший пользователь");
      }
      RequestData data = new RequestData(Vars.number(execution.getVariable(VAR_PRACTICE_ID)),
          Vars.text(execution.getVariable("recipientRegion")), Vars.text(execution.getVariable("responsibleBody")),
          Vars.text(execution.getVariable("officialPosition")), Vars.text(execution.getVariable("organisation")),
          level(execution.getVariable("positionLevel")), Vars.text(execution.getVariable("contactEmail")),
          Vars.text(execution.getVariable("contactPhone")), flag(execution.getVariable("declarationStudied")),
          flag(execution.getVariable("declarationReady")), flag(execution.getVariable("declarationCooperate")));
      Set<ConstraintViolation<RequestData>> violations = validator.validate(data);
      if (!violations.isEmpty()) {
        throw new InvalidInputException("Заявка заполнена неверно", violations.stream()
            .map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldMessage::field)).toList());
      }
      ReplicationRequest request = replications.create(user, data, execution.getProcessInstanceId());
      FORM_FIELDS.forEach(execution::removeVariable);
      execution.setProcessBusinessKey(String.valueOf(request.id()));
      // for people reading the instance in Cockpit; the steps read the request through replicationCase
      execution.setVariable(VAR_REQUEST_ID, request.id());
      execution.setVariable(VAR_PRACTICE_ID, data.practiceId());
    }

    private static PositionLevel level(Object value) {
      String text = Vars.text(value);
      if (text == null) {
        return null;
      }
      try {
        return PositionLevel.valueOf(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("Неизвестный уровень должности",
            List.of(new FieldMessage("positionLevel", "выберите уровень должности из списка")));
      }
    }

    private static Boolean flag(Object value) {
      return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
    }
  }

  /** The facts the recipient-authority decision reads. */
  @Component("collectRecipientProfile")
  static class CollectProfile implements JavaDelegate {
    private final ReplicationService replications;

    CollectProfile(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long id = requestId(replications, execution);
      execution.setVariable(VAR_POSITION_LEVEL, replications.find(id).positionLevel().name());
      execution.setVariable(VAR_PROFILE_COMPLETE, replications.profileComplete(id));
    }
  }

  /** Keeps the authority conclusion for the moderator and assigns the replication moderator. */
  @Component("assignReplicationModerator")
  static class AssignModerator implements JavaDelegate {
    private final ReplicationService replications;

    AssignModerator(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long id = requestId(replications, execution);
      @SuppressWarnings("unchecked")
      Map<String, Object> authority = (Map<String, Object>) execution.getVariable(VAR_AUTHORITY);
      String outcome = (String) authority.get("authorityOutcome");
      replications.recordAuthority(id, outcome, (String) authority.get("authorityReason"));
      execution.setVariable(VAR_AUTHORITY_OUTCOME, outcome);
      replications.assignModerator(id);
    }
  }

  /** The moderator's screening: accept, or reject without consideration with a reason for the recipient. */
  @Component("recordScreening")
  static class RecordScreening implements TaskListener {
    private final ReplicationService replications;

    RecordScreening(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      FormDecision decision = FormDecision.read(task, "screeningDecision", "screeningComment", ACCEPT, REJECT,
          "примите заявку или отклоните её без рассмотрения");
      replications.screen(requestId(replications, task), decision.positive(), EngineUsers.actor(task), decision.comment());
      task.getExecution().getProcessInstance().setVariable(VAR_SCREENING_OUTCOME, decision.outcome());
    }
  }

  /** The meeting of the recipient with the mentor, as the moderator records it. */
  @Component("recordMentorMeeting")
  static class RecordMeeting implements TaskListener {
    private final ReplicationService replications;

    RecordMeeting(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      replications.recordMeeting(requestId(replications, task), date(FormInput.text(task, "meetingDate")),
          FormInput.text(task, "meetingParticipants"), FormInput.text(task, "meetingOutcome"),
          EngineUsers.actor(task));
    }

    /** The form's date picker gives ISO dates; people type ДД.ММ.ГГГГ. */
    static LocalDate date(String value) {
      if (value == null) {
        return null;
      }
      try {
        return value.contains(".") ? LocalDate.parse(value, Roadmaps.DATE) : LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException | IndexOutOfBoundsException e) {
        throw new InvalidInputException("Неверная дата",
            List.of(new FieldMessage("meetingDate", "дата встречи вида ДД.ММ.ГГГГ")));
      }
    }
  }

  @Component("recordRoadmap")
  static class RecordRoadmap implements TaskListener {
    private final ReplicationService replications;

    RecordRoadmap(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      replications.submitRoadmap(requestId(replications, task), FormInput.text(task, "roadmapMilestones"),
          FormInput.text(task, "roadmapNote"), EngineUsers.actor(task));
    }
  }

  @Component("recordRoadmapReview")
  static class RecordRoadmapReview implements TaskListener {
    private final ReplicationService replications;

    RecordRoadmapReview(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      FormDecision decision = FormDecision.read(task, "roadmapDecision", "roadmapComment", APPROVE, RETURN,
          "утвердите дорожную карту или верните её с замечаниями");
      replications.reviewRoadmap(requestId(replications, task), decision.positive(), EngineUsers.actor(task), decision.comment());
      // the remarks are in our tables (the next form reads them there); the gateway needs only the outcome
      task.getExecution().getProcessInstance().setVariable(VAR_ROADMAP_OUTCOME, decision.outcome());
    }
  }

  @Component("recordProgress")
  static class RecordProgress implements TaskListener {
    private final ReplicationService replications;

    RecordProgress(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean complete = Boolean.TRUE.equals(FormInput.take(task, "implementationComplete"));
      replications.reportProgress(requestId(replications, task), FormInput.text(task, "progressText"),
          FormInput.text(task, "achievedResult"), complete, EngineUsers.actor(task));
      task.getExecution().getProcessInstance().setVariable(VAR_IMPLEMENTATION_COMPLETE, complete);
    }
  }

  @Component("recordImplementationDecision")
  static class RecordImplementationDecision implements TaskListener {
    private final ReplicationService replications;

    RecordImplementationDecision(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      FormDecision decision = FormDecision.read(task, "implementationDecision", "implementationComment", CONFIRM,
          RETURN, "подтвердите внедрение или верните его реципиенту");
      replications.decideImplementation(requestId(replications, task), decision.positive(), EngineUsers.actor(task),
          decision.comment());
      task.getExecution().getProcessInstance().setVariable(VAR_IMPLEMENTATION_OUTCOME, decision.outcome());
    }
  }

  @Component("recordEvaluation")
  static class RecordEvaluation implements TaskListener {
    private final ReplicationService replications;

    RecordEvaluation(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      replications.submitEvaluation(requestId(replications, task), FormInput.text(task, "achievedResults"),
          FormInput.text(task, "comparisonWithPlan"), FormInput.text(task, "evaluationNote"),
          EngineUsers.actor(task));
    }
  }

  @Component("recordEvaluationDecision")
  static class RecordEvaluationDecision implements TaskListener {
    private final ReplicationService replications;

    RecordEvaluationDecision(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void notify(DelegateTask task) {
      FormDecision decision = FormDecision.read(task, "evaluationDecision", "evaluationComment", VALIDATE, RETURN,
          "примите оценку или верните её на уточнение");
      replications.decideEvaluation(requestId(replications, task), decision.positive(), EngineUsers.actor(task),
          decision.comment());
      task.getExecution().getProcessInstance().setVariable(VAR_EVALUATION_OUTCOME, decision.outcome());
    }
  }

  /** The reminder timer fired: the recipient region is reminded of each milestone now due, once. */
  @Component("remindMilestone")
  static class RemindMilestone implements JavaDelegate {
    private final ReplicationService replications;
    private final MilestoneReminders reminders;

    RemindMilestone(ReplicationService replications, MilestoneReminders reminders) {
      this.replications = replications;
      this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
      var report = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_REPORT_PROGRESS).list();
      reminders.remindDue(requestId(replications, execution), report.size() == 1 ? report.get(0).getId() : null);
    }
  }

  @Component("abandonReplication")
  static class Abandon implements JavaDelegate {
    private final ReplicationService replications;

    Abandon(ReplicationService replications) {
      this.replications = replications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String by = Vars.text(execution.getVariable(VAR_ABANDONED_BY));
      replications.recordAbandonment(requestId(replications, execution), by == null ? EngineUsers.SYSTEM : by,
          Vars.text(execution.getVariable(VAR_ABANDONMENT_REASON)));
    }
  }

  private ReplicationSteps() {
  }
}

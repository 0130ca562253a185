package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The start and the service steps of {@code practice-replication}: thin beans that read the start form through
 * {@link TaskForm} (against the deployed form's own rules) or the facts the model gives them, call the part of the
 * replication that owns the step and write back the facts the gateways decide on. The request is always the one the
 * instance runs ({@link ReplicationLookup#runBy}). The steps of its user tasks: {@link ReplicationTaskSteps}.
 */
final class ReplicationSteps {

  /** The start (our API or the Tasklist start form «Хочу внедрить»): the request is checked and recorded. */
  @Component("acceptReplicationRequest")
  static class AcceptRequest implements ExecutionListener {
    private final ReplicationIntake intake;
    private final Validator validator;

    AcceptRequest(ReplicationIntake intake, Validator validator) {
      this.intake = intake;
      this.validator = validator;
    }

    @Override
    public void notify(DelegateExecution execution) {
      CurrentUser user = EngineUsers.current(execution);
      if (user == null) {
        throw new AccessDeniedException("Заявку на внедрение подаёт вошедший пользователь");
      }
      TaskForm form = TaskForm.ofStart(execution).orRefuse("Заявка заполнена неверно");
      RequestData data = RequestData.of(form);
      Set<ConstraintViolation<RequestData>> violations = validator.validate(data);
      if (!violations.isEmpty()) {
        throw new InvalidInputException("Заявка заполнена неверно", violations.stream()
            .map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldMessage::field)).toList());
      }
      ReplicationRequest request = intake.create(user, data, execution.getProcessInstanceId());
      // the request is in our tables now, not in the process
      form.schema().fields().keySet().forEach(execution::removeVariable);
      execution.setProcessBusinessKey(BusinessKeys.replication(request.id()));
      // for people reading the instance in Cockpit; the steps read the request through replicationCase
      execution.setVariable(VAR_REQUEST_ID, request.id());
      execution.setVariable(VAR_PRACTICE_ID, data.practiceId());
    }
  }

  /** The facts the recipient-authority decision reads. */
  @Component("collectRecipientProfile")
  static class CollectProfile implements JavaDelegate {
    private final ReplicationLookup lookup;
    private final ReplicationIntake intake;

    CollectProfile(ReplicationLookup lookup, ReplicationIntake intake) {
      this.lookup = lookup;
      this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ReplicationRequest request = lookup.runBy(execution.getProcessInstanceId());
      execution.setVariable(VAR_POSITION_LEVEL, request.positionLevel().name());
      execution.setVariable(VAR_PROFILE_COMPLETE, intake.profileComplete(request));
    }
  }

  /** Keeps the authority conclusion for the moderator and assigns the replication moderator. */
  @Component("assignReplicationModerator")
  static class AssignModerator implements JavaDelegate {
    private final ReplicationLookup lookup;
    private final ReplicationIntake intake;
    private final ReplicationModerators moderators;

    AssignModerator(ReplicationLookup lookup, ReplicationIntake intake, ReplicationModerators moderators) {
      this.lookup = lookup;
      this.intake = intake;
      this.moderators = moderators;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ReplicationRequest request = lookup.runBy(execution.getProcessInstanceId());
      @SuppressWarnings("unchecked")
      Map<String, Object> authority = (Map<String, Object>) execution.getVariable(VAR_AUTHORITY);
      String outcome = (String) authority.get(AUTHORITY_OUTCOME);
      intake.recordAuthority(request, outcome, (String) authority.get(AUTHORITY_REASON));
      execution.setVariable(VAR_AUTHORITY_OUTCOME, outcome);
      moderators.assign(request);
    }
  }

  /** The reminder timer fired: the recipient region is reminded of each milestone now due, once. */
  @Component("remindMilestone")
  static class RemindMilestone implements JavaDelegate {
    private final ReplicationLookup lookup;
    private final MilestoneReminders reminders;

    RemindMilestone(ReplicationLookup lookup, MilestoneReminders reminders) {
      this.lookup = lookup;
      this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
      var report = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_REPORT_PROGRESS).list();
      reminders.remindDue(lookup.runBy(execution.getProcessInstanceId()),
          report.size() == 1 ? report.get(0).getId() : null);
    }
  }

  @Component("abandonReplication")
  static class Abandon implements JavaDelegate {
    private final ReplicationLookup lookup;
    private final Abandonments abandonments;

    Abandon(ReplicationLookup lookup, Abandonments abandonments) {
      this.lookup = lookup;
      this.abandonments = abandonments;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String by = Vars.text(execution.getVariable(VAR_ABANDONED_BY));
      abandonments.record(lookup.runBy(execution.getProcessInstanceId()).id(), by == null ? EngineUsers.SYSTEM : by,
          Vars.text(execution.getVariable(VAR_ABANDONMENT_REASON)));
    }
  }

  private ReplicationSteps() {
  }
}

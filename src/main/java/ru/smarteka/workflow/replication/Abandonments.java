package ru.smarteka.workflow.replication;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** The recipient abandons the replication at any stage, with a reason; every open task of it ends. */
@Component
@Transactional
class Abandonments {

  private final ReplicationRequestRepository requests;
  private final ReplicationLookup lookup;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ReplicationHistory history;

  Abandonments(ReplicationRequestRepository requests, ReplicationLookup lookup, IdentityService identityService,
      RuntimeService runtimeService, ReplicationHistory history) {
    this.requests = requests;
    this.lookup = lookup;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.history = history;
  }

  /** The recipient's request to abandon: the process is told, its abandonment step records it. */
  void abandon(CurrentUser user, long id, String reason) {
    requests.lockById(id); // a second abandonment at the same moment waits, then finds the replication closed
    ReplicationRequest request = lookup.openForRecipient(user, id);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage("reason", "укажите, почему регион отказывается от внедрения")));
    }
    if (request.processInstanceId() == null) {
      throw new ConflictException("Внедрение " + id + " не ведётся");
    }
    // the recipient may end its own replication; the engine's instance permissions are ASI's, so the message is
    // correlated on the application's behalf once the recipient is checked
    EngineAsApplication.run(identityService, () -> runtimeService
        .createMessageCorrelation(ReplicationProcess.MESSAGE_ABANDON)
        .processInstanceId(request.processInstanceId())
        .setVariable(ReplicationProcess.VAR_ABANDONMENT_REASON, reason.strip())
        .setVariable(ReplicationProcess.VAR_ABANDONED_BY, user.id())
        .correlateWithResult());
  }

  /** The process's abandonment step: the replication ends as abandoned. */
  void record(long id, String actor, String reason) {
    ReplicationRequest request = lookup.find(id);
    history.move(request, ReplicationTransition.ABANDON, actor, reason);
  }
}

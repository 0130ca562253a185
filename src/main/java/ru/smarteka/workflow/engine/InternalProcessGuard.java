package ru.smarteka.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The start of a process the application runs for itself (the delivery of a mail, the quarterly launch): started by
 * the application or a timer, never by a user's call, whatever the user's authorizations. The models put it on their
 * start event: {@code <camunda:executionListener delegateExpression="${internalProcess}" event="start"/>}.
 */
@Component("internalProcess")
class InternalProcessGuard implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (EngineUsers.current(execution) != null) {
      throw new AccessDeniedException("Процесс «" + execution.getProcessDefinitionId().split(":")[0]
          + "» запускает только само приложение");
    }
  }
}

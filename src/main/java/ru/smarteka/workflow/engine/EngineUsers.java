package ru.smarteka.workflow.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Who acts in a step of the process: the user the engine call was made for (Tasklist, the engine REST API and our API
 * all authenticate the engine call), as a {@link CurrentUser}.
 */
public final class EngineUsers {

  public static final String SYSTEM = "system";

  public static CurrentUser current(DelegateExecution execution) {
    return of(execution.getProcessEngineServices().getIdentityService());
  }

  public static CurrentUser current(DelegateTask task) {
    return of(task.getProcessEngineServices().getIdentityService());
  }

  /** The acting user's id, else the task's assignee, else {@value #SYSTEM} (timers). */
  public static String actor(DelegateTask task) {
    CurrentUser user = current(task);
    if (user != null) {
      return user.id();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  public static String actor(DelegateExecution execution) {
    CurrentUser user = current(execution);
    return user != null ? user.id() : SYSTEM;
  }

  /** The user the engine's current call is authenticated for, or null (the application itself, a timer). */
  public static CurrentUser current(IdentityService identityService) {
    return of(identityService);
  }

  /**
   * The one place that reads the engine's current authentication: {@link IdentityService#getCurrentAuthentication()}
   * is public API whose return type happens to live in the engine's impl package (so in its open-source
   * continuation's too); nothing else of that package is used anywhere (see ArchitectureTests).
   */
  private static CurrentUser of(IdentityService identityService) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return CurrentUser.of(authentication.getUserId(),
        authentication.getGroupIds() == null ? java.util.List.of() : authentication.getGroupIds());
  }

  private EngineUsers() {
  }
}

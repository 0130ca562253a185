package ru.smarteka.workflow.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Runs engine calls as a given user with their groups, as Tasklist or our API would make them (demo data, tests):
 * the engine's authorizations and our listeners see that user.
 */
public final class EngineAsUser {

  public static CurrentUser user(IdentityService identityService, String userId) {
    return CurrentUser.of(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  public static <T> T run(IdentityService identityService, String userId, Supplier<T> work) {
    CurrentUser user = user(identityService, userId);
    identityService.setAuthentication(user.id(), List.copyOf(user.groups()));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private EngineAsUser() {
  }
}

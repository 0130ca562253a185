package ru.smarteka.workflow.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Runs an engine call on the application's behalf, without the caller's authorizations, after the application has
 * checked the caller itself (an author withdrawing their practice, a recipient abandoning their replication: the
 * engine's instance permissions belong to ASI roles). The caller's authentication is restored afterwards.
 */
public final class EngineAsApplication {

  public static <T> T run(IdentityService identityService, Supplier<T> work) {
    CurrentUser caller = EngineUsers.current(identityService);
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller.id(), List.copyOf(caller.groups()));
      }
    }
  }

  private EngineAsApplication() {
  }
}

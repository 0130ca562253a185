package ru.smarteka.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call on the application's behalf, without the caller's authorizations, after the application has
 * checked the caller itself (an author withdrawing their practice, a recipient abandoning their replication: the
 * engine's instance permissions belong to ASI roles). The caller's authentication is restored afterwards.
 */
public final class EngineAsApplication {

  public static <T> T run(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private EngineAsApplication() {
  }
}

package ru.smarteka.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Camunda 7.24 is the last community release: the application uses only its public API, so a move to its
 * open-source continuation stays a dependency change. The one exception is the type of the engine's current
 * authentication, which the public {@code IdentityService#getCurrentAuthentication()} returns, read in
 * {@code EngineUsers} alone.
 */
class ArchitectureTests {

  static final JavaClasses APPLICATION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("ru.smarteka.workflow", "db.migration");

  static final String AUTHENTICATION = "org.camunda.bpm.engine.impl.identity.Authentication";

  @Test
  void nothingUsesTheEnginesInternals() {
    ArchRule rule = noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
            "reside in the engine's impl package", (JavaClass c) ->
                c.getPackageName().startsWith("org.camunda.bpm.engine.impl") && !c.getFullName().equals(AUTHENTICATION)))
        .because("Camunda 7.24 gets no patches: only its public API, so a move to its continuation stays a "
            + "dependency change");
    rule.check(APPLICATION);
  }

  @Test
  void theEnginesCurrentAuthenticationIsReadInOnePlace() {
    noClasses().that().doNotHaveFullyQualifiedName("ru.smarteka.workflow.engine.EngineUsers")
        .should().dependOnClassesThat().haveFullyQualifiedName(AUTHENTICATION)
        .check(APPLICATION);
  }

  /**
   * A replication request changes its status only by a named transition, and every change is recorded and published
   * with it: nothing but the replication's history takes a transition.
   */
  @Test
  void aReplicationsStatusChangesOnlyThroughItsHistory() {
    noClasses().that().doNotHaveFullyQualifiedName("ru.smarteka.workflow.replication.ReplicationHistory")
        .should().callMethod("ru.smarteka.workflow.replication.ReplicationRequest", "take",
            "ru.smarteka.workflow.replication.ReplicationTransition", "java.time.Instant")
        .check(APPLICATION);
  }
}

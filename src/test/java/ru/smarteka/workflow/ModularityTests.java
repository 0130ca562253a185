package ru.smarteka.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules (practice, region, identity, system, …) use each other's public API only, and form no cycles. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(SmartekaWorkflowApplication.class);

  @Test
  void modulesRespectEachOthersInternals() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}

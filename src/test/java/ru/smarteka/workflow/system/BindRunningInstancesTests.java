package ru.smarteka.workflow.system;

import db.migration.V56__BindRunningInstances;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationService;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.Passports;

/** The V56 migration binds a case that was under review before V55 to its one running instance, on H2 and PostgreSQL. */
@IntegrationTest
class BindRunningInstancesTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired PracticeService practices;
  @Autowired PracticeDocuments documents;
  @Autowired PublicationService publications;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  @Test
  void practiceUnderReviewIsBoundToItsRunningInstanceAndItsSubmitter() {
    CurrentUser official = EngineAsUser.user(identityService, "official28");
    long id = practices.create(official, Passports.completeData("28", "Практика до привязки")).id();
    documents.upload(official, id, "act.pdf", Passports.PDF);
    EngineAsUser.run(identityService, "official28", () -> publications.submit(official, id, null));
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("practice-publication")
        .processInstanceBusinessKey(BusinessKeys.practice(id)).singleResult().getId();
    // as a practice submitted before V55 left it: unbound, its instance's key the bare id (keys had no prefix then)
    jdbc.update("update practice set publication_instance_id = null, submitted_by = null where id = ?", id);
    jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = ? where PROC_INST_ID_ = ?", String.valueOf(id), instance);

    jdbc.update(V56__BindRunningInstances.SUBMITTERS);
    jdbc.update(V56__BindRunningInstances.PRACTICES);
    jdbc.update(V56__BindRunningInstances.REQUESTS);
    jdbc.update(V56__BindRunningInstances.REPORTS);

    assertThat(jdbc.queryForObject("select publication_instance_id from practice where id = ?", String.class, id))
        .isEqualTo(instance);
    assertThat(jdbc.queryForObject("select submitted_by from practice where id = ?", String.class, id))
        .isEqualTo("official28");
  }
}

package ru.smarteka.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The retention policy of {@code smarteka.retention}: every definition's history time to live comes from it, the
 * internal processes keep theirs short and are not offered in Tasklist, and the cleanup runs by removal time in the
 * night window.
 */
@IntegrationTest
class HistoryRetentionTests {

  static final List<String> CASES = List.of("practice-publication", "practice-replication", "quarterly-report");
  static final List<String> INTERNAL = List.of("notification-delivery", "quarterly-report-launch");

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired HistoryRetention retention;
  @Autowired RetentionProperties policy;

  @Test
  void everyDefinitionKeepsItsHistoryAsThePolicySays() {
    assertThat(policy.caseHistoryDays()).isEqualTo(3650);
    assertThat(policy.internalHistoryDays()).isEqualTo(90);
    for (String key : CASES) {
      assertThat(latest(key).getHistoryTimeToLive()).as(key).isEqualTo(3650);
    }
    for (String key : INTERNAL) {
      assertThat(latest(key).getHistoryTimeToLive()).as(key).isEqualTo(90);
    }
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(3650));
  }

  @Test
  void aVersionDeployedWithAnotherTimeToLiveIsBroughtToThePolicy() {
    ProcessDefinition delivery = latest("notification-delivery");
    ProcessDefinition publication = latest("practice-publication");
    repository.updateProcessDefinitionHistoryTimeToLive(delivery.getId(), 3650);
    repository.updateProcessDefinitionHistoryTimeToLive(publication.getId(), 30);

    assertThat(retention.apply()).isEqualTo(2);

    assertThat(latest("notification-delivery").getHistoryTimeToLive()).isEqualTo(90);
    assertThat(latest("practice-publication").getHistoryTimeToLive()).isEqualTo(3650);
    assertThat(retention.apply()).isZero();
  }

  @Test
  void internalProcessesAreNotOfferedInTasklist() {
    List<String> startable = repository.createProcessDefinitionQuery().startableInTasklist().latestVersion().list()
        .stream().map(ProcessDefinition::getKey).toList();
    // the publication is started from a draft picked in Tasklist's header («Подать практику») or by the API, never
    // from a start form that asks for a passport number
    assertThat(startable).contains("practice-replication").doesNotContain("practice-publication")
        .doesNotContainAnyElementsOf(INTERNAL);
    for (String key : INTERNAL) {
      assertThat(latest(key).isStartableInTasklist()).as(key).isFalse();
    }
  }

  @Test
  void theCleanupRunsAtNightByRemovalTime() throws Exception {
    JsonNode configuration = new ObjectMapper().readTree(Api.as(port, "demo")
        .get("/engine-rest/history/cleanup/configuration").getBody());
    assertThat(configuration.get("enabled").asBoolean()).isTrue();
    assertThat(configuration.get("batchWindowStartTime").asText()).contains("T01:00:00");
    assertThat(configuration.get("batchWindowEndTime").asText()).contains("T05:00:00");
  }

  ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}

package ru.smarteka.workflow.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.CandidateTasks;

/**
 * Profile {@code ldap}: Camunda's LDAP identity provider plugin 7.23.0 on our 7.24 engine against an in-memory
 * directory of a ministry (UnboundID, {@code ldap/ministry.ldif}). Directory people log in with their directory
 * passwords, their directory groups stand for our groups by the mapping attribute, our authorizations decide.
 */
@Execution(ExecutionMode.SAME_THREAD)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:smarteka-ldap;DB_CLOSE_DELAY=-1",
    "spring.datasource.hikari.maximum-pool-size=5",
    "spring.datasource.hikari.minimum-idle=1"})
@ActiveProfiles({"test", "test-h2", "ldap"})
@ContextConfiguration(initializers = LdapDirectoryTests.Directory.class)
class LdapDirectoryTests {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ObjectMapper json;

  String amurTask;
  String tyumenTask;

  @BeforeEach
  void tasksOfTwoRegions() {
    amurTask = task("Проверить отчёт Амурской области", "region-28-officials");
    tyumenTask = task("Проверить отчёт Тюменской области", "region-72-officials");
  }

  @AfterEach
  void removeTasks() {
    CandidateTasks.remove(engine, java.util.Arrays.asList(amurTask, tyumenTask));
  }

  @Test
  void theEngineReadsPeopleAndMappedGroupsFromTheDirectory() {
    assertThat(identityService.isReadOnly()).isTrue();
    User ivanova = identityService.createUserQuery().userId("ivanova").singleResult();
    assertThat(ivanova).isNotNull();
    assertThat(ivanova.getLastName()).isEqualTo("Ivanova");
    assertThat(ivanova.getEmail()).isEqualTo("ivanova@minek.example");
    // the ministry's "project-office" is our region-28-officials; the unmapped "canteen" is nothing
    assertThat(identityService.createGroupQuery().groupMember("ivanova").list()).extracting(Group::getId)
        .containsExactly("region-28-officials");
    assertThat(identityService.createGroupQuery().groupMember("petrov").list()).extracting(Group::getId)
        .containsExactly("region-28-coordinators");
    assertThat(identityService.checkPassword("ivanova", "ivanova-secret")).isTrue();
    assertThat(identityService.checkPassword("ivanova", "wrong")).isFalse();
  }

  @Test
  void aDirectoryUserFindsTheirTasksAndNoOtherRegions() throws Exception {
    ResponseEntity<String> tasks = Api.as(port, "ivanova", "ivanova-secret").get("/engine-rest/task");

    assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(tasks.getBody()).findValuesAsText("id")).contains(amurTask).doesNotContain(tyumenTask);
    // petrov is a coordinator, not an official: neither task is his
    assertThat(json.readTree(Api.as(port, "petrov", "petrov-secret").get("/engine-rest/task").getBody())
        .findValuesAsText("id")).doesNotContain(amurTask, tyumenTask);
    // our API answers the directory user too; a wrong directory password is refused
    assertThat(Api.as(port, "ivanova", "ivanova-secret").get("/api/practices").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(port, "ivanova", "wrong").get("/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(port, "ivanova", "wrong").get("/api/practices").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String task(String name, String candidateGroup) {
    return CandidateTasks.create(engine, name, candidateGroup);
  }

  /** The ministry's directory, started once before the application, on a free port. */
  static class Directory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static InMemoryDirectoryServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "smarteka.ldap.server-url=ldap://127.0.0.1:" + start().getListenPort() + "/",
          "smarteka.ldap.manager-password=manager-secret").applyTo(context);
    }

    private static synchronized InMemoryDirectoryServer start() {
      if (server == null) {
        try {
          InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=minek,dc=example");
          config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
          server = new InMemoryDirectoryServer(config);
          server.importFromLDIF(true, new ClassPathResource("ldap/ministry.ldif").getFile());
          server.startListening();
        } catch (LDAPException | java.io.IOException e) {
          throw new IllegalStateException("the in-memory directory did not start", e);
        }
      }
      return server;
    }
  }
}

package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/** Every endpoint requires a login; health probes are open to the orchestrator. */
@IntegrationTest
class SecurityTests {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Test
  void anonymousCallerIsAskedToLogInOnBothApis() {
    Api anonymous = Api.anonymous(port);
    var ours = anonymous.get("/api/practices");
    assertThat(ours.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ours.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(ours.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.get("/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongPasswordIsRefusedOnBothApis() {
    // a user of its own: Camunda delays the next logins of a user after a failed one
    User user = identityService.newUser("wrongpassword");
    user.setPassword("right-password");
    identityService.saveUser(user);
    Api wrong = Api.as(port, "wrongpassword", "not-the-password");
    assertThat(wrong.get("/api/practices").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    Api unknown = Api.as(port, "nobody", "nobody");
    assertThat(unknown.get("/api/practices").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    identityService.deleteUser("wrongpassword");
  }

  @Test
  void demoUserGetsInToBothApis() {
    Api moderator = Api.as(port, "moderator1");
    assertThat(moderator.get("/api/practices").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moderator.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void openApiDescriptionIsBehindLogin() {
    assertThat(Api.anonymous(port).get("/v3/api-docs").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    var docs = Api.as(port, "official28").get("/v3/api-docs");
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("/api/practices", "/api/practices/{practiceId}/documents");
  }

  @Test
  void healthProbesAreOpenAndMetricsAreBehindLogin() {
    Api anonymous = Api.anonymous(port);
    var liveness = anonymous.get("/actuator/health/liveness");
    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(liveness.getBody()).contains("\"UP\"");
    var readiness = anonymous.get("/actuator/health/readiness");
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(readiness.getBody()).contains("\"UP\"");

    assertThat(anonymous.get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    var metrics = Api.as(port, "demo").get("/actuator/prometheus");
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("jvm_memory_used_bytes", "http_server_requests");
  }

  @Test
  void readinessIncludesTheDatabaseAndTheEngine() {
    var readiness = Api.as(port, "demo").get("/actuator/health/readiness");
    assertThat(readiness.getBody()).contains("\"db\"", "\"processEngine\"");
  }

  @Test
  void onlyAdministratorsReachTheAdminApi() {
    String csv = "region;body;categories;coordinator\n";
    var official = Api.as(port, "official28")
        .post("/api/admin/reference/responsible-bodies", MediaType.valueOf("text/csv"), csv);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var moderator = Api.as(port, "moderator1")
        .post("/api/admin/reference/ratings", MediaType.valueOf("text/csv"), csv);
    assertThat(moderator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void webappsServeTheirLoginPage() {
    var tasklist = Api.anonymous(port).get("/camunda/app/tasklist/default/");
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).containsIgnoringCase("<html");
  }

  @Test
  void webappsLoadTheirSharedRussianSettingsBeforeLogin() {
    // each webapp's scripts/config.js imports ../../smarteka/russian.js: both must be served to a visitor
    // who has not logged in yet, or the login page itself is not in Russian
    var config = Api.anonymous(port).get("/camunda/app/cockpit/scripts/config.js");
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody()).contains("from '../../smarteka/russian.js'");
    var shared = Api.anonymous(port).get("/camunda/app/smarteka/russian.js");
    assertThat(shared.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shared.getHeaders().getContentType()).hasToString("text/javascript");
    assertThat(shared.getBody()).contains("fallbackLocale: 'ru'");
  }
}

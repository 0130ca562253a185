package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Browser;
import ru.smarteka.workflow.support.DatabaseSwitch;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * With the database out of reach (no connection can be had, {@link DatabaseSwitch}), every door answers 503
 * with {@code Retry-After}, in its own shape and without a class name; once it is back, everything works again.
 */
@IntegrationTest
class DatabaseOutageTests {

  @LocalServerPort
  int port;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void unreachableDatabaseIsServiceUnavailableWithRetryAfterOnEveryDoor() throws Exception {
    // a Tasklist session opened while the database was there: its login is cached, its engine calls are not
    Browser tasklist = Browser.tasklist(port, "moderator1");
    DatabaseSwitch.whileDown(() -> {
      ResponseEntity<String> api = Api.as(port, "official28").get("/api/practices");
      assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(503);
      assertThat(api.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo(String.valueOf(Problems.RETRY_AFTER_SECONDS));
      assertThat(api.getBody()).doesNotContainPattern(HostileSweepTests.JAVA_CLASS);

      ResponseEntity<String> engineRest = Api.as(port, "moderator1").get("/engine-rest/task");
      assertThat(engineRest.getStatusCode().value()).as(engineRest.getBody()).isEqualTo(503);
      assertThat(engineRest.getHeaders().getFirst("Retry-After")).isNotNull();
      assertThat(json.readTree(engineRest.getBody()).get("type").asText()).isEqualTo(Problems.SERVICE_UNAVAILABLE);

      HttpResponse<String> webapp = tasklist.engine("GET", "/task?maxResults=15", null);
      assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(503);
      assertThat(webapp.headers().firstValue("Retry-After")).isPresent();
      assertThat(json.readTree(webapp.body()).get("message").asText()).contains("База данных сейчас недоступна");
      assertThat(webapp.body()).doesNotContainPattern(HostileSweepTests.JAVA_CLASS);

      HttpResponse<String> step = tasklist.engine("POST", "/task/any-task/submit-form", "{\"variables\":{}}");
      assertThat(step.statusCode()).as(step.body()).isEqualTo(503);
    });
    assertThat(Api.as(port, "official28").get("/api/practices").getStatusCode().value()).isEqualTo(200);
    assertThat(tasklist.engine("GET", "/task?maxResults=15", null).statusCode()).isEqualTo(200);
  }
}

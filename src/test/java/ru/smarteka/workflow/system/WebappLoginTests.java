package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.WebappSession;

/**
 * The webapps log users in against Camunda identity, keep CSRF protection on, and open only the applications a
 * user's groups may access.
 */
@IntegrationTest
class WebappLoginTests {

  @LocalServerPort
  int port;

  @Test
  void demoUserLogsIntoTasklistAndSeesTheFiltersOfTheirRole() {
    WebappSession browser = WebappSession.open(port, "tasklist");
    HttpResponse<String> login = browser.login("tasklist", "secretary28", "secretary28", true);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"secretary28\"", "tasklist");

    HttpResponse<String> filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("Мои задачи", "Группа: секретари комиссии (28)")
        .doesNotContain("модераторы АСИ", "(72)");
  }

  @Test
  void wrongPasswordIsRefusedByTheLoginPage() {
    WebappSession browser = WebappSession.open(port, "tasklist");
    assertThat(browser.login("tasklist", "coordinator72", "guess", true).statusCode()).isEqualTo(401);
  }

  @Test
  void loginWithoutTheCsrfTokenIsRefused() {
    WebappSession browser = WebappSession.open(port, "tasklist");
    HttpResponse<String> refused = browser.login("tasklist", "editor", "editor", false);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Пароль верный");
  }

  @Test
  void auditorInTasklistIsToldThereAreNoTasksThereNotThatThePasswordIsWrong() {
    HttpResponse<String> refused = WebappSession.open(port, "tasklist").login("tasklist", "auditor", "auditor", true);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("задач в Tasklist у вашей роли нет", "Cockpit");
    HttpResponse<String> wrong = WebappSession.open(port, "tasklist").login("tasklist", "auditor", "guess", true);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("Пароль верный");
  }

  @Test
  void auditorOpensCockpitButNotTasklistOrAdmin() {
    assertThat(WebappSession.open(port, "cockpit").login("cockpit", "auditor", "auditor", true)
        .statusCode()).isEqualTo(200);
    assertThat(WebappSession.open(port, "tasklist").login("tasklist", "auditor", "auditor", true)
        .statusCode()).isEqualTo(403);
    assertThat(WebappSession.open(port, "admin").login("admin", "auditor", "auditor", true)
        .statusCode()).isEqualTo(403);
    assertThat(WebappSession.open(port, "admin").login("admin", "demo", "demo", true)
        .statusCode()).isEqualTo(200);
  }
}

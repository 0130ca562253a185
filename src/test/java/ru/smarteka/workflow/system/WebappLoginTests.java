package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * The webapps log users in against Camunda identity, keep CSRF protection on, and open only the applications a
 * user's groups may access.
 */
@IntegrationTest
class WebappLoginTests {

  @LocalServerPort
  int port;

  /** A browser-like session: cookies kept, the CSRF token sent back as the webapps' Angular client does. */
  class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    Browser open(String path) throws Exception {
      http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.discarding());
      return this;
    }

    String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElse("");
    }

    HttpResponse<String> login(String app, String user, String password, boolean withToken) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
      if (withToken) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrfToken()).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void demoUserLogsIntoTasklistAndSeesTheFiltersOfTheirRole() throws Exception {
    Browser browser = new Browser().open("/camunda/app/tasklist/default/");
    HttpResponse<String> login = browser.login("tasklist", "secretary28", "secretary28", true);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"secretary28\"", "tasklist");

    HttpResponse<String> filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("Мои задачи", "Задачи группы: Амурская область: секретари региональной комиссии")
        .doesNotContain("Модераторы АСИ", "Тюменская");
  }

  @Test
  void wrongPasswordIsRefusedByTheLoginPage() throws Exception {
    Browser browser = new Browser().open("/camunda/app/tasklist/default/");
    assertThat(browser.login("tasklist", "coordinator72", "guess", true).statusCode()).isEqualTo(401);
  }

  @Test
  void loginWithoutTheCsrfTokenIsRefused() throws Exception {
    Browser browser = new Browser().open("/camunda/app/tasklist/default/");
    assertThat(browser.login("tasklist", "editor", "editor", false).statusCode()).isEqualTo(403);
  }

  @Test
  void auditorOpensCockpitButNotTasklistOrAdmin() throws Exception {
    assertThat(new Browser().open("/camunda/app/cockpit/default/").login("cockpit", "auditor", "auditor", true)
        .statusCode()).isEqualTo(200);
    assertThat(new Browser().open("/camunda/app/tasklist/default/").login("tasklist", "auditor", "auditor", true)
        .statusCode()).isEqualTo(403);
    assertThat(new Browser().open("/camunda/app/admin/default/").login("admin", "auditor", "auditor", true)
        .statusCode()).isEqualTo(403);
    assertThat(new Browser().open("/camunda/app/admin/default/").login("admin", "demo", "demo", true)
        .statusCode()).isEqualTo(200);
  }
}

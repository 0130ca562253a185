package ru.smarteka.workflow.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.CandidateTasks;

/**
 * Profile {@code sso}, the webapps: a person logs in to Tasklist through the provider's login page (a real
 * authorization code flow over HTTP), lands with the groups their claims map to and sees their region's tasks only;
 * a group change at the provider counts at the next login; logout ends the session at the provider too; the webapps'
 * CSRF protection stays on.
 */
@SsoTest
@ExtendWith(OutputCaptureExtension.class)
class SsoWebappLoginTests {

  static final TestIdentityProvider provider = TestIdentityProvider.shared();
  static final String TASKS = "/camunda/api/engine/engine/default/task";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  ObjectMapper json;

  String amurTask;
  String tyumenTask;

  @BeforeEach
  void tasksOfTwoRegions() throws Exception {
    provider.registerWebapp(port);
    administratorHasLoggedIn();
    amurTask = task("Проверить отчёт Амурской области", "region-28-officials");
    tyumenTask = task("Проверить отчёт Тюменской области", "region-72-officials");
  }

  @AfterEach
  void removeTasks() {
    CandidateTasks.remove(engine, java.util.Arrays.asList(amurTask, tyumenTask));
  }

  @Test
  void anOfficialLogsInThroughTheProviderAndSeesTheirRegionsTasksOnly(CapturedOutput output) throws Exception {
    provider.put("official28", "pw-28", List.of("regional-official"), "28");
    BrowserLogin browser = new BrowserLogin();

    HttpResponse<String> tasklist = browser.follow(app("/camunda/app/tasklist/default/"), "official28", "pw-28", null);

    assertThat(tasklist.statusCode()).as(tasklist.uri() + " " + tasklist.headers().map() + " " + tasklist.body())
        .isEqualTo(200);
    assertThat(tasklist.uri().toString()).startsWith(app("/camunda/app/tasklist/default/"));
    assertThat(visibleTasks(browser)).contains(amurTask).doesNotContain(tyumenTask);
    assertThat(groupsOf("official28")).containsExactly("region-28-officials");
    assertThat(output.getAll()).contains("SSO: login of official28");

    // the webapps' CSRF protection is on: a task query by POST without the XSRF header is refused, with it answered
    String query = app(TASKS);
    HttpResponse<String> answered = browser.send(json(query, "{}", xsrf(browser)));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(json.readTree(answered.body()).findValuesAsText("id")).contains(amurTask).doesNotContain(tyumenTask);
    HttpResponse<String> refused = browser.send(json(query, "{}", null));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
  }

  @Test
  void aGroupChangeAtTheProviderCountsAtTheNextLoginAndLogoutEndsTheProvidersSessionToo(CapturedOutput output) {
    provider.put("rotating", "pw-r", List.of("regional-official"), "28");
    BrowserLogin first = new BrowserLogin();
    first.follow(app("/camunda/app/tasklist/default/"), "rotating", "pw-r", null);
    assertThat(visibleTasks(first)).contains(amurTask).doesNotContain(tyumenTask);
    // the provider sends no names: the person is shown by their login (Tasklist's header), never «null»
    org.camunda.bpm.engine.identity.User rotating = identityService.createUserQuery().userId("rotating").singleResult();
    assertThat(rotating.getFirstName()).isEqualTo("rotating");
    assertThat(rotating.getLastName()).isEmpty();
    // the webapps' «Выход» script (app/smarteka/sso-logout.js) knows it must post our logout by this cookie
    assertThat(first.cookies.getCookieStore().getCookies()).anyMatch(c -> c.getName().equals("smarteka-sso"));

    // logout: our session ends, then the provider's (RP-initiated logout), then back to us and to the login page
    HttpResponse<String> logoutPage = first.get(app("/logout"));
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(logoutPage.body());
    assertThat(csrf.find()).as(logoutPage.body()).isTrue();
    assertThat(logoutPage.body()).contains("Выйти из Смартеки?").contains("(rotating)")
        .doesNotContain("<script>");
    // a link with a made-up confirmation code only shows the page: another site cannot log a person out
    assertThat(first.get(app("/logout?confirm=0123456789abcdef0123456789abcdef")).body()).doesNotContain("<script>");
    // the webapps' «Выход» opens the page with the code the page gave it: the page posts the logout at once
    Matcher code = Pattern.compile("data-confirm=\"([0-9a-f]+)\"").matcher(first.get(app("/logout")).body());
    assertThat(code.find()).isTrue();
    HttpResponse<String> confirmed = first.get(app("/logout?confirm=" + code.group(1)));
    assertThat(confirmed.body()).contains("<script>document.forms[0].submit();</script>");
    csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(confirmed.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> loggedOut = first.postForm(app("/logout"), Map.of("_csrf", csrf.group(1)));
    assertThat(loggedOut.statusCode()).isEqualTo(302);
    String endSession = loggedOut.headers().firstValue("Location").orElseThrow();
    assertThat(endSession).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=");
    assertThat(loggedOut.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("smarteka-sso=;"));
    HttpResponse<String> afterLogout = first.follow(endSession, "none", "none", provider.issuer() + "/login");
    assertThat(afterLogout.headers().firstValue("Location").orElse(""))
        .as("the provider asks for a password again").startsWith(provider.issuer() + "/login");
    assertThat(first.get(app(TASKS)).statusCode()).isEqualTo(401);
    assertThat(output.getAll()).contains("SSO: logout of rotating");

    provider.put("rotating", "pw-r", List.of("regional-official"), "72");
    BrowserLogin second = new BrowserLogin();
    second.follow(app("/camunda/app/tasklist/default/"), "rotating", "pw-r", null);
    assertThat(visibleTasks(second)).contains(tyumenTask).doesNotContain(amurTask);
    assertThat(groupsOf("rotating")).containsExactly("region-72-officials");
  }

  @Test
  void namesTheProviderDoesNotSendAreKept() {
    if (identityService.createUserQuery().userId("named28").count() == 0) {
      org.camunda.bpm.engine.identity.User named = identityService.newUser("named28");
      named.setFirstName("Андрей");
      named.setLastName("Иванов");
      identityService.saveUser(named);
    }
    provider.put("named28", "pw-n", List.of("regional-official"), "28");
    new BrowserLogin().follow(app("/camunda/app/tasklist/default/"), "named28", "pw-n", null);
    org.camunda.bpm.engine.identity.User named = identityService.createUserQuery().userId("named28").singleResult();
    assertThat(named.getFirstName()).isEqualTo("Андрей");
    assertThat(named.getLastName()).isEqualTo("Иванов");
    assertThat(groupsOf("named28")).containsExactly("region-28-officials");
  }

  @Test
  void withoutALoginTheWebappsSendToTheProviderAndTheirApiAnswers401() {
    BrowserLogin browser = new BrowserLogin();
    HttpResponse<String> page = browser.get(app("/camunda/app/tasklist/default/"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/oauth2/authorization/smarteka");
    assertThat(browser.get(app(TASKS)).statusCode()).isEqualTo(401);
    assertThat(browser.get(app("/swagger-ui/index.html")).statusCode()).isEqualTo(302);
  }

  /**
   * The webapps send everybody to Admin's setup page while no administrator exists: under sso the first one comes
   * from the provider (role smarteka-admin), synced at their first token or login.
   */
  private void administratorHasLoggedIn() throws Exception {
    provider.put("chief", "pw-c", List.of("smarteka-admin"), null);
    String token = BrowserLogin.portalToken(provider, "chief", "pw-c");
    HttpResponse<String> answer = new BrowserLogin().send(HttpRequest.newBuilder(URI.create(app("/api/practices")))
        .header("Authorization", "Bearer " + token).GET().build());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(groupsOf("chief")).containsExactly("camunda-admin");
  }

  private List<String> visibleTasks(BrowserLogin browser) {
    HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(app(TASKS)))
        .header("Accept", "application/json").GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      JsonNode tasks = json.readTree(response.body());
      return tasks.findValuesAsText("id");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String xsrf(BrowserLogin browser) {
    return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private static HttpRequest json(String url, String body, String xsrf) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    return request.build();
  }

  private String task(String name, String candidateGroup) {
    return CandidateTasks.create(engine, name, candidateGroup);
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).sorted().toList();
  }

  private String app(String path) {
    return "http://localhost:" + port + path;
  }
}

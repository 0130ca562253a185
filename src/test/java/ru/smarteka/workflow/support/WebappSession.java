package ru.smarteka.workflow.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like session of the Camunda webapps: cookies kept, the CSRF token sent back as their Angular client does.
 * Tasklist itself talks to the engine through {@code /camunda/api/engine/engine/default/...} with this session, so
 * an attacker with a login can too.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  private WebappSession(int port) {
    this.port = port;
  }

  /** A fresh session on the application's page ({@code tasklist}, {@code cockpit}, {@code admin}). */
  public static WebappSession open(int port, String app) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/")).GET());
    return session;
  }

  /** A session logged into the application as the user (whose password is the login: the demo users). */
  public static WebappSession loggedIn(int port, String app, String user) {
    WebappSession session = open(port, app);
    HttpResponse<String> login = session.login(app, user, user, true);
    if (login.statusCode() != 200) {
      throw new AssertionError("Login of " + user + " into " + app + " answered " + login.statusCode());
    }
    return session;
  }

  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  public HttpResponse<String> login(String app, String user, String password, boolean withToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
    if (withToken) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    return send(request);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrfToken()).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrfToken())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method with a JSON body (or none), the CSRF token sent as the webapps' client does. */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrfToken())
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

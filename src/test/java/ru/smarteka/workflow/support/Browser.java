package ru.smarteka.workflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser session of the Camunda webapps, as Tasklist's Angular client holds it: cookies kept, logged in through the
 * webapps' login endpoint, the CSRF token sent back in {@code X-XSRF-TOKEN} on every call of the webapps' engine API
 * ({@code /camunda/api/engine/engine/default/...}).
 */
public final class Browser {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private Browser(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
  }

  /** Opens Tasklist and logs the user in (the password of a demo user is its login). */
  public static Browser tasklist(int port, String user) {
    Browser browser = new Browser(port);
    try {
      browser.send(HttpRequest.newBuilder(browser.uri("/camunda/app/tasklist/default/")).GET());
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
              browser.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", browser.csrfToken())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
      if (login.statusCode() != 200) {
        throw new IllegalStateException(user + " could not log into Tasklist: " + login.statusCode());
      }
      // the login starts a new session; its CSRF token comes with the next read, as Tasklist's first calls get it
      browser.engine("GET", "/user/" + user + "/profile", null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return browser;
  }

  /** A call of the webapps' engine API, {@code path} below {@code /camunda/api/engine/engine/default}. */
  public HttpResponse<String> engine(String method, String path, String json) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
        .header("X-XSRF-TOKEN", csrfToken())
        .header("Accept", "application/json, text/plain, */*");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request);
  }

  /** Any call with the session and its CSRF token; {@code contentType} and {@code body} may be null. */
  public HttpResponse<String> request(String method, String path, String contentType, byte[] body)
      throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("X-XSRF-TOKEN", csrfToken())
        .header("Accept", "application/json, text/plain, */*")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null && !contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

package ru.smarteka.bench.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * HTTP as the clients speak it: JSON over HTTP/1.1 with keep-alive, HTTP Basic as the portal and the engine REST
 * clients authenticate, or a cookie session as the webapps. Every call that does not answer as expected fails the
 * benchmark with its status and body (a benchmark that measures errors measures nothing).
 */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();

  /** One answer. */
  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final HttpClient client;
  private final String baseUrl;
  private final String authorization;
  private final CookieManager cookies;

  private Http(HttpClient client, String baseUrl, String authorization, CookieManager cookies) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.cookies = cookies;
  }

  /** A client of a server, no credentials yet. */
  public static Http to(String baseUrl) {
    return new Http(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build(), baseUrl, null, null);
  }

  /** The same server, as a user with HTTP Basic (the connection pool is shared). */
  public Http as(String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(client, baseUrl, "Basic " + token, cookies);
  }

  /** A browser-like session: cookies kept (the webapps' session and CSRF token), a client of its own. */
  public Http withCookies() {
    CookieManager jar = new CookieManager();
    return new Http(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
        .connectTimeout(Duration.ofSeconds(10)).build(), baseUrl, authorization, jar);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The value of a cookie the server set in this session, or null. */
  public String cookie(String name) {
    return cookies == null ? null : cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json, */*");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Sends and checks the status: one of {@code expected}. */
  public Response expect(HttpRequest request, int... expected) {
    Response r = send(request);
    for (int status : expected) {
      if (r.status() == status) {
        return r;
      }
    }
    String body = r.body() == null ? "" : r.body();
    throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.status() + ": "
        + body.substring(0, Math.min(body.length(), 600)));
  }

  public Response get(String path, int... expected) {
    return expect(request(path).GET().build(), expected.length == 0 ? new int[] {200} : expected);
  }

  public Response postJson(String path, Object body, int... expected) {
    return expect(json(request(path), body).POST(bodyOf(body)).build(), orOk(expected));
  }

  public Response putJson(String path, Object body, String ifMatch, int... expected) {
    HttpRequest.Builder b = json(request(path), body);
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return expect(b.PUT(bodyOf(body)).build(), orOk(expected));
  }

  public Response put(String path, int... expected) {
    return expect(request(path).PUT(HttpRequest.BodyPublishers.noBody()).build(), orOk(expected));
  }

  public Response post(String path, String contentType, byte[] body, int... expected) {
    return expect(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), orOk(expected));
  }

  /** A form post as a browser sends it, with the webapps' CSRF header when the session has its cookie. */
  public Response postForm(String path, String form, int... expected) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded");
    String csrf = cookie("XSRF-TOKEN");
    if (csrf != null) {
      b.header("X-XSRF-TOKEN", csrf);
    }
    return expect(b.POST(HttpRequest.BodyPublishers.ofString(form)).build(), orOk(expected));
  }

  /** A JSON post from a webapp session, with its CSRF header. */
  public Response postJsonCsrf(String path, Object body, int... expected) {
    HttpRequest.Builder b = json(request(path), body);
    String csrf = cookie("XSRF-TOKEN");
    if (csrf != null) {
      b.header("X-XSRF-TOKEN", csrf);
    }
    return expect(b.POST(bodyOf(body)).build(), orOk(expected));
  }

  /** A multipart upload of one file in field {@code field}. */
  public Response upload(String path, String field, String fileName, String contentType, byte[] content,
      int... expected) {
    String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), expected);
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, Object body) {
    return b.header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
          : JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static int[] orOk(int[] expected) {
    return expected.length == 0 ? new int[] {200, 201, 204} : expected;
  }
}

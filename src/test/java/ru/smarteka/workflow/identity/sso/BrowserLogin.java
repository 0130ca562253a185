package ru.smarteka.workflow.identity.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: java.net.http with a cookie jar, following redirects by hand so a test sees every
 * hop, and filling in the provider's login form (with its CSRF token) like a person would.
 */
final class BrowserLogin {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

  HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postForm(String url, Map<String, String> form) {
    return postForm(url, form, Map.of());
  }

  HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers) {
    StringBuilder body = new StringBuilder();
    form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    headers.forEach(request::header);
    return send(request.build());
  }

  /**
   * Follows redirects from {@code url}; on the provider's login page signs in as {@code login}; stops at the first
   * answer that is no redirect or at a redirect to {@code stopAt} (returned as is).
   */
  HttpResponse<String> follow(String url, String login, String password, String stopAt) {
    HttpResponse<String> response = get(url);
    for (int hops = 0; hops < 20; hops++) {
      if (response.statusCode() / 100 != 3) {
        if (response.statusCode() == 200 && response.uri().getPath().equals("/login")
            && response.body().contains("password")) {
          Matcher csrf = CSRF.matcher(response.body());
          if (!csrf.find()) {
            throw new IllegalStateException("login form without CSRF token");
          }
          Map<String, String> form = new LinkedHashMap<>();
          form.put("username", login);
          form.put("password", password);
          form.put("_csrf", csrf.group(1));
          response = postForm(response.uri().resolve("/login").toString(), form);
          continue;
        }
        return response;
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      URI next = response.uri().resolve(location);
      if (stopAt != null && next.toString().startsWith(stopAt)) {
        return response;
      }
      response = get(next.toString());
    }
    throw new IllegalStateException("too many redirects");
  }

  /** The authorization code flow of a portal: its user logs in at the provider, the portal gets an access token. */
  static String portalToken(TestIdentityProvider provider, String login, String password) {
    BrowserLogin browser = new BrowserLogin();
    String authorize = provider.issuer() + "/oauth2/authorize?response_type=code&client_id=portal&scope=openid"
        + "&state=s1&redirect_uri=" + enc(TestIdentityProvider.PORTAL_REDIRECT);
    HttpResponse<String> callback = browser.follow(authorize, login, password, TestIdentityProvider.PORTAL_REDIRECT);
    String location = callback.headers().firstValue("Location").orElseThrow(() ->
        new IllegalStateException("no code: " + callback.statusCode() + " " + callback.body()));
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    if (!code.find()) {
      throw new IllegalStateException("no code in " + location);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8));
    form.put("redirect_uri", TestIdentityProvider.PORTAL_REDIRECT);
    String basic = Base64.getEncoder().encodeToString(
        ("portal:" + TestIdentityProvider.SECRET).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token = browser.postForm(provider.issuer() + "/oauth2/token", form,
        Map.of("Authorization", "Basic " + basic));
    Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
    if (token.statusCode() != 200 || !accessToken.find()) {
      throw new IllegalStateException("token endpoint: " + token.statusCode() + " " + token.body());
    }
    return accessToken.group(1);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package ru.smarteka.workflow.support;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A real HTTP client of the running application, as one user (or anonymous); never throws on an error status. */
public final class Api {

  private final RestClient client;

  private Api(RestClient client) {
    this.client = client;
  }

  public static Api anonymous(int port) {
    return new Api(base(port).build());
  }

  public static Api as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base(port).defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + token).build());
  }

  /** A demo user: the password of each is its login ({@code demo}/{@code demo} for the administrator). */
  public static Api as(int port, String demoUser) {
    return as(port, demoUser, demoUser);
  }

  private static RestClient.Builder base(int port) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory(http))
        .defaultStatusHandler(status -> true, (request, response) -> { });
  }

  public ResponseEntity<String> get(String path) {
    return client.get().uri(path).retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> getWithAccept(String path, String accept) {
    return client.get().uri(path).header(HttpHeaders.ACCEPT, accept).retrieve().toEntity(String.class);
  }

  public ResponseEntity<byte[]> getBytes(String path) {
    return client.get().uri(path).retrieve().toEntity(byte[].class);
  }

  public ResponseEntity<String> delete(String path) {
    return client.delete().uri(path).retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> postJson(String path, String json) {
    return postJson(path, json, headers -> { });
  }

  public ResponseEntity<String> postJson(String path, String json, Consumer<HttpHeaders> headers) {
    return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).headers(headers).body(json)
        .retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> putJson(String path, String json, Consumer<HttpHeaders> headers) {
    return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).headers(headers).body(json)
        .retrieve().toEntity(String.class);
  }

  public ResponseEntity<String> post(String path, MediaType type, String body) {
    return client.post().uri(path).contentType(type).body(body).retrieve().toEntity(String.class);
  }

  /** A multipart form: parts are strings or {@link #file(String, byte[])}. */
  public ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> parts) {
    return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .retrieve().toEntity(String.class);
  }

  public static ByteArrayResource file(String fileName, byte[] content) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
  }

  /** A multipart upload of one file in the field {@code field}. */
  public ResponseEntity<String> upload(String path, String field, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(field, file(fileName, content));
    return postMultipart(path, parts);
  }
}

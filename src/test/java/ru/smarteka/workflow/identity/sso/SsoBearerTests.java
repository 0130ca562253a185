package ru.smarteka.workflow.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Passports;

/**
 * Profile {@code sso}, step one: the portal calls our API and the engine REST API with its users' bearer tokens from
 * a real OpenID Connect provider; the claims decide the user and the region; bad tokens are refused.
 */
@SsoTest
@ExtendWith(OutputCaptureExtension.class)
class SsoBearerTests {

  static final TestIdentityProvider provider = TestIdentityProvider.shared();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ObjectMapper json;

  @BeforeAll
  static void people() {
    provider.put("official28", "pw-28", List.of("regional-official"), "28");
    provider.put("official72", "pw-72", List.of("regional-official"), "72");
    // roles the mapping does not know and regions we do not have give nothing
    provider.put("stranger", "pw-s", List.of("regional-official", "superuser"), "99");
  }

  @Test
  void thePortalsTokenCreatesADraftOfItsUsersRegionAndSeesNoOtherRegions() throws Exception {
    String amur = BrowserLogin.portalToken(provider, "official28", "pw-28");
    String tyumen = BrowserLogin.portalToken(provider, "official72", "pw-72");

    ResponseEntity<String> created = post(amur, "/api/practices", Passports.draft("28", "Практика Амура по токену"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long amurDraft = json.readTree(created.getBody()).get("id").asLong();
    long tyumenDraft = json.readTree(post(tyumen, "/api/practices",
        Passports.draft("72", "Практика Тюмени по токену")).getBody()).get("id").asLong();

    assertThat(get(amur, "/api/practices/" + amurDraft).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(amur, "/api/practices/" + tyumenDraft).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(amur, "/api/practices", Passports.draft("72", "Чужой регион")).getStatusCode()
        .is4xxClientError()).isTrue();
    JsonNode listed = json.readTree(get(amur, "/api/practices?size=100").getBody());
    assertThat(listed.findValuesAsText("id")).contains(String.valueOf(amurDraft))
        .doesNotContain(String.valueOf(tyumenDraft));

    // the person is in Camunda identity with exactly the mapped group; Admin and mails know them
    assertThat(identityService.createUserQuery().userId("official28").singleResult()).isNotNull();
    assertThat(groupsOf("official28")).containsExactly("region-28-officials");

    // the engine REST API takes the same token and applies the person's authorizations
    assertThat(get(amur, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(amur, "/engine-rest/user").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(amur, "/api/admin/experts").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void unknownRolesAndRegionsGiveNoGroups() {
    String token = BrowserLogin.portalToken(provider, "stranger", "pw-s");

    assertThat(get(token, "/api/practices").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(groupsOf("stranger")).isEmpty();
    assertThat(post(token, "/api/practices", Passports.draft("28", "Без региона")).getStatusCode()
        .is4xxClientError()).isTrue();
  }

  @Test
  void aGroupChangeAtTheProviderCountsFromTheNextToken() throws Exception {
    provider.put("mover", "pw-m", List.of("regional-official"), "28");
    String before = BrowserLogin.portalToken(provider, "mover", "pw-m");
    long draft = json.readTree(post(before, "/api/practices", Passports.draft("28", "Практика до переезда"))
        .getBody()).get("id").asLong();
    assertThat(groupsOf("mover")).containsExactly("region-28-officials");

    provider.put("mover", "pw-m", List.of("regional-official", "expert"), "72");
    String after = BrowserLogin.portalToken(provider, "mover", "pw-m");

    assertThat(get(after, "/api/practices/" + draft).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(groupsOf("mover")).containsExactlyInAnyOrder("region-72-officials", "experts");
  }

  @Test
  void expiredForeignUnsignedAndAlgNoneTokensAreRefusedAndLoggedWithoutTheToken(CapturedOutput output)
      throws Exception {
    provider.put("official28", "pw-28", List.of("regional-official"), "28");
    RSAKey ours = provider.signingKey();
    RSAKey foreign = new RSAKeyGenerator(2048).keyID(ours.getKeyID()).generate();

    // within the clock skew (30 s) an expired token still counts; well past it, not
    assertThat(get(sign(ours, c -> c.expirationTime(ago(Duration.ofSeconds(10)))), "/api/practices")
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, String> refused = Map.of(
        "expired", sign(ours, c -> c.expirationTime(ago(Duration.ofMinutes(2)))),
        "wrong audience", sign(ours, c -> c.audience("another-system")),
        "wrong issuer", sign(ours, c -> c.issuer("http://evil.example")),
        "no expiry", sign(ours, c -> c.expirationTime(null)),
        "signed with another key", sign(foreign, c -> c),
        "alg none", new PlainJWT(claims(c -> c).build()).serialize(),
        "garbage", "not-a-jwt");
    refused.forEach((what, token) -> {
      ResponseEntity<String> api = get(token, "/api/practices");
      assertThat(api.getStatusCode()).as(what).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(api.getHeaders().getContentType()).as(what).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
      assertThat(api.getHeaders().getFirst("WWW-Authenticate")).as(what).contains("invalid_token");
      assertThat(api.getBody()).as(what).contains("Токен не принят").doesNotContain("Exception");

      ResponseEntity<String> engine = get(token, "/engine-rest/task");
      assertThat(engine.getStatusCode()).as(what).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(engine.getBody()).as(what).contains("\"type\":\"AuthenticationException\"", "Токен не принят");
      assertThat(output.getAll()).as(what).doesNotContain(token);
    });
    assertThat(output.getAll()).contains("token refused for user official28")
        .containsPattern("(?i)expired").containsPattern("(?i)aud");
  }

  @Test
  void withoutATokenOrWithHttpBasicNothingButTheEngineListAnswers() {
    Api anonymous = Api.anonymous(port);
    assertThat(anonymous.get("/api/practices").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.get("/engine-rest/engine").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the engine's passwords are not a way in under sso
    identityService.saveUser(withPassword("basicuser"));
    assertThat(Api.as(port, "basicuser", "basicuser").get("/api/practices").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(port, "basicuser", "basicuser").get("/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private org.camunda.bpm.engine.identity.User withPassword(String id) {
    org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identityService.newUser(id);
    }
    user.setPassword(id);
    return user;
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).sorted().toList();
  }

  private JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(provider.issuer())
        .subject("official28")
        .audience(List.of("portal", "smarteka-workflow"))
        .issueTime(Date.from(now.minusSeconds(600)))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString())
        .claim("preferred_username", "official28")
        .claim("groups", List.of("regional-official"))
        .claim("region", "28");
    return change.apply(claims);
  }

  private String sign(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
        claims(change).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static Date ago(Duration duration) {
    return Date.from(Instant.now().minus(duration));
  }

  private RestClient client(String token) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory())
        .defaultHeader("Authorization", "Bearer " + token)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }

  private ResponseEntity<String> get(String token, String path) {
    return client(token).get().uri(path).retrieve().toEntity(String.class);
  }

  private ResponseEntity<String> post(String token, String path, String body) {
    return client(token).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
        .toEntity(String.class);
  }
}

package ru.smarteka.workflow.identity.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Connect provider for the SSO tests: Spring Authorization Server on {@code 127.0.0.1} and a random
 * port (the application runs on {@code localhost}, so their cookies stay apart), with a login form, the clients
 * {@code portal} (a portal calling our API with its users' tokens) and {@code smarteka-workflow} (our webapps'
 * login), and people whose roles and region the tests change as an administrator at the provider would. Access
 * tokens carry {@code preferred_username}, {@code groups}, {@code region} and audience {@code smarteka-workflow},
 * as Keycloak's realm in docker-compose does.
 */
public final class TestIdentityProvider {

  public static final String PORTAL_REDIRECT = "http://127.0.0.1/portal/callback";
  public static final String SECRET = "test-secret";
  public static final String WEBAPP_SECRET = "webapp-secret";

  /** A person at the provider: password, roles (the {@code groups} claim) and region. */
  public record Person(String password, List<String> roles, String region) {
  }

  private static TestIdentityProvider shared;

  private final Map<String, Person> people = new ConcurrentHashMap<>();
  private final RSAKey key;
  private final InMemoryRegisteredClientRepository clients;
  private final ConfigurableApplicationContext context;
  private final int port;
  private int webappPort;

  private TestIdentityProvider() {
    this.key = newKey();
    this.clients = new InMemoryRegisteredClientRepository(portal());
    this.context = new SpringApplicationBuilder(ProviderConfiguration.class)
        .web(WebApplicationType.SERVLET)
        .initializers(ctx -> ctx.getBeanFactory()
            .registerSingleton("testIdentityProvider", this))
        .properties(Map.of("spring.config.name", "test-identity-provider", "spring.main.banner-mode", "off",
            "server.address", "127.0.0.1", "spring.jmx.enabled", "false",
            // the provider's start re-initialises logging: keep the test levels (application-test.yaml)
            "logging.level.root", "WARN", "logging.level.ru.smarteka", "INFO"))
        .run();
    this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  public static synchronized TestIdentityProvider shared() {
    if (shared == null) {
      shared = new TestIdentityProvider();
    }
    return shared;
  }

  public String issuer() {
    return "http://127.0.0.1:" + port;
  }

  public RSAKey signingKey() {
    return key;
  }

  /** Adds or changes a person, as an administrator of the provider would. */
  public void put(String login, String password, List<String> roles, String region) {
    people.put(login, new Person(password, List.copyOf(roles), region));
  }

  /** Our webapps' client, with the application's redirect and post-logout addresses (known once it runs). */
  public synchronized void registerWebapp(int appPort) {
    if (appPort == webappPort) {
      return;
    }
    webappPort = appPort;
    String base = "http://localhost:" + appPort;
    clients.save(RegisteredClient.withId("smarteka-workflow-client")
        .clientId("smarteka-workflow")
        .clientSecret("{noop}" + WEBAPP_SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(base + "/login/oauth2/code/smarteka")
        .postLogoutRedirectUri(base + "/")
        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
        // as Keycloak's realm has it (pkce.code.challenge.method S256): a login without PKCE is refused
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
        .build());
  }

  private static RegisteredClient portal() {
    return RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId("portal")
        .clientSecret("{noop}" + SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(PORTAL_REDIRECT)
        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
        .build();
  }

  private static RSAKey newKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(UUID.randomUUID().toString()).build();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the provider before the application's context and points profile {@code sso} at it. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext applicationContext) {
      TestIdentityProvider provider = shared();
      TestPropertyValues.of(
          "smarteka.sso.issuer-uri=" + provider.issuer(),
          "smarteka.sso.jwk-set-uri=" + provider.issuer() + "/oauth2/jwks",
          "smarteka.sso.client-secret=" + WEBAPP_SECRET
      ).applyTo(applicationContext);
    }
  }

  /** Not a {@code @Configuration}: the application's component scan must not find it; the builder registers it. */
  @EnableWebMvc
  @EnableWebSecurity
  static class ProviderConfiguration {

    @Bean
    TomcatServletWebServerFactory webServerFactory() {
      return new TomcatServletWebServerFactory(0);
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
      return new DispatcherServlet();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
          .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users(TestIdentityProvider provider) {
      return login -> {
        Person person = provider.people.get(login);
        if (person == null) {
          throw new UsernameNotFoundException(login);
        }
        return User.withUsername(login).password("{noop}" + person.password()).roles("USER").build();
      };
    }

    @Bean
    RegisteredClientRepository registeredClients(TestIdentityProvider provider) {
      return provider.clients;
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
      return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(TestIdentityProvider provider) {
      return new ImmutableJWKSet<>(new JWKSet(provider.key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
      return AuthorizationServerSettings.builder().build();
    }

    /** The claims Keycloak's realm puts in: login, roles as groups, region; our API as an audience. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(TestIdentityProvider provider) {
      return context -> {
        String login = context.getPrincipal().getName();
        Person person = provider.people.get(login);
        context.getClaims().claim("preferred_username", login);
        if (person != null) {
          context.getClaims().claim("groups", person.roles());
          if (person.region() != null) {
            context.getClaims().claim("region", person.region());
          }
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
          context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), "smarteka-workflow"));
        }
      };
    }
  }
}

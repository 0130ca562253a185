package ru.smarteka.workflow.identity.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.identity.EngineAuthenticationFilter;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.UserDirectory;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * Profile {@code sso}: our API ({@code /api/**}) and the engine REST API ({@code /engine-rest/**}) take bearer
 * tokens (JWT) of the OpenID Connect provider instead of HTTP Basic. A token is accepted only when signed with a key
 * of the provider's JWKS (RS256; unsigned and {@code alg: none} tokens are not), issued by the configured issuer,
 * for one of our audiences, and not expired (clock skew bounded). Its claims give the Camunda user and groups
 * ({@link ClaimMapping}), which are synced into Camunda identity ({@link IdentitySync}) and set as the engine's
 * authentication for the request, so the engine's authorizations apply exactly as with HTTP Basic. Refused tokens
 * answer 401 (problem+json on {@code /api}, Camunda's JSON with a Russian message on {@code /engine-rest}) and are
 * logged with the user the token claims to be and the reason, never the token.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sso")
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SsoConfiguration.class);

  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}[A-Za-z0-9_.-]*");

  @Bean
  ClaimMapping claimMapping(SsoProperties properties, ReferenceData referenceData) {
    return new ClaimMapping(properties, referenceData);
  }

  @Bean
  IdentitySync identitySync(IdentityService identityService, TransactionTemplate transaction) {
    return new IdentitySync(identityService, transaction);
  }

  @Bean
  JwtDecoder jwtDecoder(SsoProperties properties) {
    String issuer = properties.getIssuerUri();
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalStateException("Profile sso needs smarteka.sso.issuer-uri (the OpenID Connect issuer)");
    }
    Duration skew = properties.getClockSkew();
    if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalStateException("smarteka.sso.clock-skew must be between 0 and " + MAX_CLOCK_SKEW);
    }
    String jwks = properties.getJwkSetUri() != null && !properties.getJwkSetUri().isBlank()
        ? properties.getJwkSetUri() : issuer + "/protocol/openid-connect/certs";
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwks).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    List<String> audiences = List.copyOf(properties.getAudiences());
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(skew),
        new JwtIssuerValidator(issuer),
        new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
            aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
    return decoder;
  }

  /** Our API and the engine REST API, before the HTTP Basic chain of the default start. */
  @Bean
  @Order(-2)
  SecurityFilterChain bearerSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ClaimMapping mapping,
      IdentitySync sync, IdentityService identityService, SsoProperties properties, ObjectMapper json)
      throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, ex) -> refuse(request, response, ex, properties, json);
    AccessDeniedHandler forbidden = (request, response, ex) ->
        write(json, request, response, HttpStatus.FORBIDDEN, "Доступ запрещён", "Вашей роли это действие недоступно");
    RequestMatcher engineList = request -> path(request).equals("/engine-rest/engine");
    RequestMatcher admin = request -> path(request).startsWith("/api/admin/");
    http
        .securityMatcher(request -> {
          String path = path(request);
          return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/engine-rest/");
        })
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(engineList).permitAll()
            .requestMatchers(admin).hasAuthority(Groups.ADMINS)
            .anyRequest().authenticated())
        .oauth2ResourceServer(resource -> resource
            .authenticationEntryPoint(unauthorized)
            .accessDeniedHandler(forbidden)
            .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(token -> {
              ClaimMapping.MappedUser user = mapping.map(token.getClaims()).orElseThrow(() ->
                  new InvalidBearerTokenException("no valid login in claim " + properties.getUserClaim()));
              sync.sync(user);
              return new JwtAuthenticationToken(token,
                  user.groups().stream().map(SimpleGrantedAuthority::new).toList(), user.id());
            })))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless: the token comes with every request, no cookie to ride on
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BearerTokenAuthenticationFilter.class);
    return http.build();
  }

  /**
   * The engine REST API's HTTP Basic filter of the default start would refuse every bearer token before Spring
   * Security sees it: under {@code sso} the chain above authenticates {@code /engine-rest} instead.
   */
  @Bean
  static BeanPostProcessor engineRestBasicOff() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof FilterRegistrationBean<?> registration
            && registration.getFilter() instanceof ProcessEngineAuthenticationFilter) {
          registration.setEnabled(false);
          log.info("SSO: engine REST API takes bearer tokens; its HTTP Basic filter ({}) is off", beanName);
        }
        return bean;
      }
    };
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex,
      SsoProperties properties, ObjectMapper json) throws IOException {
    boolean badToken = ex instanceof OAuth2AuthenticationException;
    if (badToken) {
      log.warn("SSO: token refused for user {} on {} {}: {}", claimedUser(request, properties), request.getMethod(),
          path(request), reason(ex));
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Smarteka\", error=\"invalid_token\"");
    } else {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Smarteka\"");
    }
    write(json, request, response, HttpStatus.UNAUTHORIZED, "Нужна аутентификация", badToken
        ? "Токен не принят: он просрочен, выдан не для Smarteka или не подписан поставщиком входа. Войдите заново"
        : "Войдите: передайте токен доступа поставщика входа в заголовке Authorization: Bearer");
  }

  /** Who the refused token says it is, for the log only (unverified, and only when it looks like a login). */
  private static String claimedUser(HttpServletRequest request, SsoProperties properties) {
    try {
      String token = new DefaultBearerTokenResolver().resolve(request);
      if (token != null) {
        Object user = JWTParser.parse(token).getJWTClaimsSet().getClaim(properties.getUserClaim());
        if (user instanceof String id && UserDirectory.USER_ID.matcher(id).matches()) {
          return id;
        }
      }
    } catch (Exception unreadable) {
      // not even a JWT: nobody to name
    }
    return "(неизвестен)";
  }

  private static String reason(AuthenticationException ex) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    message = TOKEN_LIKE.matcher(message).replaceAll("[…]");
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
      HttpStatus status, String title, String detail) throws IOException {
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    if (path(request).startsWith("/engine-rest/")) {
      // the engine REST API's own error shape
      Map<String, String> body = new LinkedHashMap<>();
      body.put("type", status == HttpStatus.UNAUTHORIZED ? "AuthenticationException" : "AuthorizationException");
      body.put("message", title + ". " + detail);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), body);
      return;
    }
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }
}

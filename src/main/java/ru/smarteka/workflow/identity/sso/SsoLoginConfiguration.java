package ru.smarteka.workflow.identity.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Profile {@code sso}: the webapps (Tasklist, Cockpit, Admin) and Swagger UI log in through the OpenID Connect
 * provider (authorization code flow, Spring Security's OAuth2 client). At each login the person's claims are mapped to
 * Camunda groups and synced into Camunda identity; the webapps learn the user through their documented
 * container-based authentication ({@link ContainerBasedAuthenticationFilter} with
 * {@link SpringSecurityAuthentication}). {@code POST /logout} ends our session and, by OIDC RP-initiated logout, the
 * provider's. The webapps' own CSRF filter keeps guarding their API; Spring's CSRF guards the rest (logout).
 */
@Configuration(proxyBeanMethods = false)
@Profile("sso")
class SsoLoginConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SsoLoginConfiguration.class);

  static final String REGISTRATION = "smarteka";

  /**
   * Tells the webapps' script {@code app/smarteka/sso-logout.js} that their «Выход» must be the application's logout
   * (which ends the provider's session too). Not a secret and not an authentication: readable by scripts on purpose.
   */
  static final String SSO_COOKIE = "smarteka-sso";

  @Bean
  @Order(-1)
  SecurityFilterChain loginSecurity(HttpSecurity http, ClientRegistrationRepository clients, JwtDecoder jwtDecoder,
      ClaimMapping mapping, IdentitySync sync) throws Exception {
    RequestMatcher webapps = request -> SsoConfiguration.path(request).startsWith("/camunda/");
    RequestMatcher webappApi = request -> SsoConfiguration.path(request).startsWith("/camunda/api/");
    OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
    providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
    SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
    // PKCE (S256) on every authorization request, as OAuth 2.1 asks and as the realm requires of our client
    DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
        clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http
        .securityMatcher(request -> {
          String path = SsoConfiguration.path(request);
          return path.isEmpty() || path.equals("/") || path.equals("/camunda") || path.startsWith("/camunda/")
              || path.startsWith("/oauth2/") || path.startsWith("/login") || path.equals("/logout")
              || path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs");
        })
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        // the webapps' API answers 401 to a script without a session; a page goes to the provider
        .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi))
        .oauth2Login(login -> login
            .userInfoEndpoint(user -> user.oidcUserService(mappedUsers(jwtDecoder, mapping, sync)))
            // straight to the provider: no page of ours in between (and no generated English login/logout pages)
            .loginPage("/oauth2/authorization/" + REGISTRATION)
            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
            .successHandler((request, response, authentication) -> {
              log.info("SSO: login of {} from {}, groups {}", authentication.getName(), request.getRemoteAddr(),
                  authentication.getAuthorities());
              response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SSO_COOKIE, "1").path("/")
                  .sameSite("Lax").secure(request.isSecure()).build().toString());
              landing.onAuthenticationSuccess(request, response, authentication);
            })
            .failureHandler((request, response, ex) -> {
              log.warn("SSO: login refused from {}: {}", request.getRemoteAddr(), ex.getMessage());
              response.sendError(HttpStatus.UNAUTHORIZED.value(), "Вход не выполнен");
            }))
        .logout(logout -> logout
            .addLogoutHandler((request, response, authentication) -> logLogout(request, authentication))
            .deleteCookies(SSO_COOKIE)
            .logoutSuccessHandler(providerLogout))
        // the webapps' API has the webapps' own CSRF protection (X-XSRF-TOKEN), the rest Spring's
        .csrf(csrf -> csrf.ignoringRequestMatchers(webapps))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  private static void logLogout(HttpServletRequest request, Authentication authentication) {
    log.info("SSO: logout of {} from {}", authentication == null ? "(no session)" : authentication.getName(),
        request.getRemoteAddr());
  }

  /**
   * The person of a login: the ID token's claims, overlaid with those of the access token when it is one for us
   * (Keycloak puts realm roles there), mapped and synced.
   */
  private static OAuth2UserService<OidcUserRequest, OidcUser> mappedUsers(JwtDecoder jwtDecoder, ClaimMapping mapping,
      IdentitySync sync) {
    OidcUserService delegate = new OidcUserService();
    return request -> {
      OidcUser oidcUser = delegate.loadUser(request);
      Map<String, Object> claims = new HashMap<>(oidcUser.getClaims());
      try {
        claims.putAll(jwtDecoder.decode(request.getAccessToken().getTokenValue()).getClaims());
      } catch (JwtException notForUs) {
        // an opaque access token or one for another audience: the ID token's claims alone
      }
      ClaimMapping.MappedUser user = mapping.map(claims).orElseThrow(() -> new OAuth2AuthenticationException(
          new OAuth2Error("invalid_user", "no valid login in the claims", null)));
      sync.sync(user);
      return new MappedOidcUser(user.id(), oidcUser, user.groups().stream().map(SimpleGrantedAuthority::new)
          .toList());
    };
  }

  /** The webapps run under the mapped login and groups, whatever the provider's subject looks like. */
  static final class MappedOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String login;

    MappedOidcUser(String login, OidcUser user, java.util.Collection<SimpleGrantedAuthority> groups) {
      super(groups, user.getIdToken(), user.getUserInfo());
      this.login = login;
    }

    @Override
    public String getName() {
      return login;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof MappedOidcUser that && login.equals(that.login) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return login.hashCode() * 31 + super.hashCode();
    }
  }

  /**
   * Camunda's documented container-based authentication for the webapps, after Spring Security's filter chain (so
   * the logged-in user is known) and before the webapps' own authentication filter.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapp-container-authentication");
    registration.addInitParameter("authentication-provider", SpringSecurityAuthentication.class.getName());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}

package ru.smarteka.workflow.identity.sso;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Profile {@code sso}: which tokens are accepted and how their claims become a Camunda user and its groups
 * ({@code smarteka.sso.*}, defaults in {@code application-sso.yaml}, README "Single sign-on").
 *
 * <p>Every value of the role claims (by default Keycloak's {@code realm_access.roles} and a flat {@code groups}
 * claim) is looked up in {@link #getRoleMapping()}; a value that is not there gives no group. A mapped group that
 * contains {@code {region}} is taken once per region of the region claim ({@code region}: a code such as
 * {@code "28"} or a list of codes) that exists in our reference data; without a region it gives nothing.
 */
@ConfigurationProperties("smarteka.sso")
public class SsoProperties {

  /** Issuer ({@code iss}) every token must carry, e.g. {@code http://localhost:8180/realms/smarteka}. */
  private String issuerUri;

  /** Where the provider's signing keys are (JWKS); Keycloak: {@code <issuer>/protocol/openid-connect/certs}. */
  private String jwkSetUri;

  /** At least one of these must be in the token's {@code aud}. */
  private List<String> audiences = new ArrayList<>(List.of("smarteka-workflow"));

  /** How far the clocks of the provider and ours may differ for {@code exp}/{@code nbf}; at most 5 minutes. */
  private Duration clockSkew = Duration.ofSeconds(30);

  /** The claim holding the login, which becomes the Camunda user id. */
  private String userClaim = "preferred_username";

  /** Claims (dot for nesting) whose values are looked up in the role mapping. */
  private List<String> roleClaims = new ArrayList<>(List.of("realm_access.roles", "groups"));

  /** The claim with the person's region code(s). */
  private String regionClaim = "region";

  /** Role or group at the provider → Camunda group id ({@code {region}} for each region of the region claim). */
  private Map<String, String> roleMapping = new LinkedHashMap<>();

  public String getIssuerUri() {
    return issuerUri;
  }

  public void setIssuerUri(String issuerUri) {
    this.issuerUri = issuerUri;
  }

  public String getJwkSetUri() {
    return jwkSetUri;
  }

  public void setJwkSetUri(String jwkSetUri) {
    this.jwkSetUri = jwkSetUri;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public Duration getClockSkew() {
    return clockSkew;
  }

  public void setClockSkew(Duration clockSkew) {
    this.clockSkew = clockSkew;
  }

  public String getUserClaim() {
    return userClaim;
  }

  public void setUserClaim(String userClaim) {
    this.userClaim = userClaim;
  }

  public List<String> getRoleClaims() {
    return roleClaims;
  }

  public void setRoleClaims(List<String> roleClaims) {
    this.roleClaims = roleClaims;
  }

  public String getRegionClaim() {
    return regionClaim;
  }

  public void setRegionClaim(String regionClaim) {
    this.regionClaim = regionClaim;
  }

  public Map<String, String> getRoleMapping() {
    return roleMapping;
  }

  public void setRoleMapping(Map<String, String> roleMapping) {
    this.roleMapping = roleMapping;
  }
}

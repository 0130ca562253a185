package ru.smarteka.workflow.identity.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.UserDirectory;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * Turns the claims of a validated token (or of an OIDC login) into the Camunda user and groups it stands for, by
 * {@link SsoProperties}. Only what the mapping names becomes a group, only our groups (role groups and the regional
 * groups of regions in our reference data); everything else in the token is ignored.
 */
public class ClaimMapping {

  static final String REGION = "{region}";
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}");

  /** Who a token stands for. */
  public record MappedUser(String id, String firstName, String lastName, String email, Set<String> groups) {
  }

  private final SsoProperties properties;
  private final ReferenceData referenceData;

  public ClaimMapping(SsoProperties properties, ReferenceData referenceData) {
    this.properties = properties;
    this.referenceData = referenceData;
  }

  /** The user, or empty when the login claim is missing or is no possible Camunda user id. */
  public Optional<MappedUser> map(Map<String, Object> claims) {
    Object login = claims.get(properties.getUserClaim());
    if (!(login instanceof String id) || !UserDirectory.USER_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Set<String> regions = new TreeSet<>();
    for (String region : values(claims, properties.getRegionClaim())) {
      if (REGION_CODE.matcher(region).matches() && referenceData.regionExists(region)) {
        regions.add(region);
      }
    }
    Set<String> groups = new TreeSet<>();
    for (String claim : properties.getRoleClaims()) {
      for (String role : values(claims, claim)) {
        String group = properties.getRoleMapping().get(role);
        if (group == null) {
          continue;
        }
        if (group.contains(REGION)) {
          regions.forEach(region -> groups.add(group.replace(REGION, region)));
        } else {
          groups.add(group);
        }
      }
    }
    groups.removeIf(group -> !isOurs(group));
    return Optional.of(new MappedUser(id, text(claims, "given_name"), text(claims, "family_name"),
        text(claims, "email"), groups));
  }

  private boolean isOurs(String group) {
    if (Groups.ROLE_GROUPS.contains(group)) {
      return true;
    }
    for (Groups.RegionalRole role : Groups.RegionalRole.values()) {
      String prefix = "region-";
      String suffix = "-" + role.suffix();
      if (group.startsWith(prefix) && group.endsWith(suffix)) {
        String region = group.substring(prefix.length(), group.length() - suffix.length());
        return REGION_CODE.matcher(region).matches() && referenceData.regionExists(region);
      }
    }
    return false;
  }

  /** The string values of a claim; a dot walks into nested objects ({@code realm_access.roles}). */
  static List<String> values(Map<String, Object> claims, String path) {
    Object value = claims;
    for (String part : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return List.of();
      }
      value = map.get(part);
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value instanceof String s && !s.isBlank() && s.length() <= 255 ? s : null;
  }
}

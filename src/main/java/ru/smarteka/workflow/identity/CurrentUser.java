package ru.smarteka.workflow.identity;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The user on whose behalf a request of our API runs: the Camunda identity user id and the ids of its groups.
 * Regions come from the regional groups ({@code region-<code>-officials|secretaries|coordinators}).
 */
public record CurrentUser(String id, Set<String> groups) {

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public static CurrentUser of(String id, Collection<String> groups) {
    return new CurrentUser(id, Set.copyOf(groups));
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  public boolean isAdmin() {
    return isMemberOf(Groups.ADMINS);
  }

  public boolean isModerator() {
    return isMemberOf(Groups.ASI_MODERATORS);
  }

  /** ASI staff and auditors, who work on practices of every region. */
  public boolean seesAllRegions() {
    return isAdmin() || isModerator() || isMemberOf(Groups.ASI_EDITORS) || isMemberOf(Groups.AUDITORS);
  }

  /** Regions of which the user is an official (responsible body, author, recipient). */
  public Set<String> officialRegions() {
    return regionsWithRole(Groups.RegionalRole.OFFICIALS);
  }

  /** Regions in any regional role: officials, commission secretaries, coordinators. */
  public Set<String> regions() {
    Set<String> regions = new TreeSet<>();
    for (String group : groups) {
      Matcher m = Groups.REGIONAL_GROUP.matcher(group);
      if (m.matches()) {
        regions.add(m.group(1));
      }
    }
    return regions;
  }

  public Set<String> regionsWithRole(Groups.RegionalRole role) {
    Set<String> regions = new TreeSet<>();
    for (String group : groups) {
      Matcher m = Groups.REGIONAL_GROUP.matcher(group);
      if (m.matches() && m.group(2).equals(role.suffix())) {
        regions.add(m.group(1));
      }
    }
    return regions;
  }
}

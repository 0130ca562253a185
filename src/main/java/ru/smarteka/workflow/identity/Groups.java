package ru.smarteka.workflow.identity;

import java.util.List;
import java.util.regex.Pattern;

/** The Camunda identity groups of Smarteka workflow: one per role, three per region. */
public final class Groups {

  public static final String ASI_MODERATORS = "asi-moderators";
  public static final String ASI_EDITORS = "asi-editors";
  public static final String EXPERTS = "experts";
  public static final String AUDITORS = "auditors";
  public static final String PROCESS_OWNERS = "process-owners";
  /** Camunda's administrators group: manages users, groups and authorizations. */
  public static final String ADMINS = "camunda-admin";

  public static final List<String> ROLE_GROUPS =
      List.of(ASI_MODERATORS, ASI_EDITORS, EXPERTS, AUDITORS, PROCESS_OWNERS, ADMINS);

  static final Pattern REGIONAL_GROUP = Pattern.compile("region-(\\d{2})-(officials|secretaries|coordinators)");

  /** The roles a region has in Smarteka workflow, each a group per region. */
  public enum RegionalRole {
    /** Responsible bodies, practice authors and replication recipients. */
    OFFICIALS("officials", "должностные лица"),
    /** Secretaries of the regional interdepartmental commission (regional moderators). */
    SECRETARIES("secretaries", "секретари региональной комиссии"),
    /** The coordinating body (ministry of economic development) that collects quarterly reports. */
    COORDINATORS("coordinators", "координирующий орган");

    private final String suffix;
    private final String label;

    RegionalRole(String suffix, String label) {
      this.suffix = suffix;
      this.label = label;
    }

    public String suffix() {
      return suffix;
    }

    public String label() {
      return label;
    }

    public String groupOf(String regionCode) {
      return "region-" + regionCode + "-" + suffix;
    }
  }

  /** The group of a federal executive body (ФОИВ) that reviews practices for mass replication. */
  public static final String FEDERAL_BODY_PREFIX = "federal-body-";
  /** The group of a State Council commission that reviews practices for mass replication. */
  public static final String STATE_COUNCIL_COMMISSION_PREFIX = "state-council-commission-";

  /** Whether the group is a federal reviewer's: a federal body's or a State Council commission's. */
  public static boolean isFederalReviewerGroup(String group) {
    return group.startsWith(FEDERAL_BODY_PREFIX) || group.startsWith(STATE_COUNCIL_COMMISSION_PREFIX);
  }

  public static String officialsOf(String regionCode) {
    return RegionalRole.OFFICIALS.groupOf(regionCode);
  }

  public static String secretariesOf(String regionCode) {
    return RegionalRole.SECRETARIES.groupOf(regionCode);
  }

  public static String coordinatorsOf(String regionCode) {
    return RegionalRole.COORDINATORS.groupOf(regionCode);
  }

  private Groups() {
  }
}

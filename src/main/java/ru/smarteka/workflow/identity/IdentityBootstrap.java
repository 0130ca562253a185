package ru.smarteka.workflow.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.region.ReferenceData;

/**
 * In every profile: the role groups, three groups per federal subject, a group per federal reviewer (ФОИВ and State
 * Council commissions of the reference data), and the authorizations of each
 * ({@link GroupAuthorizations}). Idempotent: creates what is missing, adds missing permissions, leaves the rest. With a
 * read-only identity (the directory of profile {@code ldap}) the groups are the directory's and only the
 * authorizations are created.
 */
@Component
@Order(IdentityBootstrap.ORDER)
class IdentityBootstrap implements ApplicationRunner {

  static final int ORDER = 100;

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private static final Map<String, String> ROLE_GROUP_NAMES = Map.of(
      Groups.ASI_MODERATORS, "Модераторы АСИ",
      Groups.ASI_EDITORS, "Редакторы АСИ",
      Groups.EXPERTS, "Эксперты",
      Groups.AUDITORS, "Аудиторы",
      Groups.PROCESS_OWNERS, "Владельцы процессов",
      Groups.ADMINS, "Администраторы");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final ReferenceData referenceData;
  private final TransactionTemplate transaction;
  private final List<StartableProcess> startable;

  IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      ReferenceData referenceData, TransactionTemplate transaction,
      org.springframework.beans.factory.ObjectProvider<StartableProcess> startable) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.referenceData = referenceData;
    this.transaction = transaction;
    this.startable = startable.orderedStream().toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(status -> {
      Map<String, String> groups = new LinkedHashMap<>();
      Map<String, List<GroupAuthorizations.Grant>> grants = new LinkedHashMap<>();
      for (String group : Groups.ROLE_GROUPS) {
        groups.put(group, ROLE_GROUP_NAMES.get(group));
        grants.put(group, GroupAuthorizations.forRoleGroup(group));
      }
      referenceData.regions().forEach(region -> {
        for (Groups.RegionalRole role : Groups.RegionalRole.values()) {
          String group = role.groupOf(region.code());
          groups.put(group, region.name() + ": " + role.label());
          grants.put(group, GroupAuthorizations.forRegionalRole(role, startable));
        }
      });
      // the federal bodies and State Council commissions that review practices for mass replication
      referenceData.federalReviewers().forEach(reviewer -> {
        groups.put(reviewer.group(), reviewer.name());
        grants.put(reviewer.group(), GroupAuthorizations.forFederalReviewer());
      });
      // a directory (profile ldap) is read-only: its groups carry our ids, only the authorizations are ours
      int createdGroups = identityService.isReadOnly() ? 0 : createMissingGroups(groups);
      int changedGrants = grantMissing(grants);
      int revoked = revokeUnwanted(grants);
      log.info("Identity: {} groups ({} created), {} authorizations created or extended, {} revoked or narrowed",
          groups.size(), createdGroups, changedGrants, revoked);
    });
  }

  private int createMissingGroups(Map<String, String> wanted) {
    Set<String> existing = new HashSet<>();
    identityService.createGroupQuery().list().forEach(g -> existing.add(g.getId()));
    int created = 0;
    for (Map.Entry<String, String> entry : wanted.entrySet()) {
      if (existing.contains(entry.getKey())) {
        continue;
      }
      Group group = identityService.newGroup(entry.getKey());
      group.setName(entry.getValue());
      group.setType(entry.getKey().equals(Groups.ADMINS)
          ? org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM
          : org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
      created++;
    }
    return created;
  }

  private int grantMissing(Map<String, List<GroupAuthorizations.Grant>> wanted) {
    Map<String, Authorization> existing = new HashMap<>();
    authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).list()
        .stream()
        .filter(a -> a.getGroupId() != null)
        .forEach(a -> existing.put(key(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
    int changed = 0;
    for (Map.Entry<String, List<GroupAuthorizations.Grant>> entry : wanted.entrySet()) {
      for (GroupAuthorizations.Grant grant : entry.getValue()) {
        Authorization authorization = existing.get(
            key(entry.getKey(), grant.resource().resourceType(), grant.resourceId()));
        boolean isNew = authorization == null;
        if (isNew) {
          authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          authorization.setGroupId(entry.getKey());
          authorization.setResource(grant.resource());
          authorization.setResourceId(grant.resourceId());
        }
        boolean missing = isNew;
        for (Permission permission : grant.permissions()) {
          if (!authorization.isPermissionGranted(permission)) {
            authorization.addPermission(permission);
            missing = true;
          }
        }
        if (missing) {
          authorizationService.saveAuthorization(authorization);
          changed++;
        }
      }
    }
    return changed;
  }

  /**
   * Takes back what the matrix no longer grants our groups (an earlier version let every official start any
   * process): a grant of a managed resource type that is not wanted is deleted, one with more permissions than
   * wanted is narrowed. Grants of single tasks and of Tasklist filters are not the matrix's.
   */
  private int revokeUnwanted(Map<String, List<GroupAuthorizations.Grant>> wanted) {
    Map<String, GroupAuthorizations.Grant> wantedByKey = new HashMap<>();
    wanted.forEach((group, grants) -> grants.forEach(grant -> wantedByKey.put(
        key(group, grant.resource().resourceType(), grant.resourceId()), grant)));
    Set<Integer> managedTypes = new HashSet<>();
    GroupAuthorizations.MANAGED.forEach(r -> managedTypes.add(r.resourceType()));
    int changed = 0;
    for (Authorization existing : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      if (existing.getGroupId() == null || !wanted.containsKey(existing.getGroupId())
          || !managedTypes.contains(existing.getResourceType())
          || !GroupAuthorizations.ANY.equals(existing.getResourceId())
          && existing.getResourceType() != org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION.resourceType()) {
        continue;
      }
      GroupAuthorizations.Grant grant = wantedByKey.get(
          key(existing.getGroupId(), existing.getResourceType(), existing.getResourceId()));
      if (grant == null) {
        authorizationService.deleteAuthorization(existing.getId());
        changed++;
      } else if (!grant.permissions().contains(Permissions.ALL)) {
        boolean narrowed = false;
        int wantedBits = grant.permissions().stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        for (Permission granted : GroupAuthorizations.permissionsOf(existing)) {
          if ((granted.getValue() & wantedBits) != granted.getValue()) {
            existing.removePermission(granted);
            narrowed = true;
          }
        }
        if (narrowed) {
          authorizationService.saveAuthorization(existing);
          changed++;
        }
      }
    }
    return changed;
  }

  private static String key(String group, int resourceType, String resourceId) {
    return group + '|' + resourceType + '|' + resourceId;
  }
}

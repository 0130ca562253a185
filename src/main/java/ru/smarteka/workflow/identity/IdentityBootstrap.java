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
 * In every profile: the role groups, three groups per federal subject, and the authorizations of each
 * ({@link GroupAuthorizations}). Idempotent: creates what is missing, adds missing permissions, leaves the rest.
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

  IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      ReferenceData referenceData, TransactionTemplate transaction) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.referenceData = referenceData;
    this.transaction = transaction;
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
          grants.put(group, GroupAuthorizations.forRegionalRole(role));
        }
      });
      int createdGroups = createMissingGroups(groups);
      int changedGrants = grantMissing(grants);
      log.info("Identity: {} groups ({} created), {} authorizations created or extended", groups.size(),
          createdGroups, changedGrants);
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

  private static String key(String group, int resourceType, String resourceId) {
    return group + '|' + resourceType + '|' + resourceId;
  }
}

package ru.smarteka.workflow.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The Camunda authorizations each group needs for its work, and no more. Task work itself is granted per task by the
 * engine to the task's candidate groups and assignee ({@code defaultUserPermissionNameForTask = TASK_WORK}).
 */
final class GroupAuthorizations {

  /** One grant: permissions on a resource ({@code *} = every instance of it). */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    static Grant of(Resource resource, String resourceId, Permission... permissions) {
      return new Grant(resource, resourceId, Arrays.asList(permissions));
    }
  }

  static final String ANY = "*";

  private static final Grant TASKLIST = Grant.of(APPLICATION, "tasklist", Permissions.ACCESS);
  private static final Grant COCKPIT = Grant.of(APPLICATION, "cockpit", Permissions.ACCESS);
  private static final Grant SEE_PROCESSES = Grant.of(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
  private static final Grant CREATE_INSTANCES = Grant.of(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

  /** The resource types whose grants of our groups this matrix decides alone (grants of filters are separate). */
  static final List<Resource> MANAGED = List.of(APPLICATION, PROCESS_DEFINITION, PROCESS_INSTANCE, TASK,
      HISTORIC_PROCESS_INSTANCE, HISTORIC_TASK, DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION, DEPLOYMENT,
      OPERATION_LOG_CATEGORY);

  static List<Grant> forRoleGroup(String group) {
    return switch (group) {
      // moderators run the processes: they follow every task of them (read, not work on others' tasks); the
      // processes themselves are started by officials, coordinators and the application
      case Groups.ASI_MODERATORS -> List.of(TASKLIST, Grant.of(PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK));
      case Groups.ASI_EDITORS, Groups.EXPERTS -> List.of(TASKLIST, SEE_PROCESSES);
      case Groups.AUDITORS -> List.of(
          COCKPIT,
          Grant.of(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
              ProcessDefinitionPermissions.READ_HISTORY),
          Grant.of(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
          Grant.of(TASK, ANY, TaskPermissions.READ),
          Grant.of(HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
          Grant.of(HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
          Grant.of(DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
          Grant.of(DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
          Grant.of(DEPLOYMENT, ANY, Permissions.READ),
          Grant.of(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
      case Groups.PROCESS_OWNERS -> List.of(
          COCKPIT,
          Grant.of(DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE),
          Grant.of(PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND),
          Grant.of(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
          Grant.of(DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY, Permissions.UPDATE,
              Permissions.CREATE_INSTANCE),
          Grant.of(DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
      case Groups.ADMINS -> everything();
      default -> throw new IllegalArgumentException("No role group " + group);
    };
  }

  /**
   * A regional role's grants: Tasklist, reading the process definitions, and starting exactly the processes meant
   * for the role (officials submit practices and replication requests; coordinators start quarterly reports by hand).
   */
  static List<Grant> forRegionalRole(Groups.RegionalRole role, List<StartableProcess> startable) {
    List<Grant> grants = new ArrayList<>(List.of(TASKLIST, SEE_PROCESSES));
    List<StartableProcess> own = startable.stream().filter(p -> p.role() == role).toList();
    if (!own.isEmpty()) {
      grants.add(CREATE_INSTANCES);
      own.forEach(p -> grants.add(Grant.of(PROCESS_DEFINITION, p.processDefinitionKey(),
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
    }
    return grants;
  }

  /**
   * A federal body's or State Council commission's group: Tasklist and reading the process definitions; its review
   * tasks are its own through the task's candidate group.
   */
  static List<Grant> forFederalReviewer() {
    return List.of(TASKLIST, SEE_PROCESSES);
  }

  /** The permissions an existing grant holds, of those that apply to its resource type (ALL and NONE aside). */
  static List<Permission> permissionsOf(org.camunda.bpm.engine.authorization.Authorization authorization) {
    List<Permission> held = new ArrayList<>();
    List<Permission[]> families = List.of(Permissions.values(), ProcessDefinitionPermissions.values(),
        ProcessInstancePermissions.values(), TaskPermissions.values(), HistoricTaskPermissions.values(),
        HistoricProcessInstancePermissions.values(), UserOperationLogCategoryPermissions.values());
    for (Permission[] family : families) {
      for (Permission permission : family) {
        if (permission.getValue() == Permissions.ALL.getValue() || permission.getValue() == 0) {
          continue;
        }
        boolean applies = Arrays.stream(permission.getTypes())
            .anyMatch(r -> r.resourceType() == authorization.getResourceType());
        if (applies && authorization.isPermissionGranted(permission) && !held.contains(permission)) {
          held.add(permission);
        }
      }
    }
    return held;
  }

  private static List<Grant> everything() {
    List<Grant> grants = new ArrayList<>();
    for (Resources resource : Resources.values()) {
      grants.add(Grant.of(resource, ANY, Permissions.ALL));
    }
    return grants;
  }

  private GroupAuthorizations() {
  }
}

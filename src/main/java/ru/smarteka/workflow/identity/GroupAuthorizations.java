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
  private static final Grant START_PROCESSES = Grant.of(PROCESS_DEFINITION, ANY,
      ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
  private static final Grant CREATE_INSTANCES = Grant.of(PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);

  static List<Grant> forRoleGroup(String group) {
    return switch (group) {
      // moderators run the processes: they follow every task of them (read, not work on others' tasks)
      case Groups.ASI_MODERATORS -> List.of(TASKLIST, CREATE_INSTANCES, Grant.of(PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK));
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

  static List<Grant> forRegionalRole(Groups.RegionalRole role) {
    return switch (role) {
      // officials submit practices and replication requests; coordinators start quarterly reports by hand
      case OFFICIALS, COORDINATORS -> List.of(TASKLIST, START_PROCESSES, CREATE_INSTANCES);
      case SECRETARIES -> List.of(TASKLIST, SEE_PROCESSES);
    };
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

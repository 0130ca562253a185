package ru.smarteka.workflow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters of groups whose members work in Tasklist: «Мои задачи» for all of them, and for each group its
 * tasks and its overdue tasks, each readable by that group only. Idempotent: a filter that exists (by name) is left
 * as it is.
 */
@Service
public class TasklistFilters {

  public static final String MY_TASKS = "Мои задачи";

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(IdentityService identityService, FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** Creates the filters of these groups that do not exist yet; returns how many were created. */
  @Transactional
  public int createFor(List<String> groups) {
    int created = 0;
    TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
    created += createFilter(MY_TASKS, "Задачи, назначенные мне", -10, mine, groups);
    for (String group : groups) {
      String name = identityService.createGroupQuery().groupId(group).singleResult().getName();
      TaskQuery groupTasks = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .orderByTaskCreateTime().desc();
      created += createFilter("Задачи группы: " + name, "Все задачи группы «" + name + "»", 0, groupTasks,
          List.of(group));
      TaskQuery overdue = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .dueBeforeExpression("${now()}").orderByDueDate().asc();
      created += createFilter("Просроченные: " + name, "Задачи группы «" + name + "» с истёкшим сроком", 10,
          overdue, List.of(group));
    }
    return created;
  }

  private int createFilter(String name, String description, int priority, TaskQuery query, List<String> readers) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return 0;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("howUndefinedVariable", "show");
    Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
    for (String group : readers) {
      Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
    return 1;
  }
}

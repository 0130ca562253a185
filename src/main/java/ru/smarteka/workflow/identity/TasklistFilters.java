package ru.smarteka.workflow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters of groups whose members work in Tasklist: «Мои задачи» for all of them (what is assigned to
 * the user and what waits for one of the user's groups), and for each group its tasks and its overdue tasks, each
 * readable by that group only; every card shows what the task is about. Idempotent: a filter of this version that
 * exists (by name) is left as it is, one of an earlier version is replaced.
 */
@Service
public class TasklistFilters {

  public static final String MY_TASKS = "Мои задачи";
  static final String GROUP_PREFIX = "Группа: ";
  static final String OVERDUE_PREFIX = "Просрочено: ";
  /** Marks the filters of this version: an older one (other name or query) is replaced at the next start. */
  static final String VERSION_PROPERTY = "smarteka";
  static final int VERSION = 2;

  /** Shown on every task card: the practice, its region, the recipient of a replication, a report's region and quarter. */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "practiceTitle", "label", "Практика"),
      Map.of("name", "practiceRegion", "label", "Регион практики"),
      Map.of("name", "recipientRegionName", "label", "Регион-реципиент"),
      Map.of("name", "bodyName", "label", "Орган"),
      Map.of("name", "reportPeriod", "label", "Отчёт"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** Creates the filters of these groups that do not exist yet; returns how many were created. */
  @Transactional
  public int createFor(List<String> groups) {
    removeOutdatedFilters();
    int created = 0;
    // everyone lands here (lowest priority): the tasks assigned to the user and those waiting for one of the user's
    // groups, so that a secretary or an editor, whose work comes to the group, sees it at once
    TaskQuery mine = taskService.createTaskQuery()
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateUserExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr()
        .orderByDueDate().asc();
    created += createFilter(MY_TASKS, "Назначенные мне и ждущие мою группу", -10, mine, groups);
    for (String group : groups) {
      String name = shortName(group);
      TaskQuery groupTasks = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .orderByTaskCreateTime().desc();
      created += createFilter(GROUP_PREFIX + name, "Все задачи группы, и взятые в работу", 0, groupTasks,
          List.of(group));
      TaskQuery overdue = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .dueBeforeExpression("${now()}").orderByDueDate().asc();
      created += createFilter(OVERDUE_PREFIX + name, "Задачи группы с истёкшим сроком", 10, overdue,
          List.of(group));
    }
    return created;
  }

  /** A group's name short enough for the filter column (one or two lines): the role, and the region's code. */
  static String shortName(String group) {
    switch (group) {
      case Groups.ASI_MODERATORS:
        return "модераторы АСИ";
      case Groups.ASI_EDITORS:
        return "редакторы АСИ";
      case Groups.EXPERTS:
        return "эксперты";
      default:
        if (group.startsWith(Groups.FEDERAL_BODY_PREFIX)) {
          return "ФОИВ " + group.substring(Groups.FEDERAL_BODY_PREFIX.length());
        }
        if (group.startsWith(Groups.STATE_COUNCIL_COMMISSION_PREFIX)) {
          return "комиссия Госсовета " + group.substring(Groups.STATE_COUNCIL_COMMISSION_PREFIX.length());
        }
        Matcher regional = Groups.REGIONAL_GROUP.matcher(group);
        if (!regional.matches()) {
          return group;
        }
        String role = switch (regional.group(2)) {
          case "officials" -> "должностные лица";
          case "secretaries" -> "секретари комиссии";
          default -> "координаторы";
        };
        return role + " (" + regional.group(1) + ")";
    }
  }

  /** Filters of an earlier version (the names «Задачи группы: …», «Просроченные: …», «Мои задачи» of old). */
  private void removeOutdatedFilters() {
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      String name = filter.getName();
      boolean ours = name.equals(MY_TASKS) || name.startsWith("Задачи группы: ") || name.startsWith("Просроченные: ")
          || name.startsWith(GROUP_PREFIX) || name.startsWith(OVERDUE_PREFIX);
      Object version = filter.getProperties() == null ? null : filter.getProperties().get(VERSION_PROPERTY);
      if (ours && !Integer.valueOf(VERSION).equals(version)) {
        filterService.deleteFilter(filter.getId());
      }
    }
  }

  private int createFilter(String name, String description, int priority, TaskQuery query, List<String> readers) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return 0;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // the card says what the task is about: values the application wrote into the task when it was created
    properties.put("variables", CARD_VARIABLES);
    properties.put("showUndefinedVariable", false);
    properties.put(VERSION_PROPERTY, VERSION);
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

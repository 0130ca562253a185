package ru.smarteka.workflow.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;

/** What a mail about a task says (its name, process, due date, link) and who its candidates are. */
@Component
class TaskMails {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final NotificationService notifications;
  private final Links links;
  private final Map<String, String> processNames = new ConcurrentHashMap<>();

  TaskMails(IdentityService identityService, RepositoryService repositoryService, NotificationService notifications,
      Links links) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.notifications = notifications;
    this.links = links;
  }

  Map<String, Object> model(String taskId, String taskName, String processDefinitionId, String businessKey,
      Date dueDate) {
    Map<String, Object> model = new HashMap<>();
    model.put(NotificationService.MODEL_TASK_ID, taskId);
    model.put("taskName", taskName == null ? "Задача" : taskName);
    model.put("processName", processName(processDefinitionId));
    model.put("businessKey", businessKey == null ? "—" : BusinessKeys.number(businessKey));
    model.put("dueDate", dueDate == null ? "не установлен" : DATE.format(dueDate.toInstant()
        .atZone(ZoneId.systemDefault())));
    model.put(NotificationService.MODEL_LINK, links.task(taskId));
    return model;
  }

  String processName(String processDefinitionId) {
    if (processDefinitionId == null) {
      return "—";
    }
    return processNames.computeIfAbsent(processDefinitionId, id -> EngineAsApplication.run(identityService, () -> {
      ProcessDefinition definition = repositoryService.getProcessDefinition(id);
      return definition.getName() != null ? definition.getName() : definition.getKey();
    }));
  }

  String groupName(String groupId) {
    Group group = EngineAsApplication.run(identityService,
        () -> identityService.createGroupQuery().groupId(groupId).singleResult());
    return group != null && group.getName() != null ? group.getName() : groupId;
  }

  /** The members of the candidate groups and the candidate users, in that order, without repeats. */
  Set<String> candidates(Set<String> groups, Set<String> users) {
    Set<String> all = new LinkedHashSet<>();
    groups.forEach(g -> all.addAll(notifications.members(g)));
    all.addAll(users);
    return all;
  }
}

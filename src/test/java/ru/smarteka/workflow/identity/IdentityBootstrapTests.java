package ru.smarteka.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.smarteka.workflow.support.IntegrationTest;

/** Groups per role and region, their authorizations, the Tasklist filters of the groups. */
@IntegrationTest
class IdentityBootstrapTests {

  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityBootstrap bootstrap;
  @Autowired
  TasklistFilters tasklistFilters;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void everyRoleAndEveryFederalSubjectHasItsGroups() {
    assertThat(identityService.createGroupQuery().groupIdIn(Groups.ROLE_GROUPS.toArray(String[]::new)).count())
        .isEqualTo(Groups.ROLE_GROUPS.size());
    assertThat(identityService.createGroupQuery().groupIdIn("region-28-officials", "region-28-secretaries",
        "region-28-coordinators", "region-95-officials", "region-01-secretaries").count()).isEqualTo(5);
    assertThat(identityService.createGroupQuery().groupId("region-28-secretaries").singleResult().getName())
        .isEqualTo("Амурская область: секретари региональной комиссии");
    assertThat(identityService.createGroupQuery().list().stream()
        .filter(g -> g.getId().startsWith("region-")).count()).isEqualTo(89 * 3);
  }

  @Test
  void eachUserSeesTheFiltersOfTheirRole() {
    identityService.setAuthentication("secretary28", List.of("region-28-secretaries"));
    List<String> names = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
    assertThat(names).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS,
        "Группа: секретари комиссии (28)", "Просрочено: секретари комиссии (28)");
    assertThat(names).as("names fit on one or two lines of the filter column (about 20 characters a line)").allMatch(name -> name.length() <= 40);

    identityService.setAuthentication("moderator1", List.of("asi-moderators"));
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
        .contains(TasklistFilters.MY_TASKS, "Группа: модераторы АСИ", "Просрочено: модераторы АСИ")
        .noneMatch(name -> name.contains("(28)"));
  }

  @Test
  void auditorsMayReadHistoryButNotWorkOnTasks() {
    assertThat(authorizationService.isUserAuthorized("auditor", List.of(Groups.AUDITORS),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "practice-publication")).isTrue();
    assertThat(authorizationService.isUserAuthorized("auditor", List.of(Groups.AUDITORS),
        org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK, Resources.TASK, "any-task")).isFalse();
    assertThat(authorizationService.isUserAuthorized("auditor", List.of(Groups.AUDITORS), Permissions.CREATE,
        Resources.DEPLOYMENT)).isFalse();
    assertThat(authorizationService.isUserAuthorized("owner", List.of(Groups.PROCESS_OWNERS), Permissions.CREATE,
        Resources.DEPLOYMENT)).isTrue();
    assertThat(authorizationService.isUserAuthorized("official28", List.of("region-28-officials"),
        Permissions.CREATE, Resources.USER)).isFalse();
  }

  @Test
  void runningTheBootstrapAgainChangesNothing() throws Exception {
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();
    bootstrap.run(null);
    tasklistFilters.createFor(List.of(Groups.ASI_MODERATORS, Groups.secretariesOf("28")));
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }
}

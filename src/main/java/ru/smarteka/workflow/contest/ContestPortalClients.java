package ru.smarteka.workflow.contest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In every profile: the group {@value ContestProcess#PORTAL_GROUP} of the portal's client account(s), which cast
 * residents' votes (HTTP Basic, like every client of our API). The group has no Camunda authorizations: it works
 * only through {@code /api/contests/…/votes}. With a read-only directory (profile {@code ldap}) the directory keeps it.
 */
@Component
@Order(110)
class ContestPortalClients implements ApplicationRunner {

  private final IdentityService identityService;

  ContestPortalClients(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.isReadOnly()
        || identityService.createGroupQuery().groupId(ContestProcess.PORTAL_GROUP).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(ContestProcess.PORTAL_GROUP);
    group.setName("Портал: голосование жителей");
    group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }
}

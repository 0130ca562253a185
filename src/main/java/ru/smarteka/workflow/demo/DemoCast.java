package ru.smarteka.workflow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.TasklistFilters;
import ru.smarteka.workflow.publication.ExpertProfile;
import ru.smarteka.workflow.publication.ExpertService;
import ru.smarteka.workflow.replication.ReplicationService;

/**
 * The people of the demo: a user of every role in Amur (28), Tyumen (72) and Tatarstan (16) with their Tasklist
 * filters, the experts' profiles (a practice of each category finds experts from other regions) and the categories
 * the ASI moderators take. The password of each user is its login, except the administrator {@code demo}/{@code demo}
 * (README lists them). Each step leaves what exists as it is.
 */
@Component
@Profile("demo")
class DemoCast {

  private static final Logger log = LoggerFactory.getLogger(DemoCast.class);

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    String password() {
      return id;
    }

    String email() {
      return id + "@smarteka.example";
    }
  }

  static final List<String> REGIONS = List.of("28", "72", "16");

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "Демо", "Администратор", List.of(Groups.ADMINS)),
      new DemoUser("moderator1", "Ирина", "Соколова", List.of(Groups.ASI_MODERATORS)),
      new DemoUser("moderator2", "Павел", "Орлов", List.of(Groups.ASI_MODERATORS)),
      new DemoUser("editor", "Мария", "Лебедева", List.of(Groups.ASI_EDITORS)),
      new DemoUser("expert1", "Алексей", "Волков", List.of(Groups.EXPERTS)),
      new DemoUser("expert2", "Ольга", "Миронова", List.of(Groups.EXPERTS)),
      new DemoUser("expert3", "Дмитрий", "Зайцев", List.of(Groups.EXPERTS)),
      new DemoUser("expert4", "Елена", "Кузнецова", List.of(Groups.EXPERTS)),
      new DemoUser("expert5", "Николай", "Соловьёв", List.of(Groups.EXPERTS)),
      new DemoUser("auditor", "Сергей", "Морозов", List.of(Groups.AUDITORS)),
      new DemoUser("owner", "Наталья", "Попова", List.of(Groups.PROCESS_OWNERS)),
      new DemoUser("official28", "Андрей", "Иванов", List.of(Groups.officialsOf("28"))),
      new DemoUser("secretary28", "Татьяна", "Смирнова", List.of(Groups.secretariesOf("28"))),
      new DemoUser("coordinator28", "Виктор", "Петров", List.of(Groups.coordinatorsOf("28"))),
      new DemoUser("official72", "Роман", "Новиков", List.of(Groups.officialsOf("72"))),
      new DemoUser("secretary72", "Светлана", "Федорова", List.of(Groups.secretariesOf("72"))),
      new DemoUser("coordinator72", "Игорь", "Васильев", List.of(Groups.coordinatorsOf("72"))),
      new DemoUser("official16", "Тимур", "Хасанов", List.of(Groups.officialsOf("16"))),
      new DemoUser("secretary16", "Гульнара", "Сафина", List.of(Groups.secretariesOf("16"))),
      new DemoUser("coordinator16", "Рустам", "Гарипов", List.of(Groups.coordinatorsOf("16"))),
      new DemoUser("minzdrav", "Анна", "Белова", List.of(Groups.FEDERAL_BODY_PREFIX + "minzdrav")),
      new DemoUser("minprosv", "Олег", "Титов", List.of(Groups.FEDERAL_BODY_PREFIX + "minprosveshcheniya")),
      new DemoUser("gs-health", "Вера", "Крылова", List.of(Groups.STATE_COUNCIL_COMMISSION_PREFIX + "health")),
      // the «Смарт Диалог» contest: chairs and members of the nominations' working groups (each contest puts them
      // into its groups contest-<id>-nomination-<n>), and the portal's client account that casts residents' votes
      new DemoUser("contest-chair1", "Марина", "Егорова", List.of()),
      new DemoUser("contest-jury1", "Константин", "Жуков", List.of()),
      new DemoUser("contest-jury28", "Людмила", "Гордеева", List.of()),
      new DemoUser("contest-chair2", "Артём", "Соболев", List.of()),
      new DemoUser("contest-jury2", "Полина", "Ершова", List.of()),
      new DemoUser("portal", "Портал", "Смартека", List.of(
          ru.smarteka.workflow.contest.ContestProcess.PORTAL_GROUP)));

  /** The federal reviewers' groups of the demo users: a federal body and a State Council commission. */
  static final List<String> FEDERAL_GROUPS = List.of(Groups.FEDERAL_BODY_PREFIX + "minzdrav",
      Groups.FEDERAL_BODY_PREFIX + "minprosveshcheniya", Groups.STATE_COUNCIL_COMMISSION_PREFIX + "health");

  static final List<ExpertProfile> EXPERTS = List.of(
      new ExpertProfile("expert1", "Волков Алексей", "72",
          Set.of("HEALTHCARE", "EDUCATION", "SOCIAL_SUPPORT", "GOVERNANCE"), true),
      new ExpertProfile("expert2", "Миронова Ольга", "16",
          Set.of("HEALTHCARE", "ECOLOGY", "TOURISM", "ENTREPRENEURSHIP", "GOVERNANCE"), true),
      new ExpertProfile("expert3", "Зайцев Дмитрий", "77",
          Set.of("HEALTHCARE", "COMFORTABLE_ENVIRONMENT", "EDUCATION", "CREATIVE_ECONOMY", "HUMAN_RESOURCES"), true),
      new ExpertProfile("expert4", "Кузнецова Елена", "28",
          Set.of("HEALTHCARE", "SOCIAL_SUPPORT", "EDUCATION", "ENTREPRENEURSHIP"), true),
      new ExpertProfile("expert5", "Соловьёв Николай", "54",
          Set.of("HEALTHCARE", "ECOLOGY", "TOURISM", "SOCIAL_SUPPORT", "ENTREPRENEURSHIP", "COMFORTABLE_ENVIRONMENT",
              "EDUCATION", "CREATIVE_ECONOMY", "HUMAN_RESOURCES", "GOVERNANCE"), true));

  private final IdentityService identityService;
  private final TasklistFilters filters;
  private final ExpertService experts;
  private final ReplicationService replications;

  DemoCast(IdentityService identityService, TasklistFilters filters, ExpertService experts,
      ReplicationService replications) {
    this.identityService = identityService;
    this.filters = filters;
    this.experts = experts;
    this.replications = replications;
  }

  /** The demo users in their groups, and the Tasklist filters of the groups that work in Tasklist. */
  @Transactional
  void arrive() {
    int users = 0;
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.email());
      user.setPassword(demo.password());
      identityService.saveUser(user);
      for (String group : demo.groups()) {
        identityService.createMembership(demo.id(), group);
      }
      users++;
    }
    int created = filters.createFor(tasklistGroups());
    log.info("Demo data: {} users and {} Tasklist filters created", users, created);
  }

  /** The groups whose members work in Tasklist and have demo users. */
  static List<String> tasklistGroups() {
    List<String> groups = new ArrayList<>(List.of(Groups.ASI_MODERATORS, Groups.ASI_EDITORS, Groups.EXPERTS));
    for (String region : REGIONS) {
      for (Groups.RegionalRole role : Groups.RegionalRole.values()) {
        groups.add(role.groupOf(region));
      }
    }
    groups.addAll(FEDERAL_GROUPS);
    return groups;
  }

  /** The experts fill in their profiles: regions and categories. */
  void expertsDescribeThemselves() {
    if (!experts.profiles().isEmpty()) {
      return;
    }
    EXPERTS.forEach(profile -> experts.saveProfile(profile.userId(), profile));
    log.info("Demo data: {} expert profiles created", EXPERTS.size());
  }

  /** The ASI moderators take the categories whose replications they run (governance both). */
  void moderatorsTakeTheirCategories() {
    if (replications.hasModeratorCategories()) {
      return;
    }
    replications.setModeratorCategories("moderator1",
        Set.of("HEALTHCARE", "SOCIAL_SUPPORT", "EDUCATION", "HUMAN_RESOURCES", "GOVERNANCE"));
    replications.setModeratorCategories("moderator2",
        Set.of("ECOLOGY", "TOURISM", "ENTREPRENEURSHIP", "COMFORTABLE_ENVIRONMENT", "CREATIVE_ECONOMY", "GOVERNANCE"));
  }
}

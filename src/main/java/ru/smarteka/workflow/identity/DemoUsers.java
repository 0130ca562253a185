package ru.smarteka.workflow.identity;

import java.util.List;

/**
 * The demo users of the default (demo) profile: every role, in three regions (Amur 28, Tyumen 72, Tatarstan 16).
 * The password of each is its login, except the administrator {@code demo}/{@code demo}. README lists them.
 */
final class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    String password() {
      return id;
    }

    String email() {
      return id + "@smarteka.example";
    }
  }

  static final List<String> DEMO_REGIONS = List.of("28", "72", "16");

  static final List<DemoUser> ALL = List.of(
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
      new DemoUser("coordinator16", "Рустам", "Гарипов", List.of(Groups.coordinatorsOf("16"))));

  private DemoUsers() {
  }
}

package ru.smarteka.workflow.replication;

import java.time.LocalDate;

/** Published practices and requests for the replication tests. */
final class ReplicationFixtures {

  static RequestData request(long practiceId, String region, PositionLevel level, String phone) {
    return new RequestData(practiceId, region, "Департамент здравоохранения", "Директор департамента",
        "Департамент здравоохранения Тюменской области", level, "dzo@72.example.ru", phone, true, true, true);
  }

  static RequestData request(long practiceId) {
    return request(practiceId, "72", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "+7 (3452) 50-00-00");
  }

  static final String ROADMAP = """
      Утвердить порядок выездной работы; 01.02.2099; Заместитель директора департамента
      Сформировать две выездные бригады; 01.04.2099; Главный врач ОКБ
      """;

  /** A roadmap whose first milestone is three days ahead: its reminder is due at once. */
  static String roadmapDueSoon() {
    return "Утвердить порядок выездной работы; " + LocalDate.now().plusDays(3).format(Roadmaps.DATE)
        + "; Заместитель директора департамента\n"
        + "Сформировать две выездные бригады; 01.04.2099; Главный врач ОКБ\n";
  }

  private ReplicationFixtures() {
  }
}

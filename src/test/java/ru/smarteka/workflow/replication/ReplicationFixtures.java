package ru.smarteka.workflow.replication;

import java.util.List;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.support.Passports;

/** Published practices and requests for the replication tests. */
final class ReplicationFixtures {

  /** A practice of Amur (28), healthcare, published (its publication process is another test's business). */
  static long publishedAmurPractice(PracticeService practices, PracticeDocuments documents, String title) {
    CurrentUser official = CurrentUser.of("official28", List.of("region-28-officials"));
    long id = practices.create(official, Passports.completeData("28", title)).id();
    documents.upload(official, id, "act.pdf", Passports.PDF);
    practices.publish(id, "system");
    return id;
  }

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

  private ReplicationFixtures() {
  }
}

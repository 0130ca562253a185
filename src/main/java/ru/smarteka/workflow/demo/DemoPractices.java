package ru.smarteka.workflow.demo;

import static ru.smarteka.workflow.publication.PublicationProcess.ASSIGN;
import static ru.smarteka.workflow.publication.PublicationProcess.CHECK_ACCEPT;
import static ru.smarteka.workflow.publication.PublicationProcess.CONFIRM;
import static ru.smarteka.workflow.publication.PublicationProcess.KEY;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_ASSIGN_EXPERTS;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_COPY_EDITING;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_EXPERT_ASSESSMENT;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_PRELIMINARY_CHECK;
import static ru.smarteka.workflow.publication.PublicationProcess.TASK_REGIONAL_CONFIRMATION;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PassportData;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.publication.PublicationForms;
import ru.smarteka.workflow.publication.PublicationService;

/**
 * The demo practices, each taken as far as its stage by the demo users, so that a newcomer opening Tasklist finds
 * real work: a draft (Amur), one waiting for the preliminary check (Amur), one in expertise (Tyumen), one at the
 * regional commission's secretary (Tatarstan), one published (Amur).
 */
@Component
@Profile("demo")
class DemoPractices {

  private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

  private static final byte[] ORDER_PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      + "% Распоряжение о внедрении практики (демонстрационный документ)\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

  /** The practices the demo leaves, by their stage. */
  record Stages(long draft, long waitingForCheck, long inExpertise, long atSecretary, long published) {
  }

  private final PracticeService practices;
  private final PracticeDocuments documents;
  private final PublicationService publications;
  private final DemoTasklist tasklist;

  DemoPractices(PracticeService practices, PracticeDocuments documents, PublicationService publications,
      DemoTasklist tasklist) {
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.tasklist = tasklist;
  }

  /** Officials write their passports; the moderator, the experts, the secretary and the editor take them on. */
  Stages atEveryStage() {
    long draft = draft("official28", passport("28", "Единая карта социальных услуг Приамурья", "SOCIAL_SUPPORT",
        "Министерство социальной защиты населения Амурской области"));

    long waiting = submitted("official28", passport("28", "Выездные врачебные бригады в отдалённых сёлах",
        "HEALTHCARE", "Министерство здравоохранения Амурской области"));

    long inExpertise = submitted("official72", passport("72", "Проектная школа для учителей сельских школ",
        "EDUCATION", "Департамент образования и науки Тюменской области"));
    check(inExpertise);
    assignSuggested(inExpertise);

    long atSecretary = submitted("official16", passport("16", "Цифровая запись к врачу через портал госуслуг",
        "HEALTHCARE", "Министерство здравоохранения Республики Татарстан"));
    check(atSecretary);
    assignSuggested(atSecretary);
    assessWell(atSecretary);

    long published = submitted("official28", passport("28", "Бережливая поликлиника: запись без очередей",
        "HEALTHCARE", "Министерство здравоохранения Амурской области"));
    check(published);
    assignSuggested(published);
    assessWell(published);
    work("secretary28", published, TASK_REGIONAL_CONFIRMATION, Map.of(PublicationForms.CONFIRMATION_DECISION, CONFIRM));
    work("editor", published, TASK_COPY_EDITING, Map.of());
    log.info("Demo data: practices {} (draft), {} (waiting for the check), {} (in expertise), {} (at the secretary), "
        + "{} (published)", draft, waiting, inExpertise, atSecretary, published);
    return new Stages(draft, waiting, inExpertise, atSecretary, published);
  }

  private long draft(String official, PassportData passport) {
    CurrentUser user = tasklist.user(official);
    long id = practices.create(user, passport).id();
    documents.upload(user, id, "Распоряжение о внедрении.pdf", ORDER_PDF);
    return id;
  }

  private long submitted(String official, PassportData passport) {
    long id = draft(official, passport);
    tasklist.as(official, user -> publications.submit(user, id, null));
    return id;
  }

  private void check(long practiceId) {
    work("moderator1", practiceId, TASK_PRELIMINARY_CHECK, Map.of(PublicationForms.CHECK_DECISION, CHECK_ACCEPT));
  }

  private void assignSuggested(long practiceId) {
    work("moderator1", practiceId, TASK_ASSIGN_EXPERTS, Map.of(PublicationForms.ASSIGNMENT_DECISION, ASSIGN));
  }

  private void assessWell(long practiceId) {
    for (Task assessment : tasks(practiceId, TASK_EXPERT_ASSESSMENT)) {
      tasklist.submit(assessment.getAssignee(), assessment, Map.of(
          "scoreNovelty", 5L, "scoreRelevance", 5L, "scoreEfficiency", 4L, "scoreReplicability", 5L,
          "scoreSocialSignificance", 5L, "scoreCoverage", 4L, "scoreMeasurableResults", 5L,
          PublicationForms.ASSESSMENT_COMMENT, "Практика проработана, эффект подтверждён статистикой региона."));
    }
  }

  /** The user claims the practice's task of this kind and submits its form. */
  private void work(String userId, long practiceId, String taskKey, Map<String, Object> form) {
    Task task = tasks(practiceId, taskKey).stream().findFirst().orElseThrow(() -> new IllegalStateException(
        "Demo practice " + practiceId + " is not at " + taskKey + ": are the demo ratings loaded?"));
    tasklist.claimAndSubmit(userId, task, form);
  }

  private List<Task> tasks(long practiceId, String taskKey) {
    return tasklist.tasks(KEY, BusinessKeys.practice(practiceId), taskKey);
  }

  private static PassportData passport(String region, String title, String category, String organisation) {
    return new PassportData(title, region, category, "SYSTEMIC_PRACTICE", organisation,
        "smarteka@" + region + ".example.ru", "+7 (800) 100-00-" + region,
        "Жители отдалённых населённых пунктов получают услугу с большой задержкой или не получают её вовсе.",
        "Услугу приближают к жителю: выездная работа по графику и единая запись через портал.",
        "Штат из двух выездных команд, транспорт, 12 млн рублей в год из регионального бюджета.",
        "Срок ожидания сократился с 14 до 3 дней; охват вырос с 40% до 86% жителей целевых сёл.",
        "Доступность услуги выросла вдвое, число жалоб снизилось на треть.",
        "Жители сельских населённых пунктов численностью до 1000 человек.",
        "120 тысяч жителей, 86% целевой аудитории.",
        List.of(new PassportData.Author("Иванова Мария Сергеевна", "Заместитель руководителя",
            "ivanova@" + region + ".example.ru", "+7 (800) 100-01-" + region)),
        List.of("Составить карту населённых пунктов без постоянной услуги",
            "Сформировать выездные команды и график", "Открыть единую запись и оповещение жителей",
            "Ежемесячно сверять охват и сроки ожидания"),
        Set.of(), Set.of());
  }
}

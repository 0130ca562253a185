package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineAsUser;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PassportData;
import ru.smarteka.workflow.practice.PracticeDocuments;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Demo profile only, at the first start: practices at different stages, driven by the demo users as they would in
 * Tasklist, so a newcomer opening Tasklist sees real work: a draft (Amur), one waiting for the preliminary check
 * (Amur), one in expertise (Tyumen), one at the regional commission secretary (Tatarstan), one published (Amur).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "smarteka.demo.practices", havingValue = "true", matchIfMissing = true)
@Order(300)
class DemoPractices implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

  private static final byte[] ORDER_PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      + "% Распоряжение о внедрении практики (демонстрационный документ)\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

  private final PracticeService practices;
  private final PracticeDocuments documents;
  private final PublicationService publications;
  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;

  DemoPractices(PracticeService practices, PracticeDocuments documents, PublicationService publications,
      TaskService taskService, FormService formService, IdentityService identityService) {
    this.practices = practices;
    this.documents = documents;
    this.publications = publications;
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (practices.count() == 0) {
      createPractices();
    }
  }

  /** The demo practices, each taken as far as its stage; returns their ids (draft, check, expertise, secretary). */
  List<Long> createPractices() {
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
    return List.of(draft, waiting, inExpertise, atSecretary, published);
  }

  private void assessWell(long practiceId) {
    for (Task assessment : tasks(practiceId, TASK_EXPERT_ASSESSMENT)) {
      as(assessment.getAssignee(), () -> {
        formService.submitTaskForm(assessment.getId(), Map.of(
            "scoreNovelty", 5L, "scoreRelevance", 5L, "scoreEfficiency", 4L, "scoreReplicability", 5L,
            "scoreSocialSignificance", 5L, "scoreCoverage", 4L, "scoreMeasurableResults", 5L,
            PublicationForms.ASSESSMENT_COMMENT, "Практика проработана, эффект подтверждён статистикой региона."));
        return null;
      });
    }
  }

  /** Claims the practice's task of this kind as the user and submits its form (prefilled fields as they are). */
  private void work(String userId, long practiceId, String taskKey, Map<String, Object> form) {
    Task task = tasks(practiceId, taskKey).stream().findFirst().orElseThrow(() -> new IllegalStateException(
        "Demo practice " + practiceId + " is not at " + taskKey + ": are the demo ratings loaded?"));
    as(userId, () -> {
      taskService.claim(task.getId(), userId);
      formService.submitTaskForm(task.getId(), form);
      return null;
    });
  }

  private long draft(String official, PassportData passport) {
    CurrentUser user = user(official);
    long id = practices.create(user, passport).id();
    documents.upload(user, id, "Распоряжение о внедрении.pdf", ORDER_PDF);
    return id;
  }

  private long submitted(String official, PassportData passport) {
    long id = draft(official, passport);
    as(official, () -> publications.submit(user(official), id, null));
    return id;
  }

  private void check(long practiceId) {
    work("moderator1", practiceId, TASK_PRELIMINARY_CHECK, Map.of(PublicationForms.CHECK_DECISION, CHECK_ACCEPT));
  }

  private void assignSuggested(long practiceId) {
    work("moderator1", practiceId, TASK_ASSIGN_EXPERTS, Map.of(PublicationForms.ASSIGNMENT_DECISION, ASSIGN));
  }

  private List<Task> tasks(long practiceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(practiceId))
        .processDefinitionKey(KEY).taskDefinitionKey(taskKey).list();
  }

  private CurrentUser user(String id) {
    return EngineAsUser.user(identityService, id);
  }

  private <T> T as(String userId, Supplier<T> work) {
    return EngineAsUser.run(identityService, userId, work);
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

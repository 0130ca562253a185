package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationForms.*;
import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.engine.BusinessKeys;
import ru.smarteka.workflow.engine.EngineAsApplication;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeStatus;
import ru.smarteka.workflow.practice.PracticeView;
import ru.smarteka.workflow.system.ConflictException;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The author's side of the publication process: submitting a passport (which starts the process with the practice
 * id as business key), sending a returned one back, withdrawing a practice under review.
 */
@Service
@Transactional
public class PublicationService {

  private final PracticeService practices;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  PublicationService(PracticeService practices, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService) {
    this.practices = practices;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * Submits a draft (starts its publication) or sends a passport returned for revision back to the moderator. The
   * engine sees the caller, so the caller's Camunda authorizations apply.
   */
  public PracticeView submit(CurrentUser user, long practiceId, String revisionNote) {
    requireAuthor(user, practiceId);
    PracticeView practice = practices.get(user, practiceId);
    if (practice.status() == PracticeStatus.DRAFT) {
      // the start listener submits the passport and binds it to the instance, or nothing starts
      runtimeService.createProcessInstanceByKey(KEY)
          .businessKey(BusinessKeys.practice(practiceId))
          .setVariable(VAR_PRACTICE_ID, practiceId)
          .execute();
    } else if (practice.status() == PracticeStatus.RETURNED_FOR_REVISION) {
      Task revision = practices.publicationInstance(practiceId).map(instance -> taskService.createTaskQuery()
          .processInstanceId(instance).taskDefinitionKey(TASK_REVISE_PASSPORT).singleResult()).orElse(null);
      if (revision == null) {
        throw new ConflictException("Задача доработки паспорта " + practiceId + " не найдена");
      }
      taskService.complete(revision.getId(), revisionVariables(practices.snapshot(practiceId), revisionNote));
    } else {
      throw new ConflictException("Практика уже подана (статус «" + practice.status().label() + "»)");
    }
    return practices.get(user, practiceId);
  }

  /** The author withdraws a practice under review; every open task of it ends. */
  public PracticeView withdraw(CurrentUser user, long practiceId, String reason) {
    practices.lockForChange(practiceId); // a second withdrawal at the same moment waits, then finds it withdrawn
    requireAuthor(user, practiceId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage("reason", "укажите, почему практика отзывается")));
    }
    PracticeView practice = practices.get(user, practiceId);
    if (!practice.status().isUnderReview()) {
      throw new ConflictException("Отозвать можно только практику на рассмотрении (статус «"
          + practice.status().label() + "»)");
    }
    // the author may end the review of their practice; the engine's instance permissions are ASI's, so the
    // message is correlated on the application's behalf once the author is checked
    String instance = practices.publicationInstance(practiceId).orElseThrow(
        () -> new ConflictException("Практика " + practiceId + " не рассматривается"));
    // the author may end the review of their practice; the engine's instance permissions are ASI's, so the
    // message is correlated on the application's behalf once the author is checked
    EngineAsApplication.run(identityService, () -> runtimeService.createMessageCorrelation(MESSAGE_WITHDRAW)
        .processInstanceId(instance)
        .setVariable(VAR_WITHDRAWAL_REASON, reason.strip())
        .setVariable(VAR_WITHDRAWN_BY, user.id())
        .correlateWithResult());
    return practices.get(user, practiceId);
  }

  private void requireAuthor(CurrentUser user, long practiceId) {
    if (!practices.actsForAuthor(user, practiceId)) {
      throw new AccessDeniedException("Подаёт и отзывает практику только должностное лицо её региона");
    }
  }

  /** The passport as it is now (the author may have edited it through the API) and the note on the changes. */
  private static Map<String, Object> revisionVariables(PracticeSnapshot p, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PASSPORT_TITLE, p.title());
    variables.put(PASSPORT_PROBLEM, p.problem());
    variables.put(PASSPORT_SOLUTION, p.solution());
    variables.put(PASSPORT_RESOURCES, p.resources());
    variables.put(PASSPORT_RESULTS, p.results());
    variables.put(PASSPORT_EFFECT, p.effect());
    variables.put(PASSPORT_TARGET_AUDIENCE, p.targetAudience());
    variables.put(PASSPORT_COVERAGE, p.coverage());
    variables.put(REVISION_NOTE, note);
    return variables;
  }

}

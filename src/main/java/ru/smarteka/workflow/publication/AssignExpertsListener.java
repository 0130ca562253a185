package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.FormInput;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeService.UnderReview;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * The moderator's decision on the expertise: assign experts (checked: category, never the practice's region, up to
 * the ceiling, fewer only with a reason), ask ASI to add experts of the category when too few exist, or return the
 * passport to the author.
 */
@Component("assignExperts")
class AssignExpertsListener implements TaskListener {

  static final String DECISION = "assignmentDecision";
  static final String COMMENT = ExpertService.ASSIGNMENT_COMMENT;

  private final PublicationCase cases;
  private final ExpertService experts;
  private final PracticeService practices;
  private final int ceiling;

  AssignExpertsListener(PublicationCase cases, ExpertService experts, PracticeService practices,
      @Value("${smarteka.publication.experts-per-practice}") int ceiling) {
    this.cases = cases;
    this.experts = experts;
    this.practices = practices;
    this.ceiling = ceiling;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = FormInput.text(task, DECISION);
    String comment = FormInput.text(task, COMMENT);
    List<String> ids = Vars.commaSeparated(FormInput.text(task, ExpertService.EXPERT_IDS));
    if (decision == null || !List.of(ASSIGN, REQUEST_EXPERTS, CHECK_RETURN).contains(decision)) {
      throw new InvalidInputException("Не выбрано решение", List.of(new FieldMessage(DECISION,
          "назначьте экспертов, запросите новых экспертов или верните паспорт на доработку")));
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInputException("Слишком длинный комментарий",
          List.of(new FieldMessage(COMMENT, "не длиннее 2000 символов")));
    }
    if (!ASSIGN.equals(decision) && comment == null) {
      throw new InvalidInputException("Не указана причина", List.of(new FieldMessage(COMMENT,
          REQUEST_EXPERTS.equals(decision) ? "укажите, каких экспертов не хватает" : "укажите замечания для автора")));
    }
    UnderReview practice = cases.of(task);
    String actor = EngineUsers.actor(task);
    var process = task.getExecution().getProcessInstance();
    switch (decision) {
      case ASSIGN -> experts.assign(practice.id(), practice.expertiseRound(), ids, practice.categoryCode(),
          practice.regionCode(), ceiling, comment, actor);
      case REQUEST_EXPERTS -> process.setVariable(VAR_EXPERTS_REQUEST, comment);
      default -> practices.returnForRevision(practice.id(), actor, comment);
    }
    process.setVariable(VAR_ASSIGNMENT_OUTCOME, decision);
  }
}

package ru.smarteka.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * A decision entered in a task's form (a radio with two outcomes) and its comment, required when the outcome is the
 * negative one; checked again here whatever the form let through.
 */
public record FormDecision(String outcome, String comment, boolean positive) {

  public static FormDecision read(DelegateTask task, String decisionField, String commentField, String positive,
      String negative, String question) {
    String outcome = FormInput.text(task, decisionField);
    String comment = FormInput.text(task, commentField);
    if (!positive.equals(outcome) && !negative.equals(outcome)) {
      throw new InvalidInputException("Не выбрано решение", List.of(new FieldMessage(decisionField, question)));
    }
    if (negative.equals(outcome) && comment == null) {
      throw new InvalidInputException("Не указана причина",
          List.of(new FieldMessage(commentField, "укажите причину")));
    }
    if (comment != null && comment.length() > 2000) {
      throw new InvalidInputException("Слишком длинный комментарий",
          List.of(new FieldMessage(commentField, "не длиннее 2000 символов")));
    }
    return new FormDecision(outcome, comment, positive.equals(outcome));
  }
}

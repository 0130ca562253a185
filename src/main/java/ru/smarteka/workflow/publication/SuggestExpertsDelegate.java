package ru.smarteka.workflow.publication;

import static ru.smarteka.workflow.publication.PublicationProcess.*;

import ru.smarteka.workflow.engine.Vars;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens an expertise round and suggests the least loaded experts of the category from other regions. */
@Component("suggestExperts")
class SuggestExpertsDelegate implements JavaDelegate {

  private final ExpertService experts;

  SuggestExpertsDelegate(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = Vars.number(execution.getVariable(VAR_EXPERTISE_ROUND)).intValue() + 1;
    int count = Vars.number(execution.getVariable(VAR_EXPERT_COUNT)).intValue();
    String suggestion = experts.candidates((String) execution.getVariable(VAR_CATEGORY),
            (String) execution.getVariable(VAR_REGION)).stream()
        .limit(count)
        .map(c -> c.expert().userId())
        .collect(Collectors.joining(", "));
    execution.setVariable(VAR_EXPERTISE_ROUND, round);
    execution.setVariable(VAR_SUGGESTED_EXPERTS, suggestion);
  }
}

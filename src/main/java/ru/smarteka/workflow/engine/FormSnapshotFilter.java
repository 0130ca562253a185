package ru.smarteka.workflow.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.smarteka.workflow.system.EngineRestProvider;

/**
 * Adds a {@link FormSnapshot}'s read-only values to the answer of {@code GET …/task/{id}/form-variables} on both
 * engine REST APIs, which is where Tasklist reads the values a Camunda Form shows. Only an answer the engine already
 * gave (200: the caller may read the task's variables) is completed; the task and its process are looked up on the
 * application's behalf (a candidate may work on a task without reading its process definition). Names asked for
 * with {@code variableNames} limit what is added, as they limit the engine's own answer.
 */
@Component
class FormSnapshotFilter implements ContainerResponseFilter, EngineRestProvider {

  private static final Pattern FORM_VARIABLES = Pattern.compile("(?:^|/)task/([^/]+)/form-variables/?$");

  private final ProcessEngine engine;
  private final Map<String, FormSnapshot> snapshots;
  private final TransactionTemplate readOnly;

  FormSnapshotFilter(ProcessEngine engine, List<FormSnapshot> snapshots, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.snapshots = snapshots.stream()
        .collect(Collectors.toMap(FormSnapshot::processDefinitionKey, Function.identity()));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
        || !(response.getEntity() instanceof Map<?, ?> answered)) {
      return;
    }
    Matcher path = FORM_VARIABLES.matcher(request.getUriInfo().getPath());
    if (!path.find()) {
      return;
    }
    String taskId = path.group(1);
    // one read-only transaction for the engine's lookups and the snapshot's reads
    Map<String, Object> values = readOnly.execute(status -> EngineAsApplication.run(engine.getIdentityService(), () -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return Map.of();
      }
      String key = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
      FormSnapshot snapshot = snapshots.get(key);
      return snapshot == null ? Map.<String, Object>of() : snapshot.of(task);
    }));
    if (values.isEmpty()) {
      return;
    }
    String names = request.getUriInfo().getQueryParameters().getFirst("variableNames");
    Set<String> asked = names == null || names.isBlank() ? null
        : Arrays.stream(names.split(",")).map(String::trim).collect(Collectors.toSet());
    Map<Object, Object> completed = new LinkedHashMap<>(answered);
    values.forEach((name, value) -> {
      if (value != null && (asked == null || asked.contains(name))) {
        completed.put(name, VariableValueDto.fromTypedValue(typed(value)));
      }
    });
    response.setEntity(completed);
  }

  private static TypedValue typed(Object value) {
    if (value instanceof Integer i) {
      return Variables.integerValue(i);
    }
    if (value instanceof Long l) {
      return Variables.longValue(l);
    }
    if (value instanceof Boolean b) {
      return Variables.booleanValue(b);
    }
    return Variables.stringValue(value.toString());
  }
}

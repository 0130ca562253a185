package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationForms.*;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import ru.smarteka.workflow.engine.TaskForm;

/**
 * A replication request («Хочу внедрить») as the official fills it in: profile and the three declarations. The one
 * type that owns the request's fields: our API reads it as JSON, the process starts with {@link #variables()} (the
 * fields of the start form {@code start-replication}), its first step reads them back with {@link #of(TaskForm)}.
 */
public record RequestData(
    @NotNull(message = "укажите практику") @Positive Long practiceId,
    @NotBlank(message = "укажите регион-реципиент")
    @Pattern(regexp = "\\d{2}", message = "код субъекта РФ из двух цифр") String recipientRegion,
    @NotBlank(message = "укажите ответственный орган") @Size(max = 500) String responsibleBody,
    @NotBlank(message = "укажите должность") @Size(max = 300) String officialPosition,
    @NotBlank(message = "укажите организацию") @Size(max = 500) String organisation,
    @NotNull(message = "укажите уровень должности") PositionLevel positionLevel,
    @NotBlank(message = "укажите адрес электронной почты")
    @Email(message = "адрес электронной почты неверного вида") @Size(max = 254) String contactEmail,
    @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "телефон из цифр, пробелов, скобок и дефисов")
    String contactPhone,
    @NotNull @AssertTrue(message = "подтвердите, что изучили описание и материалы практики") Boolean declarationStudied,
    @NotNull @AssertTrue(message = "подтвердите готовность приступить к внедрению") Boolean declarationReady,
    @NotNull @AssertTrue(message = "подтвердите готовность работать с модератором и автором")
    Boolean declarationCooperate) {

  /** The request as the start form's fields: what the process starts with. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PRACTICE_ID, practiceId);
    variables.put(RECIPIENT_REGION, recipientRegion);
    variables.put(RESPONSIBLE_BODY, responsibleBody);
    variables.put(OFFICIAL_POSITION, officialPosition);
    variables.put(ORGANISATION, organisation);
    variables.put(POSITION_LEVEL, positionLevel == null ? null : positionLevel.name());
    variables.put(CONTACT_EMAIL, contactEmail);
    variables.put(CONTACT_PHONE, contactPhone);
    variables.put(DECLARATION_STUDIED, declarationStudied);
    variables.put(DECLARATION_READY, declarationReady);
    variables.put(DECLARATION_COOPERATE, declarationCooperate);
    return variables;
  }

  /**
   * The request from the start form's fields, once the form's own rules held (so the position level is one of its
   * options); a declaration left unticked is false.
   */
  static RequestData of(TaskForm form) {
    String level = form.text(POSITION_LEVEL);
    return new RequestData(form.number(PRACTICE_ID), form.text(RECIPIENT_REGION), form.text(RESPONSIBLE_BODY),
        form.text(OFFICIAL_POSITION), form.text(ORGANISATION), level == null ? null : PositionLevel.valueOf(level),
        form.text(CONTACT_EMAIL), form.text(CONTACT_PHONE), declared(form, DECLARATION_STUDIED),
        declared(form, DECLARATION_READY), declared(form, DECLARATION_COOPERATE));
  }

  private static Boolean declared(TaskForm form, String key) {
    return form.sent(key) ? form.checked(key) : null;
  }
}

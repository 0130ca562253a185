package ru.smarteka.workflow.replication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A replication request («Хочу внедрить») as the official fills it in: profile and the three declarations. */
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
}

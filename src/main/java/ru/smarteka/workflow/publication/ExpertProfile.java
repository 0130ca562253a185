package ru.smarteka.workflow.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An expert's profile as the admin API takes and shows it. */
public record ExpertProfile(
    String userId,
    @NotBlank(message = "укажите ФИО") @Size(max = 200) String fullName,
    @NotBlank @Pattern(regexp = "\\d{2}", message = "код субъекта РФ из двух цифр") String regionCode,
    @NotEmpty(message = "укажите хотя бы одну категорию") Set<@NotBlank String> categories,
    boolean active) {
}

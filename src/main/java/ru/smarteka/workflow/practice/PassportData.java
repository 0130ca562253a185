package ru.smarteka.workflow.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * The fields of a practice passport an author fills in. A draft may be incomplete; the formats and lengths hold
 * always, and completeness is checked when the passport is submitted.
 */
public record PassportData(
    @NotBlank(message = "укажите название практики")
    @Size(max = 300, message = "не длиннее 300 символов")
    String title,

    @Pattern(regexp = "\\d{2}", message = "код субъекта РФ из двух цифр, например 28")
    String regionCode,

    @Size(max = 40, message = "не длиннее 40 символов") String categoryCode,
    @Size(max = 40, message = "не длиннее 40 символов") String levelCode,
    @Size(max = 500, message = "не длиннее 500 символов") String organisation,

    @Email(message = "адрес электронной почты неверного вида")
    @Size(max = 254, message = "не длиннее 254 символов")
    String contactEmail,

    @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String contactPhone,

    @Size(max = 10000, message = "не длиннее 10000 символов") String problem,
    @Size(max = 10000, message = "не длиннее 10000 символов") String solution,
    @Size(max = 10000, message = "не длиннее 10000 символов") String resources,
    @Size(max = 10000, message = "не длиннее 10000 символов") String results,
    @Size(max = 10000, message = "не длиннее 10000 символов") String effect,
    @Size(max = 2000, message = "не длиннее 2000 символов") String targetAudience,
    @Size(max = 2000, message = "не длиннее 2000 символов") String coverage,

    @Size(max = 30, message = "не больше 30 участников") List<@Valid Author> authorTeam,

    @Size(max = 50, message = "не больше 50 шагов")
    List<@NotBlank(message = "шаг не может быть пустым") @Size(max = 2000, message = "шаг не длиннее 2000 символов")
        String> algorithm,

    @Size(max = 10, message = "не больше 10 направлений") Set<@NotBlank String> qolDirections,
    @Size(max = 4, message = "не больше 4 факторов") Set<@NotBlank String> investmentFactors) {

  static final String PHONE = "\\+?[0-9][0-9 ()-]{4,24}";
  static final String PHONE_MESSAGE = "телефон из цифр, пробелов, скобок и дефисов, например +7 (4162) 20-00-00";

  /** A member of the author team with contacts. */
  public record Author(
      @NotBlank(message = "укажите ФИО") @Size(max = 200, message = "не длиннее 200 символов") String fullName,
      @NotBlank(message = "укажите должность") @Size(max = 300, message = "не длиннее 300 символов") String jobTitle,
      @Email(message = "адрес электронной почты неверного вида") @Size(max = 254) String email,
      @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {
  }

  List<Author> authorTeamOrEmpty() {
    return authorTeam == null ? List.of() : authorTeam;
  }

  List<String> algorithmOrEmpty() {
    return algorithm == null ? List.of() : algorithm;
  }

  Set<String> qolDirectionsOrEmpty() {
    return qolDirections == null ? Set.of() : qolDirections;
  }

  Set<String> investmentFactorsOrEmpty() {
    return investmentFactors == null ? Set.of() : investmentFactors;
  }
}

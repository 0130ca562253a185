package ru.smarteka.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.smarteka.workflow.replication.ReplicationForms;
import ru.smarteka.workflow.system.FieldMessage;

/**
 * Every form the users fill in, read as the server reads it: every free-text field has a length limit, and a text
 * longer than it (2,001 characters at least) is refused with that field's message, as are values outside a
 * choice's options or a number's range.
 */
class FormSchemaTests {

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  static FormSchema schema(Path form) throws IOException {
    try (InputStream in = Files.newInputStream(form)) {
      return FormSchema.read(in);
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyFreeTextFieldRefusesATextLongerThanItsLimit(Path form) throws IOException {
    FormSchema schema = schema(form);
    for (FormSchema.Field field : schema.fields().values()) {
      if (!field.isText()) {
        continue;
      }
      assertThat(field.maxLength()).as(form + ": " + field.key() + " has a length limit").isNotNull();
      int length = Math.max(2001, field.maxLength() + 1);
      Map<String, Object> values = new HashMap<>();
      values.put(field.key(), "я".repeat(length));
      List<FieldMessage> errors = schema.check(values);
      assertThat(errors).as(form + ": " + field.key()).extracting(FieldMessage::field).contains(field.key());
      assertThat(errors).filteredOn(e -> e.field().equals(field.key())).extracting(FieldMessage::message)
          .allSatisfy(message -> assertThat(message).contains("не длиннее " + field.maxLength()));
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void choicesAndNumbersHoldToTheirOptionsAndRanges(Path form) throws IOException {
    FormSchema schema = schema(form);
    for (FormSchema.Field field : schema.fields().values()) {
      Map<String, Object> values = new HashMap<>();
      if (!field.options().isEmpty()) {
        values.put(field.key(), "NO_SUCH_OPTION");
        assertThat(schema.check(values)).as(form + ": " + field.key()).extracting(FieldMessage::field)
            .contains(field.key());
      }
      if (field.max() != null) {
        values.put(field.key(), field.max() + 1);
        assertThat(schema.check(values)).as(form + ": " + field.key()).extracting(FieldMessage::field)
            .contains(field.key());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void aTextWithANulCharacterIsRefused(Path form) throws IOException {
    FormSchema schema = schema(form);
    schema.fields().values().stream().filter(FormSchema.Field::isText).forEach(field -> {
      Map<String, Object> values = new HashMap<>();
      values.put(field.key(), "до\u0000после");
      assertThat(schema.check(values)).extracting(FieldMessage::field).contains(field.key());
    });
  }

  /** The replication's forms, each with the fields its steps read (ReplicationForms). */
  static Stream<Arguments> replicationForms() {
    return Stream.of(
        Arguments.of(ReplicationForms.FORM_START, List.of(ReplicationForms.PRACTICE_ID,
            ReplicationForms.RECIPIENT_REGION, ReplicationForms.RESPONSIBLE_BODY, ReplicationForms.OFFICIAL_POSITION,
            ReplicationForms.ORGANISATION, ReplicationForms.POSITION_LEVEL, ReplicationForms.CONTACT_EMAIL,
            ReplicationForms.CONTACT_PHONE, ReplicationForms.DECLARATION_STUDIED, ReplicationForms.DECLARATION_READY,
            ReplicationForms.DECLARATION_COOPERATE)),
        Arguments.of(ReplicationForms.FORM_SCREEN_REQUEST, List.of(ReplicationForms.SCREENING_DECISION,
            ReplicationForms.SCREENING_COMMENT)),
        Arguments.of(ReplicationForms.FORM_ARRANGE_MENTOR_MEETING, List.of(ReplicationForms.MEETING_DATE,
            ReplicationForms.MEETING_PARTICIPANTS, ReplicationForms.MEETING_OUTCOME)),
        Arguments.of(ReplicationForms.FORM_SUBMIT_ROADMAP, List.of(ReplicationForms.ROADMAP_MILESTONES,
            ReplicationForms.ROADMAP_NOTE)),
        Arguments.of(ReplicationForms.FORM_REVIEW_ROADMAP, List.of(ReplicationForms.ROADMAP_DECISION,
            ReplicationForms.ROADMAP_COMMENT)),
        Arguments.of(ReplicationForms.FORM_REPORT_PROGRESS, List.of(ReplicationForms.PROGRESS_TEXT,
            ReplicationForms.ACHIEVED_RESULT, ReplicationForms.IMPLEMENTATION_COMPLETE)),
        Arguments.of(ReplicationForms.FORM_CONFIRM_IMPLEMENTATION, List.of(ReplicationForms.IMPLEMENTATION_DECISION,
            ReplicationForms.IMPLEMENTATION_COMMENT)),
        Arguments.of(ReplicationForms.FORM_SUBMIT_EVALUATION, List.of(ReplicationForms.ACHIEVED_RESULTS,
            ReplicationForms.COMPARISON_WITH_PLAN, ReplicationForms.EVALUATION_NOTE)),
        Arguments.of(ReplicationForms.FORM_VALIDATE_EVALUATION, List.of(ReplicationForms.EVALUATION_DECISION,
            ReplicationForms.EVALUATION_COMMENT)));
  }

  /**
   * The replication's forms are among those checked above, and every field its steps read is an input of the form:
   * the keys of ReplicationForms are the forms' own, so each free text the replication takes has its limit.
   */
  @ParameterizedTest
  @MethodSource("replicationForms")
  void theReplicationsStepsReadFieldsTheirFormsHave(String formKey, List<String> fields) throws IOException {
    Path form = Path.of("forms", formKey + ".form");
    assertThat(forms()).contains(form);
    FormSchema schema = schema(form);
    assertThat(schema.id()).isEqualTo(formKey);
    assertThat(schema.fields()).containsKeys(fields.toArray(String[]::new));
    fields.stream().map(schema.fields()::get).filter(FormSchema.Field::isText)
        .forEach(field -> assertThat(field.maxLength()).as(formKey + ": " + field.key()).isNotNull());
  }
}

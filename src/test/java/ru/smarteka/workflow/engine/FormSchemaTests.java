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
import org.junit.jupiter.params.provider.MethodSource;
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
}

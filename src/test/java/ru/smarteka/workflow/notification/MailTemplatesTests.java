package ru.smarteka.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template renderer: plain substitution, nothing evaluated, a missing value is an error when strict. */
class MailTemplatesTests {

  static Map<String, Object> returned() {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Андрей Иванов");
    model.put("title", "Выездные бригады");
    model.put("practiceId", 12L);
    model.put("reason", "Нет затрат; см. {{link}} и $1");
    model.put("link", "http://localhost:8080/api/practices/12");
    return model;
  }

  @Test
  void rendersTheSubjectLineAndTheBodyWithTheValuesAsPlainText() {
    MailTemplates.Mail mail = new MailTemplates(true).render("practice-returned", returned());
    assertThat(mail.subject()).isEqualTo("Паспорт возвращён на доработку: «Выездные бригады»");
    assertThat(mail.body()).startsWith("Здравствуйте, Андрей Иванов!")
        .contains("Причина: Нет затрат; см. {{link}} и $1")
        .contains("Практика: http://localhost:8080/api/practices/12")
        .doesNotContain("Subject:");
  }

  @Test
  void missingValueIsAnErrorWhenStrictAndEmptyOtherwise() {
    Map<String, Object> model = returned();
    model.remove("reason");
    assertThatThrownBy(() -> new MailTemplates(true).render("practice-returned", model))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{reason}}");
    assertThat(new MailTemplates(false).render("practice-returned", model).body()).contains("Причина: \n");
  }

  @Test
  void subjectStaysOneLineWhateverTheValues() {
    Map<String, Object> model = returned();
    model.put("title", "Строка\r\nBcc: someone@example.com");
    assertThat(new MailTemplates(true).render("practice-returned", model).subject()).doesNotContain("\n", "\r");
  }

  @Test
  void unknownOrUnsafeTemplateNamesAreRefused() {
    assertThatThrownBy(() -> new MailTemplates(true).render("no-such-template", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MailTemplates(true).render("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package ru.smarteka.workflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Russian mail texts under {@code notification/templates/<name>.txt}: the first line {@code Subject: …}, then the
 * body, with {@code {{placeholder}}} replaced by the model's values as plain text (no expressions, no markup, nothing
 * evaluated). A placeholder the model lacks is an error when strict (tests), else rendered empty and logged, so a
 * text a process owner got wrong never rolls back the user's work.
 */
class MailTemplates {

  record Mail(String subject, String body) {
  }

  static final String LOCATION = "notification/templates/";
  private static final String SUBJECT = "Subject:";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
  private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);

  private final boolean strict;
  private final Map<String, String> sources = new ConcurrentHashMap<>();

  MailTemplates(boolean strict) {
    this.strict = strict;
  }

  Mail render(String template, Map<String, ?> model) {
    String source = sources.computeIfAbsent(template, MailTemplates::load);
    int newline = source.indexOf('\n');
    String first = newline < 0 ? source : source.substring(0, newline);
    if (!first.startsWith(SUBJECT)) {
      throw new IllegalStateException("Шаблон " + template + " должен начинаться со строки «Subject: …»");
    }
    String subject = fill(template, first.substring(SUBJECT.length()).strip(), model).replaceAll("[\\r\\n]+", " ");
    String body = newline < 0 ? "" : fill(template, source.substring(newline + 1).stripLeading(), model);
    return new Mail(subject.strip(), body.stripTrailing() + "\n");
  }

  private String fill(String template, String text, Map<String, ?> model) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (model.containsKey(name)) {
        Object v = model.get(name);
        value = v == null ? "" : v.toString();
      } else if (strict) {
        throw new IllegalArgumentException("Шаблон " + template + ": нет значения для {{" + name + "}}");
      } else {
        log.warn("Template {}: no value for {{{}}}", template, name);
        value = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String load(String template) {
    if (!template.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Недопустимое имя шаблона: " + template);
    }
    String path = LOCATION + template + ".txt";
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("Нет шаблона письма " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package ru.smarteka.workflow.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our API as Swagger UI shows it: its name, version and description in Russian, the tags in the order of the work
 * (practices, publication, replication, reports, reference, administration), and every problem+json answer with an
 * example.
 */
@Configuration
class ApiDocumentation {

  /** The tags in the order people meet the work; a tag not listed comes after them, by name. */
  static final List<String> TAG_ORDER = List.of("Практики", "Документы практики", "Публикация", "Тиражирование",
      "Квартальные отчёты", "Справочники", "Уведомления", "Эксперты", "Модераторы внедрения",
      "Справочники: администрирование", "Уведомления: администрирование");

  /** The answers of {@link ProblemHandler} every operation may give, with what they mean here. */
  static final Map<String, String[]> PROBLEMS = problems();

  private static Map<String, String[]> problems() {
    Map<String, String[]> problems = new LinkedHashMap<>();
    problems.put("400", new String[] {"Данные не прошли проверку", "Не указана причина",
        "[{\"field\":\"reason\",\"message\":\"укажите, почему практика отзывается\"}]"});
    problems.put("401", new String[] {"Требуется вход", "Войдите: логин и пароль Смартеки (HTTP Basic)", null});
    problems.put("403", new String[] {"Доступ запрещён", "Это может сделать только автор практики или модератор", null});
    problems.put("404", new String[] {"Не найдено", "Практики № 404 нет", null});
    problems.put("409", new String[] {"Конфликт с текущим состоянием",
        "Практику в статусе «опубликована» нельзя вернуть на доработку", null});
    problems.put("412", new String[] {"Данные уже изменены",
        "Паспорт изменили после того, как вы его прочитали: прочитайте снова (ETag)", null});
    problems.put("413", new String[] {"Слишком большой файл", "Файл больше 25 МБ", null});
    problems.put("415", new String[] {"Неподдерживаемый формат", "Принимаются PDF, DOCX, XLSX, JPEG и PNG", null});
    problems.put("422", new String[] {"Запрос нельзя выполнить",
        "Паспорт заполнен не полностью: нет распоряжения о внедрении", null});
    problems.put("428", new String[] {"Нужна версия данных",
        "Укажите версию паспорта в заголовке If-Match (ETag из ответа на чтение)", null});
    problems.put("429", new String[] {"Слишком много запросов", "Повторите запрос через 10 секунд", null});
    return problems;
  }

  @Bean
  OpenAPI smartekaOpenApi() {
    String version = ApiDocumentation.class.getPackage().getImplementationVersion();
    return new OpenAPI().info(new Info()
        .title("Смартека: процессы отбора, публикации и тиражирования практик")
        .version(version == null ? "разработка" : version)
        .description("""
            API портала «Смартека» к процессам: паспорта практик и их документы, публикация (проверка, экспертиза, \
            подтверждение региона, редактура), тиражирование в другие регионы, квартальные отчёты регионов, \
            справочники. Вход — логин и пароль Смартеки (HTTP Basic); каждая ошибка — application/problem+json \
            (RFC 7807) с русским текстом и полями, которые не прошли проверку."""));
  }

  static final String PROBLEM_SCHEMA = "Problem";

  /** RFC 7807 problem details, as our API answers every error. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Schema field = new Schema<>().type("object").description("Поле и что с ним не так")
        .addProperty("field", new Schema<>().type("string")).addProperty("message", new Schema<>().type("string"));
    return new Schema<>().type("object").description("Ошибка (RFC 7807, application/problem+json)")
        .addProperty("type", new Schema<>().type("string").format("uri"))
        .addProperty("title", new Schema<>().type("string").description("Что случилось, кратко"))
        .addProperty("status", new Schema<>().type("integer").description("Код HTTP"))
        .addProperty("detail", new Schema<>().type("string").description("Что случилось и что делать, по-русски"))
        .addProperty("instance", new Schema<>().type("string").format("uri"))
        .addProperty("errors", new Schema<>().type("array").items(field));
  }

  @Bean
  OpenApiCustomizer smartekaTagsAndProblems() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new io.swagger.v3.oas.models.Components());
      }
      openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
      List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
      if (openApi.getPaths() != null) {
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
          if (operation.getTags() != null) {
            operation.getTags().stream().filter(name -> tags.stream().noneMatch(t -> t.getName().equals(name)))
                .forEach(name -> tags.add(new Tag().name(name)));
          }
          ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
          PROBLEMS.forEach((status, problem) -> responses.computeIfAbsent(status, s -> problemResponse(s, problem)));
          operation.setResponses(responses);
        }));
      }
      tags.sort(Comparator.comparingInt((Tag tag) -> {
        int position = TAG_ORDER.indexOf(tag.getName());
        return position < 0 ? TAG_ORDER.size() : position;
      }).thenComparing(Tag::getName));
      openApi.setTags(tags);
    };
  }

  private static ApiResponse problemResponse(String status, String[] problem) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "about:blank");
    example.put("title", problem[0]);
    example.put("status", Integer.parseInt(status));
    example.put("detail", problem[1]);
    example.put("instance", "/api/practices/42");
    if (problem[2] != null) {
      example.put("errors", List.of(Map.of("field", "reason", "message", "укажите, почему практика отзывается")));
    }
    Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
    return new ApiResponse().description(problem[0])
        .content(new Content().addMediaType("application/problem+json", new MediaType().schema(schema)
            .addExamples("пример", new Example().value(example))));
  }
}

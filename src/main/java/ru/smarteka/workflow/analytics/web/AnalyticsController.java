package ru.smarteka.workflow.analytics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.analytics.AnalyticsFilter;
import ru.smarteka.workflow.analytics.AnalyticsService;
import ru.smarteka.workflow.analytics.Figure;
import ru.smarteka.workflow.analytics.FigureFiles;
import ru.smarteka.workflow.analytics.FigureKind;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;
import ru.smarteka.workflow.system.NotFoundException;

/**
 * The dashboard's figures for auditors and ASI roles: {@code GET /api/analytics/{figure}} as JSON (default), CSV or
 * XLSX, chosen by {@code ?format=} or else by the Accept header.
 */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Аналитика", description = "Воронка публикации, время на этапах, просроченные задачи, нагрузка экспертов, "
    + "итоги тиражирования, сроки квартальных отчётов. Только для аудиторов, модераторов АСИ, владельцев процессов и "
    + "администраторов.")
class AnalyticsController {

  private static final MediaType XLSX = MediaType.parseMediaType(FigureFiles.XLSX);
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AnalyticsService analytics;
  private final CurrentUserProvider users;
  private final ObjectMapper json;

  AnalyticsController(AnalyticsService analytics, CurrentUserProvider users, ObjectMapper json) {
    this.analytics = analytics;
    this.users = users;
    this.json = json;
  }

  @GetMapping
  @Operation(summary = "Список показателей аналитики")
  List<Map<String, String>> figures() {
    AnalyticsService.requireReader(users.current());
    return Arrays.stream(FigureKind.values()).map(k -> Map.of("id", k.id(), "title", k.title(),
        "href", "/api/analytics/" + k.id())).toList();
  }

  @GetMapping(value = "/{figure}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", FigureFiles.XLSX})
  @Operation(summary = "Показатель аналитики: JSON, CSV или XLSX",
      description = "figure: funnel (воронка публикации), stages (медиана и 90-й процентиль времени на этапах, ч), "
          + "stage-trend (то же по месяцам), overdue-tasks (просроченные задачи сейчас по группам и регионам; период "
          + "не применяется), experts (нагрузка экспертов и средний балл), replications (итоги тиражирования по "
          + "регионам и практикам), replications-by-region (то же по регионам), quarterly-reports (квартальные "
          + "отчёты в срок и с опозданием по регионам; "
          + "категория не применяется). Формат: параметр format (json, csv, xlsx) или заголовок Accept. Неверный "
          + "фильтр: 400 application/problem+json с сообщением по каждому полю.")
  ResponseEntity<byte[]> figure(
      @PathVariable @Parameter(description = "показатель", schema = @Schema(allowableValues = {"funnel", "stages",
          "stage-trend", "overdue-tasks", "experts", "replications", "replications-by-region",
          "quarterly-reports"})) String figure,
      @RequestParam(required = false) @Parameter(description = "начало периода, ГГГГ-ММ-ДД (включительно)")
      String from,
      @RequestParam(required = false) @Parameter(description = "конец периода, ГГГГ-ММ-ДД (включительно)") String to,
      @RequestParam(required = false) @Parameter(description = "код субъекта РФ, например 28") String region,
      @RequestParam(required = false) @Parameter(description = "федеральный округ, например Дальневосточный")
      String district,
      @RequestParam(required = false) @Parameter(description = "код категории практик") String category,
      @RequestParam(required = false) @Parameter(description = "json, csv или xlsx; иначе по заголовку Accept",
          schema = @Schema(allowableValues = {"json", "csv", "xlsx"})) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
      throws HttpMediaTypeNotAcceptableException {
    CurrentUser user = users.current();
    AnalyticsService.requireReader(user);
    FigureKind kind = FigureKind.byId(figure).orElseThrow(() -> new NotFoundException(
        "Нет такого показателя аналитики: " + figure.replaceAll("[^a-z-]", "")));
    String chosen = format(format, accept);
    AnalyticsFilter filter = analytics.filter(from, to, region, district, category);
    Figure result = analytics.figure(user, kind, filter);
    return switch (chosen) {
      case "csv" -> file(result, CSV, FigureFiles.csv(result), "csv");
      case "xlsx" -> file(result, XLSX, FigureFiles.xlsx(result), "xlsx");
      default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result));
    };
  }

  private static String format(String format, String accept) throws HttpMediaTypeNotAcceptableException {
    if (format != null) {
      String f = format.strip().toLowerCase(java.util.Locale.ROOT);
      if (!List.of("json", "csv", "xlsx").contains(f)) {
        throw new InvalidInputException("Неизвестный формат", List.of(new FieldMessage("format",
            "json, csv или xlsx")));
      }
      return f;
    }
    if (accept == null || accept.isBlank()) {
      return "json";
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      throw new InvalidInputException("Заголовок Accept не разобран", List.of(new FieldMessage("Accept",
          "например application/json, text/csv или " + FigureFiles.XLSX)));
    }
    org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
    for (MediaType type : accepted) {
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return "json";
      }
      if (type.isCompatibleWith(CSV)) {
        return "csv";
      }
      if (type.isCompatibleWith(XLSX)) {
        return "xlsx";
      }
    }
    throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, CSV, XLSX));
  }

  private byte[] json(Figure figure) {
    try {
      return json.writeValueAsBytes(figure);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Показатель не записан в JSON", e);
    }
  }

  private static ResponseEntity<byte[]> file(Figure figure, MediaType type, byte[] data, String extension) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("smarteka-" + figure.id() + "." + extension, StandardCharsets.UTF_8).build().toString())
        .body(data);
  }
}

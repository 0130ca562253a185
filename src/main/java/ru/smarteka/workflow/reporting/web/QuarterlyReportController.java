package ru.smarteka.workflow.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.reporting.QuarterlyReportService;
import ru.smarteka.workflow.reporting.ReportPeriod;
import ru.smarteka.workflow.system.InvalidInputException;

/** Quarterly reports of a region: started by hand, downloaded as XLSX or CSV once consolidated. */
@RestController
@RequestMapping("/api/reports/quarterly")
@Tag(name = "Квартальные отчёты", description = "Отчёты ответственных органов региона координирующему органу")
class QuarterlyReportController {

  record StartRequest(
      @NotNull @Pattern(regexp = "\\d{2}", message = "код субъекта РФ из двух цифр") String region,
      @NotNull @Min(2019) @Max(2100) Integer year,
      @NotNull @Min(1) @Max(4) Integer quarter) {
  }

  private final QuarterlyReportService reports;
  private final CurrentUserProvider users;

  QuarterlyReportController(QuarterlyReportService reports, CurrentUserProvider users) {
    this.reports = reports;
    this.users = users;
  }

  @PostMapping
  @Operation(summary = "Запустить отчёт региона за закончившийся квартал")
  ResponseEntity<Map<String, String>> start(@Valid @RequestBody StartRequest body) {
    ReportPeriod period = new ReportPeriod(body.year(), body.quarter());
    String key = reports.start(users.current(), body.region(), period);
    return ResponseEntity.created(URI.create("/api/reports/quarterly/" + body.region() + "/" + body.year() + "/"
        + body.quarter())).body(Map.of("businessKey", key));
  }

  @GetMapping("/{region}/{year}/{quarter}")
  @Operation(summary = "Скачать сводный отчёт: XLSX (по умолчанию) или CSV (format=csv)")
  ResponseEntity<byte[]> download(@PathVariable String region, @PathVariable int year, @PathVariable int quarter,
      @RequestParam(defaultValue = "xlsx") String format) {
    if (!format.equals("xlsx") && !format.equals("csv")) {
      throw new InvalidInputException("Неизвестный формат", java.util.List.of(
          new ru.smarteka.workflow.system.FieldMessage("format", "xlsx или csv")));
    }
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException("Неверный квартал", java.util.List.of(
          new ru.smarteka.workflow.system.FieldMessage("quarter", "от 1 до 4")));
    }
    QuarterlyReportService.ReportFileView file = reports.file(users.current(), region, new ReportPeriod(year, quarter),
        format);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.data());
  }
}

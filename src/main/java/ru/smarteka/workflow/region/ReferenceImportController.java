package ru.smarteka.workflow.region;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admin upload of reference data as CSV: {@code POST /api/admin/reference/ratings} and
 * {@code POST /api/admin/reference/responsible-bodies}, the file as the {@code text/csv} body or as the multipart field
 * {@code file}. The format is described on {@link ReferenceImportService} and in {@code reference/README.md}.
 * A rejected file answers 400 {@code application/problem+json} with {@code errors: [{line, field, message}]}.
 * Access ({@code /api/admin/**}, group {@code camunda-admin}) is configured centrally.
 */
@RestController
@RequestMapping("/api/admin/reference")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Справочники: администрирование",
    description = "Загрузка справочников и результатов рейтингов (CSV)")
class ReferenceImportController {

  static final String CSV = "text/csv";

  private final ReferenceImportService imports;

  ReferenceImportController(ReferenceImportService imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/{dataset}", consumes = {CSV, MediaType.TEXT_PLAIN_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ImportResult importBody(@PathVariable String dataset, @RequestBody byte[] content) {
    return imports.importCsv(dataset(dataset), content);
  }

  @PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ImportResult importFile(@PathVariable String dataset, @RequestPart("file") MultipartFile file) throws IOException {
    return imports.importCsv(dataset(dataset), file.getBytes());
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> rejected(ReferenceImportException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Файл не загружен: в нём есть ошибки, данные не изменены");
    problem.setTitle("Файл справочных данных отклонён");
    problem.setType(URI.create("urn:smarteka:problem:reference-import-rejected"));
    problem.setProperty("errors", e.errors());
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unknownDataset(UnknownDatasetException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "Неизвестный набор данных «" + e.getMessage() + "»; допустимы: ratings, responsible-bodies, federal-reviewers");
    problem.setTitle("Набор справочных данных не найден");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static ReferenceDataset dataset(String id) {
    return ReferenceDataset.byId(id).orElseThrow(() -> new UnknownDatasetException(id));
  }

  static final class UnknownDatasetException extends RuntimeException {

    UnknownDatasetException(String dataset) {
      super(dataset);
    }
  }
}

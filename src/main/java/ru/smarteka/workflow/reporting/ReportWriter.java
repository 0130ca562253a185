package ru.smarteka.workflow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a quarterly report as XLSX (Apache POI) and as CSV (UTF-8 with BOM, «;»-separated, for Excel). */
final class ReportWriter {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";

  static final List<String> PRACTICE_COLUMNS = List.of("Категория", "Ответственные органы", "Практика", "Ссылка",
      "Дата размещения");
  static final List<String> REPLICATION_COLUMNS = List.of("Практика", "Ссылка", "Категория", "Ответственные органы",
      "Достигнутый или планируемый результат", "Должность ответственного", "Контакты ответственного");
  static final List<String> BODY_COLUMNS = List.of("Ответственный орган", "Представил", "Дата", "Уточнения");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  static String title(ReportContent report) {
    return "Информация о работе на цифровой платформе «Смартека»: " + report.regionName() + ", "
        + report.period().title();
  }

  static byte[] xlsx(ReportContent report, ZoneId zone) {
    try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet practices = book.createSheet("Практики региона");
      int r = header(practices, bold, title(report), "1. Практики региона, размещённые на платформе", PRACTICE_COLUMNS);
      for (ReportContent.PracticeRow p : report.practices()) {
        row(practices.createRow(r++), p.category(), p.bodies(), p.title(), p.link(), DATE.format(p.placedOn()));
      }
      Sheet replications = book.createSheet("Внедрение практик");
      r = header(replications, bold, title(report), "2. Ход внедрения практик других регионов", REPLICATION_COLUMNS);
      for (ReportContent.ReplicationRow p : report.replications()) {
        row(replications.createRow(r++), p.title(), p.link(), p.category(), p.bodies(), p.result(), p.position(),
            p.contacts());
      }
      Sheet bodies = book.createSheet("Ответственные органы");
      r = header(bodies, bold, title(report), "Сведения ответственных органов", BODY_COLUMNS);
      for (ReportContent.BodyPart b : report.bodies()) {
        row(bodies.createRow(r++), b.body(), b.submittedBy(), DATE.format(b.submittedAt().atZone(zone)),
            b.corrections());
      }
      if (report.coordinatorNote() != null) {
        r++;
        row(bodies.createRow(r), "Комментарий координирующего органа", report.coordinatorNote());
      }
      for (Sheet sheet : List.of(practices, replications, bodies)) {
        for (int c = 0; c < 7; c++) {
          sheet.setColumnWidth(c, 36 * 256);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] csv(ReportContent report, ZoneId zone) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, title(report));
    line(csv, "Раздел", PRACTICE_COLUMNS);
    report.practices().forEach(p -> line(csv, "1. Практики региона", List.of(p.category(), p.bodies(), p.title(),
        p.link(), DATE.format(p.placedOn()))));
    line(csv, "Раздел", REPLICATION_COLUMNS);
    report.replications().forEach(p -> line(csv, "2. Внедрение практик", List.of(p.title(), p.link(), p.category(),
        p.bodies(), p.result(), p.position(), p.contacts())));
    line(csv, "Раздел", BODY_COLUMNS);
    report.bodies().forEach(b -> line(csv, "Ответственные органы", List.of(b.body(), b.submittedBy(),
        DATE.format(b.submittedAt().atZone(zone)), b.corrections() == null ? "" : b.corrections())));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int header(Sheet sheet, CellStyle bold, String title, String section, List<String> columns) {
    Row t = sheet.createRow(0);
    t.createCell(0).setCellValue(title);
    t.getCell(0).setCellStyle(bold);
    sheet.createRow(1).createCell(0).setCellValue(section);
    Row head = sheet.createRow(3);
    for (int c = 0; c < columns.size(); c++) {
      head.createCell(c).setCellValue(columns.get(c));
      head.getCell(c).setCellStyle(bold);
    }
    return 4;
  }

  private static void row(Row row, String... values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
    }
  }

  private static void line(StringBuilder csv, String first, List<String> rest) {
    csv.append(cell(first));
    rest.forEach(v -> csv.append(';').append(cell(v)));
    csv.append("\r\n");
  }

  private static void line(StringBuilder csv, String only) {
    csv.append(cell(only)).append("\r\n");
  }

  private static String cell(String value) {
    String v = value == null ? "" : value;
    return v.contains(";") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private ReportWriter() {
  }
}

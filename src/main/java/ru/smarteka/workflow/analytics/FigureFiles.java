package ru.smarteka.workflow.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A figure as a file, the way the quarterly reports are written (reporting's ReportWriter): XLSX with Apache POI,
 * CSV as UTF-8 with a BOM and «;» for Excel. Numbers stay numbers in XLSX; a text cell that a spreadsheet would take
 * for a formula (a practice title starting with «=», «+», «-», «@») is written with a leading apostrophe in CSV.
 */
public final class FigureFiles {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv";

  public static byte[] xlsx(Figure figure) {
    try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = book.createSheet("Данные");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(figure.title());
      title.getCell(0).setCellStyle(bold);
      sheet.createRow(1).createCell(0).setCellValue(filterLine(figure));
      Row head = sheet.createRow(3);
      for (int c = 0; c < figure.columns().size(); c++) {
        head.createCell(c).setCellValue(figure.columns().get(c).label());
        head.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, 24 * 256);
      }
      int r = 4;
      for (Map<String, Object> values : figure.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < figure.columns().size(); c++) {
          Object value = values.get(figure.columns().get(c).key());
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(value == null ? "" : value.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] csv(Figure figure) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(cell(figure.title())).append("\r\n");
    csv.append(cell(filterLine(figure))).append("\r\n");
    csv.append(figure.columns().stream().map(c -> cell(c.label())).collect(Collectors.joining(";"))).append("\r\n");
    for (Map<String, Object> row : figure.rows()) {
      csv.append(figure.columns().stream().map(c -> {
        Object value = row.get(c.key());
        return value instanceof Number ? value.toString().replace('.', ',') : cell(value == null ? "" : value.toString());
      }).collect(Collectors.joining(";"))).append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String filterLine(Figure figure) {
    if (figure.filter().isEmpty()) {
      return "Фильтр: нет (за всё время, все регионы и категории)";
    }
    return "Фильтр: " + figure.filter().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private FigureFiles() {
  }
}

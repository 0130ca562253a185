package ru.smarteka.workflow.federal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The summary of a round as an XLSX workbook: totals, per body or commission, per category. */
final class FederalSummaryWorkbook {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  static byte[] write(FederalRoundSummary summary, ZoneId zone) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);

      Sheet totals = book.createSheet("Итоги отбора");
      title(totals, header, "Отбор практик для массового тиражирования: " + summary.name());
      row(totals, 1, "Срок отбора", DATE_TIME.format(summary.deadline().atZone(zone)));
      row(totals, 2, "Статус", "OPEN".equals(summary.status()) ? "идёт" : "завершён");
      row(totals, 4, "Практик в отборе", summary.practices());
      row(totals, 5, "Рассмотрено", summary.reviewed());
      row(totals, 6, "Одобрено к массовому тиражированию", summary.approved());
      row(totals, 7, "Не одобрено", summary.notApproved());
      row(totals, 8, "Не рассмотрено к сроку", summary.notReviewed());
      row(totals, 9, "На рассмотрении", summary.inReview());
      totals.setColumnWidth(0, 40 * 256);
      totals.setColumnWidth(1, 20 * 256);

      Sheet reviewers = book.createSheet("По органам");
      title(reviewers, header, "Рассмотрение практик ФОИВ и комиссиями Госсовета");
      headerRow(reviewers, header, 2, "Орган", "Вид", "Назначено", "Рассмотрено", "Одобрено",
          "Одобрено с замечаниями", "Не одобрено", "Рекомендовано в нацпроекты");
      int r = 3;
      for (FederalRoundSummary.ByReviewer b : summary.byReviewer()) {
        row(reviewers, r++, b.name(), b.kind(), b.assigned(), b.reviewed(), b.approved(), b.approvedWithRemarks(),
            b.declined(), b.recommendedForProjects());
      }
      reviewers.setColumnWidth(0, 60 * 256);

      Sheet categories = book.createSheet("По категориям");
      title(categories, header, "Практики отбора по категориям");
      headerRow(categories, header, 2, "Категория", "Практик", "Рассмотрено", "Одобрено");
      r = 3;
      for (FederalRoundSummary.ByCategory c : summary.byCategory()) {
        row(categories, r++, c.categoryName(), c.practices(), c.reviewed(), c.approved());
      }
      categories.setColumnWidth(0, 40 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void title(Sheet sheet, CellStyle style, String text) {
    var cell = sheet.createRow(0).createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  private static void headerRow(Sheet sheet, CellStyle style, int index, String... labels) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < labels.length; i++) {
      row.createCell(i).setCellValue(labels[i]);
      row.getCell(i).setCellStyle(style);
    }
  }

  private static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
      }
    }
  }

  private FederalSummaryWorkbook() {
  }
}

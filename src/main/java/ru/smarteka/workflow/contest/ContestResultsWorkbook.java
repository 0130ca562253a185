package ru.smarteka.workflow.contest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A contest's results as an XLSX workbook (the same figures as {@link Contests#results}): per nomination the short
 * list in the working group's order, its score, the residents' votes (counts only: no voter) and the winners.
 */
final class ContestResultsWorkbook {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static byte[] write(Contests.Results results) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      Sheet sheet = book.createSheet("Итоги конкурса");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("Итоги конкурса «" + results.title() + "»");
      title.getCell(0).setCellStyle(header);
      String[] columns = {"Номинация", "Место по оценке рабочей группы", "Практика", "Регион",
          "Балл рабочей группы", "Голосов жителей", "Итог"};
      Row head = sheet.createRow(2);
      for (int i = 0; i < columns.length; i++) {
        head.createCell(i).setCellValue(columns[i]);
        head.getCell(i).setCellStyle(header);
      }
      int r = 3;
      for (Contests.NominationResult nomination : results.nominations()) {
        for (Contests.Entry entry : nomination.ranking()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(nomination.title());
          row.createCell(1).setCellValue(entry.juryRank());
          row.createCell(2).setCellValue(entry.title());
          row.createCell(3).setCellValue(entry.regionName());
          if (entry.juryScore() != null) {
            row.createCell(4).setCellValue(entry.juryScore().doubleValue());
          }
          row.createCell(5).setCellValue(entry.votes() == null ? 0 : entry.votes());
          row.createCell(6).setCellValue(entry.juryWinner() && entry.publicWinner()
              ? "Победитель по решению рабочей группы и голосованию жителей"
              : entry.juryWinner() ? "Победитель по решению рабочей группы"
              : entry.publicWinner() ? "Победитель голосования жителей" : "Финалист");
        }
      }
      sheet.setColumnWidth(0, 45 * 256);
      sheet.setColumnWidth(2, 60 * 256);
      sheet.setColumnWidth(3, 30 * 256);
      sheet.setColumnWidth(6, 50 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ContestResultsWorkbook() {
  }
}

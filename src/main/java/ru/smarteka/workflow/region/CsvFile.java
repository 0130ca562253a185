package ru.smarteka.workflow.region;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed reference CSV file: UTF-8 (a BOM is skipped), {@code ;}-separated, a header line with column names, blank
 * lines ignored. A field may be enclosed in double quotes to contain {@code ;}; {@code ""} inside quotes is a quote.
 * A field cannot span lines.
 */
final class CsvFile {

  /** One data line: its number in the file (the header is line 1) and its values by column name (trimmed). */
  record Row(int line, Map<String, String> values) {

    /** The trimmed value of a column; empty when the column is absent or blank. */
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private final List<String> header;
  private final List<Row> rows;

  private CsvFile(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * Parses the bytes of a file.
   *
   * @throws ReferenceImportException when the bytes are not UTF-8, the header is missing, lacks a required column or
   *     names an unknown one, or a line has more fields than the header
   */
  static CsvFile parse(byte[] content, ReferenceDataset dataset) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw reject(dataset, 1, "file", "Файл должен быть в кодировке UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\n|\r", -1);
    int headerIndex = 0;
    while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
      headerIndex++;
    }
    if (headerIndex == lines.length) {
      throw reject(dataset, 1, "header", "Файл пуст: нужна строка заголовка " + String.join(";", dataset.columns()));
    }
    int headerLine = headerIndex + 1;
    List<String> header = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    for (String name : split(lines[headerIndex], headerLine, errors)) {
      header.add(name.trim().toLowerCase(Locale.ROOT));
    }
    for (String column : header) {
      if (!dataset.columns().contains(column)) {
        errors.add(new ImportError(headerLine, column,
            "Неизвестный столбец; допустимы: " + String.join(";", dataset.columns())));
      }
    }
    for (String column : dataset.requiredColumns()) {
      if (!header.contains(column)) {
        errors.add(new ImportError(headerLine, column, "В заголовке нет обязательного столбца"));
      }
    }
    if (header.stream().distinct().count() != header.size()) {
      errors.add(new ImportError(headerLine, "header", "Столбцы в заголовке повторяются"));
    }
    if (!errors.isEmpty()) {
      throw new ReferenceImportException(dataset.id(), errors);
    }

    List<Row> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int line = i + 1;
      List<String> fields = split(lines[i], line, errors);
      if (fields.size() > header.size()) {
        errors.add(new ImportError(line, "line",
            "Полей " + fields.size() + ", а столбцов в заголовке " + header.size()));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < fields.size(); c++) {
        values.put(header.get(c), fields.get(c).trim());
      }
      rows.add(new Row(line, values));
    }
    if (!errors.isEmpty()) {
      throw new ReferenceImportException(dataset.id(), errors);
    }
    return new CsvFile(List.copyOf(header), List.copyOf(rows));
  }

  private static List<String> split(String line, int lineNumber, List<ImportError> errors) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (ch == ';') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      errors.add(new ImportError(lineNumber, "line", "Кавычка не закрыта"));
    }
    fields.add(field.toString());
    return fields;
  }

  private static ReferenceImportException reject(ReferenceDataset dataset, int line, String field, String message) {
    return new ReferenceImportException(dataset.id(), List.of(new ImportError(line, field, message)));
  }
}

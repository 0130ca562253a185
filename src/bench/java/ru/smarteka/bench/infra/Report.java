package ru.smarteka.bench.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a run measured: a Markdown table per scenario (printed as it is finished and written with the run's conditions
 * to {@code target/bench/results.md}), and the goals with the figure measured against each.
 */
public final class Report {

  /** One table. */
  public static final class Table {
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String title, List<String> header) {
      this.title = title;
      this.header = header;
    }

    public Table row(Object... cells) {
      rows.add(Arrays.stream(cells).map(String::valueOf).toList());
      return this;
    }

    public Table note(String note) {
      notes.add(note);
      return this;
    }

    String markdown() {
      StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
      int[] widths = new int[header.size()];
      for (int i = 0; i < header.size(); i++) {
        widths[i] = header.get(i).length();
        for (List<String> row : rows) {
          widths[i] = Math.max(widths[i], i < row.size() ? row.get(i).length() : 0);
        }
      }
      line(out, header, widths);
      out.append('|');
      for (int w : widths) {
        out.append(' ').append("-".repeat(Math.max(3, w))).append(" |");
      }
      out.append('\n');
      rows.forEach(r -> line(out, r, widths));
      if (!notes.isEmpty()) {
        out.append('\n');
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
      }
      return out.append('\n').toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
      out.append('|');
      for (int i = 0; i < widths.length; i++) {
        String cell = i < cells.size() ? cells.get(i) : "";
        out.append(' ').append(cell).append(" ".repeat(Math.max(0, Math.max(3, widths[i]) - cell.length())))
            .append(" |");
      }
      out.append('\n');
    }
  }

  private final Path file;
  private final List<String> sections = new ArrayList<>();
  private final Table goals = new Table("Goals (issue 12)", List.of("goal", "target", "measured", "met"));
  private final String header;

  public Report(Path file, String header) {
    this.file = file;
    this.header = header;
  }

  public Table table(String title, String... header) {
    return new Table(title, List.of(header));
  }

  /** Prints a finished table and keeps it for the file. */
  public synchronized void add(Table table) {
    String md = table.markdown();
    System.out.println();
    System.out.print(md);
    sections.add(md);
    write();
  }

  public synchronized void goal(String goal, String target, String measured, boolean met) {
    goals.row(goal, target, measured, met ? "yes" : "**no**");
    write();
  }

  public synchronized String finish(String footer) {
    StringBuilder out = new StringBuilder(header).append('\n');
    sections.forEach(out::append);
    if (!goals.rows.isEmpty()) {
      out.append(goals.markdown());
    }
    out.append(footer).append('\n');
    try {
      Files.writeString(file, out.toString());
    } catch (IOException e) {
      System.err.println("bench: cannot write " + file + ": " + e);
    }
    return goals.rows.isEmpty() ? "" : goals.markdown();
  }

  private void write() {
    StringBuilder out = new StringBuilder(header).append('\n');
    sections.forEach(out::append);
    if (!goals.rows.isEmpty()) {
      out.append(goals.markdown());
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out.toString());
    } catch (IOException e) {
      System.err.println("bench: cannot write " + file + ": " + e);
    }
  }
}

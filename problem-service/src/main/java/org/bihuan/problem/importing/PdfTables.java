package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A PDF's text assembled page by page with its unruled tables ({@link PdfColumns}) set apart, as a
 * Word document's are: the whole text (tables included, what identifies the document and what the
 * outline is read from when no table gives a problem), the text outside the tables, and each table
 * as a {@link Grid} that knows where it stands in both ({@link Grid.Place}) and the lines above it
 * (its heading: 一、作风建设方面).
 */
final class PdfTables {

  /**
   * What stands for a table among a page's lines while page numbers and running headers are taken
   * out ({@link PageFurniture}): longer than any running header, starting with a label and ending a
   * sentence, so that it is never taken for furniture nor joined with a line across a page break.
   */
  private static final String MARK = "问题：" + "表".repeat(48);

  /** How many lines above a table are kept as its lead: enough for nested headings. */
  private static final int LEAD_KEPT = 8;

  /** A table found on a page and the indexes of the page's text lines it covers. */
  record Found(PdfColumns.Table table, List<Integer> lines) {}

  private record Pending(PdfColumns.Table table, List<String> lines) {}

  private final List<Pending> pending = new ArrayList<>();
  private final List<Grid> grids = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder outside = new StringBuilder();
  private final List<String> lead = new ArrayList<>();
  private int lines;
  private int outsideLines;

  /**
   * The unruled tables of the page just read and the text lines each covers (matched by baseline),
   * or none when the lines PDFBox wrote do not match the lines measured.
   */
  static List<Found> linesOf(PdfLayout layout, List<String> written) {
    List<PdfColumns.Table> tables = PdfColumns.tables(layout.glyphs());
    if (tables.isEmpty()) {
      return List.of();
    }
    List<Float> baselines = new ArrayList<>(layout.lineBaselines());
    if (!Float.isNaN(layout.lastBaseline())) {
      baselines.add(layout.lastBaseline());
    }
    int count = written.size();
    while (count > 0 && written.get(count - 1).isBlank()) {
      count--;
    }
    if (baselines.size() != count) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    for (PdfColumns.Table t : tables) {
      List<Integer> covered = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        float y = baselines.get(i);
        if (!Float.isNaN(y) && y >= t.top() - 1 && y <= t.bottom() + 1) {
          covered.add(i);
        }
      }
      if (!covered.isEmpty()) {
        found.add(new Found(t, covered));
      }
    }
    return found;
  }

  /**
   * A page's lines with each table's lines replaced by one mark (kept aside until {@link #line}).
   */
  List<String> marked(List<String> lines, List<Found> found, PdfLayout layout) {
    if (found.isEmpty()) {
      return lines;
    }
    java.util.Map<Integer, Found> byLine = new java.util.HashMap<>();
    for (Found f : found) {
      f.lines().forEach(l -> byLine.put(l, f));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Found in = byLine.get(i);
      if (in == null) {
        out.add(lines.get(i));
      } else if (in.lines().get(0) == i) {
        List<String> own = new ArrayList<>();
        in.lines().forEach(l -> own.add(lines.get(l)));
        out.add(MARK + pending.size() + "。");
        pending.add(new Pending(in.table(), own));
      }
    }
    return out;
  }

  /** Adds a line of the document's text (after page furniture was taken out). */
  void line(String line) {
    if (line.startsWith(MARK)) {
      Pending p = pending.get(Integer.parseInt(line.substring(MARK.length(), line.length() - 1)));
      for (String own : p.lines()) {
        text.append(own).append('\n');
        lines++;
      }
      List<Grid.Row> rows = p.table().rows();
      grids.add(
          Grid.wordTable(
              rows, grids.size() + 1, List.copyOf(lead), new Grid.Place(outsideLines, lines)));
      lead.clear();
      return;
    }
    text.append(line).append('\n');
    outside.append(line).append('\n');
    lines++;
    outsideLines++;
    if (!line.isBlank()) {
      lead.add(line.strip());
      if (lead.size() > LEAD_KEPT) {
        lead.remove(0);
      }
    }
  }

  /** The lines of the whole text so far. */
  int lines() {
    return lines;
  }

  StringBuilder text() {
    return text;
  }

  String outside() {
    return outside.toString();
  }

  /** The tables, their cells' text passed through {@code mapped}. */
  List<Grid> grids(UnaryOperator<String> mapped) {
    List<Grid> out = new ArrayList<>();
    for (Grid g : grids) {
      List<Grid.Row> rows = new ArrayList<>();
      for (Grid.Row r : g.rows()) {
        rows.add(
            new Grid.Row(
                r.number(),
                r.cells().stream().map(c -> Grid.Cell.of(mapped.apply(c.text()))).toList()));
      }
      out.add(Grid.wordTable(rows, g.table(), g.lead(), g.place()));
    }
    return out;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A PDF's text assembled page by page with its tables — ruled ({@link PdfLayout#ruled}) or not
 * ({@link PdfColumns}), a table continued on the next page without its header being one — set
 * apart, as a Word document's are: the whole text (tables included, what identifies the document
 * and what the outline is read from when no table gives a problem), the text outside the tables,
 * and each table as a {@link Grid} that knows where it stands in both ({@link Grid.Place}) and the
 * lines above it (its heading: 一、作风建设方面).
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

  /** By grid, the page each of its rows stands on (by row number). */
  private final List<List<Integer>> gridPages = new ArrayList<>();

  /** The page whose lines {@link #line} is given. */
  private int page = 1;

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder outside = new StringBuilder();
  private final List<String> lead = new ArrayList<>();
  private int lines;
  private int outsideLines;

  /** The table the page before ended with, when its rows may go on at the top of this page. */
  private PdfColumns.Open open;

  /**
   * The header row of the ruled table the page before ended with — nothing but page numbers below
   * it — whose rows may go on at the top of this page; null when the page ended otherwise.
   */
  private List<String> openRuled;

  /**
   * The left and right edge and the text size of the table the page before ended with, when it ran
   * to the page's foot (its rows may go on here); null otherwise.
   */
  private float[] openSpan;

  /** The ruled tables found on the pages (the others were told by where their text stands). */
  private final Set<PdfColumns.Table> ruledTables =
      Collections.newSetFromMap(new IdentityHashMap<>());

  /** The grids (by {@link Grid#table}) any part of which was printed without cell borders. */
  private final Set<Integer> unruled = new TreeSet<>();

  /** What could not be joined to a table over a page break (the dry run says it). */
  private final List<String> warnings = new ArrayList<>();

  /**
   * The table the page before ended with, whose columns may go on on this page ({@link
   * PdfColumnPages}); null when the page before held no table.
   */
  private PdfColumnPages.Wide wide;

  /** The tables that hold the columns another page adds to the table before them. */
  private final java.util.Set<PdfColumns.Table> columnPages =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * The tables of the page just read — ruled ({@link PdfLayout#ruled}) and unruled ({@link
   * PdfColumns}), the rows that continue the page before's last table among them — and the text
   * lines each covers (matched by baseline), or none when the lines PDFBox wrote do not match the
   * lines measured. A page holding a ruled rectification table whose cells cannot be found is
   * refused (422 {@code pdf-table}).
   */
  List<Found> linesOf(PdfLayout layout, List<String> written, int page) {
    PdfColumnPages.Columns further =
        wide == null ? null : PdfColumnPages.read(layout.glyphs(), layout.rulings(), wide, page);
    if (further != null) {
      // the columns of the page before's table that did not fit its page: no table of its own
      open = null;
      openRuled = null;
      openSpan = null;
      Found columns = PdfColumnPages.table(further, layout, written);
      columnPages.add(columns.table());
      return columns.lines().isEmpty() ? List.of() : List.of(columns);
    }
    wide = null;
    PdfLayout.Ruled ruled = layout.ruled(openRuled);
    openRuled = null;
    if (ruled.unreadable()) {
      throw unreadable(page);
    }
    List<PdfColumns.Table> tables = new ArrayList<>(ruled.tables());
    ruledTables.addAll(ruled.tables());
    tables.addAll(PdfPageBands.unruled(layout.glyphs(), ruled.tables(), open));
    open = null;
    float[] wasOpen = openSpan;
    openSpan = null;
    if (wasOpen != null && tables.stream().noneMatch(PdfColumns.Table::continued)) {
      String notJoined = PdfUnjoinedLines.warning(layout, written, page, wasOpen);
      if (notJoined != null) {
        warnings.add(notJoined);
      }
    }
    tables.sort(java.util.Comparator.comparingDouble(PdfColumns.Table::top));
    // cells' texts printed over each other where no border parts them: no reading (0423)
    PdfTableReadSigns.overprinted(layout.glyphs(), tables, ruled.tables(), page);
    // a sheet's texts cut at its cells' edges, found from its header, tables read or not (0428)
    PdfClippedCells.refuse(layout.glyphs(), page);
    if (tables.isEmpty()) {
      return List.of();
    }
    List<Float> baselines = layout.baselinesOf(written);
    if (baselines == null) {
      if (!ruled.tables().isEmpty()) {
        throw unreadable(page);
      }
      return List.of();
    }
    int count = baselines.size();
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
    PdfColumns.Table last = tables.get(tables.size() - 1);
    wide = PdfColumnPages.of(last, layout.glyphs(), ruled.tables().contains(last));
    open = last.open();
    if (ruled.tables().contains(last)) {
      boolean toTheEnd = true;
      for (int i = 0; i < count; i++) {
        float y = baselines.get(i);
        if (!Float.isNaN(y) && y > last.bottom() + 1) {
          toTheEnd &= written.get(i).isBlank() || PageFurniture.isPageNumber(written.get(i));
        }
      }
      if (toTheEnd) {
        openRuled = last.rows().get(0).cells().stream().map(Grid.Cell::text).toList();
      }
    }
    if (open != null || openRuled != null) {
      openSpan = PdfUnjoinedLines.span(layout, last);
    }
    return found;
  }

  /** What could not be joined to a table over a page break. */
  List<String> warnings() {
    return warnings;
  }

  private static RuntimeException unreadable(int page) {
    return org.bihuan.platform.error.ApiProblem.unprocessable(
        "pdf-table",
        "Page "
            + page
            + " of the PDF holds its problems in a ruled table whose cells could not be found"
            + " (more rows or columns than are read, or text that does not line up with the"
            + " rulings). Send the original Word (.docx/.doc) or Excel (.xlsx/.xls) file the PDF"
            + " was made from.");
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

  /**
   * The baseline of each line of {@link #marked}'s answer (a table's mark standing where its first
   * line does; NaN for a blank line), or null when the lines PDFBox wrote do not match the lines
   * measured: where {@link PageFurniture} tells a running header from the page's own text.
   */
  static List<Float> markedBaselines(List<String> lines, List<Found> found, PdfLayout layout) {
    List<Float> baselines = layout.baselinesOf(lines);
    if (baselines == null) {
      return null;
    }
    int count = baselines.size();
    Set<Integer> inTables = new java.util.HashSet<>();
    Set<Integer> firsts = new java.util.HashSet<>();
    for (Found f : found) {
      inTables.addAll(f.lines());
      firsts.add(f.lines().get(0));
    }
    List<Float> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!inTables.contains(i) || firsts.contains(i)) {
        out.add(i < count ? baselines.get(i) : Float.NaN);
      }
    }
    return out;
  }

  /** The lines {@link #line} is given next are page {@code number}'s. */
  void page(int number) {
    page = number;
  }

  /** Adds a line of the document's text (after page furniture was taken out). */
  void line(String line) {
    if (line.startsWith(MARK)) {
      Pending p = pending.get(Integer.parseInt(line.substring(MARK.length(), line.length() - 1)));
      for (String own : p.lines()) {
        text.append(own).append('\n');
        lines++;
      }
      PdfColumns.Table t = p.table();
      List<Grid.Row> rows = t.rows();
      if (!ruledTables.contains(t)) {
        unruled.add(
            grids.isEmpty() || !(t.continued() || columnPages.contains(t))
                ? grids.size() + 1
                : grids.get(grids.size() - 1).table());
      }
      if (columnPages.contains(t) && !grids.isEmpty()) {
        grids.add(PdfColumnPages.besides(grids.remove(grids.size() - 1), rows, lines));
      } else if (t.continued() && !grids.isEmpty()) {
        // the rows go on from the page before: the same table, its header not repeated
        Grid before = grids.remove(grids.size() - 1);
        List<Integer> pages = gridPages.remove(gridPages.size() - 1);
        List<Grid.Row> joined = new ArrayList<>(before.rows());
        if (t.completesLast()) {
          joined.remove(joined.size() - 1); // its first page stays its page
        }
        for (Grid.Row r : rows.subList(1, rows.size())) {
          joined.add(new Grid.Row(joined.size() + 1, r.cells()));
          if (pages.size() < joined.size()) {
            pages.add(page);
          }
        }
        gridPages.add(pages);
        grids.add(
            Grid.wordTable(
                joined,
                before.table(),
                before.lead(),
                new Grid.Place(before.place().outsideBefore(), lines)));
      } else {
        grids.add(
            Grid.wordTable(
                rows, grids.size() + 1, List.copyOf(lead), new Grid.Place(outsideLines, lines)));
        gridPages.add(new ArrayList<>(java.util.Collections.nCopies(rows.size(), page)));
      }
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

  /** The tables (by {@link Grid#table}) any part of which was printed without cell borders. */
  Set<Integer> unruled() {
    return Set.copyOf(unruled);
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
                r.cells().stream()
                    .map(
                        c ->
                            new Grid.Cell(
                                mapped.apply(c.text()).strip(),
                                c.continuesAbove(),
                                c.number(),
                                c.continuesLeft()))
                    .toList()));
      }
      out.add(
          Grid.wordTable(rows, g.table(), g.lead(), g.place()).onPages(gridPages.get(out.size())));
    }
    return out;
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfLayout.RULINGS;
import static org.bihuan.problem.importing.PdfLayout.SAME_LINE;
import static org.bihuan.problem.importing.PdfLayout.THIN;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.PdfLayout.Ruled;
import org.bihuan.problem.importing.PdfLayout.Segment;

/**
 * The ruled tables of a PDF page ({@link PdfLayout#ruled}): the distinct horizontal rulings are cut
 * into tables where no vertical ruling joins two neighbours; a table's columns are the distinct
 * vertical rulings between its top and bottom; its cells are {@link PdfRuledCells}'.
 */
final class PdfRuledTables {

  private PdfRuledTables() {}

  /** The most rows of one ruled table read: a page holds a few dozen. */
  private static final int RULED_ROWS_KEPT = 500;

  /**
   * The page's ruled tables from its {@code segments} and {@code glyphs}, {@code open} the header
   * row of the ruled table the page before ended with (null when it ended otherwise): the page's
   * first grid, with at most {@value #ABOVE_CONTINUATION} lines of text above it (a running header,
   * a page number), no header of its own and as many columns as that header, continues that table —
   * Word repeats no header row unless asked to — and is read with that header as its first row
   * ({@link PdfColumns.Table#continued}); {@code pageRight} the page's right edge, where a table
   * wider than the page is cut ({@link PdfPageEdge}). That grid may be a single row: the rest of a
   * row cut by the break, alone on the last page or on a page that one long cell fills.
   */
  static Ruled ruled(
      List<Segment> segments, List<Glyph> glyphs, List<String> open, float pageRight) {
    List<Float> ys = new ArrayList<>(distinct(segments, true));
    List<PdfColumns.Table> tables = new ArrayList<>();
    boolean unreadable = false;
    // a grid of one row (two rulings) is read only where it may go on the table of the page before
    if (ys.size() < (open == null ? RULINGS : 2)) {
      return new Ruled(tables, false);
    }
    List<Segment> verticals = new ArrayList<>();
    List<List<Segment>> horizontals = new ArrayList<>();
    ys.forEach(y -> horizontals.add(new ArrayList<>()));
    // gap i (between rulings i and i + 1) is joined when a vertical ruling runs across it
    int[] joins = new int[ys.size() + 1];
    for (Segment s : segments) {
      if (s.horizontal()) {
        horizontals.get(PdfRuledCells.nearest(ys, s.at())).add(s);
        continue;
      }
      verticals.add(s);
      int from = PdfRuledCells.ceiling(ys, s.from() - SAME_LINE);
      int to = PdfRuledCells.floor(ys, s.to() + SAME_LINE);
      if (from < to) {
        joins[from]++;
        joins[to]--;
      }
    }
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(
        java.util.Comparator.comparingDouble((Glyph g) -> g.y()).thenComparingDouble(g -> g.x()));
    int first = 0;
    int joined = 0;
    int grids = 0;
    // the header row and bottom of the page's last table read: a grid below it without a header
    List<String> above = null;
    float aboveBottom = Float.NaN;
    for (int i = 0; i < ys.size() && grids < TABLES_KEPT; i++) {
      joined += joins[i];
      if (i + 1 < ys.size() && joined > 0) {
        continue;
      }
      int top = first;
      first = i + 1;
      if (i - top < 1) {
        continue;
      }
      List<Float> rows = ys.subList(top, i + 1);
      List<List<Segment>> rules = horizontals.subList(top, i + 1);
      grids++;
      List<Float> drawn = columns(verticals, rows.get(0), rows.get(rows.size() - 1));
      List<Float> xs =
          PdfPageEdge.reaching(drawn, rows.get(0), rows.get(rows.size() - 1), sorted, pageRight);
      if (xs != drawn) {
        PdfPageEdge.extend(rules, drawn.get(drawn.size() - 1), xs.get(xs.size() - 1));
      }
      if (xs.size() < RULINGS) {
        continue;
      }
      if (rows.size() > RULED_ROWS_KEPT + 1 || xs.size() > COLUMNS_KEPT + 1) {
        int r = Math.min(rows.size(), ROWS_KEPT + 1);
        int c = Math.min(xs.size(), COLUMNS_KEPT + 1);
        unreadable |=
            header(
                PdfRuledCells.cells(
                    rows.subList(0, r), xs.subList(0, c), rules.subList(0, r), verticals, sorted));
        continue;
      }
      List<Grid.Row> grid = PdfRuledCells.cells(rows, xs, rules, verticals, sorted);
      if (header(grid)) {
        tables.add(
            new PdfColumns.Table(
                grid,
                rows.get(0),
                rows.get(rows.size() - 1),
                false,
                false,
                null,
                PdfColumnPages.bands(grid, rows)));
        above = grid.get(0).cells().stream().map(Grid.Cell::text).toList();
        aboveBottom = rows.get(rows.size() - 1);
      } else if (above != null
          && above.size() == xs.size() - 1
          && PdfGroupHeadings.between(sorted, aboveBottom, rows.get(0))) {
        // under a group heading (二、作风建设方面): a table of its own under the header above (0278)
        List<PdfColumns.Table> own = underHeading(above, grid, rows);
        tables.addAll(own);
        aboveBottom = own.isEmpty() ? aboveBottom : rows.get(rows.size() - 1);
      } else if (above != null
          && above.size() == xs.size() - 1
          && linesBetween(sorted, aboveBottom, rows.get(0)) <= ABOVE_CONTINUATION) {
        // a table without a header under the one above, a line such as （续表） between: it goes on
        List<PdfColumns.Table> continued = continued(above, grid, rows);
        tables.addAll(continued);
        if (!continued.isEmpty()) {
          aboveBottom = rows.get(rows.size() - 1);
        }
      } else if (open != null
          && grids == 1
          && open.size() == xs.size() - 1
          && linesAbove(sorted, rows.get(0)) <= ABOVE_CONTINUATION) {
        tables.addAll(
            PdfGroupHeadings.justAbove(sorted, rows.get(0))
                ? underHeading(open, grid, rows)
                : continued(open, grid, rows));
      }
    }
    return new Ruled(tables, unreadable);
  }

  /**
   * A grid without a header read as the rows of the table whose header row is {@code header}
   * ({@link PdfColumns.Table#continued}), or nothing when that header does not read as one.
   */
  private static List<PdfColumns.Table> continued(
      List<String> header, List<Grid.Row> grid, List<Float> rows) {
    List<Grid.Row> continued = new ArrayList<>();
    continued.add(new Grid.Row(1, header.stream().map(Grid.Cell::of).toList()));
    for (Grid.Row r : grid) {
      continued.add(new Grid.Row(r.number() + 1, r.cells()));
    }
    if (!header(continued)) {
      return List.of();
    }
    return List.of(
        new PdfColumns.Table(continued, rows.get(0), rows.get(rows.size() - 1), true, false, null));
  }

  /**
   * A grid without a header under a group heading: a table of its own under {@code header} ({@link
   * PdfGroupHeadings}), or nothing when that header does not read as one.
   */
  private static List<PdfColumns.Table> underHeading(
      List<String> header, List<Grid.Row> grid, List<Float> rows) {
    List<Grid.Row> own = new ArrayList<>();
    own.add(new Grid.Row(1, header.stream().map(Grid.Cell::of).toList()));
    own.addAll(grid);
    if (!header(own)) {
      return List.of();
    }
    List<Grid.Row> numbered = PdfGroupHeadings.underHeader(own);
    return List.of(new PdfColumns.Table(numbered, rows.get(0), rows.get(rows.size() - 1)));
  }

  /** How many text lines (distinct baselines) stand between {@code top} and {@code bottom}. */
  private static int linesBetween(List<Glyph> sorted, float top, float bottom) {
    int n = 0;
    float last = Float.NaN;
    for (Glyph g : sorted) {
      if (g.y() >= bottom - SAME_LINE) {
        break;
      }
      if (g.y() <= top + SAME_LINE || g.text().isBlank()) {
        continue;
      }
      if (Float.isNaN(last) || g.y() - last > SAME_LINE) {
        n++;
        last = g.y();
      }
    }
    return n;
  }

  /** Lines of text above a ruled table's rows continued from the page before: header, number. */
  private static final int ABOVE_CONTINUATION = 2;

  /** How many text lines (distinct baselines) stand above {@code top} ({@code sorted} by y). */
  private static int linesAbove(List<Glyph> sorted, float top) {
    int n = 0;
    float last = Float.NaN;
    for (Glyph g : sorted) {
      if (g.y() >= top - SAME_LINE) {
        break;
      }
      if (g.text().isBlank()) {
        continue;
      }
      if (Float.isNaN(last) || g.y() - last > SAME_LINE) {
        n++;
        last = g.y();
      }
    }
    return n;
  }

  /** The most grids of rulings examined on one page (tables or layout boxes). */
  private static final int TABLES_KEPT = 100;

  /**
   * Whether the rows are a table read for problems, as a Word table's are ({@link ProblemTables}).
   */
  private static boolean header(List<Grid.Row> rows) {
    return ProblemTables.read(Grid.wordTable(rows, 1, List.of()));
  }

  /** The distinct x of the vertical rulings inside a table's top and bottom, left to right. */
  private static List<Float> columns(List<Segment> verticals, float top, float bottom) {
    TreeSet<Float> out = new TreeSet<>();
    for (Segment v : verticals) {
      if (v.from() >= top - SAME_LINE && v.to() <= bottom + SAME_LINE && v.to() - v.from() > THIN) {
        Float near = out.floor(v.at() + SAME_LINE);
        if (near == null || v.at() - near > SAME_LINE) {
          out.add(v.at());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The rows of a grid whose cells are read: those {@link TableReading} looks for a header in. */
  private static final int ROWS_KEPT = TableReading.HEADER_SEARCH;

  /** The columns of a grid whose cells are read. */
  private static final int COLUMNS_KEPT = 64;

  /** The distinct positions of the horizontal (or vertical) rulings, merged within 2 points. */
  private static TreeSet<Float> distinct(List<Segment> segments, boolean horizontal) {
    TreeSet<Float> out = new TreeSet<>();
    for (Segment s : segments) {
      if (s.horizontal() != horizontal) {
        continue;
      }
      Float near = out.floor(s.at() + SAME_LINE);
      if (near == null || s.at() - near > SAME_LINE) {
        out.add(s.at());
      }
    }
    return out;
  }
}

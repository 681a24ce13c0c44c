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
 * vertical rulings between its top and bottom. Each glyph goes to the cell its centre and baseline
 * fall in, line after line (a cell's text wrapped over several lines is one text); a cell without a
 * ruling between it and the cell above (no horizontal line across the column there) is merged with
 * it, as Word merges a problem's cell over its measures' rows.
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
   * ({@link PdfColumns.Table#continued}). That grid may be a single row: the rest of a row cut by
   * the break, alone on the last page or on a page that one long cell fills.
   */
  static Ruled ruled(List<Segment> segments, List<Glyph> glyphs, List<String> open) {
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
        horizontals.get(nearest(ys, s.at())).add(s);
        continue;
      }
      verticals.add(s);
      int from = ceiling(ys, s.from() - SAME_LINE);
      int to = floor(ys, s.to() + SAME_LINE);
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
      List<Float> xs = columns(verticals, rows.get(0), rows.get(rows.size() - 1));
      if (xs.size() < RULINGS) {
        continue;
      }
      if (rows.size() > RULED_ROWS_KEPT + 1 || xs.size() > COLUMNS_KEPT + 1) {
        int r = Math.min(rows.size(), ROWS_KEPT + 1);
        int c = Math.min(xs.size(), COLUMNS_KEPT + 1);
        unreadable |=
            header(
                cells(
                    rows.subList(0, r), xs.subList(0, c), rules.subList(0, r), verticals, sorted));
        continue;
      }
      List<Grid.Row> grid = cells(rows, xs, rules, verticals, sorted);
      if (header(grid)) {
        tables.add(new PdfColumns.Table(grid, rows.get(0), rows.get(rows.size() - 1)));
        above = grid.get(0).cells().stream().map(Grid.Cell::text).toList();
        aboveBottom = rows.get(rows.size() - 1);
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
        tables.addAll(continued(open, grid, rows));
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

  /** The index of the edge nearest {@code v}. */
  private static int nearest(List<Float> edges, float v) {
    int at = ceiling(edges, v);
    if (at == edges.size() || (at > 0 && v - edges.get(at - 1) < edges.get(at) - v)) {
      return at - 1;
    }
    return at;
  }

  /** The index of the first edge at or after {@code v} (edges.size() when none). */
  private static int ceiling(List<Float> edges, float v) {
    int at = java.util.Collections.binarySearch(edges, v);
    return at >= 0 ? at : -at - 1;
  }

  /** The index of the last edge at or before {@code v} (-1 when none). */
  private static int floor(List<Float> edges, float v) {
    int at = java.util.Collections.binarySearch(edges, v);
    return at >= 0 ? at : -at - 2;
  }

  private static boolean header(List<Grid.Row> rows) {
    return TableReading.header(Grid.wordTable(rows, 1, List.of())) != null;
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

  /** Whether one of a ruling's segments crosses {@code x}. */
  private static boolean ruledAt(List<Segment> ruling, float x) {
    for (Segment h : ruling) {
      if (h.from() <= x && h.to() >= x) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each row, the column each cell's span starts in: a cell with no vertical ruling between it
   * and the cell on its left (a section row 一、干部队伍建设方面 drawn across the columns) is one cell with
   * it, as Word merges cells across columns.
   */
  private static int[][] spans(List<Float> ys, List<Float> xs, List<Segment> verticals) {
    int rowCount = ys.size() - 1;
    int columnCount = xs.size() - 1;
    List<Float> mids = new ArrayList<>(rowCount);
    for (int r = 0; r < rowCount; r++) {
      mids.add((ys.get(r) + ys.get(r + 1)) / 2);
    }
    boolean[][] crossed = new boolean[rowCount][columnCount];
    for (Segment v : verticals) {
      int c = nearest(xs, v.at());
      if (c <= 0 || c >= columnCount || Math.abs(xs.get(c) - v.at()) > SAME_LINE) {
        continue;
      }
      for (int r = Math.max(0, ceiling(mids, v.from())); r < rowCount; r++) {
        if (mids.get(r) > v.to()) {
          break;
        }
        crossed[r][c] = true;
      }
    }
    int[][] start = new int[rowCount][columnCount];
    for (int r = 0; r < rowCount; r++) {
      for (int c = 1; c < columnCount; c++) {
        start[r][c] = crossed[r][c] ? c : start[r][c - 1];
      }
    }
    return start;
  }

  /** The cells between the rulings {@code ys} and {@code xs}, merged cells resolved. */
  private static List<Grid.Row> cells(
      List<Float> ys,
      List<Float> xs,
      List<List<Segment>> rules,
      List<Segment> verticals,
      List<Glyph> sorted) {
    int rowCount = ys.size() - 1;
    int columnCount = xs.size() - 1;
    int[][] span = spans(ys, xs, verticals);
    StringBuilder[][] text = new StringBuilder[rowCount][columnCount];
    Glyph[][] last = new Glyph[rowCount][columnCount];
    int from = ceiling(sorted.stream().map(Glyph::y).toList(), ys.get(0));
    for (Glyph g : sorted.subList(from, sorted.size())) {
      if (g.y() > ys.get(ys.size() - 1)) {
        break;
      }
      int r = band(ys, g.y());
      int c = band(xs, g.x());
      if (r < 0 || c < 0) {
        continue;
      }
      c = span[r][c];
      if (text[r][c] == null) {
        text[r][c] = new StringBuilder();
      }
      Glyph before = last[r][c];
      if (before != null) {
        boolean sameLine = Math.abs(g.y() - before.y()) <= SAME_LINE;
        float size = Math.max(before.size(), g.size());
        if (sameLine ? g.left() - before.right() >= size / 2 : latin(before, g)) {
          text[r][c].append(' ');
        }
      }
      text[r][c].append(g.text());
      last[r][c] = g;
    }
    // a cell with no ruling above it is merged with the cell above: both carry the merged text
    boolean[][] merged = new boolean[rowCount][columnCount];
    String[][] value = new String[rowCount][columnCount];
    for (int c = 0; c < columnCount; c++) {
      float mid = (xs.get(c) + xs.get(c + 1)) / 2;
      int top = 0;
      for (int r = 0; r <= rowCount; r++) {
        if (r < rowCount && r > 0 && !ruledAt(rules.get(r), mid)) {
          merged[r][c] = true;
          continue;
        }
        if (r > 0) {
          StringBuilder whole = new StringBuilder();
          for (int k = top; k < r; k++) {
            if (text[k][c] != null) {
              whole.append(text[k][c]);
            }
          }
          for (int k = top; k < r; k++) {
            value[k][c] = whole.toString();
          }
        }
        top = r;
      }
    }
    List<Grid.Row> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<Grid.Cell> cells = new ArrayList<>();
      for (int c = 0; c < columnCount; c++) {
        int first = span[r][c];
        cells.add(new Grid.Cell(value[r][first].strip(), merged[r][c], false, first < c));
      }
      rows.add(new Grid.Row(r + 1, cells));
    }
    return rows;
  }

  /** Two Latin words cut by a cell's width: a space between them. */
  private static boolean latin(Glyph a, Glyph b) {
    String x = a.text();
    String y = b.text();
    return !x.isEmpty()
        && !y.isEmpty()
        && Character.isLetterOrDigit(x.charAt(x.length() - 1))
        && x.charAt(x.length() - 1) < 0x2E80
        && Character.isLetter(y.charAt(0))
        && y.charAt(0) < 0x2E80;
  }

  /** The band between two edges that {@code v} falls in, or -1 (binary search: edges sorted). */
  private static int band(List<Float> edges, float v) {
    int at = java.util.Collections.binarySearch(edges, v);
    if (at >= 0) {
      return -1; // on a ruling
    }
    int after = -at - 1;
    return after >= 1 && after < edges.size() ? after - 1 : -1;
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

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfLayout.SAME_LINE;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.PdfLayout.Segment;

/**
 * The cells of one ruled grid ({@link PdfRuledTables}): each glyph goes to the cell its centre and
 * baseline fall in, line after line (a cell's text wrapped over several lines is one text, its duty
 * lines kept apart: {@link PdfCellLines}); a cell without a ruling between it and the cell above
 * (no horizontal line across the column there) is merged with it, as Word merges a problem's cell
 * over its measures' rows, and a cell without a vertical ruling on its left is one cell with its
 * neighbour.
 */
final class PdfRuledCells {

  private PdfRuledCells() {}

  /** The widest padding of a cell's text that its lines' starts are read as (Word's is 5.4 pt). */
  private static final float PAD = 6;

  /** The padding of a cell whose lines all start further in (set centred): Word's, 0.19 cm. */
  private static final float WORD_PAD = 5.4f;

  /** The last column of the span that starts at column {@code c} of a row. */
  private static int spanEnd(int[] starts, int c) {
    int e = c;
    while (e + 1 < starts.length && starts[e + 1] == c) {
      e++;
    }
    return e;
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

  /**
   * The padding of each column's cells (by the column a cell's span starts in): how far its text
   * starts from the left ruling at the least, the lines set flush left; {@link #WORD_PAD} where
   * every line starts further in than {@link #PAD} (a column set centred), the padding the right
   * side keeps too (docs/decisions/0329).
   */
  private static float[] pads(List<Float> ys, List<Float> xs, int[][] span, List<Glyph> glyphs) {
    float[] pad = new float[xs.size() - 1];
    java.util.Arrays.fill(pad, Float.MAX_VALUE);
    for (Glyph g : glyphs) {
      if (g.y() > ys.get(ys.size() - 1)) {
        break;
      }
      int r = band(ys, g.y());
      int c = band(xs, g.x());
      if (r >= 0 && c >= 0) {
        c = span[r][c];
        pad[c] = Math.min(pad[c], g.left() - xs.get(c));
      }
    }
    for (int c = 0; c < pad.length; c++) {
      pad[c] = pad[c] > PAD ? WORD_PAD : Math.max(0, pad[c]);
    }
    return pad;
  }

  /** The cells between the rulings {@code ys} and {@code xs}, merged cells resolved. */
  static List<Grid.Row> cells(
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
    float[][] lineLeft = new float[rowCount][columnCount]; // where the cell's current line starts
    float[][] gap = new float[rowCount][columnCount]; // between the line's last two glyphs
    int from = ceiling(sorted.stream().map(Glyph::y).toList(), ys.get(0));
    float[] pad = pads(ys, xs, span, sorted.subList(from, sorted.size()));
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
        lineLeft[r][c] = g.left();
        gap[r][c] = Float.NaN;
      }
      Glyph before = last[r][c];
      if (before != null) {
        boolean sameLine = Math.abs(g.y() - before.y()) <= SAME_LINE;
        float size = Math.max(before.size(), g.size());
        if (sameLine ? PdfTypedSpaces.between(before, g, size, gap[r][c]) : latin(before, g)) {
          text[r][c].append(' ');
        }
        gap[r][c] = sameLine ? g.left() - before.right() : Float.NaN;
        if (!sameLine) {
          // the cell's next line: a wrap, or a line the author ended short of the cell's room
          float room = xs.get(spanEnd(span[r], c) + 1) - xs.get(c) - 2 * pad[c];
          float width = before.right() - lineLeft[r][c];
          boolean shortLine = PdfCellLines.endsShort(width, g.width(), room);
          text[r][c].append(shortLine ? PdfCellLines.BREAK : PdfCellLines.WRAP);
          lineLeft[r][c] = g.left();
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
            value[k][c] = PdfCellLines.joined(whole.toString());
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

  /** The index of the edge nearest {@code v}. */
  static int nearest(List<Float> edges, float v) {
    int at = ceiling(edges, v);
    if (at == edges.size() || (at > 0 && v - edges.get(at - 1) < edges.get(at) - v)) {
      return at - 1;
    }
    return at;
  }

  /** The index of the first edge at or after {@code v} (edges.size() when none). */
  static int ceiling(List<Float> edges, float v) {
    int at = java.util.Collections.binarySearch(edges, v);
    return at >= 0 ? at : -at - 1;
  }

  /** The index of the last edge at or before {@code v} (-1 when none). */
  static int floor(List<Float> edges, float v) {
    int at = java.util.Collections.binarySearch(edges, v);
    return at >= 0 ? at : -at - 2;
  }
}

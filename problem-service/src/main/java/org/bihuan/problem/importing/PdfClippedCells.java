package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A sheet printed at its default column widths, each row one line (docs/decisions/0428): a text
 * longer than its column is cut at the cell's edge where the next cell is filled. With grid lines
 * Calc prints the cut glyph over the next cell's first one; without them it leaves the glyph out,
 * and the texts of neighbouring columns touch with no gap. Either way the words a cell held are
 * lost and the ones the print shows run on into the next column's: no reading of it is right. Found
 * from the page's header (a line of three column names or more, their left edges the columns):
 * below it, a cell's text that begins at its column's left edge and runs, as one text, to within
 * half a glyph of the next column's text (or over it) is cut at its edge.
 */
final class PdfClippedCells {

  private PdfClippedCells() {}

  /** How many cut texts a page may show and still be read (as 0423's overprints). */
  private static final int CUT_READ = 2;

  /** How far (points) a text's left edge may stand from its column's. */
  private static final float SAME_EDGE = 1.5f;

  /** Two glyphs this close (points) are one text run on, not two texts. */
  private static final float RUN_ON = 0.5f;

  /**
   * Refuses page {@code page} when, below its header, texts are cut at their cells' edges at more
   * than {@value #CUT_READ} places in two columns or more.
   */
  static void refuse(List<PdfLayout.Glyph> glyphs, int page) {
    List<List<PdfLayout.Glyph>> lines = lines(glyphs);
    int header = -1;
    float[] edges = null;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      edges = header(lines.get(i));
      header = edges == null ? -1 : i;
    }
    if (header < 0) {
      return;
    }
    int places = 0;
    TreeSet<Integer> columns = new TreeSet<>();
    String first = null;
    for (List<PdfLayout.Glyph> line : lines.subList(header + 1, lines.size())) {
      List<List<PdfLayout.Glyph>> cells = new ArrayList<>(edges.length);
      for (int k = 0; k < edges.length; k++) {
        cells.add(cell(line, edges[k], k + 1 < edges.length ? edges[k + 1] : Float.MAX_VALUE));
      }
      for (int k = 0; k + 1 < edges.length; k++) {
        if (cut(cells.get(k), cells.get(k + 1), edges[k], edges[k + 1])) {
          places++;
          columns.add(k);
          first = first == null ? text(cells.get(k)) : first;
        }
      }
    }
    if (places > CUT_READ && columns.size() >= 2) {
      PdfTableReadGuard.refuseWhen(
          Map.of(
              page,
              List.of(
                  "its cells' texts are cut at the cells' edges ("
                      + places
                      + " places, the first 「"
                      + first
                      + "」): a sheet printed at its default column widths, whose texts longer"
                      + " than their columns were cut where the next cell begins")));
    }
  }

  /** The page's lines, top down: glyphs within half a glyph's size of a line's first baseline. */
  private static List<List<PdfLayout.Glyph>> lines(List<PdfLayout.Glyph> glyphs) {
    List<PdfLayout.Glyph> byY = new ArrayList<>(glyphs);
    byY.sort(Comparator.comparingDouble(PdfLayout.Glyph::y));
    List<List<PdfLayout.Glyph>> lines = new ArrayList<>();
    List<PdfLayout.Glyph> line = null;
    for (PdfLayout.Glyph g : byY) {
      if (line == null || g.y() - line.get(0).y() >= line.get(0).size() / 2) {
        line = new ArrayList<>();
        lines.add(line);
      }
      line.add(g);
    }
    for (List<PdfLayout.Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(PdfLayout.Glyph::left));
    }
    return lines;
  }

  /**
   * The left edges of a header line's texts (parted by gaps of half a glyph or more), when three of
   * them or more are column names; null otherwise.
   */
  private static float[] header(List<PdfLayout.Glyph> line) {
    List<Float> edges = new ArrayList<>();
    int named = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= line.size(); i++) {
      PdfLayout.Glyph g = i < line.size() ? line.get(i) : null;
      if (i > 0 && (g == null || g.left() - line.get(i - 1).right() >= g.size() / 2)) {
        named += HeaderNameRuns.name(text.toString()) != null ? 1 : 0;
        text.setLength(0);
      }
      if (g != null) {
        if (text.length() == 0) {
          edges.add(g.left());
        }
        text.append(g.text());
      }
    }
    if (named < 3) {
      return null;
    }
    float[] at = new float[edges.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = edges.get(i);
    }
    return at;
  }

  /** The glyphs of {@code line} whose left edges stand in the column from {@code left} to right. */
  private static List<PdfLayout.Glyph> cell(List<PdfLayout.Glyph> line, float left, float right) {
    List<PdfLayout.Glyph> in = new ArrayList<>();
    for (PdfLayout.Glyph g : line) {
      if (g.left() >= left - SAME_EDGE && g.left() < right - SAME_EDGE) {
        in.add(g);
      }
    }
    return in;
  }

  /**
   * Whether {@code cell}'s text begins at its column's left edge and runs, one text, to within half
   * a glyph of the next column's text beginning at that column's edge, or over it; a text running
   * on into the next column (no gap, the next cell empty) is not cut.
   */
  private static boolean cut(
      List<PdfLayout.Glyph> cell, List<PdfLayout.Glyph> next, float left, float right) {
    if (cell.isEmpty()
        || next.isEmpty()
        || Math.abs(cell.get(0).left() - left) > SAME_EDGE
        || Math.abs(next.get(0).left() - right) > SAME_EDGE) {
      return false;
    }
    for (int i = 1; i < cell.size(); i++) {
      if (cell.get(i).left() - cell.get(i - 1).right() >= cell.get(i).size() / 2) {
        return false;
      }
    }
    PdfLayout.Glyph last = cell.get(cell.size() - 1);
    float gap = next.get(0).left() - last.right();
    return gap < last.size() / 2 && Math.abs(gap) > RUN_ON;
  }

  private static String text(List<PdfLayout.Glyph> cell) {
    StringBuilder s = new StringBuilder();
    cell.forEach(g -> s.append(g.text()));
    return s.toString();
  }
}

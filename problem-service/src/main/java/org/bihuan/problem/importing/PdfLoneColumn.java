package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.PdfLayout.Segment;

/**
 * Whether one column name at the top of a page (完成时限 alone on page 2) heads the further column of
 * the table the page before ends with (docs/decisions/0423), rather than a heading over the text
 * that follows the table (a Word document's 「整改措施」 and its paragraphs): the page's lines under it
 * stand in rows that correspond one to one to that table's rows. After a ruled table: the page
 * draws, across the name's column, a ruling at each of the rulings of the table's header and rows
 * and none between them (the grid Calc prints of a sheet wider than its page). After a table
 * without borders: each line under the name stands within a row of that table (between its first
 * and last baseline), none between its rows or below them, and each row holds one (text after a
 * table of one-line rows may stand at its rows' baselines, but rarely fills every row).
 */
final class PdfLoneColumn {

  private PdfLoneColumn() {}

  /** How far (points) a ruling or a baseline may stand from where a row of the page before does. */
  private static final float SLACK = 1.5f;

  /**
   * @param lines the page's lines, {@code at} the name's
   * @param bands the table's header and rows, two figures each ({@link PdfColumnPages.Wide#bands})
   */
  static boolean inRowsOf(
      List<List<Glyph>> lines,
      int at,
      Piece name,
      List<Float> bands,
      boolean ruled,
      List<Segment> rulings) {
    if (bands.size() < 4) {
      return false;
    }
    return ruled ? ruledAlike(name, bands, rulings) : linesInRows(lines, at, bands);
  }

  private static boolean ruledAlike(Piece name, List<Float> bands, List<Segment> rulings) {
    List<Float> wanted = distinct(bands);
    float first = wanted.get(0);
    float last = wanted.get(wanted.size() - 1);
    List<Float> drawn = new ArrayList<>();
    for (Segment s : rulings) {
      if (s.horizontal()
          && s.from() <= name.left() + SLACK
          && s.to() >= name.right() - SLACK
          && s.at() >= first - SLACK
          && s.at() <= last + SLACK) {
        drawn.add(s.at());
      }
    }
    drawn = distinct(drawn);
    if (drawn.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (Math.abs(drawn.get(i) - wanted.get(i)) > SLACK) {
        return false;
      }
    }
    return true;
  }

  private static boolean linesInRows(List<List<Glyph>> lines, int at, List<Float> bands) {
    boolean[] held = new boolean[bands.size() / 2];
    held[0] = true; // the header's band: the name
    for (int i = at + 1; i < lines.size(); i++) {
      String text = PdfColumnLines.text(lines.get(i));
      if (PageFurniture.isPageNumber(text)) {
        break;
      }
      float y = lines.get(i).get(0).y();
      int row = -1;
      for (int b = 2; b + 1 < bands.size() && row < 0; b += 2) {
        if (y >= bands.get(b) - SLACK && y <= bands.get(b + 1) + SLACK) {
          row = b / 2;
        }
      }
      if (row < 0) {
        return false;
      }
      held[row] = true;
    }
    for (boolean h : held) {
      if (!h) {
        return false;
      }
    }
    return true;
  }

  /** The figures in ascending order, those less than a point apart counted once. */
  private static List<Float> distinct(List<Float> figures) {
    List<Float> sorted = new ArrayList<>(figures);
    sorted.sort(null);
    List<Float> out = new ArrayList<>();
    for (float f : sorted) {
      if (out.isEmpty() || f - out.get(out.size() - 1) > 1f) {
        out.add(f);
      }
    }
    return out;
  }
}

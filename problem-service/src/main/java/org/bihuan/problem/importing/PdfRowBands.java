package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.acrossThree;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.pastRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Where the rows of a table without rulings begin when their 序号 does not stand on their first line:
 * a sheet printed by Calc or Excel sets a cell's text at the bottom of its row by default (or in
 * its middle), so the 序号 of a row whose 问题 wraps over four lines stands on the row's last (or
 * third) line, and the lines above it are that row's, not the row above's. Between two lines
 * holding a 序号 the row above ends where no cell's text runs on: after a line of each column that
 * ended its cell (short of the column's widest, or with the end of a sentence) — a wrapped cell is
 * never cut between two rows. Where several lines qualify, the rows whose end was found tell where
 * the sheet sets its 序号 (on a row's last line or its first), and the others follow them.
 */
final class PdfRowBands {

  private PdfRowBands() {}

  /** How far apart (in font sizes) two lines of one cell stand at the most. */
  private static final float CELL_STEP = 1.8f;

  /** One column's text on one line. */
  private record Bit(float y, float width, float lead, String text) {}

  /**
   * The lines that begin the rows under a table's header, the first row line at {@code from}, when
   * some row's 序号 (the column of kind {@code SEQ}) does not stand on its first line; null when
   * every 序号 does (the rows begin at their 序号) or where the rows end cannot be told (read as
   * before).
   */
  static Set<Integer> starts(
      List<List<Glyph>> lines, int from, List<Piece> header, Column[] kinds, float[] rooms) {
    int seq = java.util.Arrays.asList(kinds).indexOf(Column.SEQ);
    int columns = header.size();
    List<Bit[]> bits = new ArrayList<>();
    List<Integer> anchors = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      if (pastRows(lines, from, i, header)) {
        break;
      }
      List<Piece> pieces = cells(line, header);
      if (acrossThree(pieces, header) || PdfGroupHeadings.isHeadingLine(pieces, header)) {
        break;
      }
      Bit[] own = new Bit[columns];
      for (Piece p : pieces) {
        int c = column(p, header);
        Bit was = own[c];
        own[c] =
            was == null
                ? new Bit(line.get(0).y(), p.right() - p.left(), p.size(), p.text())
                : new Bit(
                    was.y(), p.right() - p.left() + was.width(), was.lead(), was.text() + p.text());
      }
      if (own[seq] != null && !own[seq].text().isBlank()) {
        anchors.add(bits.size());
      }
      bits.add(own);
    }
    if (anchors.size() < 2) {
      return null;
    }
    int[] ends = new int[anchors.size() - 1]; // the line each row after the first begins at
    int down = 0; // rows found ending at their 序号's line
    int up = 0; // rows found beginning at their 序号's line
    for (int k = 0; k + 1 < anchors.size(); k++) {
      int best = Integer.MAX_VALUE;
      int found = -1;
      for (int b = anchors.get(k) + 1; b <= anchors.get(k + 1); b++) {
        int cost = cuts(bits, b, kinds, rooms);
        if (cost < best) {
          best = cost;
          found = b;
        } else if (cost == best) {
          found = -1;
        }
      }
      ends[k] = found;
      boolean informative = anchors.get(k + 1) > anchors.get(k) + 1;
      if (found >= 0 && informative) {
        down += found == anchors.get(k) + 1 ? 1 : 0;
        up += found == anchors.get(k + 1) ? 1 : 0;
      }
    }
    Set<Integer> starts = new TreeSet<>();
    starts.add(from);
    boolean moved = anchors.get(0) > 0;
    for (int k = 0; k < ends.length; k++) {
      int b = ends[k];
      if (b < 0) {
        if (down > 0 && up == 0) {
          b = anchors.get(k) + 1;
        } else if (up > 0 && down == 0) {
          b = anchors.get(k + 1);
        } else {
          return null;
        }
      }
      moved |= b != anchors.get(k + 1);
      starts.add(from + b);
    }
    return moved ? starts : null;
  }

  /**
   * The width the first glyph of a line needs on the line above to have been set there: with the
   * mark that follows it (「等，」), which a line may not begin with, twice its width.
   */
  private static float kept(Bit line) {
    String t = line.text().strip();
    boolean mark = t.length() > 1 && "，。、；：？！）》」』,.;:?!)".indexOf(t.charAt(1)) >= 0;
    return mark ? 2 * line.lead() : line.lead();
  }

  /**
   * How many cells a row's end before line {@code b} would cut: columns whose text on the line
   * above runs on into a line of its cell at or below {@code b}.
   */
  private static int cuts(List<Bit[]> bits, int b, Column[] kinds, float[] rooms) {
    int cuts = 0;
    for (int c = 0; c < rooms.length; c++) {
      if (kinds[c] != Column.PROBLEM && kinds[c] != Column.MEASURE) {
        continue; // a unit's or a person's name is often as wide as its column and still whole
      }
      Bit above = null;
      for (int i = b - 1; i >= 0 && above == null; i--) {
        above = bits.get(i)[c];
      }
      Bit below = null;
      for (int i = b; i < bits.size() && below == null; i++) {
        below = bits.get(i)[c];
      }
      if (above == null
          || below == null
          || below.y() - above.y() > CELL_STEP * below.lead()
          || PdfCellLines.endsShort(above.width(), kept(below), rooms[c])
          || above.text().strip().matches("(?s).*[。；;！!？?]$")) {
        continue;
      }
      cuts++;
    }
    return cuts;
  }
}

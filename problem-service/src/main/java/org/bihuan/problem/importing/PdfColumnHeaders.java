package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.COLUMN_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.TIGHT_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.bare;
import static org.bihuan.problem.importing.PdfColumnLines.overlap;
import static org.bihuan.problem.importing.PdfColumnLines.pieces;
import static org.bihuan.problem.importing.PdfColumnLines.size;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A rectification table's header in a PDF drawn without rulings ({@link PdfColumns}): a line, or up
 * to {@value #HEADER_LINES} lines of wrapped cells, whose pieces each name a column of such a
 * table.
 */
final class PdfColumnHeaders {

  private PdfColumnHeaders() {}

  /** The most columns a header is read with (a Word table's limit). */
  private static final int COLUMNS_KEPT = 64;

  /**
   * A header whose cells may wrap over several lines: its cells, and the index of its last line.
   */
  record Wrapped(List<Piece> header, int last) {}

  /** The most lines a header's cells are read over (a cell wrapped twice). */
  static final int HEADER_LINES = 3;

  /**
   * How far below a header's line (in font sizes) the next line of its wrapped cells stands at the
   * most: a line's height, where a table's next row stands as close.
   */
  static final float HEADER_LINE_STEP = 2f;

  /**
   * The header starting at line {@code i}, its cells wrapped over up to {@value #HEADER_LINES}
   * lines (a narrow column's 责任单位 over （部门）, 具体责 over 任人, 完成 over 时限), or null. The lines below the
   * first, each at most {@value #HEADER_LINE_STEP} lines' height below the one above, are the
   * header's cells wrapped when every piece of them stands under a cell of the first line and
   * nothing stands under its first cell (where a row starts: its 序号, or the first column's text):
   * each piece is joined to the cell it stands under. The header is the fewest lines whose joined
   * cells name a rectification table's columns ({@link #header(List)}), and a further line only
   * when its cells joined too still do.
   */
  static Wrapped wrappedHeader(List<List<Glyph>> lines, int i) {
    List<Piece> alone = header(lines, i);
    List<Piece> first = alone;
    if (first == null) {
      first = pieces(lines.get(i), COLUMN_GAP);
      List<Piece> tight = pieces(lines.get(i), TIGHT_GAP);
      if (tight.size() > first.size()) {
        first = tight;
      }
      if (first.size() < 3) {
        return null;
      }
    }
    Wrapped found = alone == null ? null : new Wrapped(alone, i);
    List<Piece> joined = first;
    for (int k = i + 1; k < lines.size() && k < i + HEADER_LINES; k++) {
      List<Glyph> line = lines.get(k);
      float step = line.get(0).y() - lines.get(k - 1).get(0).y();
      if (step > HEADER_LINE_STEP * size(line.get(0))) {
        break;
      }
      joined = joinedUnder(joined, pieces(line, TIGHT_GAP));
      if (joined == null) {
        break;
      }
      if (headerKinds(joined) != null) {
        found = new Wrapped(joined, k);
      } else if (found != null) {
        break;
      }
    }
    return found;
  }

  /**
   * The header's cells with a line's pieces joined to the cells they stand under, or null when a
   * piece stands under none, under two, or under the first cell where a row starts ({@link
   * #firstCellWraps}), or is wider than the header's line above it (a cell's words wrap at its
   * width: a wider piece is a row's text, as a 问题 wrapped at the bottom of its row stands under
   * 问题), or when the line holds a row's data (a 序号 or a date in a cell of its own).
   */
  private static List<Piece> joinedUnder(List<Piece> header, List<Piece> below) {
    if (below.isEmpty()
        || TableHeaders.holdsData(
            new Grid.Row(1, below.stream().map(p -> Grid.Cell.of(p.text().strip())).toList()))) {
      return null; // a row's 序号 or date: the rows start, the header's cells wrap no further
    }
    List<Piece> out = new ArrayList<>(header);
    for (Piece p : below) {
      int under = -1;
      for (int c = 0; c < header.size(); c++) {
        if (overlap(p, header.get(c)) > 0) {
          if (under >= 0) {
            return null;
          }
          under = c;
        }
      }
      if (under < 0 || (under == 0 && !firstCellWraps(out.get(0).text(), p.text()))) {
        return null;
      }
      Piece h = out.get(under);
      if (p.right() - p.left() > h.right() - h.left() + p.size() / 2) {
        // wider than the header cell's line above: a row's text (the cell wraps at its own width)
        return null;
      }
      out.set(
          under,
          new Piece(
              Math.min(h.left(), p.left()),
              Math.max(h.right(), p.right()),
              h.size(),
              h.text() + p.text()));
    }
    return out;
  }

  /**
   * Whether {@code below}, under a header's first cell {@code first}, is that cell wrapped (序 over
   * 号, 存在 over 问题) rather than the start of the first row: it is no 序号 or date, and either the cell
   * alone names no column and joined names one, or the cell alone is a short 序号 name that joined is
   * one still (序号, not 序号 followed by a group row's 一、党建). A row's 问题 text under a complete 存在问题 is
   * never joined.
   */
  private static boolean firstCellWraps(String first, String below) {
    if (TableHeaders.holdsData(new Grid.Row(1, List.of(Grid.Cell.of(below))))) {
      return false;
    }
    Column alone = TableReading.column(first);
    Column joined = TableReading.column(first + below);
    return alone == null
        ? joined != null
        : alone == Column.SEQ && joined == Column.SEQ && bare(first + below).length() <= 4;
  }

  /**
   * Line {@code i}'s pieces when it is a rectification table's header, else null. Its cells are
   * where the header and the rows under it put them, not where one gap says: cut at gaps of {@value
   * #TIGHT_GAP} characters when that names more columns than the cut at {@value
   * PdfColumnLines#COLUMN_GAP} and the rows below start a piece at each cell the tighter cut adds
   * (具体责任人 and 完成时限 set 1.2 characters apart, 李明 and 2024年6月30日 under them, are two columns; cut at
   * {@value PdfColumnLines#COLUMN_GAP} they read as one, 具体责任人 完成时限, that names the person); a
   * wider gap inside a header cell that no column of the rows lines up with stays in the cell.
   */
  static List<Piece> header(List<List<Glyph>> lines, int i) {
    List<Piece> wide = pieces(lines.get(i), COLUMN_GAP);
    List<Piece> tight = pieces(lines.get(i), TIGHT_GAP);
    boolean wideNames = headerKinds(wide) != null;
    if (headerKinds(tight) == null) {
      if (wideNames) {
        return wide;
      }
      // cells set closer than TIGHT_GAP: cut where the rows below start theirs
      List<Piece> aligned = PdfAlignedCuts.byRowsBelow(lines, i);
      return headerKinds(aligned) != null ? aligned : null;
    }
    if (!wideNames || tight.size() == wide.size()) {
      return tight;
    }
    for (Piece cell : tight) {
      boolean cutOut = wide.stream().noneMatch(w -> Math.abs(w.left() - cell.left()) < 0.5f);
      if (cutOut && !rowsStartAt(lines, i, cell)) {
        return wide;
      }
    }
    return tight;
  }

  /** How many lines under a header are looked at for a column its rows start at. */
  private static final int ROWS_LOOKED_AT = 12;

  /**
   * Whether a line among the {@value #ROWS_LOOKED_AT} below line {@code i} (down to a gap of
   * {@value PdfColumnLines#ROW_GAP} lines) has a piece starting within half a character of the
   * header cell's left edge.
   */
  private static boolean rowsStartAt(List<List<Glyph>> lines, int i, Piece cell) {
    for (int k = i + 1; k < lines.size() && k <= i + ROWS_LOOKED_AT; k++) {
      List<Glyph> line = lines.get(k);
      if (line.get(0).y() - lines.get(k - 1).get(0).y() > ROW_GAP * size(line.get(0))) {
        return false;
      }
      for (Piece p : pieces(line, TIGHT_GAP)) {
        if (Math.abs(p.left() - cell.left()) <= cell.size() / 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** The column kinds a line's pieces name when it is a rectification table's header, else null. */
  static Column[] headerKinds(List<Piece> pieces) {
    if (pieces.size() < 3 || pieces.size() > COLUMNS_KEPT) {
      return null;
    }
    Column[] kinds = new Column[pieces.size()];
    Set<Column> named = EnumSet.noneOf(Column.class);
    for (int c = 0; c < kinds.length; c++) {
      kinds[c] = TableReading.column(pieces.get(c).text());
      if (kinds[c] == null) {
        return null; // a line of text, not a header: every piece of a header names a column
      }
      if (kinds[c] != Column.IGNORED) {
        named.add(kinds[c]);
      }
    }
    return named.contains(Column.PROBLEM) && named.size() >= 3 ? kinds : null;
  }
}

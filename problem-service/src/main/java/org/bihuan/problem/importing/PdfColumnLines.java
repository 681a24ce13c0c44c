package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * The geometry of a page's unruled tables ({@link PdfColumns}): its glyphs as lines, a line cut
 * into pieces at the gaps between columns, and which of a header's columns a piece stands under.
 */
final class PdfColumnLines {

  private PdfColumnLines() {}

  /** The gap between two glyphs (in font sizes) that separates two columns. */
  static final float COLUMN_GAP = 1.5f;

  /**
   * The gap (in font sizes) that separates two columns of a table whose header reads as one only at
   * this gap. Word and LibreOffice pad a cell 0.19 cm on either side, so the texts of two cells of
   * a borderless table stand 0.38 cm apart at the least — 0.9 of a 12-point character, 1 of a 五号
   * one — and a header of short words in narrow columns (序号 | 存在问题 | 整改措施 | … in columns of 2.27
   * cm) is set 1.3 characters apart, under {@value #COLUMN_GAP}. A typed space (half a character in
   * a CJK font) stays inside a cell.
   */
  static final float TIGHT_GAP = 0.7f;

  /** How far apart (points) two glyphs' baselines may be for them to stand on one line. */
  private static final float SAME_BASELINE = 2f;

  /**
   * How far apart (in font sizes) two glyphs' baselines may be for them to stand on one line, when
   * that is more than {@value #SAME_BASELINE} points: Word and LibreOffice set a cell holding only
   * digits (a 序号 1) on a baseline a fifth of a character above the Chinese cells beside it, the
   * digits' line being less tall.
   */
  private static final float BASELINE_SHIFT = 0.3f;

  /**
   * How close (in font sizes) a number under no header cell stands to the next column's header for
   * it to be set flush right in the column before: a cell's padding on either side of the border.
   */
  private static final float FLUSH = 0.5f;

  /** A vertical gap larger than this many font sizes between two lines ends a table. */
  static final float ROW_GAP = 3f;

  /** Glyphs side by side: a cell's text on one line. */
  record Piece(float left, float right, float size, String text) {}

  /** Whether a piece ends before the header's next column starts. */
  static boolean within(Piece piece, List<Piece> header, int column) {
    return column + 1 == header.size() || piece.right() < header.get(column + 1).left();
  }

  /** The header column a piece starts at (within a character of its left edge), or -1. */
  static int atColumn(Piece piece, List<Piece> header) {
    for (int c = 0; c < header.size(); c++) {
      if (Math.abs(piece.left() - header.get(c).left()) <= piece.size()) {
        return c;
      }
    }
    return -1;
  }

  static String bare(String text) {
    return text.replaceAll("\\s", "");
  }

  /** Whether every piece of a line stands under one of the header's cells. */
  static boolean fits(List<Piece> pieces, List<Piece> header) {
    for (Piece p : pieces) {
      if (spanned(p, header) >= 3) {
        return false;
      }
      boolean under = false;
      for (Piece h : header) {
        under |= overlap(p, h) > 0;
      }
      if (!under) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether line {@code i} is the page's number below a table under {@code header}: a page number
   * ({@link PageFurniture#isPageNumber}), unless it is a 序号 standing alone on its line (a row's
   * other cells set higher or lower in the row) — a number in the table's first column with the
   * table's lines going on close below it.
   */
  static boolean pageNumber(List<List<Glyph>> lines, int i, List<Piece> header) {
    List<Glyph> line = lines.get(i);
    if (!PageFurniture.isPageNumber(text(line))) {
      return false;
    }
    List<Piece> pieces = cells(line, header);
    boolean first = pieces.size() == 1 && column(pieces.get(0), header) == 0;
    return !first
        || i + 1 == lines.size()
        || lines.get(i + 1).get(0).y() - line.get(0).y() > ROW_GAP * size(line.get(0));
  }

  /** The text of a line's glyphs, a space between pieces. */
  static String text(List<Glyph> line) {
    StringBuilder t = new StringBuilder();
    for (Piece p : pieces(line)) {
      t.append(t.isEmpty() ? "" : " ").append(p.text());
    }
    return t.toString();
  }

  /**
   * The page's glyphs as lines, top down, each from left to right, every glyph of a line on its
   * lowest baseline.
   */
  static List<List<Glyph>> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = null;
    for (Glyph g : sorted) {
      if (line == null
          || g.y() - line.get(0).y() > Math.max(SAME_BASELINE, BASELINE_SHIFT * size(g))) {
        line = new ArrayList<>();
        lines.add(line);
      }
      line.add(g);
    }
    List<List<Glyph>> out = new ArrayList<>();
    for (List<Glyph> l : lines) {
      float y = l.get(l.size() - 1).y();
      List<Glyph> on = new ArrayList<>();
      for (Glyph g : l) {
        on.add(g.y() == y ? g : new Glyph(g.x(), y, g.width(), g.size(), g.text()));
      }
      on.sort(Comparator.comparingDouble(Glyph::x));
      out.add(on);
    }
    return out;
  }

  static float size(Glyph g) {
    return g.size() > 0 ? g.size() : g.width();
  }

  /** A line cut into pieces at gaps of {@value #COLUMN_GAP} characters or more. */
  static List<Piece> pieces(List<Glyph> line) {
    return pieces(line, COLUMN_GAP);
  }

  /** A line cut into pieces at gaps of {@code columnGap} characters or more. */
  static List<Piece> pieces(List<Glyph> line, float columnGap) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph last = null;
    float before = Float.NaN; // the gap before the last glyph, within its piece
    for (Glyph g : line) {
      if (last != null) {
        float gap = g.left() - last.right();
        float size = Math.max(size(g), size(last));
        if (gap >= columnGap * size) {
          pieces.add(new Piece(first.left(), last.right(), size(first), text.toString()));
          text.setLength(0);
          first = null;
          gap = Float.NaN;
        } else if (PdfTypedSpaces.between(last, g, size, before)) {
          text.append(' ');
        }
        before = gap;
      }
      if (first == null) {
        first = g;
      }
      text.append(g.text());
      last = g;
    }
    if (first != null) {
      pieces.add(new Piece(first.left(), last.right(), size(first), text.toString()));
    }
    return pieces;
  }

  /**
   * A line of a table cut into its cells' pieces: at gaps of {@value #TIGHT_GAP} characters where
   * the pieces on either side stand under two columns of the header, else at gaps of {@value
   * #COLUMN_GAP} (a wider gap inside a cell is written as a space). Two cells filled to their
   * padding stand less than {@value #COLUMN_GAP} characters apart.
   */
  static List<Piece> cells(List<Glyph> line, List<Piece> header) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : PdfAlignedCuts.byHeader(line, header)) {
      Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && p.left() - last.right() < COLUMN_GAP * Math.max(p.size(), last.size())
          && column(p, header) == column(last, header)) {
        out.set(
            out.size() - 1,
            new Piece(last.left(), p.right(), last.size(), last.text() + " " + p.text()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether line {@code i} is past the rows of the table whose rows begin at line {@code from}: a
   * gap of {@value #ROW_GAP} lines above it that no taller row leaves ({@link PdfTallRows}), a
   * sign-off under the rows ({@link PdfSignOffLines}), or the page's number.
   */
  static boolean pastRows(List<List<Glyph>> lines, int from, int i, List<Piece> header) {
    List<Glyph> line = lines.get(i);
    return (i > from
            && line.get(0).y() - lines.get(i - 1).get(0).y() > ROW_GAP * size(line.get(0))
            && !PdfTallRows.goesOn(lines, from, i, header))
        || (i > from && PdfSignOffLines.endsRows(lines, i, header, 0))
        || pageNumber(lines, i, header);
  }

  /** Whether a piece of a line runs across three of the header's columns or more: no row's cell. */
  static boolean acrossThree(List<Piece> pieces, List<Piece> header) {
    return pieces.stream().anyMatch(p -> spanned(p, header) >= 3);
  }

  /**
   * The width of each column's widest line in the table whose rows begin at line {@code from} (its
   * header's cells counted): no line of a column is wider than its cells' room, so without rulings
   * this is the nearest that room is known (docs/decisions/0326; a width, not where the line ends,
   * so that a column set centred reads as one set flush left, 0329). The table is taken to end
   * where {@link PdfColumns} ends it: at a gap of {@value #ROW_GAP} lines, a page number, or a line
   * across three columns that is no note (注：…, which is left out).
   */
  static float[] widest(List<List<Glyph>> lines, int from, List<Piece> header) {
    float[] widest = new float[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widest[c] = header.get(c).right() - header.get(c).left();
    }
    for (int i = from; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      if (pastRows(lines, from, i, header)) {
        break;
      }
      List<Piece> pieces = cells(line, header);
      if (acrossThree(pieces, header)) {
        if (!TextOutsideTables.isNote(text(line).strip())) {
          break;
        }
        continue;
      }
      float[] left = new float[header.size()];
      java.util.Arrays.fill(left, Float.NaN);
      for (Piece p : pieces) {
        int c = column(p, header);
        left[c] = Float.isNaN(left[c]) ? p.left() : left[c];
        widest[c] = Math.max(widest[c], p.right() - left[c]);
      }
    }
    return widest;
  }

  /**
   * The column a piece of a row goes to: the header cell it overlaps most, else, for a number set
   * flush right against the next column, the column it ends in, else the nearest.
   */
  static int column(Piece p, List<Piece> header) {
    int best = -1;
    float most = 0;
    for (int c = 0; c < header.size(); c++) {
      float overlap = overlap(p, header.get(c));
      if (overlap > most) {
        most = overlap;
        best = c;
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int c = 0; c + 1 < header.size() && p.text().strip().matches("[0-9０-９]{1,3}"); c++) {
      // a number set flush right in its cell (Calc's and Excel's default), up against the next
      // column's text: the cell it ends in is the column whose header stands to its left
      float next = header.get(c + 1).left();
      if (header.get(c).right() <= p.left()
          && p.right() < next
          && next - p.right() <= FLUSH * p.size()) {
        return c;
      }
    }
    float centre = (p.left() + p.right()) / 2;
    int c = 0;
    while (c + 1 < header.size()
        && centre > (header.get(c).right() + header.get(c + 1).left()) / 2) {
      c++;
    }
    return c;
  }

  static float overlap(Piece a, Piece b) {
    return Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
  }

  /**
   * How many columns a piece runs across: those whose region (between the midpoints of the gaps
   * between header cells) it covers by more than a character.
   */
  static int spanned(Piece p, List<Piece> header) {
    int n = 0;
    for (int c = 0; c < header.size(); c++) {
      float from =
          c == 0 ? Float.NEGATIVE_INFINITY : (header.get(c - 1).right() + header.get(c).left()) / 2;
      float to =
          c + 1 == header.size()
              ? Float.POSITIVE_INFINITY
              : (header.get(c).right() + header.get(c + 1).left()) / 2;
      if (Math.min(p.right(), to) - Math.max(p.left(), from) > p.size()) {
        n++;
      }
    }
    return n;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Tables a PDF draws without rulings: columns aligned by whitespace only, as many OA systems export
 * a 整改任务清单. A text line whose pieces (glyphs separated by a gap of at least {@value #COLUMN_GAP}
 * characters) each name a column of a rectification table — a 问题 column and two other kinds at
 * least, the header words of Word and Excel tables ({@link TableReading#column}) — is a table's
 * header; the header cells' x positions are its columns. A header that reads as one only when cut
 * at gaps of {@value #TIGHT_GAP} characters (a borderless Word table, whose cells are set as little
 * as a character apart), or that names more columns so cut where its rows line up under them, cuts
 * its table's rows at that gap too ({@link #header}). Each text line below it is read into those
 * columns (a piece goes to the header cell it overlaps most, else to the column its centre falls
 * in); a line with a 序号 (or, without a 序号 column, text in the first column) starts a row, and a
 * line without one continues the row above, its pieces joined to the cells they stand under (a cell
 * wrapped over lines). The table ends at a line whose text runs across three columns or more (a
 * paragraph, a 注： line), or after a gap of {@value #ROW_GAP} lines' height. Text in the 问题 column
 * of a row without a 序号 that goes on with the problem above is that merged cell's tail ({@link
 * MergedCellTails}). The rows are then read as a Word table's are ({@link TableReading}).
 */
final class PdfColumns {

  /** The gap between two glyphs (in font sizes) that separates two columns. */
  private static final float COLUMN_GAP = 1.5f;

  /**
   * The gap (in font sizes) that separates two columns of a table whose header reads as one only at
   * this gap. Word and LibreOffice pad a cell 0.19 cm on either side, so the texts of two cells of
   * a borderless table stand 0.38 cm apart at the least — 0.9 of a 12-point character, 1 of a 五号
   * one — and a header of short words in narrow columns (序号 | 存在问题 | 整改措施 | … in columns of 2.27
   * cm) is set 1.3 characters apart, under {@value #COLUMN_GAP}. A typed space (half a character in
   * a CJK font) stays inside a cell.
   */
  private static final float TIGHT_GAP = 0.7f;

  /** A gap between two glyphs (in font sizes) inside a cell that is written as a space. */
  private static final float WORD_GAP = 0.5f;

  /** How far apart (points) two glyphs' baselines may be for them to stand on one line. */
  private static final float SAME_BASELINE = 2f;

  /**
   * How far apart (in font sizes) two glyphs' baselines may be for them to stand on one line, when
   * that is more than {@value #SAME_BASELINE} points: Word and LibreOffice set a cell holding only
   * digits (a 序号 1) on a baseline a fifth of a character above the Chinese cells beside it, the
   * digits' line being less tall.
   */
  private static final float BASELINE_SHIFT = 0.3f;

  /** A vertical gap larger than this many font sizes between two lines ends a table. */
  private static final float ROW_GAP = 3f;

  /** The most tables read on one page; the lines below are text. */
  private static final int TABLES_KEPT = 100;

  /** The most columns a header is read with (a Word table's limit). */
  private static final int COLUMNS_KEPT = 64;

  private PdfColumns() {}

  /**
   * A table found: its rows (the header first), and the baselines of its first and last lines.
   *
   * @param continued the table has no header on this page: it continues the table the page before
   *     ended with (its rows follow that table's; {@code rows} starts with that table's header)
   * @param completesLast the first row after the header is the previous page's last row with the
   *     lines this page adds to its cells (a row cut by the page break)
   * @param open what reads the rows below it on the next page, when the table runs to the page's
   *     end (only a page number below it); null when something else ends it
   */
  record Table(
      List<Grid.Row> rows,
      float top,
      float bottom,
      boolean continued,
      boolean completesLast,
      Open open) {

    Table(List<Grid.Row> rows, float top, float bottom) {
      this(rows, top, bottom, false, false, null);
    }
  }

  /**
   * A table that ran to the end of its page: its header's cells (the columns), their kinds and its
   * last row's cells, which a line of the next page may still add to; {@code lastTail}: that row's
   * 问题 cell holds the tail of a problem merged down from the row above ({@link MergedCellTails}).
   */
  record Open(List<Piece> header, Column[] kinds, List<String> last, boolean lastTail) {}

  /** Glyphs side by side: a cell's text on one line. */
  record Piece(float left, float right, float size, String text) {}

  /** The unruled tables of a page, top down, from its glyphs. */
  static List<Table> tables(List<Glyph> glyphs) {
    return tables(glyphs, null);
  }

  /**
   * The unruled tables of a page, top down, from its glyphs; {@code open} is the table the page
   * before ended with, whose rows go on at the top of this page without a header of their own.
   */
  static List<Table> tables(List<Glyph> glyphs, Open open) {
    List<List<Glyph>> lines = lines(glyphs);
    List<Table> tables = new ArrayList<>();
    int from = 0;
    int continues = open == null ? -1 : continuation(lines, open);
    if (continues >= 0) {
      int repeated = repeatedHeader(lines, continues, open);
      List<Piece> header = aligned(lines, repeated >= 0 ? repeated + 1 : continues, open.header());
      from = rows(lines, continues, header, open.kinds(), tables, open);
    }
    for (int i = from; i < lines.size() && tables.size() < TABLES_KEPT; i++) {
      Wrapped wrapped = wrappedHeader(lines, i);
      if (wrapped == null) {
        continue;
      }
      List<Piece> header = wrapped.header();
      Column[] kinds = headerKinds(header);
      int found = tables.size();
      int end = rows(lines, wrapped.last(), header, kinds, tables, null);
      if (tables.size() > found && wrapped.last() > i) {
        Table t = tables.get(found); // its top is the header's first line
        tables.set(
            found,
            new Table(
                t.rows(),
                lines.get(i).get(0).y(),
                t.bottom(),
                t.continued(),
                t.completesLast(),
                t.open()));
      }
      i = end - 1;
    }
    return tables;
  }

  /**
   * A header whose cells may wrap over several lines: its cells, and the index of its last line.
   */
  private record Wrapped(List<Piece> header, int last) {}

  /** The most lines a header's cells are read over (a cell wrapped twice). */
  private static final int HEADER_LINES = 3;

  /**
   * How far below a header's line (in font sizes) the next line of its wrapped cells stands at the
   * most: a line's height, where a table's next row stands as close.
   */
  private static final float HEADER_LINE_STEP = 2f;

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
  private static Wrapped wrappedHeader(List<List<Glyph>> lines, int i) {
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
   * #firstCellWraps}).
   */
  private static List<Piece> joinedUnder(List<Piece> header, List<Piece> below) {
    if (below.isEmpty()) {
      return null;
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
    if (TableReading.holdsData(new Grid.Row(1, List.of(Grid.Cell.of(below))))) {
      return false;
    }
    Column alone = TableReading.column(first);
    Column joined = TableReading.column(first + below);
    return alone == null
        ? joined != null
        : alone == Column.SEQ && joined == Column.SEQ && bare(first + below).length() <= 4;
  }

  /** Lines above a table's continued rows that are no row: a running header, a page number. */
  private static final int ABOVE_CONTINUATION = 2;

  /**
   * The line at which the rows of the table the page before ended with go on, or -1: among the
   * page's first lines (after at most {@value #ABOVE_CONTINUATION} lines of one piece each, a
   * running header or a page number), a line of two pieces or more, each standing under a column of
   * the table's header and none running across three columns — or the table's header repeated
   * (Word's 标题行重复) over a line whose pieces (one is enough) stand so.
   */
  private static int continuation(List<List<Glyph>> lines, Open open) {
    for (int i = 0; i < lines.size() && i <= ABOVE_CONTINUATION; i++) {
      int repeated = repeatedHeader(lines, i, open);
      if (repeated >= 0) {
        return repeated + 1 < lines.size()
                && fits(cells(lines.get(repeated + 1), open.header()), open.header())
            ? i
            : -1;
      }
      List<Piece> pieces = cells(lines.get(i), open.header());
      if (pieces.size() >= 2 && fits(pieces, aligned(lines, i, open.header()))) {
        return i;
      }
      if (pieces.size() == 1 && lastLineOfACell(lines, i, pieces.get(0), open)) {
        return i;
      }
      if (pieces.size() != 1 || headerKinds(pieces) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The header's columns as the rows from line {@code at} down lay them out: a page may set a
   * table's columns at other x positions than the page its header is on (cells wider or narrower
   * there, another page layout). The left edges of the pieces of those rows (down to a page number,
   * a gap of {@value #ROW_GAP} lines or a line of more pieces than columns) fall into clusters, a
   * column each; when there are as many as the header has cells and none runs into the next, they
   * are the columns, in order, else the header's own positions are.
   */
  private static List<Piece> aligned(List<List<Glyph>> lines, int at, List<Piece> header) {
    List<Piece> pieces = new ArrayList<>();
    float bottom = lines.get(at).get(0).y();
    for (int i = at; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      float y = line.get(0).y();
      if (y - bottom > ROW_GAP * size(line.get(0)) || PageFurniture.isPageNumber(text(line))) {
        break;
      }
      List<Piece> own = cells(line, header);
      if (own.size() > header.size()) {
        break;
      }
      pieces.addAll(own);
      bottom = y;
    }
    pieces.sort(Comparator.comparingDouble(Piece::left));
    List<float[]> columns = new ArrayList<>(); // left, right
    for (Piece p : pieces) {
      float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && p.left() - last[0] <= COLUMN_GAP * p.size()) {
        last[1] = Math.max(last[1], p.right());
      } else {
        if (columns.size() == header.size()) {
          return header;
        }
        columns.add(new float[] {p.left(), p.right()});
      }
    }
    if (columns.size() != header.size()) {
      return header;
    }
    List<Piece> out = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (c + 1 < columns.size() && columns.get(c)[1] >= columns.get(c + 1)[0]) {
        return header;
      }
      Piece h = header.get(c);
      out.add(new Piece(columns.get(c)[0], columns.get(c)[1], h.size(), h.text()));
    }
    return out;
  }

  /**
   * Whether a line of one piece at the top of a page is the last line of a cell of the row the page
   * break cut: it starts where a column of the header does (within a character, as a running header
   * centred on the page does not) and the next line, less than {@value #ROW_GAP} lines below, is a
   * line of the table of two pieces or more. Lines of one piece under it that start at the same
   * column are that cell's too; when they run to the page's foot (a page number or nothing below),
   * the cell fills the page and goes on over the next break.
   */
  private static boolean lastLineOfACell(List<List<Glyph>> lines, int i, Piece piece, Open open) {
    int column = atColumn(piece, open.header());
    if (column < 0 || i + 1 >= lines.size()) {
      return false;
    }
    // the cell's further lines, when it runs on down the page (a cell over three pages or more)
    int start = i;
    while (i + 1 < lines.size()) {
      List<Piece> own = cells(lines.get(i + 1), open.header());
      if (own.size() != 1
          || atColumn(own.get(0), open.header()) != column
          || !within(own.get(0), open.header(), column)
          || lines.get(i + 1).get(0).y() - lines.get(i).get(0).y()
              > ROW_GAP * size(lines.get(i + 1).get(0))) {
        break;
      }
      i++;
    }
    if (i + 1 == lines.size() || PageFurniture.isPageNumber(text(lines.get(i + 1)))) {
      // the cell fills the page to its foot
      return i > start && within(piece, open.header(), column);
    }
    List<Glyph> next = lines.get(i + 1);
    if (next.get(0).y() - lines.get(i).get(0).y() > ROW_GAP * size(next.get(0))) {
      return false;
    }
    List<Piece> below = cells(next, open.header());
    return below.size() >= 2 && fits(below, aligned(lines, i + 1, open.header()));
  }

  /** Whether a piece ends before the header's next column starts. */
  private static boolean within(Piece piece, List<Piece> header, int column) {
    return column + 1 == header.size() || piece.right() < header.get(column + 1).left();
  }

  /** The header column a piece starts at (within a character of its left edge), or -1. */
  private static int atColumn(Piece piece, List<Piece> header) {
    for (int c = 0; c < header.size(); c++) {
      if (Math.abs(piece.left() - header.get(c).left()) <= piece.size()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Line {@code i}'s pieces when it is a rectification table's header, else null. Its cells are
   * where the header and the rows under it put them, not where one gap says: cut at gaps of {@value
   * #TIGHT_GAP} characters when that names more columns than the cut at {@value #COLUMN_GAP} and
   * the rows below start a piece at each cell the tighter cut adds (具体责任人 and 完成时限 set 1.2
   * characters apart, 李明 and 2024年6月30日 under them, are two columns; cut at {@value #COLUMN_GAP}
   * they read as one, 具体责任人 完成时限, that names the person); a wider gap inside a header cell that no
   * column of the rows lines up with stays in the cell.
   */
  private static List<Piece> header(List<List<Glyph>> lines, int i) {
    List<Piece> wide = pieces(lines.get(i), COLUMN_GAP);
    List<Piece> tight = pieces(lines.get(i), TIGHT_GAP);
    boolean wideNames = headerKinds(wide) != null;
    if (headerKinds(tight) == null) {
      return wideNames ? wide : null;
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
   * {@value #ROW_GAP} lines) has a piece starting within half a character of the header cell's left
   * edge.
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

  /**
   * The last line of the header of the table the page before ended with, repeated from line {@code
   * i} (Word's 标题行重复), or -1. Its cells may wrap over up to {@value #HEADER_LINES} lines as on the
   * first page (序 over 号, 责任单位 over （部门）): the lines from {@code i} whose pieces, joined column by
   * column, spell the header's cells; else a line that alone names the same columns.
   */
  private static int repeatedHeader(List<List<Glyph>> lines, int i, Open open) {
    List<Piece> header = open.header();
    StringBuilder[] spelt = new StringBuilder[header.size()];
    for (int c = 0; c < spelt.length; c++) {
      spelt[c] = new StringBuilder();
    }
    for (int k = i; k < lines.size() && k < i + HEADER_LINES; k++) {
      List<Glyph> line = lines.get(k);
      if (k > i
          && line.get(0).y() - lines.get(k - 1).get(0).y() > HEADER_LINE_STEP * size(line.get(0))) {
        break;
      }
      for (Piece p : cells(line, header)) {
        spelt[column(p, header)].append(bare(p.text()));
      }
      int whole = 0;
      for (int c = 0; c < spelt.length; c++) {
        String cell = bare(header.get(c).text());
        if (!cell.startsWith(spelt[c].toString())) {
          whole = -1; // a piece the header does not hold: these lines are not it
          break;
        }
        whole += cell.contentEquals(spelt[c]) ? 1 : 0;
      }
      if (whole < 0) {
        break;
      }
      if (whole == spelt.length) {
        return k;
      }
    }
    List<Piece> alone = header(lines, i);
    return alone != null && java.util.Arrays.equals(headerKinds(alone), open.kinds()) ? i : -1;
  }

  private static String bare(String text) {
    return text.replaceAll("\\s", "");
  }

  /** Whether every piece of a line stands under one of the header's cells. */
  private static boolean fits(List<Piece> pieces, List<Piece> header) {
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

  /** The text of a line's glyphs, a space between pieces. */
  private static String text(List<Glyph> line) {
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
  private static List<List<Glyph>> lines(List<Glyph> glyphs) {
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

  private static float size(Glyph g) {
    return g.size() > 0 ? g.size() : g.width();
  }

  /** A line cut into pieces at gaps of {@value #COLUMN_GAP} characters or more. */
  private static List<Piece> pieces(List<Glyph> line) {
    return pieces(line, COLUMN_GAP);
  }

  /** A line cut into pieces at gaps of {@code columnGap} characters or more. */
  private static List<Piece> pieces(List<Glyph> line, float columnGap) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph last = null;
    for (Glyph g : line) {
      if (last != null) {
        float gap = g.left() - last.right();
        float size = Math.max(size(g), size(last));
        if (gap >= columnGap * size) {
          pieces.add(new Piece(first.left(), last.right(), size(first), text.toString()));
          text.setLength(0);
          first = null;
        } else if (gap >= WORD_GAP * size) {
          text.append(' ');
        }
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
  private static List<Piece> cells(List<Glyph> line, List<Piece> header) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces(line, TIGHT_GAP)) {
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

  /** The column kinds a line's pieces name when it is a rectification table's header, else null. */
  private static Column[] headerKinds(List<Piece> pieces) {
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

  /**
   * Reads the rows under the header on line {@code at} into a table added to {@code tables};
   * returns the index of the first line after it. With {@code open} (the table of the page before
   * goes on), line {@code at} is the first row's and the header is that table's.
   */
  private static int rows(
      List<List<Glyph>> lines,
      int at,
      List<Piece> header,
      Column[] kinds,
      List<Table> tables,
      Open open) {
    int columns = header.size();
    int seq = -1;
    for (int c = 0; c < columns; c++) {
      if (kinds[c] == Column.SEQ) {
        seq = c;
        break;
      }
    }
    int starts = seq >= 0 ? seq : 0;
    int problem = -1;
    for (int c = 0; c < columns && seq >= 0; c++) {
      if (kinds[c] == Column.PROBLEM && c != starts) {
        problem = c;
        break;
      }
    }
    List<Grid.Row> rows = new ArrayList<>();
    rows.add(new Grid.Row(1, header.stream().map(p -> Grid.Cell.of(p.text())).toList()));
    List<StringBuilder> current = null;
    boolean carried = false;
    boolean tail = false; // the current row's 问题 text is the tail of the problem merged above
    if (open != null) {
      current = new ArrayList<>();
      for (String cell : open.last()) {
        current.add(new StringBuilder(cell));
      }
      carried = true;
      tail = open.lastTail();
    }
    boolean completesLast = false;
    int repeated = open == null ? at : repeatedHeader(lines, at, open);
    int i = repeated >= 0 ? repeated + 1 : at;
    float bottom = lines.get(Math.max(at, i - 1)).get(0).y(); // the header's last line
    for (; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      float y = line.get(0).y();
      if (y - bottom > ROW_GAP * size(line.get(0))) {
        break;
      }
      if (PageFurniture.isPageNumber(text(line))) {
        break; // the page's footer: the table ends above it
      }
      List<Piece> pieces = cells(line, header);
      String[] cells = new String[columns];
      boolean across = false;
      for (Piece p : pieces) {
        if (spanned(p, header) >= 3) {
          across = true;
          break;
        }
        int c = column(p, header);
        cells[c] = cells[c] == null ? p.text() : cells[c] + p.text();
      }
      if (across) {
        break;
      }
      if (current == null || cells[starts] != null || furtherMeasure(cells, current, kinds)) {
        if (current != null && (!carried || completesLast)) {
          rows.add(row(rows.size() + 1, current, tail ? problem : -1));
        }
        tail =
            current != null
                && cells[starts] == null
                && problem >= 0
                && cells[problem] != null
                && MergedCellTails.cutShort(current.get(problem).toString());
        carried = false;
        current = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          current.add(new StringBuilder(cells[c] == null ? "" : cells[c]));
        }
      } else {
        completesLast |= carried;
        // text that a row without a 序号 gains in its 问题 column below its first line: the problem
        // merged over this row runs on beside it (a cell's own text starts at the row's top)
        tail |=
            problem >= 0
                && cells[problem] != null
                && current.get(starts).isEmpty()
                && current.get(problem).isEmpty();
        for (int c = 0; c < columns; c++) {
          if (cells[c] != null) {
            current.get(c).append(cells[c]);
          }
        }
      }
      bottom = y;
    }
    if (current == null || (carried && !completesLast)) {
      return at + 1; // a header with nothing under it: read as text
    }
    rows.add(row(rows.size() + 1, current, tail ? problem : -1));
    boolean toTheEnd = true;
    for (int rest = i; rest < lines.size(); rest++) {
      toTheEnd &= PageFurniture.isPageNumber(text(lines.get(rest)));
    }
    Open next =
        toTheEnd
            ? new Open(header, kinds, current.stream().map(StringBuilder::toString).toList(), tail)
            : null;
    float top = lines.get(at).get(0).y();
    tables.add(new Table(List.copyOf(rows), top, bottom, open != null, completesLast, next));
    return i;
  }

  /** The duties a measure's row gives: who answers for it, and by when. */
  private static final Set<Column> DUTIES =
      EnumSet.of(
          Column.UNITS,
          Column.CO_UNITS,
          Column.LEADER,
          Column.LEADER_AND_PERSON,
          Column.PERSON,
          Column.TIME_LIMIT);

  /**
   * Whether a line without a 序号 is a further measure of the problem above rather than the row's
   * cells wrapped: it starts a measure under one that ended its sentence, with duties of its own,
   * and no duty above ends in a list separator (党委办公室、 / 纪委办公室 is one cell wrapped). A Word table
   * merges the problem cell over such rows; a PDF shows that as a blank problem cell.
   */
  private static boolean furtherMeasure(
      String[] cells, List<StringBuilder> current, Column[] kinds) {
    boolean measure = false;
    boolean duties = false;
    for (int c = 0; c < kinds.length; c++) {
      if (kinds[c] == Column.MEASURE) {
        measure = cells[c] != null && current.get(c).toString().strip().matches("(?s).*[。；;！!？?]$");
      } else if (DUTIES.contains(kinds[c])) {
        if (current.get(c).toString().strip().matches("(?s).*[、，,；;/]$")) {
          return false;
        }
        duties |= cells[c] != null;
      }
    }
    return measure && duties;
  }

  /**
   * A row of the cells read; column {@code tail}'s (or none, at -1) the tail of the cell merged
   * down from the row above ({@link MergedCellTails}).
   */
  private static Grid.Row row(int number, List<StringBuilder> cells, int tail) {
    List<Grid.Cell> out = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c).toString().strip();
      out.add(c == tail ? MergedCellTails.tail(text) : Grid.Cell.of(text));
    }
    return new Grid.Row(number, out);
  }

  /** The column a piece of a row goes to: the header cell it overlaps most, else the nearest. */
  private static int column(Piece p, List<Piece> header) {
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
    float centre = (p.left() + p.right()) / 2;
    int c = 0;
    while (c + 1 < header.size()
        && centre > (header.get(c).right() + header.get(c + 1).left()) / 2) {
      c++;
    }
    return c;
  }

  private static float overlap(Piece a, Piece b) {
    return Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
  }

  /**
   * How many columns a piece runs across: those whose region (between the midpoints of the gaps
   * between header cells) it covers by more than a character.
   */
  private static int spanned(Piece p, List<Piece> header) {
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

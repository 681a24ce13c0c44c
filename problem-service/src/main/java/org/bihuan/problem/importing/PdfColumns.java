package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnHeaders.headerKinds;
import static org.bihuan.problem.importing.PdfColumnHeaders.wrappedHeader;
import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.lines;
import static org.bihuan.problem.importing.PdfColumnLines.size;
import static org.bihuan.problem.importing.PdfColumnLines.spanned;
import static org.bihuan.problem.importing.PdfColumnLines.text;
import static org.bihuan.problem.importing.PdfTableContinuation.aligned;
import static org.bihuan.problem.importing.PdfTableContinuation.continuation;
import static org.bihuan.problem.importing.PdfTableContinuation.repeatedHeader;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnHeaders.Wrapped;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Tables a PDF draws without rulings: columns aligned by whitespace only, as many OA systems export
 * a 整改任务清单. A text line whose pieces (glyphs separated by a gap of at least {@value
 * PdfColumnLines#COLUMN_GAP} characters) each name a column of a rectification table — a 问题 column
 * and two other kinds at least, the header words of Word and Excel tables ({@link
 * TableReading#column}) — is a table's header; the header cells' x positions are its columns. A
 * header that reads as one only when cut at gaps of {@value PdfColumnLines#TIGHT_GAP} characters (a
 * borderless Word table, whose cells are set as little as a character apart), or that names more
 * columns so cut where its rows line up under them, cuts its table's rows at that gap too ({@link
 * PdfColumnHeaders#header}). Each text line below it is read into those columns (a piece goes to
 * the header cell it overlaps most, else to the column its centre falls in); a line with a 序号 (or,
 * without a 序号 column, text in the first column) starts a row, and a line without one continues the
 * row above, its pieces joined to the cells they stand under (a cell wrapped over lines; a line
 * ending short of the column's widest is a paragraph, as in a ruled cell: {@link PdfCellLines}).
 * The table ends at a line whose text runs across three columns or more (a paragraph, a 注： line),
 * or after a gap of {@value PdfColumnLines#ROW_GAP} lines' height that no taller row leaves ({@link
 * PdfTallRows}). Text in the 问题 column of a row without a 序号 that goes on with the problem above is
 * that merged cell's tail ({@link MergedCellTails}). The rows are then read as a Word table's are
 * ({@link TableReading}).
 */
final class PdfColumns {

  /** The most tables read on one page; the lines below are text. */
  private static final int TABLES_KEPT = 100;

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
   * @param bands where each of its rows (the header first) begins and ends down the page, two
   *     figures a row: a ruled table's rulings above and below it, an unruled table's row's first
   *     and last baseline; empty when its rows do not all begin on this page ({@link
   *     PdfColumnPages})
   */
  record Table(
      List<Grid.Row> rows,
      float top,
      float bottom,
      boolean continued,
      boolean completesLast,
      Open open,
      List<Float> bands) {

    Table(
        List<Grid.Row> rows,
        float top,
        float bottom,
        boolean continued,
        boolean completesLast,
        Open open) {
      this(rows, top, bottom, continued, completesLast, open, List.of());
    }

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
      List<Piece> header = PdfSheetColumns.columns(lines, wrapped.last() + 1, wrapped.header());
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
                t.open(),
                t.bands()));
      }
      while (tables.size() > found
          && tables.size() < TABLES_KEPT
          && end + 1 < lines.size()
          && PdfGroupHeadings.isHeadingLine(cells(lines.get(end), header), header)) {
        // the rows under a group heading: a table of their own under the same header (0278)
        int before = tables.size();
        int next = rows(lines, end, header, kinds, tables, null);
        if (tables.size() == before) {
          break;
        }
        Table t = tables.get(before);
        float top = lines.get(end + 1).get(0).y();
        List<Grid.Row> own = PdfGroupHeadings.underHeader(t.rows());
        tables.set(before, new Table(own, top, t.bottom(), false, false, t.open()));
        end = next;
      }
      i = end - 1;
    }
    return tables;
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
    int seq = java.util.Arrays.asList(kinds).indexOf(Column.SEQ);
    int starts = seq >= 0 ? seq : 0;
    int problem = -1;
    for (int c = 0; c < columns && seq >= 0; c++) {
      if (kinds[c] == Column.PROBLEM && c != starts) {
        problem = c;
        break;
      }
    }
    float currentTop = Float.NaN;
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
    PdfColumnRows rows = new PdfColumnRows(header, lines.get(at).get(0).y(), bottom);
    float[] rooms = PdfColumnLines.widest(lines, i, header);
    // rows whose 序号 stands below their first line (cells set at the bottom of their rows)
    java.util.Set<Integer> begins =
        seq < 0 || (open != null && !PdfSheetColumns.sheet(lines, i, header))
            ? null
            : PdfRowBands.starts(lines, i, header, kinds, rooms);
    float[] widths = new float[columns]; // how wide each cell's last line is, NaN: not on this page
    java.util.Arrays.fill(widths, Float.NaN);
    int first = i; // the first row's line
    for (; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      float y = line.get(0).y();
      if (y - bottom > ROW_GAP * size(line.get(0))
          && !PdfTallRows.goesOn(lines, first, i, header)) {
        break;
      }
      if (PdfColumnLines.pageNumber(lines, i, header)) {
        break; // the page's footer: the table ends above it
      }
      List<Piece> pieces = cells(line, header);
      String[] cells = new String[columns];
      float[] lefts = new float[columns];
      float[] rights = new float[columns];
      float[] leads = new float[columns]; // the width of a cell's first glyph on this line
      boolean across = false;
      for (Piece p : pieces) {
        if (spanned(p, header) >= 3) {
          across = true;
          break;
        }
        int c = column(p, header);
        leads[c] = cells[c] == null ? p.size() : leads[c];
        lefts[c] = cells[c] == null ? p.left() : lefts[c];
        cells[c] = cells[c] == null ? p.text() : cells[c] + p.text();
        rights[c] = p.right();
      }
      if (current != null && PdfSignOffLines.endsRows(lines, i, header, starts)) {
        break; // 填表人：林晓 审核人：周正 under the last row: no line of its cells (0407)
      }
      if (current != null && PdfGroupHeadings.isHeadingLine(pieces, header)) {
        break; // 二、作风建设方面 under a row: the table's rest is read under it (0278)
      }
      if (across) {
        int after = seq < 0 ? -1 : rowsBelowNote(lines, i, header, seq);
        if (after < 0) {
          break;
        }
        // 注：… across the table with its rows going on below it: the note is a row of its own, which
        // the table's reader names as a note, and the rows below stay the table's (0273)
        if (current != null && (!carried || completesLast)) {
          rows.add(current, tail ? problem : -1, currentTop, bottom);
        }
        StringBuilder note = new StringBuilder();
        for (int k = i; k < after; k++) {
          note.append(text(lines.get(k)).strip());
        }
        List<StringBuilder> noteRow = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          noteRow.add(new StringBuilder(c == 0 ? note : ""));
        }
        bottom = lines.get(after - 1).get(0).y();
        rows.add(noteRow, -1, y, bottom);
        current = null;
        carried = false;
        tail = false;
        i = after - 1;
        continue;
      }
      boolean beside = current != null && PdfCentredCells.beside(lines, i);
      if (current == null
          || (begins != null
              ? begins.contains(i)
              : (cells[starts] != null && !beside)
                  || PdfCentredCells.startsRow(lines, i, header, starts)
                  || PdfFurtherMeasures.startsOne(cells, current, kinds))) {
        if (current != null && (!carried || completesLast)) {
          rows.add(current, tail ? problem : -1, currentTop, bottom);
        }
        currentTop = y;
        tail =
            current != null
                && begins == null
                && cells[starts] == null
                && problem >= 0
                && cells[problem] != null
                && MergedCellTails.cutShort(current.get(problem).toString());
        carried = false;
        current = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          current.add(new StringBuilder(cells[c] == null ? "" : cells[c]));
          widths[c] = cells[c] == null ? Float.NaN : rights[c] - lefts[c];
        }
      } else {
        completesLast |= carried;
        // text that a row without a 序号 gains in its 问题 column below its first line: the problem
        // merged over this row runs on beside it (a cell's own text starts at the row's top)
        tail |=
            begins == null
                && problem >= 0
                && cells[problem] != null
                && current.get(starts).isEmpty()
                && current.get(problem).isEmpty();
        for (int c = 0; c < columns; c++) {
          if (cells[c] != null) {
            // a line the cell's line above ended short of the column's widest: a paragraph (0326)
            boolean broken =
                !Float.isNaN(widths[c]) && PdfCellLines.endsShort(widths[c], leads[c], rooms[c]);
            PdfCellLines.append(current.get(c), cells[c], broken);
            widths[c] = rights[c] - lefts[c];
          }
        }
      }
      bottom = y;
    }
    if (current == null || (carried && !completesLast)) {
      return at + 1; // a header with nothing under it: read as text
    }
    rows.add(current, tail ? problem : -1, currentTop, bottom);
    boolean toTheEnd = true;
    for (int rest = i; rest < lines.size(); rest++) {
      toTheEnd &= PdfColumnLines.pageNumber(lines, rest, header);
    }
    // carried on: the columns as its rows set them, not its header's centred words (0392)
    List<String> cut = current.stream().map(StringBuilder::toString).toList();
    Open next = toTheEnd ? new Open(aligned(lines, first, header), kinds, cut, tail) : null;
    float top = lines.get(at).get(0).y();
    tables.add(
        new Table(
            rows.rows(), top, bottom, open != null, completesLast, next, rows.bands(open != null)));
    return i;
  }

  /**
   * The line after a note (注：… on line {@code at}, its wrapped lines across the columns too) when
   * that line goes on with the table: close below it, with a 序号 of its own in the 序号 column and
   * nothing across the columns; -1 when the note ends the table.
   */
  private static int rowsBelowNote(List<List<Glyph>> lines, int at, List<Piece> header, int seq) {
    if (!TextOutsideTables.isNote(text(lines.get(at)).strip())) {
      return -1;
    }
    int j = at + 1;
    while (j < lines.size()
        && lines.get(j).get(0).y() - lines.get(j - 1).get(0).y()
            <= ROW_GAP * size(lines.get(j).get(0))) {
      List<Piece> pieces = cells(lines.get(j), header);
      if (PdfColumnLines.acrossThree(pieces, header)) {
        j++; // the note wrapped
        continue;
      }
      boolean numbered =
          pieces.stream()
              .anyMatch(p -> column(p, header) == seq && p.text().strip().matches("[0-9０-９]{1,3}"));
      return numbered ? j : -1;
    }
    return -1;
  }
}

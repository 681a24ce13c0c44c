package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnHeaders.HEADER_LINES;
import static org.bihuan.problem.importing.PdfColumnHeaders.HEADER_LINE_STEP;
import static org.bihuan.problem.importing.PdfColumnHeaders.header;
import static org.bihuan.problem.importing.PdfColumnHeaders.headerKinds;
import static org.bihuan.problem.importing.PdfColumnLines.COLUMN_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.atColumn;
import static org.bihuan.problem.importing.PdfColumnLines.bare;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.fits;
import static org.bihuan.problem.importing.PdfColumnLines.size;
import static org.bihuan.problem.importing.PdfColumnLines.text;
import static org.bihuan.problem.importing.PdfColumnLines.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfColumns.Open;
import org.bihuan.problem.importing.PdfLayout.Glyph;

/**
 * Where the rows of an unruled table that ran to the end of its page ({@link PdfColumns.Open}) go
 * on at the top of the next page: after a repeated header, a running header or a page number, in
 * columns that page may set at other positions.
 */
final class PdfTableContinuation {

  private PdfTableContinuation() {}

  /** Lines above a table's continued rows that are no row: a running header, a page number. */
  private static final int ABOVE_CONTINUATION = 2;

  /**
   * The line at which the rows of the table the page before ended with go on, or -1: among the
   * page's first lines (after at most {@value #ABOVE_CONTINUATION} lines of one piece each, a
   * running header or a page number), a line of two pieces or more, each standing under a column of
   * the table's header and none running across three columns — or the table's header repeated
   * (Word's 标题行重复) over a line whose pieces (one is enough) stand so.
   */
  static int continuation(List<List<Glyph>> lines, Open open) {
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
   * a gap of {@value PdfColumnLines#ROW_GAP} lines or a line of more pieces than columns) fall into
   * clusters, a column each; when there are as many as the header has cells and none runs into the
   * next, they are the columns, in order, else the header's own positions are.
   */
  static List<Piece> aligned(List<List<Glyph>> lines, int at, List<Piece> header) {
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
   * centred on the page does not) and the next line, less than {@value PdfColumnLines#ROW_GAP}
   * lines below, is a line of the table of two pieces or more. Lines of one piece under it that
   * start at the same column are that cell's too; when they run to the page's foot (a page number
   * or nothing below), the cell fills the page and goes on over the next break.
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

  /**
   * The last line of the header of the table the page before ended with, repeated from line {@code
   * i} (Word's 标题行重复), or -1. Its cells may wrap over up to {@value PdfColumnHeaders#HEADER_LINES}
   * lines as on the first page (序 over 号, 责任单位 over （部门）): the lines from {@code i} whose pieces,
   * joined column by column, spell the header's cells; else a line that alone names the same
   * columns.
   */
  static int repeatedHeader(List<List<Glyph>> lines, int i, Open open) {
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
}

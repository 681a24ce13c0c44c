package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfColumnLines.ROW_GAP;
import static org.bihuan.problem.importing.PdfColumnLines.cells;
import static org.bihuan.problem.importing.PdfColumnLines.column;
import static org.bihuan.problem.importing.PdfColumnLines.pieces;
import static org.bihuan.problem.importing.PdfColumnLines.size;
import static org.bihuan.problem.importing.PdfColumnLines.text;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.PdfColumnLines.Piece;
import org.bihuan.problem.importing.PdfLayout.Glyph;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A sheet wider than its page, printed by a spreadsheet (LibreOffice Calc, Excel): the columns that
 * do not fit are printed on the following page, with the same rows at the same places and their
 * header row, nothing of the table's first columns (docs/decisions/0370). Such a page begins —
 * after the running header — with a line whose pieces each name a column of a rectification table
 * but none its 序号 or 问题 (责任人 整改时限 整改进展): no table of its own, the rest of the columns of the table
 * the page before ends with. Its lines are joined to that table's rows by where they stand: a line
 * belongs to the row whose band (from where the row begins on the page before to where the next one
 * does, {@link PdfColumns.Table#bands}) holds its baseline, each piece to the column of the page's
 * header it stands under. When the rows cannot be matched so — the header stands elsewhere than the
 * table's, the table's rows did not all begin on the page before, or a line stands in no row — the
 * PDF is refused (422 {@code pdf-columns}) rather than read with problems missing their fields or
 * invented from those columns.
 */
final class PdfColumnPages {

  private PdfColumnPages() {}

  /**
   * The table a page ends with, whose columns may go on on the next page: its header's baseline,
   * text size, its rows' bands (empty: its rows did not all begin on its page), whether its bands
   * are rulings ({@code ruled}: a line below the last is no row) and how many rows of one cell (the
   * sheet's title in its own row of the grid, 0423) stand above its header.
   */
  record Wide(float headerLine, float size, List<Float> bands, boolean ruled, int titles) {}

  /**
   * Columns read from a page: the header's cells, each row's cells (the table's rows in order,
   * header aside), and the baselines of the page's first and last line they cover.
   */
  record Columns(List<String> header, List<List<String>> rows, float top, float bottom) {}

  /** What a page's last table leaves for the next page to go on with, or null. */
  static Wide of(PdfColumns.Table table, List<Glyph> glyphs, boolean ruled) {
    int titles = PdfTitleRows.above(table.rows(), table.bands());
    float top = titles == 0 ? table.top() : table.bands().get(2 * titles);
    float line = Float.NaN;
    float size = 0;
    for (Glyph g : glyphs) {
      if (g.y() >= top - 1 && g.y() <= table.bottom() + 1) {
        line = Float.isNaN(line) ? g.y() : Math.min(line, g.y());
        size = Math.max(size, size(g));
      }
    }
    if (Float.isNaN(line)) {
      return null;
    }
    return new Wide(line, size, table.bands(), ruled, titles); // a continued table has no bands
  }

  /**
   * The columns page {@code page} adds to the table {@code wide} of the page before, or null when
   * the page does not begin with their header; 422 when it does but its rows cannot be matched.
   */
  static Columns read(List<Glyph> glyphs, List<PdfLayout.Segment> rulings, Wide wide, int page) {
    List<List<Glyph>> lines = PdfColumnLines.lines(glyphs);
    int at = -1;
    List<Piece> header = null;
    // the header among the page's first lines, under its running header or page number
    for (int i = 0; i < lines.size() && i < PageFurniture.EDGE; i++) {
      List<Piece> pieces = pieces(lines.get(i));
      if (furtherColumns(pieces)) {
        at = i;
        header = pieces;
        break;
      }
      if (pieces.size() != 1) {
        return null;
      }
    }
    if (header == null) {
      return null;
    }
    // a spreadsheet's print: its header words centred over cells set flush left (0393)
    header = PdfSheetColumns.printed(lines, at + 1, header);
    List<String> names = header.stream().map(Piece::text).toList();
    float y0 = lines.get(at).get(0).y();
    boolean atHeader = Math.abs(y0 - wide.headerLine()) <= wide.size() / 2;
    // the bands of the header and the rows, the title's above them aside
    List<Float> bands =
        wide.bands().subList(Math.min(2 * wide.titles(), wide.bands().size()), wide.bands().size());
    if (header.size() == 1 && (!atHeader || HeaderNameRuns.name(names.get(0)) == null)) {
      // one piece: a whole column's name where the table's header stands, or no header of columns
      // (a cell's words wrapped onto the next page's top)
      return null;
    }
    if (header.size() == 1
        && !PdfLoneColumn.inRowsOf(lines, at, header.get(0), bands, wide.ruled(), rulings)) {
      // a heading over the text after the table (整改措施 and its paragraphs), not its column
      return null;
    }
    if (header.size() == 1 && !wide.ruled()) {
      throw refused(
          page,
          names,
          "that table has no cell borders, and one column's lines are not matched to rows told"
              + " apart by where their text stands alone");
    }
    if (bands.size() < 4) {
      throw refused(page, names, "that table's rows do not all begin on page " + (page - 1));
    }
    if (!atHeader) {
      throw refused(page, names, "its header does not stand where that table's header does");
    }
    int rowCount = bands.size() / 2 - 1;
    float end = bands.get(bands.size() - 1);
    // by column, the pieces below the header top down: baseline, text, row (-1: between rows)
    List<List<Placed>> byColumn = new ArrayList<>();
    header.forEach(h -> byColumn.add(new ArrayList<>()));
    float bottom = y0;
    for (int i = at + 1; i < lines.size(); i++) {
      List<Glyph> line = lines.get(i);
      float y = line.get(0).y();
      // a sign-off under the rows (填表人：林晓 审核人：周正) ends them however close it stands (0407)
      boolean below =
          y > end + SLACK
              && (wide.ruled()
                  || y - bottom > ROW_GAP * size(line.get(0))
                  || PdfSignOffLines.signOff(cells(line, header)));
      if (below && !wide.ruled()) {
        unread(lines, i, header, page, names);
      }
      if (below || PageFurniture.isPageNumber(text(line))) {
        break;
      }
      int row = y < bands.get(2) - SLACK ? 0 : -1;
      for (int r = 1; r <= rowCount && row < 0; r++) {
        if (y >= bands.get(2 * r) - SLACK && y <= bands.get(2 * r + 1) + SLACK) {
          row = r;
        }
      }
      for (Piece p : cells(line, header)) {
        byColumn.get(column(p, header)).add(new Placed(y, size(line.get(0)), p.text(), row));
      }
      bottom = y;
    }
    List<StringBuilder> head = new ArrayList<>();
    header.forEach(h -> head.add(new StringBuilder(h.text())));
    List<List<StringBuilder>> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<StringBuilder> cells = new ArrayList<>();
      header.forEach(h -> cells.add(new StringBuilder()));
      rows.add(cells);
    }
    for (int c = 0; c < byColumn.size(); c++) {
      List<Placed> column = byColumn.get(c);
      for (int k = 0; k < column.size(); k++) {
        int row = column.get(k).row() >= 0 ? column.get(k).row() : ofItsCell(column, k);
        if (row < 0) {
          throw refused(
              page,
              names,
              "its line 「"
                  + OutlineParser.shorten(column.get(k).text())
                  + "」 stands beside none of its rows");
        }
        PdfCellLines.append(
            (row == 0 ? head : rows.get(row - 1)).get(c), column.get(k).text(), false);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (List<StringBuilder> r : rows) {
      out.add(r.stream().map(x -> PdfCellLines.settled(x).strip()).toList());
    }
    return new Columns(
        head.stream().map(x -> PdfCellLines.settled(x).strip()).toList(), out, y0, bottom);
  }

  /**
   * Refuses the page when, below the rows of the unruled table before, from line {@code i} down to
   * the page's number, a line stands under the columns of this page's header: the sheet's rows go
   * on beside it, but the page before did not read them as the table's (a row taller than the gap
   * that ends a table, its cells read as lines) — a line of two cells or more that labels nothing:
   * a sheet's sign-off under its rows (填表人：林晓, 审核人：周正 日期：2024年12月5日) is no row.
   */
  private static void unread(
      List<List<Glyph>> lines, int i, List<Piece> header, int page, List<String> names) {
    for (int k = i; k < lines.size() && !PageFurniture.isPageNumber(text(lines.get(k))); k++) {
      List<Piece> cells = cells(lines.get(k), header);
      if (cells.size() >= 2
          && text(lines.get(k)).chars().noneMatch(c -> c == '：' || c == ':')
          && PdfColumnLines.fits(cells, header)) {
        throw refused(
            page,
            names,
            "its line 「"
                + OutlineParser.shorten(text(lines.get(k)))
                + "」 stands below the rows read on page "
                + (page - 1)
                + ", whose rows could not all be told apart");
      }
    }
  }

  /** How far (points) a baseline may stand outside a row's band and still be the row's. */
  private static final float SLACK = 1f;

  /** How far apart (in text sizes) the baselines of two lines of one cell stand at most. */
  private static final float CELL_LINE_STEP = 1.6f;

  /** A piece of a column on the page: its baseline, size, text and row (-1: between rows). */
  private record Placed(float y, float size, String text, int row) {}

  /**
   * The row of a column's piece {@code k} that stands between two rows' bands: a cell taller on
   * this page than its row's cells on the page before. It is the row of the lines of its cell
   * (those above and below it at a line's step) that stand in a row's band, when they all stand in
   * the same one; -1 when none does or they stand in two (the rows cannot be told apart).
   */
  private static int ofItsCell(List<Placed> column, int k) {
    int row = -1;
    for (int step : new int[] {-1, 1}) {
      for (int j = k + step; j >= 0 && j < column.size(); j += step) {
        Placed near = column.get(j - step);
        if (Math.abs(column.get(j).y() - near.y()) > CELL_LINE_STEP * near.size()) {
          break;
        }
        if (column.get(j).row() >= 0) {
          if (row >= 0 && row != column.get(j).row()) {
            return -1;
          }
          row = column.get(j).row();
          break;
        }
      }
    }
    return row;
  }

  /**
   * The lines of a page that holds the further columns of the table before ({@link #read}), as one
   * table (their header, then one row for each of the table's rows on the page before) for {@link
   * PdfTables} to add to that table, with the indexes of the page's text lines it covers.
   */
  static PdfTables.Found table(Columns further, PdfLayout layout, List<String> written) {
    List<Float> baselines = new ArrayList<>(layout.lineBaselines());
    baselines.add(layout.lastBaseline());
    List<Integer> covered = new ArrayList<>();
    for (int i = 0; i < Math.min(written.size(), baselines.size()); i++) {
      float y = baselines.get(i);
      if (!Float.isNaN(y) && y >= further.top() - 1 && y <= further.bottom() + 1) {
        covered.add(i);
      }
    }
    List<Grid.Row> rows = new ArrayList<>();
    rows.add(new Grid.Row(1, further.header().stream().map(Grid.Cell::of).toList()));
    for (List<String> r : further.rows()) {
      rows.add(new Grid.Row(rows.size() + 1, r.stream().map(Grid.Cell::of).toList()));
    }
    return new PdfTables.Found(
        new PdfColumns.Table(rows, further.top(), further.bottom()), covered);
  }

  /**
   * The table {@code before} with the columns another page adds to it ({@code further}: their
   * header, then one row for each of the rows the table's last page began), at its right; {@code
   * lines}: the lines of the whole text so far, where the table now ends.
   */
  static Grid besides(Grid before, List<Grid.Row> further, int lines) {
    List<Grid.Row> rows = before.rows();
    int from = rows.size() - (further.size() - 1); // the first row of the table's last page
    // the header: the row above them (a title's rows above it, 0423)
    int head = Math.max(0, from - 1);
    List<Grid.Row> joined = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Grid.Cell> cells = new ArrayList<>(rows.get(r).cells());
      if (r == head) {
        cells.addAll(further.get(0).cells());
      } else if (r >= from) {
        cells.addAll(further.get(r - from + 1).cells());
      } else {
        further.get(0).cells().forEach(c -> cells.add(Grid.Cell.of("")));
      }
      joined.add(new Grid.Row(rows.get(r).number(), cells));
    }
    return Grid.wordTable(
        joined,
        before.table(),
        before.lead(),
        new Grid.Place(before.place().outsideBefore(), lines));
  }

  /** The bands of a ruled table's rows: the rulings above and below each, or none. */
  static List<Float> bands(List<Grid.Row> grid, List<Float> rulings) {
    if (grid.size() != rulings.size() - 1) {
      return List.of();
    }
    List<Float> out = new ArrayList<>();
    for (int r = 0; r + 1 < rulings.size(); r++) {
      out.add(rulings.get(r));
      out.add(rulings.get(r + 1));
    }
    return out;
  }

  /**
   * Whether a line's pieces are a header of columns that go on a table: each naming a column, none
   * its 序号 or its 问题 (a table's first columns, which a page of its own columns has). One piece
   * (完成时限 alone on page 2) is such a header only where it stands where a ruled table's header does
   * ({@link #read}, 0423).
   */
  private static boolean furtherColumns(List<Piece> pieces) {
    if (pieces.isEmpty()) {
      return false;
    }
    for (Piece p : pieces) {
      Column kind = TableReading.column(p.text());
      if (kind == null || kind == Column.IGNORED || kind == Column.SEQ || kind == Column.PROBLEM) {
        return false;
      }
    }
    return true;
  }

  private static RuntimeException refused(int page, List<String> names, String why) {
    return ApiProblem.unprocessable(
        "pdf-columns",
        "Page "
            + page
            + " of the PDF holds the columns "
            + String.join("、", names)
            + " of the table on page "
            + (page - 1)
            + " (a sheet wider than its page, printed over two pages), but they cannot be joined"
            + " to that table's rows: "
            + why
            + ". Send the original Excel (.xlsx/.xls) file, or print the sheet fitted to the"
            + " page's width.");
  }
}

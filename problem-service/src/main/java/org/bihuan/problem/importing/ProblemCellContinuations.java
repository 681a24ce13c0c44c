package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableFurniture.NOTE_ROW;
import static org.bihuan.problem.importing.TableFurniture.TOTALS_ROW;
import static org.bihuan.problem.importing.TableFurniture.isSignOffRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * A problem text typed over two rows of a table (a long cell split by hand or across a page): the
 * row below has no 序号 and nothing but text in its 问题 cell, every other cell blank, under a row with
 * a 序号 and a problem text of its own. It continues that problem (docs/decisions/0360): its text is
 * joined to the cell above, as one sentence when the cell above ends without 。/；, else as the next
 * sentence of the description; and the dry run says so. A row with its own 整改措施 or duties is a
 * measure row of the problem above, as before; a numbered text, a problem label alone (问题5：, 0388),
 * a note, a totals or sign-off row, or a short heading under a finished sentence is not a
 * continuation.
 */
final class ProblemCellContinuations {

  /** How a finished problem text ends: the row below starts another sentence. */
  private static final Pattern FINISHED = Pattern.compile("[。；;！!？?]$");

  private ProblemCellContinuations() {}

  /**
   * The rows from {@code first} on, each continuation row joined to the problem cell of the row
   * above it and left blank itself; {@code warnings} names each join.
   */
  static List<Grid.Row> joined(Grid grid, Header header, int first, RowCells cells) {
    List<Grid.Row> rows = new ArrayList<>(grid.rows());
    int seq = header.index(Column.SEQ);
    int problem = header.index(Column.PROBLEM);
    if (seq < 0 || problem < 0) {
      return rows;
    }
    int joinedInto = -1;
    int blankedAbove = -1;
    for (int r = first + 1; r < rows.size(); r++) {
      // a problem text over three rows: the second row was left blank, the first holds the text
      int a = blankedAbove == r - 1 ? joinedInto : r - 1;
      Grid.Row above = rows.get(a);
      Grid.Row row = rows.get(r);
      if (!continuation(row, seq, problem) || !problemRow(above, seq, problem)) {
        continue;
      }
      String before = above.cell(problem).text().strip();
      String text = row.cell(problem).text().strip();
      boolean finished = FINISHED.matcher(before).find();
      if (finished && text.length() <= 30 && !TableHeaders.HEADING_STOPS.matcher(text).find()) {
        continue; // 作风建设方面 under a finished sentence: a heading, read as before
      }
      joinedInto = a;
      rows.set(a, withProblem(above, problem, before + (finished ? "\n" : "") + text));
      rows.set(r, blank(row));
      blankedAbove = r;
      cells.warnings.add(
          cells.where(row)
              + " has no 序号 and only a 问题 text (「"
              + OutlineParser.shorten(text)
              + "」), no 整改措施 or duties of its own; it was read as the continuation of the"
              + " problem above (「"
              + OutlineParser.shorten(before)
              + "」)"
              + (finished ? ", the next sentence of its description." : ", joined to its text."));
    }
    return rows;
  }

  /** A row with text in its 问题 cell only: no 序号, every other cell blank or merged from above. */
  private static boolean continuation(Grid.Row row, int seq, int problem) {
    Grid.Cell cell = row.cell(problem);
    String text = cell.text().strip();
    if (text.isEmpty()
        || cell.continuesAbove()
        || cell.continuesLeft()
        || (!row.cell(seq).text().isBlank() && !row.cell(seq).continuesAbove())
        || Numbering.of(text) != null
        || EmptyItems.label(text) != null // 问题5： alone: a label a template left (0388)
        || NOTE_ROW.matcher(text).matches()
        || TOTALS_ROW.matcher(text).matches()
        || isSignOffRow(row)) {
      return false;
    }
    for (int c = 0; c < row.cells().size(); c++) {
      Grid.Cell other = row.cell(c);
      if (c != problem && c != seq && !other.text().isBlank() && !other.continuesAbove()) {
        return false;
      }
    }
    return true;
  }

  /** A row holding a problem of its own: a 序号 and a 问题 text not merged from above. */
  private static boolean problemRow(Grid.Row row, int seq, int problem) {
    Grid.Cell cell = row.cell(problem);
    return !cell.text().isBlank()
        && !cell.continuesAbove()
        && !cell.continuesLeft()
        && !row.cell(seq).text().isBlank()
        && !row.cell(seq).continuesAbove()
        && !row.cell(seq).text().equals(cell.text());
  }

  private static Grid.Row withProblem(Grid.Row row, int problem, String text) {
    List<Grid.Cell> cells = new ArrayList<>(row.cells());
    Grid.Cell c = cells.get(problem);
    cells.set(problem, new Grid.Cell(text, c.continuesAbove(), c.number(), c.continuesLeft()));
    return new Grid.Row(row.number(), cells);
  }

  private static Grid.Row blank(Grid.Row row) {
    List<Grid.Cell> cells = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      cells.add(Grid.Cell.EMPTY);
    }
    return new Grid.Row(row.number(), cells);
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableHeaders.distinctTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measure rows (整改措施, 责任单位) above a table's first problem (0252): held until that problem comes and
 * read as its measures, said so in the warnings; named as not imported when no problem comes.
 */
final class MeasuresAboveFirstProblem {
  private final List<Grid.Row> rows = new ArrayList<>();
  private final RowCells cells;
  private final List<String> warnings;

  MeasuresAboveFirstProblem(RowCells cells, List<String> warnings) {
    this.cells = cells;
    this.warnings = warnings;
  }

  /** Holds a measure row met before any problem. */
  void hold(Grid.Row row) {
    rows.add(row);
  }

  /** The first row of the first problem, {@code row}: the first row held above it, if any. */
  int firstRow(Grid.Row row) {
    return rows.isEmpty() ? row.number() : rows.get(0).number();
  }

  /**
   * Reads the held rows as measures of the first problem, {@code problemText} on {@code row},
   * naming each in the warnings.
   */
  void readAsMeasuresOf(String problemText, Grid.Row row, Consumer<Grid.Row> measure) {
    for (Grid.Row early : rows) {
      measure.accept(early);
      warnings.add(
          cells.where(early)
              + ": a 整改措施 or 责任单位 above the table's first problem (「"
              + OutlineParser.shorten(String.join(" | ", distinctTexts(early)))
              + "」) was read as a measure of that problem (「"
              + OutlineParser.shorten(
                  OutlineParser.splitHead(Labels.withoutProblemNumber(problemText.strip())).title())
              + "」, "
              + cells.where(row)
              + "). If it is another problem's, write it on that problem's row.");
    }
    rows.clear();
  }

  /** Names the held rows, whose first problem never came, as not imported. */
  void unread() {
    for (Grid.Row early : rows) {
      warnings.add(
          cells.where(early)
              + ": a 整改措施 or 责任单位 with no problem in the table (「"
              + OutlineParser.shorten(String.join(" | ", distinctTexts(early)))
              + "」); the row was not imported. Write it on the row of its problem.");
    }
    rows.clear();
  }
}

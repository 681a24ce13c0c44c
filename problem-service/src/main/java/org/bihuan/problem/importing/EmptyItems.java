package org.bihuan.problem.importing;

import java.util.Iterator;
import java.util.List;

/**
 * A numbered item with no words (「3.」 or 「（三）」 alone on its line, a number a template left): it
 * names no problem, and no title is ever made up for it (docs/decisions/0375). With nothing under
 * it it is left out and named in a warning; with measures, duties or text under it the problem is
 * there but its title is not, so the item keeps a blank title and the import is refused with 422
 * {@code import-title-missing} naming its line: the administrator writes the title. A group's
 * number without words (（二） alone over items 1. 2.) names no category: its items are read, without
 * it, and the line is named in a warning. A problem label with no words (问题5：, 问题：) is such an item
 * too: left out and named with nothing under it (or only the next item), refused over its measures
 * (docs/decisions/0382). So is a table's 问题 cell holding only such a label: left out and named
 * where nothing but its 序号 stands beside it, refused beside a 整改措施 or duties (0388).
 */
final class EmptyItems {

  private EmptyItems() {}

  /** Whether {@code words}, the text of a numbered line after its number, is no text at all. */
  static boolean isEmpty(String words) {
    return words == null || words.strip().replaceAll("[：:。.，,；;、\\s]", "").isEmpty();
  }

  /**
   * Takes out of the outline each numbered item with no words, no text under it and no item in it,
   * each named in {@code warnings}.
   */
  static void prune(OutlineParser.Node node, List<String> warnings) {
    for (Iterator<OutlineParser.Node> it = node.children.iterator(); it.hasNext(); ) {
      OutlineParser.Node child = it.next();
      if (child.numbering != null
          && isEmpty(child.heading())
          && child.body.isEmpty()
          && child.children.isEmpty()) {
        warnings.add(leftOut(child.number));
        it.remove();
      } else {
        if (child.numbering != null && isEmpty(child.heading()) && child.hasItems()) {
          warnings.add(
              "Line "
                  + child.number
                  + ": a group's number with no words; the items under it were read without"
                  + " that group as their category.");
        }
        prune(child, warnings);
      }
    }
  }

  /**
   * The problem label {@code text} is when it is nothing but one (问题5：, 问题：), else null: a label a
   * template left, naming no problem.
   */
  static String label(String text) {
    return text != null && LabelNames.PROBLEM_LABEL_ALONE.matcher(text).matches()
        ? text.strip()
        : null;
  }

  /**
   * The warning for a table's row whose 问题 cell {@code problem} holds nothing but a problem label
   * (问题5：) and nothing but its 序号 beside it: left out, as a plan's empty label is; null for any
   * other row. Beside a 整改措施 or duties the label is a problem without a title, refused with 422
   * {@code import-title-missing} as a plan's is (docs/decisions/0388).
   */
  static String labelRow(
      Grid.Row row, Grid.Cell problem, TableReading.Header header, RowCells cells) {
    String label = problem.continuesAbove() ? null : label(problem.text());
    int seq = header.index(TableReading.Column.SEQ);
    int problemColumn = header.index(TableReading.Column.PROBLEM);
    if (label == null
        || !SeqNumbers.nothingBut(row, seq, problemColumn)
        || carriedOn(cells.grid, row, seq, problemColumn)) {
      return null;
    }
    return cells.where(row)
        + " holds the problem label 「"
        + label
        + "」 with no text and nothing beside it but its 序号 (a label left in a template); it names"
        + " no problem and was not imported.";
  }

  /**
   * Whether the row under {@code row} carries it on: no 序号 and no 问题 text of its own, but a measure
   * or duties — the label's problem goes on there, so the label is refused, never left out with its
   * measure given to the problem above.
   */
  private static boolean carriedOn(Grid grid, Grid.Row row, int seq, int problem) {
    List<Grid.Row> rows = grid.rows();
    int at = 0;
    while (at < rows.size() && rows.get(at).number() != row.number()) {
      at++; // the row as read, before its merged cells were given one value each
    }
    if (at + 1 >= rows.size()) {
      return false;
    }
    Grid.Row next = rows.get(at + 1);
    return next.cell(seq).text().isBlank()
        && (next.cell(problem).text().isBlank() || next.cell(problem).continuesAbove())
        && !SeqNumbers.nothingBut(next, seq, problem);
  }

  /** The warning for a problem label {@code label} (问题5：) at {@code line} with nothing under it. */
  static String labelLeftOut(int line, String label) {
    return "Line "
        + line
        + ": the problem label 「"
        + label
        + "」 has no text and nothing under it (a label left in a template); it names no problem"
        + " and was not imported.";
  }

  /** The warning for such an item at {@code line} with nothing under it, left out. */
  static String leftOut(int line) {
    return "Line "
        + line
        + ": a numbered item with no text and nothing under it (a number left in a template);"
        + " it names no problem and was not imported.";
  }
}

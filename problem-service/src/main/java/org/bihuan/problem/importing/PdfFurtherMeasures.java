package org.bihuan.problem.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A line without a 序号 in a PDF table drawn without rulings ({@link PdfColumns}) that starts a
 * further measure of the problem above rather than going on with the row's cells.
 */
final class PdfFurtherMeasures {

  private PdfFurtherMeasures() {}

  /** The duties a measure's row gives: who answers for it, and by when. */
  private static final Set<Column> DUTIES =
      EnumSet.of(
          Column.UNITS,
          Column.CO_UNITS,
          Column.LEADER,
          Column.LEADER_AND_PERSON,
          Column.PERSON,
          Column.TIME_LIMIT,
          Column.DUTIES);

  /**
   * Whether a line without a 序号 is a further measure of the problem above rather than the row's
   * cells wrapped: it starts a measure under one that ended its sentence, with duties of its own,
   * and no duty above ends in a list separator (党委办公室、 / 纪委办公室 is one cell wrapped). A Word table
   * merges the problem cell over such rows; a PDF shows that as a blank problem cell. A line of
   * labelled duties under the measure (责任单位：人事科) is the measure's, never a measure (0278).
   */
  static boolean startsOne(String[] cells, List<StringBuilder> current, Column[] kinds) {
    boolean measure = false;
    boolean duties = false;
    for (int c = 0; c < kinds.length; c++) {
      if (kinds[c] == Column.MEASURE) {
        measure =
            cells[c] != null
                && !PdfCellLines.isDutyLine(cells[c])
                && current.get(c).toString().strip().matches("(?s).*[。；;！!？?]$");
      } else if (DUTIES.contains(kinds[c])) {
        if (current.get(c).toString().strip().matches("(?s).*[、，,；;/]$")) {
          return false;
        }
        duties |= cells[c] != null;
      }
    }
    return measure && duties;
  }
}

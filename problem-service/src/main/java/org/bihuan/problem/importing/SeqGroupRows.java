package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableHeaders.HEADING_STOPS;

import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A group heading whose number stands in its own 序号 cell and whose name is merged across all the
 * other columns (（一） │ 落实全面从严治党责任方面 ─────), as Word, Excel and their PDFs write a 整改任务清单: the
 * category of the rows under it, as when the row is merged across the 序号 too (docs/decisions/0337).
 */
final class SeqGroupRows {

  /** （一）, (一), 一、, 一, 十一: a group's number in Chinese numerals. */
  private static final Pattern CHINESE_GROUP =
      Pattern.compile("[（(]?\\s*[一二三四五六七八九十]{1,3}\\s*[）)]?[、．.]?");

  /** (1), （2）: a group's number when the problems are numbered 1, 2, 3. */
  private static final Pattern ARABIC_IN_BRACKETS =
      Pattern.compile("[（(]\\s*[0-9０-９]{1,2}\\s*[）)]");

  /** 1, 2、, 3.: a problem's plain number. */
  private static final Pattern ARABIC = Pattern.compile("[0-9０-９]{1,3}[、．.]?");

  private SeqGroupRows() {}

  /**
   * The heading (（一）落实全面从严治党责任方面) of a row holding a group number in its 序号 cell and one text in
   * its other cells (merged across them, repeated by the merge, or only in the first of them), in a
   * table whose problems have measures or duties; null for any other row.
   */
  static String heading(Grid.Row row, RowCells cells) {
    TableReading.Header header = cells.header;
    if (!header.has(Column.MEASURE) && !header.has(Column.UNITS)) {
      return null;
    }
    Grid.Cell seqCell = cells.cell(row, Column.SEQ);
    String seq = seqCell.text().strip();
    if (seq.isEmpty() || seqCell.continuesAbove()) {
      return null;
    }
    String text = null;
    int filled = 0;
    boolean firstFilled = false;
    boolean first = true;
    for (int i = 0; i < row.cells().size(); i++) {
      Column kind = i < header.columns().length ? header.columns()[i] : null;
      if (kind == Column.SEQ) {
        continue;
      }
      Grid.Cell c = row.cell(i);
      String t = c.text().strip();
      if (t.isEmpty()) {
        first = false;
        continue;
      }
      if (c.continuesAbove() || (text != null && !RepeatedCells.same(t, text))) {
        return null;
      }
      firstFilled |= first;
      first = false;
      text = text == null ? t : text;
      filled++;
    }
    if (text == null
        || (filled < 2 && !firstFilled)
        || text.length() > 40
        || HEADING_STOPS.matcher(text).find()
        || Numbering.of(text) != null) {
      return null;
    }
    if (CHINESE_GROUP.matcher(seq).matches()) {
      String marker = seq.matches("[一二三四五六七八九十]+[、．.]?") ? seq.replaceFirst("[、．.]?$", "、") : seq;
      return marker + text;
    }
    if (ARABIC_IN_BRACKETS.matcher(seq).matches() && problemsNumberedPlainly(row, cells)) {
      return seq + text;
    }
    return null;
  }

  /** Whether the next row is numbered 1, 2, 3: (1) above it is its group. */
  private static boolean problemsNumberedPlainly(Grid.Row row, RowCells cells) {
    Grid.Row next = GroupRows.nextRow(cells.grid, row.number());
    return next != null && ARABIC.matcher(cells.cell(next, Column.SEQ).text().strip()).matches();
  }
}

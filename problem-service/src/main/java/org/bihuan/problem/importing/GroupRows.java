package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableHeaders.HEADING_STOPS;

import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * Two more kinds of group row of a table, read as the category of the problems below them
 * (docs/decisions/0276):
 *
 * <ul>
 *   <li>a heading in the 问题类别 column: 一 │ 政治建设方面 │ (blank)…, the category cell and perhaps the 序号
 *       filled, the 问题 cell and every measure and duty blank — the problems below, their 类别 cell
 *       blank, are under 政治建设方面;
 *   <li>a numbered group above sub-numbered problems: 1 │ 采购管理方面 with nothing else, then 1-1 (or
 *       1.1) with a 问题 text of its own — the 1 row is the group's heading and 1-1, 1-2 its
 *       problems. A 1 row whose 1-1 and 1-2 rows give only measures (their 问题 cell blank or merged)
 *       stays a problem and they its measures ({@link SeqNumbers}).
 * </ul>
 */
final class GroupRows {

  /** A 序号 in Chinese numerals: 一, 二、, 十一. */
  private static final Pattern CHINESE_SEQ = Pattern.compile("[一二三四五六七八九十]{1,3}[、．.]?");

  /** A 序号 in arabic numerals: 1, 1., 1、, （1）. */
  private static final Pattern ARABIC_SEQ = Pattern.compile("[（(]?[0-9０-９]{1,2}[）)、.．]?");

  private GroupRows() {}

  /**
   * The heading the row gives (with its number, 一、政治建设方面 / 1.采购管理方面, for {@link
   * GroupHeadings#enter}), or null when it is no such group row.
   */
  static String categoryCellHeading(Grid.Row row, RowCells cells) {
    if (cells.hasMeasureOrDuties(row)) {
      return null;
    }
    return inCategoryCell(row, cells);
  }

  /**
   * Whether the row's 序号 is a number of the group's own rank (3 after the group 2, not 2-1): the
   * group {@code groupSeq} has ended above it.
   */
  static boolean endsGroup(Grid.Row row, RowCells cells, String groupSeq) {
    String seq = cells.cell(row, Column.SEQ).text().strip();
    return !seq.isEmpty()
        && ARABIC_SEQ.matcher(seq).matches()
        && !SeqNumbers.sameProblem(seq, groupSeq);
  }

  private static String inCategoryCell(Grid.Row row, RowCells cells) {
    Header header = cells.header;
    String text = null;
    for (int i = 0; i < row.cells().size(); i++) {
      Grid.Cell c = row.cell(i);
      if (c.text().isBlank()) {
        continue;
      }
      Column kind = i < header.columns().length ? header.columns()[i] : null;
      if (c.continuesAbove() || (kind != Column.SEQ && kind != Column.CATEGORY)) {
        return null;
      }
      if (kind == Column.CATEGORY) {
        if (text != null && !text.equals(c.text().strip())) {
          return null;
        }
        text = c.text().strip();
      }
    }
    if (text == null || !cells.cell(row, Column.PROBLEM).text().isBlank()) {
      return null;
    }
    return numbered(cells.cell(row, Column.SEQ).text().strip(), text);
  }

  static String numberedGroup(Grid.Row row, RowCells cells) {
    if (cells.hasMeasureOrDuties(row)) {
      return null;
    }
    String seq = cells.cell(row, Column.SEQ).text().strip();
    Grid.Cell problem = cells.cell(row, Column.PROBLEM);
    String text = problem.text().strip();
    if (seq.isEmpty()
        || text.isEmpty()
        || problem.continuesAbove()
        || text.length() > 30
        || HEADING_STOPS.matcher(text).find()
        || !ARABIC_SEQ.matcher(seq).matches()) {
      return null;
    }
    Grid.Row next = nextRow(cells.grid, row.number());
    if (next == null) {
      return null;
    }
    String nextSeq = cells.cell(next, Column.SEQ).text().strip();
    Grid.Cell nextProblem = cells.cell(next, Column.PROBLEM);
    boolean pointUnder =
        SeqNumbers.sameProblem(nextSeq, seq)
            && !SeqNumbers.key(nextSeq).equals(SeqNumbers.key(seq));
    if (!pointUnder
        || nextProblem.continuesAbove()
        || nextProblem.text().isBlank()
        || RepeatedCells.same(nextProblem.text(), text)) {
      return null;
    }
    return numbered(seq, text);
  }

  /** The heading with its group's number in front, so that its rank is known. */
  private static String numbered(String seq, String text) {
    if (Numbering.of(text) != null || seq.isEmpty()) {
      return text;
    }
    if (CHINESE_SEQ.matcher(seq).matches()) {
      return seq.replaceFirst("[、．.]?$", "、") + text;
    }
    if (ARABIC_SEQ.matcher(seq).matches()) {
      return SeqNumbers.key(seq) + "." + text;
    }
    return text;
  }

  /** The first row below row {@code number} that is not blank, or null. */
  static Grid.Row nextRow(Grid grid, int number) {
    List<Grid.Row> rows = grid.rows();
    int lo = 0;
    int hi = rows.size() - 1;
    int at = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int n = rows.get(mid).number();
      if (n == number) {
        at = mid;
        break;
      }
      if (n < number) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (at < 0) {
      return null;
    }
    for (int i = at + 1; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        return rows.get(i);
      }
    }
    return null;
  }
}

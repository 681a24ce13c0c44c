package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Duty cells written one paragraph (one line) per measure, unnumbered, beside a 整改措施 cell of as
 * many measures (docs/decisions/0408, 0422): 责任单位 组织人事科 / 办公室, 责任人 何涛 / 周敏, 牵头领导 张志远 / 李红梅, 完成时限
 * 2025年4月30日 / 2025年5月底 — measure n takes paragraph n of each such cell, as a numbered cell gives
 * item n ({@link NumberedDuties}). A cell of one paragraph is every measure's; a cell of another
 * count of paragraphs stays every measure's whole, and the dry run names the row. What a time limit
 * paragraph is, {@link TimeStages#perParagraph} says.
 *
 * <p>Measures written as paragraphs without numbers (开展专项培训。 / 建立审核机制。), each closed by a stop,
 * beside a 完成时限 cell of as many time limits a paragraph each, are as many measures ({@link
 * #measures}): the dates say the author wrote one measure a paragraph.
 */
final class ParagraphDuties {

  private ParagraphDuties() {}

  /**
   * Gives each of {@code rows} (one per measure) paragraph n of the row's duty cell in column
   * {@code c} when its paragraphs are as many as the measures; warns when they are two or more of
   * another count.
   */
  static void pair(Grid.Row row, RowCells cells, List<List<Grid.Cell>> rows, int c) {
    int count = rows.size();
    Grid.Cell cell = row.cell(c);
    String measures = cells.text(row, Column.MEASURE).strip();
    if (count < 2 || StageMeasures.leads(measures) || MeasureTerms.leads(measures)) {
      return; // measures in stages or named by term take theirs by stage or term (0306, 0310)
    }
    boolean time = cells.header.columns()[c] == Column.TIME_LIMIT;
    Column column = cells.header.columns()[c];
    List<String> paragraphs =
        time ? timeLimits(cell.text(), yearOf(cells)) : entries(cell.text(), column);
    String named = cells.where(row) + ": the 「" + cells.headerName(c) + "」 cell holds ";
    List<String> written = paragraphs(cell.text());
    if (paragraphs == null && !time && written.size() == count && !postOverName(written)) {
      cells.warnings.add(
          named
              + count
              + " lines beside as many measures, but they are not whole entries (「"
              + OutlineParser.shorten(written.get(0))
              + "」 …: a name broken over lines?); each measure was given the whole cell."
              + " Check it.");
      return;
    }
    if (paragraphs == null || paragraphs.size() < 2) {
      return;
    }
    String first = OutlineParser.shorten(paragraphs.get(0));
    if (paragraphs.size() != count) {
      cells.warnings.add(
          named
              + paragraphs.size()
              + (time ? " time limits" : " entries")
              + " a paragraph each (「"
              + first
              + "」 …) beside "
              + count
              + " measures; they could not be paired by their place, so each measure was given"
              + " all of them. Check which one serves which measure.");
      return;
    }
    for (int i = 0; i < count; i++) {
      rows.get(i).set(c, NumberedDuties.with(cell, paragraphs.get(i)));
    }
    cells.warnings.add(
        named
            + count
            + (time ? " time limits" : " entries")
            + " a paragraph each (「"
            + first
            + "」 …) beside as many measures; each measure was given the one in its place."
            + " Check them.");
  }

  /**
   * {@code pieces}, or, when they are one measure of paragraphs without numbers each closed by a
   * stop, beside a 完成时限 cell of as many time limits a paragraph each, one measure per paragraph.
   */
  static List<CellMeasures.Piece> measures(
      List<CellMeasures.Piece> pieces, Grid.Row row, RowCells cells) {
    int c = cells.header.index(Column.TIME_LIMIT);
    if (pieces.size() != 1 || c < 0 || c >= row.cells().size() || row.cell(c).continuesAbove()) {
      return pieces;
    }
    CellMeasures.Piece piece = pieces.get(0);
    if (piece.term() != null || piece.stageLimit() != null || !piece.duties().isEmpty()) {
      return pieces;
    }
    List<String> lines = paragraphs(piece.text());
    boolean own =
        lines.size() > 1
            && lines.stream()
                .allMatch(
                    l ->
                        l.matches(".*[。；;！!]$")
                            && Numbering.of(l) == null
                            && Labels.of(l).isEmpty());
    if (!own
        || (timeLimits(row.cell(c).text(), lines.size(), yearOf(cells)) == null
            && !actions(lines, row, cells, c))) {
      return pieces;
    }
    return lines.stream().map(l -> new CellMeasures.Piece(l, List.of())).toList();
  }

  /**
   * Whether measure lines each closed by a stop are as many measures beside the one time limit of
   * column {@code c} (docs/decisions/0431): each opens with what it does ({@link
   * MeasuresWithDutyLines#readsAsAction}: 全面清查…。 / 对盘亏资产查明原因。 / 完善…。), and no duty cell of the row
   * holds a whole entry a line per measure line (those would be 0422's one measure beside names a
   * line each: the row's duties are for all of them).
   */
  private static boolean actions(List<String> lines, Grid.Row row, RowCells cells, int c) {
    if (paragraphs(row.cell(c).text()).size() != 1
        || !lines.stream().allMatch(MeasuresWithDutyLines::readsAsAction)) {
      return false;
    }
    for (Column column : List.of(Column.UNITS, Column.CO_UNITS, Column.LEADER, Column.PERSON)) {
      int d = cells.header.index(column);
      if (d >= 0 && d < row.cells().size()) {
        List<String> names = paragraphs(row.cell(d).text());
        if (names.size() == lines.size()
            && names.stream().distinct().count() > 1
            && DutyEntries.whole(names, column)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The year the 完成时限 header names (0411, 0418), null when none. */
  private static Integer yearOf(RowCells cells) {
    return HeaderYear.orElse(cells.header, cells, null);
  }

  private static List<String> timeLimits(String cell, Integer year) {
    return timeLimits(cell, paragraphs(cell).size(), year);
  }

  private static List<String> timeLimits(String cell, int count, Integer year) {
    return TimeStages.perParagraph(cell, count, year);
  }

  /**
   * The paragraphs of a units, leader or person cell in {@code column}, each an entry of its own;
   * null when one is not a whole entry ({@link DutyEntries}).
   */
  private static List<String> entries(String cell, Column column) {
    List<String> lines = DutyEntries.bracketsJoined(paragraphs(cell));
    return DutyEntries.whole(lines, column) ? lines : null;
  }

  /**
   * A leader's post on a line over his name (副校长 / 刘明): one entry as written, nothing to warn of.
   */
  private static boolean postOverName(List<String> lines) {
    return lines.size() == 2 && LeaderNames.isPostAlone(lines.get(0));
  }

  private static List<String> paragraphs(String cell) {
    return cell == null
        ? List.of()
        : cell.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Duty cells numbered beside a numbered 整改措施 cell (docs/decisions/0276): 整改措施 1.规范采购流程；2.建立比价制度,
 * 责任单位 1.采购办 / 2.财务科, 责任人 1.孙丽 / 2.王五, 完成时限 1.2024年9月30日 / 2.2024年10月31日. Item n of each duty cell
 * belongs to measure n. When a duty cell's items are not as many as the measures, they cannot be
 * matched: every measure gets all of them and the dry run says so. The numbers never stay in the
 * names.
 *
 * <p>What a numbered list of duties is ({@link #items}, {@link #leadingNumber}) is also how a
 * plan's labelled duty lines are read ({@link NumberedPlanDuties}, {@link NumberedDutyLines},
 * docs/decisions/0284).
 */
final class NumberedDuties {

  /** The row of each measure, and whether a numbered duty cell was matched item by item. */
  record Split(List<Grid.Row> rows, boolean matched) {}

  private static final List<Column> DUTIES =
      List.of(
          Column.UNITS,
          Column.CO_UNITS,
          Column.LEADER,
          Column.LEADER_AND_PERSON,
          Column.PERSON,
          Column.TIME_LIMIT);

  /**
   * An item's number at the cell's start or after a line break, a separator or a closing bracket
   * (1.办公室（张三）2.财务处（李四）, docs/decisions/0306): 1. 1、 1） （1） ①. A date may follow it (1.2024年9月30日).
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?:^|(?<=[\\n；;，,、\\s\\u3000）)]))(?:(\\d{1,2})\\s*[.．、)）]|[（(]\\s*(\\d{1,2})\\s*[）)]"
              + "|([\\u2460-\\u2473]))");

  private static final String SEPARATORS = "；;，,、。 \t\n\u3000";

  private NumberedDuties() {}

  /**
   * The items of a numbered duty cell, numbered 1, 2, 3… in order, without their numbers; null when
   * the cell is not such a list of two items or more.
   */
  static List<String> items(String cell) {
    Matcher m = MARKER.matcher(cell);
    List<int[]> markers = new ArrayList<>();
    List<int[]> all = new ArrayList<>();
    while (m.find()) {
      int n = number(m);
      all.add(new int[] {m.start(), m.end(), n});
      if (n == markers.size() + 1) {
        markers.add(new int[] {m.start(), m.end(), n});
      }
    }
    List<String> items = items(cell, markers);
    return items != null ? items : outOfOrder(cell, all);
  }

  /** The items between {@code markers} (start, end, number), in their order; null as above. */
  private static List<String> items(String cell, List<int[]> markers) {
    if (markers.size() < 2 || !cell.substring(0, markers.get(0)[0]).isBlank()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : cell.length();
      items.add(trim(cell.substring(markers.get(i)[1], end)));
    }
    return items.stream().anyMatch(String::isEmpty) ? null : items;
  }

  /**
   * 2.2025年6月底前；1.2025年3月底前: every item's number once, 1 to k, written in another order — the items
   * by their numbers, item n first at n (docs/decisions/0306, by number as 0305 reads a numbered
   * time limit); null when the numbers are not exactly 1 to k.
   */
  private static List<String> outOfOrder(String cell, List<int[]> all) {
    int k = all.size();
    boolean[] seen = new boolean[k + 1];
    for (int[] marker : all) {
      if (marker[2] < 1 || marker[2] > k || seen[marker[2]]) {
        return null;
      }
      seen[marker[2]] = true;
    }
    List<String> written = items(cell, all);
    if (written == null) {
      return null;
    }
    String[] byNumber = new String[k];
    for (int i = 0; i < k; i++) {
      byNumber[all.get(i)[2] - 1] = written.get(i);
    }
    return List.of(byNumber);
  }

  /** The number of the item marker {@code text} starts with (1. 1、 （1） ①…); 0 when none. */
  static int leadingNumber(String text) {
    Matcher m = MARKER.matcher(text);
    return m.lookingAt() ? number(m) : 0;
  }

  /** {@code text} without the item marker it starts with (and the separators after it). */
  static String withoutLeadingNumber(String text) {
    Matcher m = MARKER.matcher(text);
    return m.lookingAt() ? trim(text.substring(m.end())) : trim(text);
  }

  private static int number(Matcher m) {
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    return digits != null ? Integer.parseInt(digits) : m.group(3).charAt(0) - '\u2460' + 1;
  }

  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && SEPARATORS.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && SEPARATORS.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * The row as each of {@code count} measures of it reads its duties: a numbered duty cell with as
   * many items gives measure n its item n; one with another count gives each measure all its items
   * without their numbers, and the dry run says so. A time limit cell goes by number too when its
   * items read like the stages of one time limit ({@link TimeStages#areStages}) and are as many as
   * the measures (0305, amending 0299); stages of another count are kept whole with their numbers,
   * as each measure's time limit.
   */
  static Split perMeasure(Grid.Row row, RowCells cells, int count) {
    List<List<Grid.Cell>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new ArrayList<>(row.cells()));
    }
    boolean matched = false;
    int stages = -1;
    Column[] columns = cells.header.columns();
    for (int c = 0; c < columns.length && c < row.cells().size(); c++) {
      Grid.Cell cell = row.cell(c);
      if (columns[c] == null || !DUTIES.contains(columns[c]) || cell.continuesAbove()) {
        continue;
      }
      List<String> items = items(cell.text());
      if (items == null) {
        // 组织人事科 / 办公室, 2025年4月30日 / 2025年5月底: paragraph n is measure n's (0408, 0422)
        ParagraphDuties.pair(row, cells, rows, c);
        continue;
      }
      if (columns[c] == Column.TIME_LIMIT && StagesCarriedOn.apply(cell.text(), items, count)) {
        // 1.2025年5月31日前；2.长期坚持 beside three measures: by number, the last carries on (0330)
        List<String> each = StagesCarriedOn.perMeasure(items, count);
        List<String> left = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          rows.get(i).set(c, with(cell, each.get(i)));
          if (i >= items.size()) {
            left.add("measure " + (i + 1));
          }
        }
        matched = true;
        cells.warnings.add(
            cells.where(row)
                + ": the "
                + StagesCarriedOn.note(cell.text(), items.size(), left)
                + ".");
        continue;
      }
      if (columns[c] == Column.TIME_LIMIT
          && items.size() != count
          && TimeStages.areStages(cell.text())) {
        // 1.2024年6月底前；2.长期坚持 beside one measure or three: the stages of a time limit, kept
        // with their numbers (0299, 0305)
        stages = count > 1 ? c : stages;
        continue;
      }
      if (items.size() == count) {
        matched = true;
        for (int i = 0; i < count; i++) {
          rows.get(i).set(c, with(cell, items.get(i)));
        }
        continue;
      }
      for (List<Grid.Cell> r : rows) {
        r.set(c, with(cell, String.join("\n", items)));
      }
      cells.warnings.add(
          cells.where(row)
              + ": the 「"
              + cells.headerName(c)
              + "」 cell lists "
              + items.size()
              + " numbered items (「"
              + OutlineParser.shorten(items.get(0))
              + "」 …) beside "
              + count
              + (count == 1 ? " measure" : " measures")
              + "; they could not be matched by number, so "
              + (count == 1 ? "the measure was" : "each measure was")
              + " given all of them, without their numbers. Check which one serves which measure.");
    }
    if (stages >= 0) {
      staged(row, cells, rows, stages);
    }
    List<Grid.Row> out = new ArrayList<>();
    for (List<Grid.Cell> r : rows) {
      out.add(new Grid.Row(row.number(), r));
    }
    return new Split(out, matched);
  }

  /**
   * A time limit cell of stages beside several measures of another count: each measure's whole time
   * limit, said in a warning (0299, 0305).
   */
  private static void staged(Grid.Row row, RowCells cells, List<List<Grid.Cell>> rows, int c) {
    Grid.Cell cell = row.cell(c);
    cells.warnings.add(
        cells.where(row)
            + ": the 「"
            + cells.headerName(c)
            + "」 cell 「"
            + OutlineParser.shorten(TextNoise.clean(cell.text()))
            + "」 gives the stages of a time limit (dated or 立行立改, then 长期坚持) in "
            + items(cell.text()).size()
            + " items beside "
            + rows.size()
            + " measures, so not one item per measure; each measure was given all the stages as its"
            + " time limit. Check them.");
  }

  /**
   * Gives each of {@code split}'s rows the stage of the row's 整改时限 cell named by its measure's term
   * (近期：2024年9月30日 / 长效：长期坚持 beside 近期：… / 长效：… in the 整改措施 cell) and returns true; false, changing
   * nothing, when the cell names no such stages ({@link MeasureTerms#stagesFor}, 0306).
   */
  static boolean stagesByTerm(Grid.Row row, RowCells cells, Split split, List<String> terms) {
    int c = cells.header.index(Column.TIME_LIMIT);
    if (c < 0 || c >= row.cells().size() || row.cell(c).continuesAbove()) {
      return false;
    }
    List<String> stages = MeasureTerms.stagesFor(terms, row.cell(c).text());
    if (stages == null) {
      return false;
    }
    for (int i = 0; i < stages.size(); i++) {
      split.rows().get(i).cells().set(c, with(row.cell(c), stages.get(i)));
    }
    return true;
  }

  static Grid.Cell with(Grid.Cell cell, String text) {
    return new Grid.Cell(text, cell.continuesAbove(), false, cell.continuesLeft());
  }
}

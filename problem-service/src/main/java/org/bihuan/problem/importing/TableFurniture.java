package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rectification table holds besides its header and its problems: notes (注：, 备注：), totals
 * rows (合计, 共5项) and the sign-off row or line of who filled it in (填报单位：…, 审核人：…). None of them is
 * a problem or a measure's duties ({@link TableRows} names each in a warning).
 */
final class TableFurniture {

  private TableFurniture() {}

  static final Pattern NOTE_ROW =
      Pattern.compile(
          "^(?:[（(]\\s*(?:注|备注|说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]|(?:注|备注|(?:填写|填表|填报)?说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]|填报人|填表人|制表(?:人|单位|日期|时间)?\\s*[：:]|审核人"
              + "|联系电话|联系人[：:]|填报单位"
              + "|填报日期|填报时间|报送单位|报送日期|单位[（(]盖章|主要负责人签字).*",
          Pattern.DOTALL);

  /**
   * A totals row's first text (合计, 合计：5项, 小计 3, 共计12个问题, 共5项): not a problem. Only a short text
   * counts, so that a problem beginning with 共计 is still one.
   */
  static final Pattern TOTALS_ROW =
      Pattern.compile(
          "^(?:[合总小共]\\s*计(?:$|[\\s：:（(0-9０-９一二三四五六七八九十])"
              + "|共\\s*[0-9０-９一二三四五六七八九十百]+\\s*(?:项|个|条|处|类)).{0,16}",
          Pattern.DOTALL);

  /**
   * A cell of a ledger's sign-off row (填报单位：局办公室, 分管领导：王建国, 联系人：刘芳, 联系电话：…, 填表人：…, 审核人：…, 制表日期：…):
   * a sign-off label and its value. A row of such cells under the data ends the table.
   */
  private static final Pattern SIGN_OFF_LABEL =
      Pattern.compile(
          "(?:(?:填报|填表|制表|报送|审核|审批|审定|签发|复核)(?:单位|人|日期|时间)?"
              + "|(?:分管|主管|主要|单位|部门)?(?:领导|负责人)|联系(?:人|电话|方式)|电话|手机|日期|单位)"
              + "[（(]?(?:签字|签名|盖章)?[）)]?");

  /** A cell's label up to its colon: 审核人：…, 填报单位（盖章）：…. */
  private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan}（()）]{1,12})[：:]");

  /** Whether a cell is a sign-off label with its value (审核人：王建国, 制表日期：2024年7月1日). */
  static boolean isSignOffCell(String text) {
    java.util.regex.Matcher label = LABEL.matcher(text.strip().replaceAll("[\\s\\u3000]", ""));
    return label.find() && SIGN_OFF_LABEL.matcher(label.group(1)).matches();
  }

  /**
   * Whether a paragraph is a sign-off line written under a Word table (填报单位：XX社区（盖章）　联系人：秦月　联系电话：…,
   * 制表人：罗琳　审核人：钟诚, 填表日期：2024年7月1日): the cells of a sign-off row written in one line, each label
   * with its value and separated by spaces. Text without a label is part of the value before it.
   */
  static boolean isSignOffLine(String line) {
    String[] words = line.strip().split("[\\s\\u3000]+");
    if (words.length == 0 || !LABEL.matcher(words[0]).find()) {
      return false;
    }
    List<String> cells = new ArrayList<>();
    for (String w : words) {
      if (cells.isEmpty() || LABEL.matcher(w).find()) {
        cells.add(w);
      } else {
        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + w);
      }
    }
    return cells.stream().allMatch(TableFurniture::isSignOffCell);
  }

  /** 合计, 总计, 小计, 共计 (合计：, 小计（一）) written in the 序号 or first column: a totals row. */
  static final Pattern TOTALS_MARKER =
      Pattern.compile("[合总小共]\\s*计(?:[\\s：:（(].{0,12})?", Pattern.DOTALL);

  /** A note's label at the start of a problem's text (说明：, 注：, 备注1：). */
  static final Pattern NOTE_LABEL =
      Pattern.compile("^(?:注|备注|(?:填写|填表|填报)?说明|附注)\\s*[0-9一二三１-９]*\\s*[：:]\\s*");

  /**
   * A problem text without a leading note label, so that 说明：部分单位未建立台账 is titled by what follows the
   * label, not by the label; the text as written when nothing follows it.
   */
  static String withoutNoteLabel(String text) {
    String rest = NOTE_LABEL.matcher(text.strip()).replaceFirst("");
    return rest.isBlank() ? text : rest;
  }

  /** A column's number in a row that numbers the columns: 1, （2）, (3). */
  private static final Pattern COLUMN_NUMBER = Pattern.compile("[（(]?\\s*([0-9]{1,2})\\s*[）)]?");

  /**
   * A row under the header numbering its columns 1 2 3 … (as official forms print it), three
   * columns or more from 1 on, each filled cell its column's next number: no problem
   * (docs/decisions/0409).
   */
  static boolean isColumnNumberRow(Grid.Row row) {
    int next = 1;
    for (Grid.Cell c : row.cells()) {
      String text = c.text().strip();
      if (text.isEmpty() || c.continuesAbove()) {
        continue;
      }
      java.util.regex.Matcher m = COLUMN_NUMBER.matcher(text);
      if (!m.matches() || Integer.parseInt(m.group(1)) != next) {
        return false;
      }
      next++;
    }
    return next > 3;
  }

  /**
   * A row whose every filled cell is a sign-off label with its value (see {@link #isSignOffCell}).
   */
  static boolean isSignOffRow(Grid.Row row) {
    boolean any = false;
    for (Grid.Cell c : row.cells()) {
      if (c.text().isBlank()) {
        continue;
      }
      if (c.continuesAbove() || !isSignOffCell(c.text())) {
        return false;
      }
      any = true;
    }
    return any;
  }
}

package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * The roles of a table's columns that their header words alone do not give (docs/decisions/0190):
 *
 * <ul>
 *   <li>a column naming a former value — 原责任单位, 原责任人, 曾用名称, 旧责任领导, 调整前责任单位 — is not read: a unit
 *       that was renamed or a person who moved on keeps the old value there for reference, and the
 *       current one is in the column without 原. Only a header whose rest names a known column
 *       counts, so 原因分析 is not one;
 *   <li>a column Excel hides is not read: what an administrator sees in the sheet is what is
 *       imported;
 *   <li>问题序号 (对应问题序号, 所属问题编号, 问题编号) names the problem a row belongs to: on a sheet of measures
 *       without a 问题 column it links each row to a problem of another sheet ({@link LinkedSheets});
 *       on a sheet with a 问题 column and no 序号 it is that sheet's 序号;
 *   <li>a column of the particulars of a problem (具体表现, 主要表现, 问题表现) beside a 问题 column is its
 *       description, the 问题 cell its title ({@link Column#DETAIL});
 *   <li>a 类型 column (整改类型) whose cells say 立行立改, 限期整改 or 长期坚持 gives the timing, read with the row's
 *       time limit ({@link Column#TIMING}); any other 类型 stays a category;
 *   <li>a 督办领导 column (a leader who supervises, not the one in charge) beside a 责任领导 column is not
 *       read; without one, its leader is the leader in charge.
 * </ul>
 *
 * The dry run names every column not read for these reasons, even an empty one
 * (docs/decisions/0377).
 */
final class ColumnRoles {

  private ColumnRoles() {}

  private static final Pattern PROBLEM_REF = Pattern.compile("(?:对应|所属|关联|涉及)?问题(?:序号|编号|号|序列号)");

  private static final Pattern FORMER = Pattern.compile("^(?:原|曾用|旧|调整前的?|变更前的?)(.+)$");

  /** Why a column is not read although its header names one (see {@link #why}). */
  static final String HIDDEN = "it is hidden in Excel";

  static final String FORMER_VALUE = "its header names a former value (原…/曾用…)";

  /**
   * The role a header name (spaces already left out) has before the synonyms are tried, or null:
   * {@link Column#PROBLEM_REF} or, for a former value, {@link Column#IGNORED}.
   */
  static Column preset(String name) {
    if (PROBLEM_REF.matcher(name).matches()) {
      return Column.PROBLEM_REF;
    }
    return isFormer(name) ? Column.IGNORED : null;
  }

  /** 原责任单位, 曾用单位名称: 原/曾用/旧/调整前 before the name of a column the importer reads. */
  static boolean isFormer(String name) {
    Matcher m = FORMER.matcher(name.replaceAll("[\\s\\u3000\\u00A0*＊:：]", ""));
    if (!m.matches()) {
      return false;
    }
    Column rest = TableReading.column(m.group(1));
    return rest != null && rest != Column.IGNORED;
  }

  /**
   * Why column {@code c} of a header is not read although it may hold what the table means: hidden
   * in Excel, or a former value; null for any other column.
   */
  static String why(Grid grid, int c, String headerName) {
    if (grid.hiddenColumns().contains(c)) {
      return HIDDEN;
    }
    return isFormer(headerName) ? FORMER_VALUE : null;
  }

  /** The header's columns with the hidden ones not read. */
  static Column[] withHidden(Grid grid, Column[] columns) {
    if (grid.hiddenColumns().isEmpty()) {
      return columns;
    }
    Column[] out = columns.clone();
    for (int c : grid.hiddenColumns()) {
      if (c < out.length) {
        out[c] = Column.IGNORED;
      }
    }
    return out;
  }

  /** The particulars of a problem: 具体表现, 主要表现, 问题表现, 表现形式. */
  private static final Pattern DETAIL = Pattern.compile("(?:具体|主要|问题)?表现(?:形式)?");

  /** A leader who supervises the rectification: 督办领导, 督导领导, 督查领导. */
  private static final Pattern SUPERVISOR = Pattern.compile(".*督[办导查促].*");

  /** The kind of a time limit, as ledgers write it in a 整改类型 column. */
  private static final Pattern TIMING_WORD =
      Pattern.compile(
          "(?:"
              + DeadlineText.AT_ONCE
              + "|(?:限期|限时)(?:整改|完成|办结)|长期(?:坚持|整改|推进)|持续(?:整改|推进)|常态化(?:整改|推进)?)");

  static final String SUPERVISING =
      "a supervising leader beside the 责任领导, not the leader in charge";

  /**
   * The header's columns with the roles their names and cells give together: 具体表现 beside a 问题
   * column, a 类型 column of timing words, a 督办领导 beside a 责任领导 ({@code why} says why that one is not
   * read).
   */
  static Column[] byContent(
      Grid grid, int lastRow, Column[] columns, Grid.Row names, String[] why) {
    Column[] out = columns.clone();
    boolean leader = false;
    boolean problem = false;
    for (int c = 0; c < out.length; c++) {
      String name = names.cell(c).text().replaceAll("[\\s\\u3000]", "");
      leader |=
          (out[c] == Column.LEADER && !SUPERVISOR.matcher(name).matches())
              || out[c] == Column.LEADER_AND_PERSON;
      problem |= out[c] == Column.PROBLEM && !DETAIL.matcher(name).matches();
    }
    for (int c = 0; c < out.length; c++) {
      String name = names.cell(c).text().replaceAll("[\\s\\u3000]", "");
      if (problem
          && (out[c] == null || out[c] == Column.PROBLEM)
          && DETAIL.matcher(name).matches()) {
        out[c] = Column.DETAIL;
      } else if (out[c] == Column.CATEGORY && timingWords(grid, lastRow, c)) {
        out[c] = Column.TIMING;
      } else if (out[c] == Column.LEADER && leader && SUPERVISOR.matcher(name).matches()) {
        out[c] = Column.IGNORED;
        if (c < why.length) {
          why[c] = SUPERVISING;
        }
      }
    }
    return out;
  }

  /**
   * Whether the column's own cells under the header (not merged from above or the left) are timing
   * words, at least one.
   */
  private static boolean timingWords(Grid grid, int lastRow, int c) {
    int words = 0;
    for (int r = lastRow + 1; r < grid.rows().size(); r++) {
      Grid.Cell cell = grid.rows().get(r).cell(c);
      String text = cell.text().replaceAll("[\\s\\u3000]", "");
      if (text.isEmpty() || cell.continuesAbove() || cell.continuesLeft()) {
        continue;
      }
      if (!TIMING_WORD.matcher(text).matches()) {
        return false;
      }
      words++;
    }
    return words > 0;
  }
}

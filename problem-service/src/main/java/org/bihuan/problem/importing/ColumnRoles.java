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
 *       on a sheet with a 问题 column and no 序号 it is that sheet's 序号.
 * </ul>
 *
 * The dry run names every column not read for these reasons, even an empty one.
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
}

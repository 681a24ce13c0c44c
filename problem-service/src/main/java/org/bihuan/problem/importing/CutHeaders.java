package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A header cell whose end was cut off: a table printed wider than its page loses what stands past
 * the page's edge, so that 完成情况 reads 完成情 (docs/decisions/0341, 0346) and 分管领导 reads 分管 (0358). A
 * cell of two characters or more that begins a known header, and begins only headers naming the
 * same column, names that column; a cell that begins headers of two columns (完成: 完成时限 or 完成情况; 责任:
 * 责任单位 or 责任人; 整改, 牵头, 联系) names none and its column is not read (the dry run says so). A cell
 * naming a column itself (时限, 序号) never comes here.
 */
final class CutHeaders {

  private CutHeaders() {}

  /** The shortest a cut header may be: one character begins too many headers (0358). */
  private static final int SHORTEST = 2;

  /**
   * The headers rectification tables write, whole (also what {@link HeaderNameRuns} takes for a
   * header's name). A name of two characters is never the completion of a cut one.
   */
  static final List<String> KNOWN =
      List.of(
          "序号",
          "编号",
          "类别",
          "类型",
          "问题",
          "措施",
          "问题描述",
          "存在问题",
          "问题表现",
          "问题清单",
          "问题类别",
          "问题类型",
          "整改措施",
          "整改举措",
          "具体措施",
          "整改目标",
          "落实措施",
          "推进措施",
          "责任领导",
          "牵头领导",
          "分管领导",
          "牵头负责人",
          "责任单位",
          "责任部门",
          "牵头单位",
          "配合单位",
          "责任单位（部门）",
          "责任人",
          "具体责任人",
          "联系人",
          "联系电话",
          "联系方式",
          "整改时限",
          "完成时限",
          "时限要求",
          "完成时间",
          "整改进展",
          "整改进度",
          "完成情况",
          "整改情况",
          "落实情况",
          "推进情况",
          "备注",
          "佐证材料");

  /** The column a cut header names, or null when it is too short or begins headers of others. */
  static Column completed(String name) {
    if (name.length() < SHORTEST) {
      return null;
    }
    Column found = null;
    for (String known : KNOWN) {
      if (known.length() > name.length() && known.startsWith(name)) {
        Column column = TableHeaders.column(known);
        if (found != null && column != found) {
          return null;
        }
        found = column;
      }
    }
    return found;
  }
}

package org.bihuan.problem.importing;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Whether a text is a table's header names run together, as a table printed without borders and
 * misread leaves them (序号问题描述, 责任单位责任人完成时限; docs/decisions/0384, 0387). A name is a whole header as
 * tables write it ({@link CutHeaders#KNOWN}: 序号, 问题描述, 责任单位, 责任人, 完成时限 …, and the other names of
 * the same columns, {@link #NAMES}: 牵头部门, 责任科室, 完成期限, 整改内容; docs/decisions/0396), its column the
 * one {@link TableHeaders#column} names; a word that only contains one (部门负责人, 各部门各单位,
 * 明确责任单位、责任人和完成时限) is no name. A run tells a header only when one of its names is 序号's or two are a
 * duty's: a heading such as 存在问题原因分析整改措施 is not one.
 */
final class HeaderNameRuns {

  private HeaderNameRuns() {}

  /** The columns of a table's duties: a section heading never names two of them in a row. */
  private static final Set<Column> DUTIES =
      EnumSet.of(
          Column.LEADER,
          Column.LEADER_AND_PERSON,
          Column.UNITS,
          Column.CO_UNITS,
          Column.PERSON,
          Column.TIME_LIMIT);

  /** Who a unit or a leader of a duty is: 责任单位, 牵头部门, 配合科室, 分管领导 … */
  private static final List<String> DUTY_HOLDERS =
      List.of("责任", "牵头", "主责", "主办", "承办", "配合", "协办");

  /**
   * Every whole header name: {@link CutHeaders#KNOWN} and the names tables give the same columns
   * besides (a unit's 责任/牵头/主办/配合 + 单位/部门/处室/科室, a leader's 责任/牵头/分管/主管/包保 + 领导, a time limit's
   * 整改/完成/办结 + 时限/期限/时间, 整改内容 …). A word alone that many sentences hold (部门, 单位, 时间, 负责人) is none.
   */
  static final Set<String> NAMES = names();

  private static final int LONGEST = NAMES.stream().mapToInt(String::length).max().orElse(0);

  private static Set<String> names() {
    Set<String> names = new HashSet<>(CutHeaders.KNOWN);
    for (String who : DUTY_HOLDERS) {
      for (String unit : List.of("单位", "部门", "处室", "科室")) {
        names.add(who + unit);
      }
    }
    for (String who : List.of("责任", "牵头", "分管", "主管", "包保")) {
      names.add(who + "领导");
    }
    for (String when : List.of("整改", "完成", "办结")) {
      for (String limit : List.of("时限", "期限", "时间")) {
        names.add(when + limit);
      }
    }
    names.addAll(
        List.of(
            "整改内容",
            "整改任务",
            "整改要求",
            "整改方案",
            "主要问题",
            "问题内容",
            "问题分类",
            "直接责任人",
            "经办人",
            "承办人",
            "进展情况",
            "责任单位(部门)",
            "牵头单位（部门）",
            "责任部门（单位）"));
    return Set.copyOf(names);
  }

  /** Whether {@code c} is the column of a duty (责任领导, 责任单位, 责任人, 完成时限 …). */
  static boolean isDuty(Column c) {
    return DUTIES.contains(c);
  }

  /** The column {@code text} names when it is one whole header name, or null. */
  static Column name(String text) {
    String s = squeezed(text);
    return NAMES.contains(s) ? TableHeaders.column(s) : null;
  }

  /**
   * Whether {@code text} is made only of two whole header names or more run together (序号问题,
   * 责任单位责任人完成时限), the last perhaps cut short by its cell's width (…整改措施责任领), one of them 序号 or two
   * of them a duty's.
   */
  static boolean madeOfNames(String text) {
    String s = squeezed(text);
    return s.length() >= 4 && madeFrom(s, 0, 0, 0, 0);
  }

  /**
   * Whether {@code text} contains three whole header names or more run together, one of them 序号 or
   * two a duty's (类别序号存在问题整改措施牵头领导门）).
   */
  static boolean containsRun(String text) {
    String s = squeezed(text);
    for (int i = 0; i + 6 <= s.length(); i++) {
      if (runFrom(s, i, 0, 0, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean madeFrom(String s, int i, int names, int seqs, int duties) {
    if (i == s.length() || cutShort(s.substring(i))) {
      return names >= 2 && (seqs > 0 || duties >= 2);
    }
    for (int len = 2; len <= LONGEST && i + len <= s.length(); len++) {
      Column c = name(s.substring(i, i + len));
      if (c != null && madeFrom(s, i + len, names + 1, seqs + seq(c), duties + duty(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean runFrom(String s, int i, int names, int seqs, int duties) {
    if (names >= 3 && (seqs > 0 || duties >= 2)) {
      return true;
    }
    for (int len = 2; len <= LONGEST && i + len <= s.length(); len++) {
      Column c = name(s.substring(i, i + len));
      if (c != null && runFrom(s, i + len, names + 1, seqs + seq(c), duties + duty(c))) {
        return true;
      }
    }
    return false;
  }

  /** A whole name's beginning, at least two characters and one short of it (责任领 for 责任领导). */
  private static boolean cutShort(String rest) {
    return rest.length() >= 2
        && NAMES.stream().anyMatch(k -> k.length() == rest.length() + 1 && k.startsWith(rest));
  }

  private static int seq(Column c) {
    return c == Column.SEQ ? 1 : 0;
  }

  private static int duty(Column c) {
    return isDuty(c) ? 1 : 0;
  }

  private static String squeezed(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u3000]", "");
  }
}

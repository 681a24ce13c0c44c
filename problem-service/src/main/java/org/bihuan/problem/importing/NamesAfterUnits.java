package org.bihuan.problem.importing;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word of two or three characters written right after a unit's name — in its bracket
 * (财务科（禚明）) or after it in a value naming units and their people (财务科/禚明) — is a person's name
 * although it begins with no surname {@link BracketNames} knows: 禚, 仉, 亓 and 邗 are surnames too,
 * and no list holds them all. After a unit whose name ends in 科 处 室 局 部 办 中心 股 所 队 组, such a word
 * is the unit's person unless it is a word of work or of a unit's kind (办公室（车管）, 社会救助科（会计）,
 * 执法大队（巡查）, 财务科（综合）): one of {@link #NON_NAMES}, or a word ending as such words end (…计, …查, …管,
 * …务). A word that names a role, a scope or a body, a post or a unit is no person whatever stands
 * before it ({@link UnitLeads}). Nothing here makes a word a person anywhere else
 * (docs/decisions/0338).
 */
final class NamesAfterUnits {

  private NamesAfterUnits() {}

  /** How a unit's name ends where a person may follow it. */
  private static final Pattern UNIT_BEFORE = Pattern.compile("(?:[科处室局部办股所队组]|中心)$");

  private static final Pattern SHORT_WORD = Pattern.compile("\\p{IsHan}{2,3}");

  /**
   * Words of work a unit's bracket holds that begin with no known surname: what the unit does, or
   * the part of it meant.
   */
  private static final Set<String> NON_NAMES =
      Set.of(
          "会计", "出纳", "巡查", "审计", "统计", "档案", "人事", "财务", "信息", "督查", "综合", "值班", "保卫", "内勤", "外勤",
          "执法", "监察", "稽查", "核算", "审核", "审批", "采购", "资产", "招标", "信访", "维稳", "培训", "考核", "督办", "督导",
          "指导", "协调", "落实", "主管", "分管", "本部", "总部", "二级", "下设", "在编", "试点", "临时", "兼职", "专职", "专班",
          "教育", "医疗", "业务", "事务", "政务", "服务", "技术", "网络", "数据", "专项", "日常", "基建", "维修", "运维", "办事",
          "接待", "收发", "人社", "住建", "发改", "城建", "城管", "交通", "民政", "环保", "市场", "质量", "消防", "防汛", "扶贫",
          "救助", "残疾", "老龄", "妇女", "儿童", "青年", "离退休", "老干部");

  /** How a word of work ends: 会计, 巡查, 车管, 财务, 宣传, 执法, 监察, 保卫, 考核, 培训, 信访, 档案…. */
  private static final Pattern WORK_END =
      Pattern.compile("[计查管务传法察卫核训访案勤纳理设办导调实算批购产标稳编点区县镇村园校站院级类项目地况定排施育生建政检纪事息合班口职房线属要总报费款账库楼]$");

  /** Whether {@code before} (the text up to the bracket or the word) ends as a unit's name does. */
  static boolean isUnitBefore(String before) {
    return UNIT_BEFORE.matcher(before.strip()).find();
  }

  /** Whether {@code word}, written right after a unit's name, reads as its person's name. */
  static boolean reads(String word) {
    return SHORT_WORD.matcher(word).matches()
        && !NON_NAMES.contains(word)
        && !BracketNames.isWork(word)
        && !WORK_END.matcher(word).find();
  }
}

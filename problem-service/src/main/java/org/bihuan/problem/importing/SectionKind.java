package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a top-level section holds, read from the meaning of its heading, never from its position:
 * documents order and word their sections differently (存在的问题与不足, 查摆出的主要问题, 问题产生的原因, 今后努力方向和整改措施,
 * 整改任务, 组织保障, 工作要求…).
 */
enum SectionKind {
  PROBLEMS,
  CAUSES,
  MEASURES,
  /** Known not to hold problems (保障措施, 工作要求, 指导思想…): not imported, named in a warning (0205). */
  IGNORED,
  /** Not recognised: skipped with a warning unless it holds labelled plan items. */
  UNKNOWN;

  private static final Pattern CAUSE = Pattern.compile("原因|根源|根子|症结|成因");

  /** 存在问题及原因分析: the problems, each with its analysis, not a list of causes. */
  private static final Pattern PROBLEMS_AND_CAUSES = Pattern.compile("(?:问题|不足|差距)(?:及|和|与|以及)");

  /**
   * The words of a heading over the stages of the work (整改步骤, 实施步骤, 时间安排, 进度安排), in a bare closing
   * heading such as 方法步骤及进度 or 工作步骤和时限 too ({@link BareHeadings}).
   */
  static final String STAGE_WORDS = "(?:整改|工作|实施|方法)步骤|(?:时间|进度)安排";

  /**
   * A heading that is nothing but the name of the stages of the work — 整改步骤, 工作步骤, 实施步骤, 方法步骤,
   * 整改的方法步骤, 时间安排, 进度安排, 整改步骤和时间安排, 实施步骤及要求 — over stages such as （一）动员部署阶段（2024年3月1日—3月15日）…:
   * never a problem's title or a group of problems (docs/decisions/0382).
   */
  private static final Pattern STAGES =
      Pattern.compile(
          "(?:整改|工作|实施|推进)?(?:工作)?的?(?:方法|实施|推进)?(?:步骤|阶段安排|阶段划分)"
              + "(?:(?:和|及|与|、)?(?:方法|时间|进度)?(?:安排|要求))?"
              + "|(?:整改|工作|实施|推进)?(?:工作)?的?(?:时间|进度)安排(?:(?:和|及|与|、)(?:步骤|要求))?");

  private static final Pattern NOT_PROBLEMS =
      Pattern.compile("保障|组织领导|指导思想|工作要求|总体要求|基本原则|工作目标|整改目标|落实情况|完成情况|整改情况");

  /**
   * A heading that names an area of the work (民生保障方面, 安全保障方面存在的问题): a group of problems, whatever
   * its words — 保障 in 民生保障 is the area's name, not the section 保障措施 (docs/decisions/0403).
   */
  private static final Pattern AREA = Pattern.compile("方面(?:存在的?(?:主要)?问题)?[：:]?$");

  /**
   * The name of a section closing a plan, written as an area too (组织保障方面, 保障措施方面, 工作要求方面): still
   * that section, not an area of the work.
   */
  private static final Pattern CLOSING_NAME =
      Pattern.compile(
          "(?:组织|工作|措施|制度|纪律|经费|整改)?保障(?:措施|机制)?|组织领导|(?:工作|总体|整改)要求|基本原则"
              + "|(?:工作|整改)目标|指导思想|(?:落实|完成|整改)情况");

  /**
   * Whether {@code heading} names an area of the work ({@link #AREA}) that is no closing section.
   */
  static boolean namesArea(String heading) {
    Matcher area = AREA.matcher(heading);
    return area.find()
        && !CLOSING_NAME.matcher(heading.substring(0, area.start()).strip()).matches();
  }

  private static final Pattern PROBLEM = Pattern.compile("问题|不足|差距|短板|查摆|检视|对照检查|剖析|失误");
  private static final Pattern MEASURE =
      Pattern.compile("措施|举措|努力方向|整改方向|改进方向|整改任务|整改清单|整改事项|整改内容|下一步|今后");
  private static final Pattern OTHER = Pattern.compile("要求|目标|原则|步骤|安排|成效|收获|情况|背景|说明|做法|体会");

  /** 整改情况, 落实情况, 完成情况, 进展情况: what a report says was done. */
  private static final Pattern REPORT = Pattern.compile("(?:整改|落实|完成|进展)情况");

  /**
   * A heading that names problems and the report on them (巡察反馈问题整改情况, 存在的问题及整改情况, 反馈问题整改落实情况): a
   * problem section when it holds numbered items (docs/decisions/0221), though its report words
   * alone would make it one that holds none.
   */
  static boolean reportsOnProblems(String heading) {
    return heading.length() <= 30
        && PROBLEM.matcher(heading).find()
        && REPORT.matcher(heading).find()
        && !CAUSE.matcher(heading).find();
  }

  /**
   * A heading that reads as holding no problems (工作要求, 组织保障, 有关要求) and names none (其他方面存在的问题 does).
   */
  static boolean holdsNoProblems(String heading) {
    return of(heading) == IGNORED && !PROBLEM.matcher(heading).find();
  }

  /**
   * The words a heading of the problems section is written in (存在的问题, 查摆出的主要问题, 问题清单, 巡察反馈问题与不足),
   * naming no kind of problem.
   */
  private static final String WRAPPING_WORDS =
      "关于|存在|发现|查摆|检视|查找|梳理|排查|反馈|巡察|巡视|审计|检查|督查|自查|调研|考核|评估|专项|剖析|对照|具体|主要|突出|重点|共性"
          + "|以下|有关|一些|若干|当前|目前|仍然|依然|仍|还|中|出|的|方面"
          + "|问题|不足|差距|短板|清单|原因|分析|整改|措施|情况|落实|上次|本次|此次|个人|本人|自身|及|和|与|以及|等|[、，,：:；;。\\s]";

  private static final Pattern SECTION_WORDS = Pattern.compile("工作|" + WRAPPING_WORDS);

  /**
   * The words a kind of problem is wrapped in, taken away to name the category: {@link
   * #SECTION_WORDS} but 工作, which a kind keeps (党建工作方面存在的问题 is 党建工作问题) and which alone names none
   * (工作中存在的问题).
   */
  private static final Pattern WRAPPING = Pattern.compile(WRAPPING_WORDS);

  /**
   * The second half of a section heading naming the problems and what is done about them (问题和整改安排,
   * 问题清单及整改任务, 问题与整改目标, 问题和整改落实情况, 问题及整改要求): the section's words, never a kind of problem
   * (docs/decisions/0337, 0371).
   */
  private static final Pattern AND_RECTIFICATION =
      Pattern.compile("(?<=问题|清单|不足|差距)(?:和|及|与|以及)整改(?:措施|安排|任务|目标|举措|方案|落实情况|情况|清单|事项|要求|建议|意见)");

  /** A count in brackets after a heading: （5个）, (共3项), （三个）, （共3个问题）. */
  private static final Pattern COUNT =
      Pattern.compile("[（(]\\s*共?\\s*[0-9一二三四五六七八九十]+\\s*[个项条处]?(?:问题|整改措施|措施|事项)?\\s*[）)]");

  private static final Pattern TRAILING_COUNT = Pattern.compile("\\s*(?:" + COUNT + ")\\s*$");

  /**
   * A group's heading without the count of its problems in brackets at its end: 党的建设方面 of
   * 党的建设方面（共3个问题）, 作风建设方面（5项） (docs/decisions/0409).
   */
  static String withoutCount(String heading) {
    String named = TRAILING_COUNT.matcher(heading).replaceFirst("");
    return named.isBlank() ? heading : named;
  }

  /**
   * The category a problem section's heading names, in one form whatever words wrap it: the kind
   * and 问题 (教育收费问题 of 一、教育收费问题, 关于教育收费问题, 教育收费问题（5个）, 教育收费问题及整改措施, 教育收费方面存在的问题, 教育收费存在问题及整改情况,
   * 存在问题（教育收费）); null where the heading names the section alone (存在的问题, 问题及整改措施, 巡察反馈问题及整改措施)
   * (docs/decisions/0316, 0321).
   */
  static String kindOfProblem(String heading) {
    if (heading.length() > 30 || !PROBLEM.matcher(heading).find()) {
      return null;
    }
    String counted =
        AND_RECTIFICATION.matcher(COUNT.matcher(heading).replaceAll("")).replaceAll("");
    String named = SECTION_WORDS.matcher(counted).replaceAll("").replaceAll("[（）()]", "");
    if (named.codePointCount(0, named.length()) < 2) {
      return null;
    }
    return WRAPPING.matcher(counted).replaceAll("").replaceAll("[（）()]", "") + "问题";
  }

  /**
   * Whether {@code heading} names the stages of the work and nothing else ({@link #STAGES}): such a
   * section holds no problems wherever it stands, and ends the problems before it. Never a label's
   * name (时间节点, the time limit of a measure) nor a line written with a colon after it (时间安排： with a
   * date on the next line), which is a label inside a problem.
   */
  static boolean namesStages(String heading) {
    String words = heading.strip();
    return !words.endsWith("：")
        && !words.endsWith(":")
        && !LabelNames.isLabelName(words)
        && STAGES.matcher(words).matches();
  }

  static SectionKind of(String heading) {
    if (heading.length() > 30) {
      return UNKNOWN;
    }
    if (CAUSE.matcher(heading).find() && !PROBLEMS_AND_CAUSES.matcher(heading).find()) {
      return CAUSES;
    }
    // the stages by the whole heading: 工程进度安排方面 is a group of problems
    if (namesStages(heading) || (NOT_PROBLEMS.matcher(heading).find() && !namesArea(heading))) {
      return IGNORED;
    }
    if (PROBLEM.matcher(heading).find()) {
      return PROBLEMS;
    }
    if (MEASURE.matcher(heading).find()) {
      return MEASURES;
    }
    if (OTHER.matcher(heading).find()) {
      return IGNORED;
    }
    return UNKNOWN;
  }
}

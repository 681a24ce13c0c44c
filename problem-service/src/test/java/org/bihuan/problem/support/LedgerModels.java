package org.bihuan.problem.support;

import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.support.LedgerLayouts.Measure;
import org.bihuan.problem.support.LedgerLayouts.Problem;

/** The problems and measures of the test tables: what a reader of them must find. */
public final class LedgerModels {

  private LedgerModels() {}

  static Measure m(
      String text,
      String units,
      String coUnits,
      String leader,
      String person,
      Object timeLimit,
      String timing,
      String deadline,
      String progress,
      boolean done) {
    return new Measure(
        text,
        units == null ? List.of() : List.of(units.split("、")),
        coUnits == null ? List.of() : List.of(coUnits.split("、")),
        leader,
        person,
        timeLimit,
        timing,
        deadline == null ? null : LocalDate.parse(deadline),
        progress,
        done);
  }

  /**
   * A 整改任务清单 of five problems in two groups, two of them spanning several rows (one measure per
   * row, each with its own units, leader, person and time limit); time limits as date cells,
   * 2024年8月底, 立行立改, 长期坚持 and 2024年12月31日前.
   */
  public static List<Problem> taskList() {
    return List.of(
        new Problem(
            "一、政治建设方面",
            "政治建设",
            "理论学习不够深入。党组理论学习中心组学习流于形式，研讨发言准备不充分。",
            "理论学习不够深入",
            List.of(
                m(
                    "制定年度学习计划，每月开展一次专题研讨",
                    "办公室",
                    "组织人事科",
                    "王明",
                    "李华",
                    LocalDate.of(2024, 9, 30),
                    "DEADLINE",
                    "2024-09-30",
                    "已制定学习计划",
                    false),
                m(
                    "建立研讨发言审核制度",
                    "组织人事科",
                    null,
                    "张强",
                    "赵静",
                    "2024年8月底",
                    "DEADLINE",
                    "2024-08-31",
                    "已完成",
                    true))),
        new Problem(
            "一、政治建设方面",
            "政治建设",
            "意识形态工作责任制落实不到位。",
            "意识形态工作责任制落实不到位",
            List.of(
                m(
                    "每半年专题研究一次意识形态工作",
                    "办公室",
                    null,
                    "王明",
                    "陈刚",
                    "长期坚持",
                    "LONG_TERM",
                    null,
                    "正在推进",
                    false))),
        new Problem(
            "二、作风建设方面",
            "作风建设",
            "调查研究不深入。调研报告质量不高，成果转化不足。",
            "调查研究不深入",
            List.of(
                m(
                    "每位班子成员每年牵头完成一项重点调研课题",
                    "政策研究室",
                    "办公室",
                    "刘洋",
                    "孙丽",
                    LocalDate.of(2024, 12, 31),
                    "DEADLINE",
                    "2024-12-31",
                    null,
                    false),
                m(
                    "建立调研成果转化清单",
                    "政策研究室",
                    null,
                    "刘洋",
                    "周敏",
                    "2024年10月31日前",
                    "DEADLINE",
                    "2024-10-31",
                    null,
                    false),
                m(
                    "开展调研报告评比",
                    "办公室、政策研究室",
                    null,
                    "王明",
                    "吴芳",
                    "立行立改",
                    "IMMEDIATE",
                    null,
                    "已整改",
                    true))),
        new Problem(
            "二、作风建设方面",
            "作风建设",
            "会议文件多。部分会议可开可不开。",
            "会议文件多",
            List.of(
                m(
                    "精简会议，能合并的合并召开",
                    "办公室",
                    null,
                    "王明",
                    "李华",
                    "立行立改",
                    "IMMEDIATE",
                    null,
                    null,
                    false))),
        new Problem(
            "二、作风建设方面",
            "纪律建设",
            "公务接待不规范。",
            "公务接待不规范",
            List.of(
                m(
                    "修订公务接待管理办法",
                    "财务科",
                    "纪检组",
                    "张强",
                    "郑洁",
                    LocalDate.of(2024, 11, 30),
                    "DEADLINE",
                    "2024-11-30",
                    null,
                    false))));
  }

  /** A second sheet's problems (a 台账 with one sheet per inspection). */
  public static List<Problem> auditSheet() {
    return List.of(
        new Problem(
            "一、财务管理方面",
            "财务管理",
            "预算执行进度缓慢。2023年预算执行率仅为78%。",
            "预算执行进度缓慢",
            List.of(
                m(
                    "建立预算执行月通报制度",
                    "财务科",
                    null,
                    "周平",
                    "吴敏",
                    "2024.5.31",
                    "DEADLINE",
                    "2024-05-31",
                    null,
                    false),
                m(
                    "约谈执行进度滞后的项目负责人",
                    "财务科、项目办",
                    null,
                    "周平",
                    "吴敏",
                    "2024/6/30",
                    "DEADLINE",
                    "2024-06-30",
                    null,
                    false))),
        new Problem(
            "一、财务管理方面",
            "资产管理",
            "固定资产账实不符。",
            "固定资产账实不符",
            List.of(
                m(
                    "开展资产清查",
                    "办公室",
                    null,
                    "周平",
                    "郑洁",
                    LocalDate.of(2024, 6, 30),
                    "DEADLINE",
                    "2024-06-30",
                    null,
                    false))));
  }
}

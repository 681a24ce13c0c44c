package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.rows;

import java.util.List;
import java.util.Map;

/**
 * What the 整改台账 sheets LibreOffice Calc 24 printed to PDF without gridlines hold
 * (src/test/resources/documents/unruled-calc-ledger-*.pdf, their text as {@code pdftotext -layout}
 * shows it): the header 序号 | 问题描述 | 整改措施 | 责任领导 | 责任单位 | 责任人 | 整改时限, five problems, each 问题描述
 * wrapped over two lines; in the merged ledger 序号 and 问题描述 are merged down over a problem's two or
 * three measures.
 */
public final class CalcLedgerPrints {

  private CalcLedgerPrints() {}

  private static Map<String, Object> m(
      String text, String leader, String unit, String person, String deadline) {
    return measure(text, List.of(unit), leader, person, "DEADLINE", deadline);
  }

  private static Map<String, Object> p(
      String text, int first, int last, List<Map<String, Object>> measures) {
    return problem(
        text.substring(0, text.length() - 1), text, List.of(), rows(1, first, last, 1), measures);
  }

  private static final String P1 = "理论学习不够深入，学用结合不紧密，个别党员干部参加集中学习时存在应付现象。";
  private static final String P2 = "落实中央八项规定精神不够严格，公务接待审批手续不全。";
  private static final String P3 = "财务管理制度执行不到位，部分报销凭证附件不齐全，存在白条入账现象。";
  private static final String P4 = "基层党组织建设薄弱，“三会一课”制度落实不规范。";
  private static final String P5 = "意识形态工作责任制落实不到位，阵地管理存在漏洞。";

  private static final Map<String, Object> M1 =
      m("制定年度学习计划，每月开展一次集中学习研讨。", "王建国", "党委办公室", "李明", "2024-09-30");
  private static final Map<String, Object> M2 =
      m("修订公务接待管理办法，规范审批流程。", "刘洋", "办公室", "陈静", "2024-08-31");
  private static final Map<String, Object> M3 =
      m("全面清理2023年以来报销凭证，补齐附件。", "张伟", "财务科", "孙强", "2024-07-31");
  private static final Map<String, Object> M4 =
      m("对照标准逐支部开展整改，完善会议记录。", "王建国", "组织人事科", "赵丽", "2024-11-30");
  private static final Map<String, Object> M5 =
      m("梳理意识形态阵地清单，落实专人管理。", "刘洋", "宣传科", "郑爽", "2024-10-15");

  /** The five-row ledger: one measure a problem, each in its own row (rows 2–6). */
  public static List<Map<String, Object>> ledger() {
    return List.of(
        p(P1, 2, 2, List.of(M1)),
        p(P2, 3, 3, List.of(M2)),
        p(P3, 4, 4, List.of(M3)),
        p(P4, 5, 5, List.of(M4)),
        p(P5, 6, 6, List.of(M5)));
  }

  /** The ledger whose 序号 and 问题描述 are merged down over a problem's measures (rows 2–10). */
  public static List<Map<String, Object>> mergedLedger() {
    return List.of(
        p(P1, 2, 3, List.of(M1, m("建立学习考勤通报制度，对缺勤人员进行约谈。", "王建国", "组织人事科", "赵丽", "2024-10-31"))),
        p(P2, 4, 4, List.of(M2)),
        p(
            P3,
            5,
            7,
            List.of(
                M3,
                m("开展财务人员业务培训。", "张伟", "财务科", "周敏", "2024-09-30"),
                m("建立报销凭证抽查机制，每季度抽查一次。", "张伟", "纪检监察室", "吴刚", "2024-12-31"))),
        p(P4, 8, 8, List.of(M4)),
        p(P5, 9, 10, List.of(M5, m("每半年开展一次意识形态形势研判。", "刘洋", "宣传科", "郑爽", "2024-12-31"))));
  }

  /**
   * The form numbered 1 to 50 of which rows 1–3 are filled in (its header 序号 | 问题描述 | 整改措施 | 责任领导 |
   * 责任单位 | 责任人 | 整改时限).
   */
  public static List<Map<String, Object>> prenumberedForm() {
    return List.of(
        p("学习贯彻党的创新理论不深入。", 2, 2, List.of(m("制定中心组学习计划。", "周立", "人事股", "钱卫东", "2024-09-30"))),
        p("城建项目审批效率不高。", 3, 3, List.of(m("推行一窗受理。", "周立", "审批科", "冯晓", "2024-10-31"))),
        p("工程质量监管存在盲区。", 4, 4, List.of(m("建立巡查台账。", "孙宏", "质监站", "韩磊", "2024-12-31"))));
  }
}

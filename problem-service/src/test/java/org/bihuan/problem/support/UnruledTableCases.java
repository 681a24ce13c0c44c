package org.bihuan.problem.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rectification tables as offices print them to PDF without cell borders ({@link
 * UnruledTablePrints}): a Word 整改任务清单 whose problems with two measures stand in cells merged down
 * over both measures' rows, a ledger of 14 problems over three pages with its header on the first
 * only, and a workbook of a 汇总 sheet and two ledger sheets printed by Calc into one PDF.
 */
public final class UnruledTableCases {

  private UnruledTableCases() {}

  /** The 整改任务清单's problems, each with its measures (措施, 领导, 单位, 责任人, 时限). */
  public static final List<Map.Entry<String, List<List<String>>>> TASK_LIST =
      List.of(
          Map.entry(
              "理论学习中心组学习制度执行不严格，个别专题学习流于形式。",
              List.of(List.of("严格落实中心组学习制度，制定年度学习计划并按月检查。", "王建国", "党委办公室", "李明", "2024年6月30日"))),
          Map.entry(
              "意识形态工作责任制落实不到位，阵地管理存在薄弱环节。",
              List.of(
                  List.of("修订意识形态工作责任制实施细则，明确责任分工。", "王建国", "党委宣传部", "赵红", "2024年7月31日"),
                  List.of("开展宣传阵地专项排查，建立管理台账。", "王建国", "党委宣传部", "赵红", "2024年8月31日"))),
          Map.entry(
              "基层党组织换届工作不及时，部分支部超期未换届。",
              List.of(List.of("对超期未换届支部逐一督促，限期完成换届。", "刘志强", "组织人事部", "孙伟", "2024年9月30日"))),
          Map.entry(
              "公务用车管理不规范，存在私车公养现象。",
              List.of(
                  List.of("修订公务用车管理办法，实行派车审批。", "陈立新", "综合管理部", "周敏", "2024年6月30日"),
                  List.of("对私车公养问题全面清理，追回相关费用。", "陈立新", "财务资产部", "吴刚", "2024年7月31日"))),
          Map.entry(
              "工程项目招投标程序不规范，部分项目未经集体决策。",
              List.of(
                  List.of("完善招投标管理制度，重大项目提交集体决策。", "陈立新", "工程管理部", "郑华", "2024年10月31日"),
                  List.of("聘请第三方对近三年工程项目开展专项审计。", "陈立新", "审计部", "冯静", "2024年12月31日"))),
          Map.entry(
              "干部选拔任用程序执行不严，个别岗位考察不充分。",
              List.of(List.of("严格执行干部选拔任用条例，完善考察程序。", "刘志强", "组织人事部", "孙伟", "2024年11月30日"))));

  /** S1: the 整改任务清单 made in Word as a table without borders and printed to PDF. */
  public static byte[] taskList() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < TASK_LIST.size(); i++) {
      List<List<String>> measures = TASK_LIST.get(i).getValue();
      for (int m = 0; m < measures.size(); m++) {
        List<String> row = new ArrayList<>();
        row.add(m == 0 ? String.valueOf(i + 1) : null);
        row.add(m == 0 ? TASK_LIST.get(i).getKey() : null);
        row.addAll(measures.get(m));
        rows.add(row);
      }
    }
    return UnruledTablePrints.word(
        new UnruledTablePrints.Table(
            "集团公司巡察反馈问题整改任务清单",
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"),
            rows,
            new float[] {32, 118, 140, 44, 54, 44, 65}),
        false,
        true);
  }

  /** What the ledgers' problems are about, one a problem. */
  private static final List<String> TOPICS =
      List.of(
          "党委会议事规则",
          "三重一大决策",
          "干部个人有关事项报告",
          "财务报销审核",
          "合同管理",
          "物资采购",
          "固定资产管理",
          "工程结算审核",
          "安全生产责任",
          "信访件办理",
          "档案管理",
          "保密管理",
          "党费收缴",
          "专项资金使用");

  /** Problem {@code i}'s (1-based) description in the ledgers. */
  public static String problem(int i) {
    return TOPICS.get(i - 1) + "方面制度执行不到位，日常监督检查流于形式，发现问题后跟踪整改不及时，存在同类问题反复出现的情况。";
  }

  /** Problem {@code i}'s measure in the ledgers. */
  public static String measure(int i) {
    return "全面梳理" + TOPICS.get(i - 1) + "相关制度，修订完善工作流程，建立定期检查和通报机制，对发现的问题建立台账、逐项销号，确保整改到位。";
  }

  /** S2: a ledger of 14 problems printed over three pages without borders, its header once. */
  public static byte[] ledger() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= TOPICS.size(); i++) {
      rows.add(
          List.of(
              String.valueOf(i),
              problem(i),
              measure(i),
              i % 2 == 0 ? "张卫东" : "李海",
              i % 3 == 0 ? "财务资产部" : "综合管理部",
              i % 2 == 0 ? "王芳" : "赵磊",
              "2024年" + (6 + i % 6) + "月30日"));
    }
    return UnruledTablePrints.word(
        new UnruledTablePrints.Table(
            "巡察反馈问题整改台账",
            List.of("序号", "问题描述", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
            rows,
            new float[] {28, 120, 150, 36, 60, 45, 60}),
        false);
  }

  /**
   * S3: a workbook — a 汇总 sheet counting the problems by category (its date column too narrow for
   * the date: Calc prints ###), then two ledger sheets of 3 and 4 problems — printed by Calc into
   * one PDF without borders.
   */
  public static byte[] workbook() {
    List<String> header = List.of("序号", "问题描述", "整改措施", "责任单位", "责任人", "整改时限");
    float[] widths = {30, 130, 150, 70, 45, 70};
    List<List<String>> first = new ArrayList<>();
    List<List<String>> second = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      (i <= 3 ? first : second)
          .add(
              Arrays.asList(
                  String.valueOf(i <= 3 ? i : i - 3),
                  problem(i),
                  measure(i),
                  i % 3 == 0 ? "财务资产部" : "综合管理部",
                  i % 2 == 0 ? "王芳" : "赵磊",
                  "2024年" + (6 + i % 6) + "月30日"));
    }
    UnruledTablePrints.Table summary =
        new UnruledTablePrints.Table(
            "整改情况汇总",
            List.of("问题类别", "问题数量", "已完成", "推进中", "统计日期"),
            List.of(
                List.of("党的建设方面", "3", "1", "2", "###"),
                List.of("监督管理方面", "4", "2", "2", "###"),
                List.of("合计", "7", "3", "4", "###")),
            new float[] {100, 60, 60, 60, 30});
    return UnruledTablePrints.calc(
        List.of(
            Map.entry("汇总", summary),
            Map.entry("党建方面", new UnruledTablePrints.Table(null, header, first, widths)),
            Map.entry("监督管理方面", new UnruledTablePrints.Table(null, header, second, widths))));
  }

  /**
   * A plain ledger of five problems, one measure each, printed by Calc without gridlines, its cells
   * set at the top of their rows and its 序号 (numbers) at the right of their narrow column.
   */
  public static byte[] topAlignedLedger() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Map.Entry<String, List<List<String>>> p = TASK_LIST.get(i);
      List<String> m = p.getValue().get(0);
      rows.add(
          List.of(
              String.valueOf(i + 1), p.getKey(), m.get(0), m.get(1), m.get(2), m.get(3), m.get(4)));
    }
    return UnruledTablePrints.calcTop(
        "整改台账",
        new UnruledTablePrints.Table(
            "整改台账",
            List.of("序号", "问题描述", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
            rows,
            new float[] {26, 150, 150, 44, 60, 40, 68}));
  }
}

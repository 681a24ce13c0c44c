package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.LedgerConstructs.problem;
import static org.bihuan.problem.support.LedgerConstructs.row;
import static org.bihuan.problem.support.LedgerConstructs.sheet;
import static org.bihuan.problem.support.LedgerConstructs.write;

import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.LedgerConstructs.Construct;
import org.bihuan.problem.support.LedgerConstructs.SheetSpec;

/**
 * A ledger written elsewhere (docs/decisions/0377): group rows numbered 一、 / （二） / 三、 in one
 * sequence, 问题 beside 具体表现, a 整改类型 of 立行立改 / 限期整改 / 长期坚持, a 督办领导 column without a 责任领导 one, and a
 * 汇总 sheet of labels and counts beside it.
 */
public final class LedgerTypedConstructs {

  private LedgerTypedConstructs() {}

  public static Construct typedColumnsGroupsAndSummary() {
    Object[][] rows = {
      row("序号", "问题", "具体表现", "整改类型", "整改措施", "责任单位", "责任人", "督办领导", "整改时限"),
      row("一、政治建设方面"),
      row(1, "理论学习不深入", "中心组学习全年仅开展3次。", "立行立改", "制定学习计划。", "办公室", "张三", "王书记", "2024年6月30日"),
      row("（二）作风建设方面"),
      row(2, "会议记录不规范", "部分会议无记录。", "限期整改", "规范会议记录。", "党委办", "李四", "赵局长", "2024年10月31日"),
      row("三、组织建设方面"),
      row(3, "制度执行不严格", "考勤制度执行不到位。", "长期坚持", "健全考勤制度。", "人事科", "王五", "钱主任", "长期坚持"),
    };
    SheetSpec ledger =
        new SheetSpec(
            "台账",
            rows,
            List.of(new int[] {1, 1, 0, 8}, new int[] {3, 3, 0, 8}, new int[] {5, 5, 0, 8}),
            List.of(),
            List.of());
    Object[][] counts = {
      row("统计项目", "问题", "备注"),
      row("统计", "3个", null),
      row("已完成", 1, null),
      row("未完成", "2个", "限期整改中"),
    };
    return new Construct(
        "ledger-0377-typed-columns-groups-and-summary",
        wb -> write(wb, ledger, sheet("汇总", counts)),
        List.of(
            typed(
                "理论学习不深入",
                "中心组学习全年仅开展3次。",
                "政治建设方面",
                3,
                measure("制定学习计划。", List.of("办公室"), "王书记", "张三", "IMMEDIATE", "2024-06-30")),
            typed(
                "会议记录不规范",
                "部分会议无记录。",
                "作风建设方面",
                5,
                measure("规范会议记录。", List.of("党委办"), "赵局长", "李四", "DEADLINE", "2024-10-31")),
            typed(
                "制度执行不严格",
                "考勤制度执行不到位。",
                "组织建设方面",
                7,
                measure("健全考勤制度。", List.of("人事科"), "钱主任", "王五", "LONG_TERM", null))),
        List.of(
            "Sheet 「汇总」 holds counts, not problems: its 问题 column (「问题」, under 「统计项目 问题 备注」)"
                + " holds counts and labels only; it was read as a summary and not imported."));
  }

  private static Map<String, Object> typed(
      String title, String description, String group, int row, Map<String, Object> measure) {
    Map<String, Object> p = problem(description, List.of(group), "台账", row, row, measure);
    p.put("title", title);
    return p;
  }
}

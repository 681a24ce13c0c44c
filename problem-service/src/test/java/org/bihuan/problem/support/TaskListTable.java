package org.bihuan.problem.support;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The task list (××局巡察反馈问题整改任务清单, 一、作风建设方面) that the PDF table tests lay out in several ways —
 * ruled or not, over one page or two — and write again as a Word table: four problems, the second
 * with two measures, the first and third wrapped over two lines, the third with two units.
 */
public final class TaskListTable {

  /** The widths of a ruled PDF table's six columns. */
  public static final float[] WIDTHS = {30, 110, 110, 80, 40, 100};

  private TaskListTable() {}

  /** The first {@code origins.size()} problems of the list, each with its origin. */
  public static List<Map<String, Object>> problems(List<Map<String, Object>> origins) {
    List<Map<String, Object>> all =
        List.of(
            problem(
                "公务接待不规范，陪餐人数超标",
                "公务接待不规范，陪餐人数超标。",
                List.of("作风建设方面"),
                origins.get(0),
                List.of(
                    measure(
                        "修订接待制度，严格审批程序。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多",
                "会议偏多。",
                List.of("作风建设方面"),
                origins.get(1),
                List.of(
                    measure("精简会议。", List.of("办公室"), null, "李四", "DEADLINE", "2024-07-31"),
                    measure("合并同类会议。", List.of("综合科"), null, "王五", "DEADLINE", "2024-08-31"))),
            problem(
                "调研不深入，成果转化少",
                "调研不深入，成果转化少。",
                List.of("作风建设方面"),
                origins.get(2),
                List.of(
                    measure(
                        "开展专题调研。",
                        List.of("党委办公室", "纪委办公室"),
                        null,
                        "赵六",
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of("作风建设方面"),
                origins.size() > 3 ? origins.get(3) : Map.of(),
                List.of(measure("开展档案整理。", List.of("档案室"), null, "钱七", "DEADLINE", "2024-10-31"))));
    return all.subList(0, origins.size());
  }

  /**
   * The list's first {@code problems} problems as a Word table written by POI under the list's
   * title and heading, the problem cell of 会议偏多 merged over its two measures' rows.
   */
  public static byte[] docx(int problems) {
    List<List<Object>> rows =
        List.of(
            Arrays.asList("序号", "问题描述", "具体措施", "责任部门", "联系人", "完成时间"),
            Arrays.asList("1", "公务接待不规范，陪餐人数超标。", "修订接待制度，严格审批程序。", "办公室", "张三", "2024年6月30日"),
            Arrays.asList("2", "会议偏多。", "精简会议。", "办公室", "李四", "2024年7月31日"),
            Arrays.asList("2", "会议偏多。", "合并同类会议。", "综合科", "王五", "2024年8月31日"),
            Arrays.asList("3", "调研不深入，成果转化少。", "开展专题调研。", "党委办公室、纪委办公室", "赵六", "2024年9月30日"),
            Arrays.asList("4", "档案管理不规范。", "开展档案整理。", "档案室", "钱七", "2024年10月31日"));
    return Ledgers.docx(
        List.of("××局巡察反馈问题整改任务清单", "一、作风建设方面"),
        new Ledgers.Table(
            "清单",
            rows.subList(0, problems + 2),
            List.of(new int[] {2, 3, 0, 0}, new int[] {2, 3, 1, 1}),
            6));
  }
}

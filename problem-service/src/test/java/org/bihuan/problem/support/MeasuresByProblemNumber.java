package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 整改清单 whose measures are listed apart from their problems and name them by 问题序号, written by POI: a
 * Word file with a problems table (序号 | 问题描述) and a measures table (问题序号 | 整改措施 | 责任单位 | 完成时限); one
 * worksheet holding both tables, one under the other; a workbook whose measures sheet refers to its
 * 问题清单 sheet while an unrelated sheet of earlier problems numbers its own 1, 2, 3.
 */
public final class MeasuresByProblemNumber {

  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);
  public static final LocalDate JUN = LocalDate.of(2024, 6, 30);

  private MeasuresByProblemNumber() {}

  private static List<List<Object>> problems() {
    return List.of(row("序号", "问题描述"), row(1, "理论学习不深入。"), row(2, "采购未执行比价程序。"), row(3, "档案移交不及时。"));
  }

  private static List<List<Object>> measures() {
    return List.of(
        row("问题序号", "整改措施", "责任单位", "完成时限"),
        row(1, "制定学习计划", "机关党委", DEC),
        row(1, "开展专题研讨", "办公室", JUN),
        row(2, "建立比价制度", "财务科", DEC),
        row(3, "完成档案移交", "档案室", JUN));
  }

  /** Word: the problems table, a paragraph, then the measures table. */
  public static byte[] word() {
    return Ledgers.docx(
        List.of(
            "巡察反馈问题整改清单",
            new Ledgers.Table("问题", problems(), List.of(), 2),
            "整改措施",
            new Ledgers.Table("措施", measures(), List.of(), 4)));
  }

  /** Excel: one sheet 整改清单, its title, the problems, a blank row, then the measures. */
  public static byte[] oneSheet() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("巡察反馈问题整改清单", null, null, null));
    problems().forEach(r -> rows.add(padded(r)));
    rows.add(row(null, null, null, null));
    rows.addAll(measures());
    return Ledgers.xlsx(List.of(new Ledgers.Table("整改清单", rows, List.of(), 4)));
  }

  /**
   * Excel: a sheet 上轮问题 of three earlier problems with their own measures, then the sheets 问题清单 and
   * 措施清单 whose 问题序号 refer to 问题清单's 序号.
   */
  public static byte[] besideAnUnrelatedSheet() {
    List<List<Object>> earlier =
        List.of(
            row("序号", "问题描述", "整改措施", "责任单位", "完成时限"),
            row(1, "会议记录不完整。", "规范会议记录", "办公室", DEC),
            row(2, "公车管理不严格。", "建立公车台账", "办公室", DEC),
            row(3, "合同管理不规范。", "修订合同制度", "财务科", DEC));
    return Ledgers.xlsx(
        List.of(
            new Ledgers.Table("上轮问题", earlier, List.of(), 5),
            new Ledgers.Table("问题清单", problems(), List.of(), 2),
            new Ledgers.Table("措施清单", measures(), List.of(), 4)));
  }

  private static List<Object> padded(List<Object> r) {
    List<Object> out = new ArrayList<>(r);
    while (out.size() < 4) {
      out.add(null);
    }
    return out;
  }
}

package org.bihuan.problem.support;

import static org.bihuan.problem.support.LedgerSheets.TASK_HEADINGS;
import static org.bihuan.problem.support.LedgerSheets.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Task lists whose rows are grouped or numbered (0276), written by POI in each format that applies
 * ({@code docx}, {@code xlsx}, {@code xls}): group headings in the 问题类别 column, numbered duty cells
 * beside a numbered 整改措施 cell, sub-numbered rows 1-1/1-2 under a group row 1, a table's own title
 * row, a 整改目标 column and two bracketed duty groups in one 整改措施 cell.
 */
public final class GroupedTables {

  public static final LocalDate SEP = LocalDate.of(2024, 9, 30);
  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  private static final List<Object> CATEGORY_HEADINGS =
      List.of("序号", "问题类别", "存在问题", "整改措施", "责任单位", "责任人", "完成时限");

  private GroupedTables() {}

  /** The document in {@code format} (docx, xlsx or xls) of one sheet or table. */
  public static byte[] write(String format, Ledgers.Table table) {
    return switch (format) {
      case "docx" -> Ledgers.docx(List.of("巡察反馈问题整改任务清单", table));
      case "xlsx" -> Ledgers.xlsx(List.of(table));
      case "xls" -> Ledgers.xls(List.of(table));
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static Ledgers.Table table(String name, List<Object> headings, List<List<Object>> rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(headings));
    all.addAll(rows);
    return new Ledgers.Table(name, all, List.of(), headings.size());
  }

  /** 一 | 政治建设方面 in the 问题类别 column above problems whose 类别 cell is blank. */
  public static byte[] headingsInTheCategoryColumn(String format) {
    return write(
        format,
        table(
            "台账",
            CATEGORY_HEADINGS,
            List.of(
                row("一", "政治建设方面", null, null, null, null, null),
                row(1, null, "理论学习不深入。", "制定学习计划。", "机关党委", "周伟", DEC),
                row(2, null, "三会一课落实不到位。", "严格执行三会一课制度。", "党办", "李四", DEC),
                row("二", "作风建设方面", null, null, null, null, null),
                row(3, null, "公务接待不规范。", "修订接待制度。", "办公室", "王五", SEP))));
  }

  /**
   * A 整改措施 cell of three numbered measures beside numbered 责任单位, 责任人 and 完成时限 cells, then one of
   * two measures beside three numbered units (the counts differ).
   */
  public static byte[] numberedDutyCells(String format) {
    return write(
        format,
        table(
            "台账",
            TASK_HEADINGS,
            List.of(
                row(
                    1,
                    "政府采购程序不规范。",
                    "1.规范采购流程；2.建立比价制度；3.开展专项审计。",
                    "1.采购办\n2.财务科\n3.审计科",
                    "1.孙丽\n2.王五\n3.赵六",
                    "1.2024年9月30日\n2.2024年10月31日\n3.2024年12月31日"),
                row(2, "合同审查缺失。", "1.建立合同审查制度。\n2.开展合同清理。", "1.法规科\n2.办公室\n3.财务科", "刘芳", DEC))));
  }

  /**
   * 1 | 采购管理方面 above 1-1 and 1-2, 2 | 财务管理方面 above 2.1 and 2.2, then 3 with a problem of its own
   * above 3-1 and 3-2 that give only measures.
   */
  public static byte[] subNumberedRows(String format) {
    return write(
        format,
        table(
            "台账",
            TASK_HEADINGS,
            List.of(
                row(1, "采购管理方面", null, null, null, null),
                row("1-1", "未执行比价程序。", "建立比价制度。", "采购办", "孙丽", SEP),
                row("1-2", "合同审查缺失。", "建立合同审查制度。", "法规科", "刘芳", DEC),
                row(2, "财务管理方面", null, null, null, null),
                row("2.1", "白条入账。", "严格报销审核。", "财务科", "王五", DEC),
                row("2.2", "资产账实不符。", "开展资产清查。", "财务科", "王五", DEC),
                row(3, "档案管理不规范。", null, null, null, null),
                row("3-1", null, "开展档案清理。", "办公室", "李四", SEP),
                row("3-2", null, "建立档案借阅登记。", "办公室", "李四", DEC))));
  }

  /**
   * Two tables: the first under 一、政治建设方面, the second opening with its own title row 附件2：专项整治问题清单
   * merged across it (or written in its first cell) above its header.
   */
  public static byte[] titledSecondTable(boolean merged) {
    return titledSecondTable(merged, true);
  }

  /** As {@link #titledSecondTable(boolean)}, the second table with or without a header row. */
  public static byte[] titledSecondTable(boolean merged, boolean header) {
    Ledgers.Table first =
        new Ledgers.Table(
            null,
            List.of(
                new ArrayList<>(TASK_HEADINGS),
                row("一、政治建设方面", null, null, null, null, null),
                row(1, "理论学习不深入。", "制定学习计划。", "机关党委", "周伟", DEC)),
            List.of(new int[] {1, 1, 0, 5}),
            6);
    List<List<Object>> rows =
        List.of(
            row("附件2：专项整治问题清单", null, null, null, null, null),
            header ? new ArrayList<>(TASK_HEADINGS) : row(null, null, null, null, null, null),
            row(1, "违规发放津贴补贴。", "清退违规发放款项。", "财务科", "王五", DEC),
            row(2, "公车私用。", "建立派车登记制度。", "办公室", "李四", SEP));
    Ledgers.Table second =
        new Ledgers.Table(
            null, rows, merged ? List.of(new int[] {0, 0, 0, 5}) : List.<int[]>of(), 6);
    return Ledgers.docx(List.of("巡察反馈问题整改任务清单", first, "附件2", second));
  }

  /** A 整改目标 column, and a 整改措施 cell holding two measures, each with its duties in brackets. */
  public static byte[] goalsAndTwoBracketedDuties(String format) {
    return write(
        format,
        table(
            "台账",
            List.of("序号", "存在问题", "整改措施", "整改目标", "责任单位", "责任人", "完成时限"),
            List.of(
                row(1, "理论学习不深入。", "制定学习计划。", "学习制度化常态化", "机关党委", "周伟", DEC),
                row(
                    2,
                    "公务接待不规范。",
                    "修订接待制度（责任单位：办公室，责任人：张三）；开展接待专项检查（责任单位：纪检组，责任人：李四）",
                    "接待规范有序",
                    null,
                    null,
                    SEP))));
  }
}

package org.bihuan.problem.support;

import java.util.Arrays;
import java.util.List;

/**
 * A 整改台账 whose 整改时限 cells give the stages of a time limit (docs/decisions/0299), as a Word table or
 * an .xlsx sheet 台账 written by POI. Row 2: stages beside one measure; row 3: beside two numbered
 * measures, no other duty numbered (by number since 0305); row 4: the same with 责任单位 and 责任人
 * numbered one per measure; row 5: 立行立改 and 长期坚持; row 6: stages named by their term.
 */
public final class TimeStagesTable {

  public static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(1, "问责工作不到位。", "建立问责台账。", "纪检监察室", "马超", "1.2024年6月底前；2.长期坚持"),
              row(2, "制度建设滞后。", "1.修订管理制度；2.开展制度执行检查。", "院办公室", "王五", "1.2024年9月30日前；2.长期坚持"),
              row(
                  3,
                  "档案管理不规范。",
                  "1.清理档案；2.建立档案台账。",
                  "1.档案室；2.办公室",
                  "1.赵六；2.孙七",
                  "1.2024年10月31日前；2.长期坚持"),
              row(4, "会风不实。", "精简会议。", "办公室", "李四", "1.立行立改；2.长期坚持"),
              row(5, "学风不浓。", "加强学习。", "党办", "周八", "近期：2024年12月底前；中长期：长期坚持")),
          List.of(),
          6);

  private TimeStagesTable() {}

  /** The table as {@code "docx"} (after a title paragraph) or as {@code "xlsx"}. */
  public static byte[] file(String format) {
    return format.equals("docx")
        ? Ledgers.docx(List.of("巡察反馈问题整改台账", TABLE))
        : Ledgers.xlsx(List.of(TABLE));
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}

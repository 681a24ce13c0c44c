package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.time.LocalDate;
import java.util.List;

/**
 * A workbook whose sheets carry no category in their names, written by POI: 「附件1」 under the title
 * row 「附件1 巡察反馈问题整改台账」, and 「Sheet1 (2)」, Excel's name for a copied sheet.
 */
public final class AttachmentSheets {

  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  private AttachmentSheets() {}

  public static byte[] xlsx() {
    List<List<Object>> first =
        List.of(
            row("附件1 巡察反馈问题整改台账", null, null, null, null),
            row("序号", "存在问题", "整改措施", "责任单位", "完成时限"),
            row(1, "食堂管理不规范。", "完善食堂管理制度", "后勤科", DEC),
            row(2, "车辆使用登记不全。", "建立车辆使用台账", "办公室", DEC));
    List<List<Object>> copy =
        List.of(
            row("序号", "存在问题", "整改措施", "责任单位", "完成时限"), row(1, "档案移交不及时。", "完成档案移交", "档案室", DEC));
    return Ledgers.xlsx(
        List.of(
            new Ledgers.Table("附件1", first, List.of(new int[] {0, 0, 0, 4}), 5),
            new Ledgers.Table("Sheet1 (2)", copy, List.of(), 5)));
  }
}

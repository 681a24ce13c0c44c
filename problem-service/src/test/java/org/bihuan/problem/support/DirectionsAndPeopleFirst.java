package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.time.LocalDate;
import java.util.List;

/**
 * A 整改台账 headed 整改方向 for its measures and 责任人及单位 for its duties, each duty cell a person with the
 * unit in brackets (黄忠（后勤科）), written by POI as a Word table or an Excel sheet 台账.
 */
public final class DirectionsAndPeopleFirst {

  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);
  public static final LocalDate JUN = LocalDate.of(2024, 6, 30);

  private DirectionsAndPeopleFirst() {}

  /** {@code docx} or {@code xlsx}. */
  public static byte[] ledger(String format) {
    List<List<Object>> rows =
        List.of(
            row("序号", "存在问题", "整改方向", "责任人及单位", "完成时限"),
            row(1, "食堂管理不规范。", "完善食堂管理制度", "黄忠（后勤科）", DEC),
            row(2, "车辆使用登记不全。", "建立车辆使用台账", "李明（办公室）、王芳（财务科）", JUN));
    return Ledgers.docxOrXlsx(format, "后勤管理问题整改台账", new Ledgers.Table("台账", rows, List.of(), 5));
  }
}

package org.bihuan.problem.support;

import java.nio.file.Path;
import java.util.List;

/**
 * A 整改清单 whose table is wider than its page (docs/decisions/0341), written as .docx by POI ({@link
 * OfficeTable}); its PDF is LibreOffice's conversion of that .docx, committed under
 * src/test/resources/formats ({@link #main} writes it again). LibreOffice draws the table's right
 * border at the page's edge: the last column, 完成时限, is cut there, the date 2024年9月30日 of row 1
 * wrapped after its 30, the 0 reaching past the edge. Row 1's 问题清单 holds three numbered problems a
 * paragraph each.
 */
public final class PdfPageEdgeTable {

  private PdfPageEdgeTable() {}

  public static final String TITLE = "县档案馆巡察反馈问题整改清单";

  public static final String NAME = "ruled-table-past-page-edge";

  public static final List<String> HEADER =
      List.of("序号", "问题清单", "整改措施", "责任领导", "责任单位", "责任人", "完成时限");

  public static final List<List<String>> ROWS =
      List.of(
          List.of(
              "1",
              "1.档案移交不及时；\n2.档案借阅登记不全；\n3.库房巡查记录缺失。",
              "1.制定档案移交计划；\n2.规范借阅登记；\n3.建立库房巡查台账。",
              "孔维",
              "业务科",
              "卜雯",
              "2024年9月30日"),
          List.of("2", "档案数字化进度滞后。", "加快馆藏档案数字化。", "孔维", "信息科", "甘露", "长期坚持"));

  private static final int[] WIDTHS = {571, 3557, 2417, 1037, 1037, 797, 1900};

  public static OfficeTable table() {
    return OfficeTable.of(TITLE, HEADER, WIDTHS, ROWS);
  }

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    table().writePdf(Path.of(args[0]), NAME);
  }
}

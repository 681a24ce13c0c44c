package org.bihuan.problem.support;

import java.nio.file.Path;
import java.util.List;

/**
 * A 整改任务清单 whose cells hold units and people a paragraph each (docs/decisions/0319, 0326), as a
 * Word table without borders — written as .docx by POI ({@link OfficeTable}) and printed by
 * LibreOffice ({@link #main} writes both, and the same table with borders; the PDFs are committed
 * under src/test/resources/formats) — and as a PDF that PDFBox writes without rulings, its text set
 * in columns ({@link #LAID_OUT}, read by {@link ChinesePdf#laidOut}). Row 1 holds two leaders, two
 * units and two people a line each (李明 / 王刚, 大气科 / 执法支队, 张伟 / 李娜); row 2 one unit the column wraps
 * after a unit's end (市场监督管理局 / 执法大队, the first line full); row 3 two units of three characters and
 * two people; row 4 one long unit the column wraps mid-word (生态环境保护综 / 合行政执法支队).
 */
public final class BorderlessCellLines {

  private BorderlessCellLines() {}

  public static final String TITLE = "市生态环境局巡察反馈问题整改清单";

  public static final String NAME = "borderless-cell-lines";

  /** The name of the ruled table's PDF. */
  public static final String RULED_NAME = "ruled-cell-lines";

  public static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "牵头领导", "责任单位", "责任人", "整改时限");

  public static final List<List<String>> ROWS =
      List.of(
          List.of("1", "排查不全。", "开展全面排查。", "李明\n王刚", "大气科\n执法支队", "张伟\n李娜", "2024年9月30日"),
          List.of("2", "抽检不足。", "扩大抽检范围。", "赵强", "市场监督管理局执法大队", "陈静", "2024年12月31日"),
          List.of("3", "积案较多。", "清理信访积案。", "周华", "信访科\n法规科", "王芳\n刘洋", "2024年10月31日"),
          List.of("4", "培训不足。", "组织执法轮训。", "孙伟", "生态环境保护综合行政执法支队", "钱军", "2024年11月30日"));

  /** The 责任单位 column holds seven characters a line (and not eight), the people's three. */
  private static final int[] WIDTHS = {600, 1300, 1900, 1100, 1780, 1000, 1500};

  /** The Word table without borders. */
  public static OfficeTable table() {
    return OfficeTable.of(TITLE, HEADER, WIDTHS, ROWS).ruled(false);
  }

  /** The same table with Word's single lines. */
  public static OfficeTable ruledTable() {
    return OfficeTable.of(TITLE, HEADER, WIDTHS, ROWS);
  }

  /**
   * The same rows as a PDFBox table without rulings (12-point glyphs set from each column's x), the
   * 责任单位 column seven characters wide: a cell's units, leaders and people a line each.
   */
  public static final String LAID_OUT =
      String.join(
          "\n",
          TITLE,
          "<<COLUMNS 20 60 150 264 330 436 490>>",
          "|序号|存在问题|整改措施|牵头领导|责任单位|责任人|整改时限",
          "|1|排查不全。|开展全面排查。|李明|大气科|张伟|2024年9月30日",
          "| | | |王刚|执法支队|李娜|",
          "|2|抽检不足。|扩大抽检范围。|赵强|市场监督管理局|陈静|2024年12月31日",
          "| | | | |执法大队| |",
          "|3|积案较多。|清理信访积案。|周华|信访科|王芳|2024年10月31日",
          "| | | | |法规科|刘洋|",
          "|4|培训不足。|组织执法轮训。|孙伟|生态环境保护综|钱军|2024年11月30日",
          "| | | | |合行政执法支队| |",
          "");

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    table().writePdf(Path.of(args[0]), NAME);
    ruledTable().writePdf(Path.of(args[0]), RULED_NAME);
  }
}

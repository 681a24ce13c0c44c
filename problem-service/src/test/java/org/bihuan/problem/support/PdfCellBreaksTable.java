package org.bihuan.problem.support;

import java.nio.file.Path;
import java.util.List;

/**
 * A 整改任务清单 whose cells hold their lines as paragraphs of a Word cell (docs/decisions/0319), written
 * as .docx by POI ({@link OfficeTable}); its PDF is LibreOffice's conversion of that .docx,
 * committed under src/test/resources/formats ({@link #main} writes it again). Row 1's 整改措施 is two
 * time stages, the first line ending without a stop; row 2 the same with ；. Row 3's 责任单位 is two
 * units a paragraph each (大气科 / 执法支队); rows 4 and 5 one long unit each that the column wraps
 * (生态环境保护综合 / 行政执法支队; 宁波市生态环境局 / 执法支队, cut after a unit's end).
 */
public final class PdfCellBreaksTable {

  private PdfCellBreaksTable() {}

  public static final String TITLE = "市生态环境局巡察反馈问题整改清单";

  public static final String NAME = "cell-paragraph-breaks";

  public static final List<String> HEADER = List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限");

  public static final List<List<String>> ROWS =
      List.of(
          List.of(
              "1",
              "信访积案化解不力。",
              "第一阶段（2024年7月31日前）：清理积案\n第二阶段（2024年9月30日前）：建立长效机制",
              "信访科",
              "张伟",
              ""),
          List.of(
              "2",
              "执法案卷不规范。",
              "第一阶段（2024年8月31日前）：评查案卷；\n第二阶段（2024年10月31日前）：规范执法文书",
              "法规科",
              "李娜",
              ""),
          List.of("3", "大气污染源排查不全。", "开展大气污染源全面排查。", "大气科\n执法支队", "王强", "2024年9月30日"),
          List.of("4", "执法人员培训不足。", "组织执法人员轮训。", "生态环境保护综合行政执法支队", "赵敏", "2024年12月31日"),
          List.of("5", "执法记录仪使用不规范。", "修订执法记录仪管理规定。", "宁波市生态环境局执法支队", "钱军", "2024年11月30日"));

  private static final int[] WIDTHS = {600, 1500, 3600, 1900, 800, 1300};

  public static OfficeTable table() {
    return OfficeTable.of(TITLE, HEADER, WIDTHS, ROWS);
  }

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    table().writePdf(Path.of(args[0]), NAME);
  }
}

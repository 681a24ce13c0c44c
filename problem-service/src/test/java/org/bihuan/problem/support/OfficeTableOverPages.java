package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A 整改任务清单 as a Word table whose rows break over pages, as an office writes it in Word and exports
 * it to PDF with LibreOffice, ruled or without borders (序号 | 存在问题 | 整改措施 | 责任单位 | 责任人 | 完成时限,
 * 10.5-point text, a page number in the footer): the last row starting at the foot of page 1 so
 * that only its first line stands there and its rest — each cell's further lines, the 责任单位 后勤|服务中心
 * and the 完成时限 2024年7|月30日 among them — alone on page 2 ({@link #LAST_ROW_CUT}); and a table of
 * three rows whose second row's 存在问题 and 整改措施 run over three pages ({@link #CELL_OVER_PAGES}).
 * Written as .docx by POI; as PDF it is LibreOffice's conversion of that .docx ({@link #main},
 * committed under src/test/resources/formats as table-last-row-cut-ruled.pdf,
 * table-last-row-cut-borderless.pdf, table-cell-over-pages-ruled.pdf and
 * table-cell-over-pages-borderless.pdf).
 */
public final class OfficeTableOverPages {

  private OfficeTableOverPages() {}

  public static final List<String> HEADER = List.of("序号", "存在问题", "整改措施", "部门", "责任人", "完成时限");

  /** The columns' widths in twentieths of a point: the unit holds two characters a line. */
  private static final int[] WIDTHS = {700, 2300, 2300, 760, 900, 1240};

  /** A sentence of 30 characters, {@code n} times: {@code n} lines or so of a long cell. */
  public static String sentences(String subject, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(subject).append("第").append(i).append("方面的工作还存在薄弱环节需要逐项对照检查加以改进，");
    }
    out.setLength(out.length() - 1);
    return out.append("。").toString();
  }

  /** Two rows filling page 1 but a line, and a third row cut after its first line. */
  public static final List<List<String>> LAST_ROW_CUT =
      List.of(
          List.of("1", sentences("公务接待", 9), sentences("接待制度", 9), "办公室", "张三", "2024年6月30日"),
          List.of(
              "2",
              "会议管理第1方面的工作还存在薄弱环节需要逐项对照检查加以改进，会议效果不佳，文山会海问题仍然存在，会议多、时间长。",
              "精简会议，压缩会期。",
              "综合科",
              "李四",
              "2024年6月30日"),
          List.of(
              "3",
              "食堂管理不规范，采购验收制度执行不严，账目公示不及时。",
              "修订食堂管理办法，严格采购验收，按月公示账目。",
              "后勤服务中心",
              "王五",
              "2024年7月30日"));

  /** Three rows, the second's problem and measure over three pages. */
  public static final List<List<String>> CELL_OVER_PAGES =
      List.of(
          List.of("1", "公务接待不规范，陪餐人数超标。", "修订接待制度，严格审批程序。", "办公室", "张三", "2024年6月30日"),
          List.of("2", sentences("财务管理", 30), sentences("财务制度", 20), "财务科", "李四", "2024年8月31日"),
          List.of("3", "档案管理不规范，归档不及时。", "开展档案整理，建立归档台账。", "档案室", "钱七", "2024年10月31日"));

  /** The title and the table, with borders or without. */
  public static byte[] docx(String title, List<List<String>> rows, boolean ruled)
      throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph heading = document.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = heading.createRun();
      run.setBold(true);
      run.setFontSize(16);
      run.setText(title);
      XWPFTable table = document.createTable(rows.size() + 1, HEADER.size());
      CTTblGrid grid = table.getCTTbl().getTblGrid();
      if (grid == null) {
        grid = table.getCTTbl().addNewTblGrid();
      }
      grid.setGridColArray(new CTTblGridCol[0]);
      for (int width : WIDTHS) {
        grid.addNewGridCol().setW(BigInteger.valueOf(width));
      }
      if (!ruled) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      }
      for (int r = 0; r <= rows.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        List<String> cells = r == 0 ? HEADER : rows.get(r - 1);
        for (int c = 0; c < cells.size(); c++) {
          row.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
          XWPFRun text = row.getCell(c).getParagraphs().get(0).createRun();
          text.setFontSize(10.5);
          text.setText(cells.get(c));
        }
      }
      XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
      footer.setAlignment(ParagraphAlignment.CENTER);
      footer.getCTP().addNewFldSimple().setInstr("PAGE");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  public static final String TITLE = "县教育局巡察反馈问题整改任务清单";

  /** Writes the four .docx documents and LibreOffice's PDFs of them into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (boolean ruled : List.of(true, false)) {
      String kind = ruled ? "ruled" : "borderless";
      write(dir, "table-last-row-cut-" + kind, docx(TITLE, LAST_ROW_CUT, ruled));
      write(dir, "table-cell-over-pages-" + kind, docx(TITLE, CELL_OVER_PAGES, ruled));
    }
  }

  private static void write(Path dir, String name, byte[] docx) throws Exception {
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx);
    OfficeWord.toPdf(file);
  }
}

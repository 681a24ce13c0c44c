package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A 整改任务清单 as a Word table without borders, seven columns of 2.27 cm (序号 | 存在问题 | 整改措施 | 责任领导 |
 * 责任单位 | 责任人 | 整改时限), as an office writes it in Word and exports it to PDF: a short table of three
 * rows, a table of 26 rows whose long cells wrap over several pages (a page number in the footer),
 * and the same with its header row repeated on every page. Written as .docx by POI; as PDF it is
 * LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/documents as unruled-table-short.pdf, unruled-table-long.pdf and
 * unruled-table-long-repeated.pdf).
 */
public final class OfficeUnruledTable {

  private OfficeUnruledTable() {}

  public static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  public static final List<List<String>> SHORT =
      List.of(
          List.of("1", "内控制度更新不及时", "修订内部控制制度汇编", "钱峰", "财务审计科", "宋佳", "2024年8月31日"),
          List.of("2", "合同管理制度执行不严", "建立合同审查会签制度", "钱峰", "法务部", "贺勇", "2024年9月30日"),
          List.of("3", "会议文件过多过滥", "精简会议文件", "刘毅", "综合办公室", "郝静", "立行立改"));

  private static final List<String> UNITS = List.of("办公室", "财务科", "人事科", "法规科", "信息中心", "后勤服务中心");
  private static final List<String> LEADERS = List.of("张华", "李平", "王刚");
  private static final List<String> PEOPLE = List.of("赵一", "钱二", "孙三", "李四", "周五", "吴六");

  /** The month of row {@code i}'s deadline, the 30th of it (the 28th of February). */
  public static int month(int i) {
    return i % 12 + 1;
  }

  public static String unit(int i) {
    return UNITS.get(i % 6);
  }

  public static String leader(int i) {
    return LEADERS.get(i % 3);
  }

  public static String person(int i) {
    return PEOPLE.get(i % 6);
  }

  /** 26 rows whose problem and measure cells wrap over five lines or more. */
  public static List<List<String>> longRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      int month = month(i);
      rows.add(
          List.of(
              String.valueOf(i),
              "第"
                  + i
                  + "项问题："
                  + unit(i)
                  + "在执行相关管理制度过程中存在不严格、不规范的情况，具体表现为台账记录不完整、审批手续不齐全、监督检查不到位等，需要认真加以整改",
              "针对第" + i + "项问题，全面梳理相关制度，完善台账记录，健全审批流程，加强日常监督检查，确保整改到位，并形成长效机制防止问题反弹",
              leader(i),
              unit(i),
              person(i),
              "2024年" + month + "月" + (month == 2 ? 28 : 30) + "日"));
    }
    return rows;
  }

  /**
   * The title and the table without borders; {@code repeatHeader}: its header row repeated at the
   * top of every page.
   */
  public static byte[] docx(String title, List<List<String>> rows, boolean repeatHeader)
      throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph heading = document.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = heading.createRun();
      run.setBold(true);
      run.setText(title);
      XWPFTable table = document.createTable(rows.size() + 1, HEADER.size());
      CTTblGrid grid = table.getCTTbl().getTblGrid();
      if (grid == null) {
        grid = table.getCTTbl().addNewTblGrid();
      }
      grid.setGridColArray(new CTTblGridCol[0]);
      for (int c = 0; c < HEADER.size(); c++) {
        grid.addNewGridCol().setW(BigInteger.valueOf(1285));
      }
      table.setTopBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setBottomBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setLeftBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setRightBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideHBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideVBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      for (int r = 0; r <= rows.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        if (r == 0 && repeatHeader) {
          row.setRepeatHeader(true);
        }
        List<String> cells = r == 0 ? HEADER : rows.get(r - 1);
        for (int c = 0; c < cells.size(); c++) {
          row.getCell(c).setWidth("1285");
          row.getCell(c).getParagraphs().get(0).createRun().setText(cells.get(c));
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

  /** Writes the three .docx documents and LibreOffice's PDFs of them into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    write(dir, "unruled-table-short", docx("集团公司本部整改任务清单", SHORT, false));
    write(dir, "unruled-table-long", docx("市审计局2024年度内部审计发现问题整改清单", longRows(), false));
    write(dir, "unruled-table-long-repeated", docx("市审计局2024年度内部审计发现问题整改清单", longRows(), true));
  }

  private static void write(Path dir, String name, byte[] docx) throws Exception {
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx);
    OfficeWord.toPdf(file);
  }
}

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
 * 整改任务清单 documents holding a ruled table and a table without borders on the same pages, as an
 * office writes them in Word and exports them to PDF with LibreOffice (10.5-point cells, a page
 * number in the footer): a table without borders running over a page break onto a page that also
 * holds a ruled table ({@link #borderlessThenRuled}), a ruled table ending on the page where a
 * table without borders starts ({@link #ruledThenBorderless}), and a row whose unit alone is cut by
 * the page break ({@link #UNIT_CUT}, ruled and without borders). Written as .docx by POI; as PDF it
 * is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/formats as mixed-borderless-then-ruled.pdf, mixed-ruled-then-borderless.pdf,
 * table-unit-cut-ruled.pdf and table-unit-cut-borderless.pdf).
 */
public final class OfficeMixedTables {

  private OfficeMixedTables() {}

  /** A table: its header, its columns' widths (twentieths of a point), its rows, its borders. */
  public record Table(List<String> header, int[] widths, List<List<String>> rows, boolean ruled) {}

  /** The header of the tables with a leader column. */
  public static final List<String> LEADER_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "部门", "责任人", "完成时限");

  private static final int[] LEADER_WIDTHS = {700, 1500, 1500, 1100, 900, 900, 1700};

  /** The header of the other table of a document: no leader column, other widths. */
  public static final List<String> UNIT_HEADER =
      List.of("序号", "问题描述", "整改措施", "责任单位", "责任人", "整改时限");

  private static final int[] UNIT_WIDTHS = {700, 1950, 1950, 1100, 900, 1700};

  /** Rows without their leader (the fourth cell), for a table of {@link #UNIT_HEADER}. */
  public static List<List<String>> withoutLeader(List<List<String>> rows) {
    return rows.stream()
        .map(
            r ->
                java.util.stream.Stream.concat(
                        r.subList(0, 3).stream(), r.subList(4, r.size()).stream())
                    .toList())
        .toList();
  }

  /** The header of the tables without a leader column. */
  public static final List<String> HEADER = List.of("序号", "存在问题", "整改措施", "部门", "责任人", "完成时限");

  /** The unit holds two characters a line; the time limit a whole date. */
  private static final int[] UNIT_CUT_WIDTHS = {700, 2000, 2000, 760, 900, 2000};

  public static final String TITLE = "县卫生健康局巡察反馈问题整改任务清单";

  public static final String SECOND_PART = "二、审计发现问题整改任务";

  /** Rows of the first table: they fill page 1, the last two go on page 2. */
  public static final List<List<String>> FIRST_ROWS =
      List.of(
          List.of(
              "1",
              OfficeTables.sentences("公务接待", 4),
              OfficeTables.sentences("接待制度", 3),
              "刘副局长",
              "办公室",
              "张三",
              "2024年6月30日"),
          List.of(
              "2",
              OfficeTables.sentences("会议管理", 7),
              OfficeTables.sentences("会议制度", 5),
              "陈副局长",
              "综合科",
              "李四",
              "2024年7月31日"),
          List.of(
              "3",
              "问题：食堂卫生不达标，餐具消毒记录缺失。",
              "开展食堂卫生专项整治，建立餐具消毒台账。",
              "刘副局长",
              "后勤科",
              "王五",
              "2024年8月31日"),
          List.of("4", "车辆管理不规范，出车登记不全。", "修订车辆管理办法，逐车登记。", "陈副局长", "办公室", "赵六", "2024年9月30日"));

  /** Rows of the second table, wholly on page 2. */
  public static final List<List<String>> SECOND_ROWS =
      List.of(
          List.of("1", "问题：专项资金拨付滞后。", "建立专项资金拨付台账，按月调度。", "孙副局长", "财务科", "钱七", "2024年10月31日"),
          List.of("2", "政府采购程序不规范。", "修订采购内控制度，严格履行程序。", "孙副局长", "财务科", "周八", "2024年11月30日"));

  /** A table without borders over pages 1 and 2, then a ruled table on page 2. */
  public static byte[] borderlessThenRuled() throws IOException {
    return docx(
        (String) null,
        new Table(LEADER_HEADER, LEADER_WIDTHS, FIRST_ROWS, false),
        new Table(UNIT_HEADER, UNIT_WIDTHS, withoutLeader(SECOND_ROWS), true));
  }

  /** A ruled table over pages 1 and 2, then a table without borders on page 2. */
  public static byte[] ruledThenBorderless() throws IOException {
    return docx(
        (String) null,
        new Table(UNIT_HEADER, UNIT_WIDTHS, withoutLeader(FIRST_ROWS), true),
        new Table(LEADER_HEADER, LEADER_WIDTHS, SECOND_ROWS, false));
  }

  /**
   * Two rows filling page 1 but a line, and a third whose problem, measure, person and time limit
   * are one line each while its unit 后勤服务中心 takes three: the break cuts the unit alone.
   */
  public static final List<List<String>> UNIT_CUT =
      List.of(
          List.of(
              "1",
              OfficeTables.sentences("公务接待", 9),
              OfficeTables.sentences("接待制度", 9),
              "办公室",
              "张三",
              "2024年6月30日"),
          List.of("2", "会议管理不规范，会议多、时间长、效果差。", "精简会议，压缩会期。", "综合科", "李四", "2024年6月30日"),
          List.of("3", "问题：账目不清。", "开展账目清理。", "后勤服务中心", "王五", "2024年7月30日"));

  /** The rows {@link #UNIT_CUT} under the title, with borders or without. */
  public static byte[] unitCut(boolean ruled) throws IOException {
    return docx(new Table(HEADER, UNIT_CUT_WIDTHS, UNIT_CUT, ruled));
  }

  /** The title, the first table, and each further table under the heading {@link #SECOND_PART}. */
  public static byte[] docx(Table first, Table... more) throws IOException {
    return docx(SECOND_PART, first, more);
  }

  /**
   * The title, the first table, and each further table after an empty paragraph and the heading
   * {@code between} (none when null).
   */
  public static byte[] docx(String between, Table first, Table... more) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph heading = document.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = heading.createRun();
      run.setBold(true);
      run.setFontSize(16);
      run.setText(TITLE);
      table(document, first);
      for (Table t : more) {
        if (between == null || !between.isEmpty()) {
          document.createParagraph();
        }
        if (between != null && !between.isEmpty()) {
          XWPFRun part = document.createParagraph().createRun();
          part.setFontSize(12);
          part.setText(between);
        }
        table(document, t);
      }
      XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
      footer.setAlignment(ParagraphAlignment.CENTER);
      footer.getCTP().addNewFldSimple().setInstr("PAGE");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void table(XWPFDocument document, Table t) {
    XWPFTable table = document.createTable(t.rows().size() + 1, t.header().size());
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    grid.setGridColArray(new CTTblGridCol[0]);
    for (int width : t.widths()) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    if (!t.ruled()) {
      table.setTopBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setBottomBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setLeftBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setRightBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideHBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideVBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
    }
    for (int r = 0; r <= t.rows().size(); r++) {
      XWPFTableRow row = table.getRow(r);
      List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
      if (r == 0 && t.ruled()) {
        row.setRepeatHeader(true); // 标题行重复: the header again on each page the table goes on
      }
      for (int c = 0; c < cells.size(); c++) {
        row.getCell(c).setWidth(String.valueOf(t.widths()[c]));
        XWPFRun text = row.getCell(c).getParagraphs().get(0).createRun();
        text.setFontSize(10.5);
        text.setText(cells.get(c));
      }
    }
  }

  /** Writes the four .docx documents and LibreOffice's PDFs of them into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    write(dir, "mixed-borderless-then-ruled", borderlessThenRuled());
    write(dir, "mixed-ruled-then-borderless", ruledThenBorderless());
    write(dir, "table-unit-cut-ruled", unitCut(true));
    write(dir, "table-unit-cut-borderless", unitCut(false));
  }

  private static void write(Path dir, String name, byte[] docx) throws Exception {
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx);
    OfficeWord.toPdf(file);
  }
}

package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A 整改任务清单 as an office writes it in Word, with prose around the table: a line 问题：以下为检查发现的问题 and a
 * line 责任单位：各部门 above it, a 说明 line under it. The table's columns are narrow enough for its header
 * cells to wrap over two lines: 责任单位 over （部门）, 具体责 over 任人, 完成 over 时限. As a table without borders
 * ({@code ruled} false) or with Word's default single lines. Written as .docx by POI; as PDF it is
 * LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/documents as wrapped-header-unruled.pdf and wrapped-header-ruled.pdf).
 */
public final class OfficeWrappedHeaderTable {

  private OfficeWrappedHeaderTable() {}

  public static final String TITLE = "某某局内部检查发现问题整改清单";

  /** The prose above the table, as typed: a label each, naming no problem and no unit. */
  public static final List<String> ABOVE = List.of("问题：以下为检查发现的问题", "责任单位：各部门");

  public static final String BELOW = "说明：完成时限为最迟时间，各部门可提前完成。";

  public static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任单位（部门）", "具体责任人", "完成时限");

  /**
   * Each column's width in twentieths of a point: 责任单位（部门） wraps after four characters, 具体责任人 after
   * three, 完成时限 after two.
   */
  private static final int[] WIDTHS = {700, 2700, 2700, 1250, 1000, 800};

  public static final List<List<String>> ROWS =
      List.of(
          List.of("1", "公务接待管理不规范，接待清单填写不完整。", "修订公务接待管理办法，逐项规范接待清单。", "办公室", "张明", "立行立改"),
          List.of("2", "固定资产账实不符，部分资产长期闲置。", "开展资产清查，盘活闲置资产。", "财务科", "李娟", "长期坚持"),
          List.of("3", "干部教育培训计划执行不到位。", "制定年度培训计划并按月督办。", "人事科", "王强", "立行立改"));

  /** The .docx: the title, the prose above, the table, the 说明 line. */
  public static byte[] docx(boolean ruled) {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(TITLE);
      for (String line : ABOVE) {
        document.createParagraph().createRun().setText(line);
      }
      XWPFTable table = document.createTable(ROWS.size() + 1, HEADER.size());
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
      for (int r = 0; r <= ROWS.size(); r++) {
        XWPFTableRow row = table.getRow(r);
        List<String> cells = r == 0 ? HEADER : ROWS.get(r - 1);
        for (int c = 0; c < cells.size(); c++) {
          row.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
          row.getCell(c).getParagraphs().get(0).createRun().setText(cells.get(c));
        }
      }
      document.createParagraph().createRun().setText(BELOW);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes wrapped-header-unruled.pdf and wrapped-header-ruled.pdf into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.write(
        dir.resolve("wrapped-header-unruled.pdf"),
        FormatCorpus.convert(docx(false), "docx", "pdf"));
    Files.write(
        dir.resolve("wrapped-header-ruled.pdf"), FormatCorpus.convert(docx(true), "docx", "pdf"));
  }
}

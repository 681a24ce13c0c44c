package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A 整改任务清单 whose 责任单位 column is six 12-point characters wide, so that a unit of six characters
 * fills its line exactly: rows 1–5 hold two units a paragraph each, the first ending in 室, 组, 站 or
 * 馆 (镇党政办公室 / 综合执法大队, 区纪检监察室 / 财务科, 支部学习小组 / 办公室, 镇农技服务站 / 财政所, 区文化图书馆 / 文化站); rows 6–9 one unit
 * the column wraps after six characters (党政综合办公 / 室, 综合执法大队 / 一中队, 防汛领导小组 / 办公室, 中共东区委组 / 织部).
 * Written as .docx by POI ({@link #docx}); as PDF by LibreOffice ({@link #main}, committed under
 * src/test/resources/formats as full-line-units-narrow.pdf) and by PDFBox, ruled, each cell's lines
 * as the column wraps them ({@link #ruledPdf}).
 */
public final class FullLineUnitCells {

  private FullLineUnitCells() {}

  public static final String TITLE = "区城关镇整改任务清单";

  public static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限");

  /** Each row: problem, measure, leader, the units as paragraphs, the person, the deadline. */
  public static final List<List<String>> ROWS =
      List.of(
          List.of("审批事项公开不全。", "全面梳理公开审批事项。", "王明", "镇党政办公室\n综合执法大队", "张伟", "2024年9月30日"),
          List.of("财务报销不规范。", "修订财务报销制度。", "王明", "区纪检监察室\n财务科", "李娜", "2024年10月31日"),
          List.of("学习制度落实不严。", "建立学习台账。", "赵强", "支部学习小组\n办公室", "陈静", "2024年11月30日"),
          List.of("农技服务不到位。", "开展农技下乡服务。", "赵强", "镇农技服务站\n财政所", "刘洋", "2024年11月30日"),
          List.of("文化活动偏少。", "组织文化惠民活动。", "孙伟", "区文化图书馆\n文化站", "王芳", "2024年12月31日"),
          List.of("接待登记不全。", "规范来访接待登记。", "孙伟", "党政综合办公室", "王芳", "2024年12月31日"),
          List.of("执法记录不全。", "规范执法记录。", "孙伟", "综合执法大队一中队", "王芳", "2024年12月31日"),
          List.of("防汛准备不足。", "修订防汛预案。", "孙伟", "防汛领导小组办公室", "王芳", "2024年12月31日"),
          List.of("干部考核不严。", "完善干部考核办法。", "孙伟", "中共东区委组织部", "王芳", "2024年12月31日"));

  /** The columns (twentieths of a point): 责任单位 six 12-point characters wide inside its margins. */
  private static final int[] WIDTHS = {600, 1500, 2000, 900, 1700, 900, 1500};

  /** The Word table, in 12-point type, a cell's paragraphs as {@link #ROWS} gives them. */
  public static byte[] docx() {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(TITLE);
      XWPFTable table = document.createTable(ROWS.size() + 1, HEADER.size());
      CTTblGrid grid = table.getCTTbl().getTblGrid();
      if (grid == null) {
        grid = table.getCTTbl().addNewTblGrid();
      }
      grid.setGridColArray(new CTTblGridCol[0]);
      for (int width : WIDTHS) {
        grid.addNewGridCol().setW(BigInteger.valueOf(width));
      }
      for (int r = 0; r <= ROWS.size(); r++) {
        List<String> cells = r == 0 ? HEADER : row(r);
        for (int c = 0; c < cells.size(); c++) {
          XWPFTableCell cell = table.getRow(r).getCell(c);
          cell.setWidth(String.valueOf(WIDTHS[c]));
          String[] paragraphs = cells.get(c).split("\n", -1);
          for (int p = 0; p < paragraphs.length; p++) {
            XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFRun run = paragraph.createRun();
            run.setFontSize(12);
            run.setText(paragraphs[p]);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table as PDFBox draws it ruled, in 9-point type, 责任单位 six characters wide inside its
   * padding: each unit cell's lines as the column wraps them, a paragraph's six characters filling
   * its line.
   */
  public static byte[] ruledPdf() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (int r = 1; r <= ROWS.size(); r++) {
      List<String> row = new ArrayList<>(row(r));
      List<String> lines = new ArrayList<>();
      for (String paragraph : row.get(4).split("\n")) {
        for (int at = 0; at < paragraph.length(); at += 6) {
          lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + 6)));
        }
      }
      row.set(4, String.join("\n", lines));
      rows.add(row);
    }
    return RuledPdfs.ruled(
        List.of(TITLE), rows, new float[] {30, 110, 110, 50, 58, 50, 90}, List.of());
  }

  /** Row {@code r} (1-based) with its 序号 first. */
  private static List<String> row(int r) {
    List<String> row = new ArrayList<>();
    row.add(String.valueOf(r));
    row.addAll(ROWS.get(r - 1));
    return row;
  }

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).resolve("full-line-units-narrow.docx");
    Files.write(file, docx());
    OfficeWord.toPdf(file);
  }
}

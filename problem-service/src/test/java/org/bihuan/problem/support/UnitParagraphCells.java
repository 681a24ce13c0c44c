package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A 整改任务清单 whose 责任单位, 责任领导 and 责任人 cells hold units and people a paragraph each, as offices write
 * it in Word: the cells set centred (or flush left), with or without borders, in columns of Word's
 * default width or set narrow, so that a unit or a name fills its line exactly (政务服务科 in a column
 * five characters wide, 张伟 in one two wide). Written as .docx by POI; its PDFs are LibreOffice's
 * conversions ({@link #main} writes them again; they are committed under
 * src/test/resources/formats). Row 1 holds two units, two leaders and two people; row 2 three
 * units; row 3 one long unit the column wraps; row 4 a wrapped unit, then a unit; row 5 a unit, a
 * wrapped unit and a unit, and three people; row 6 a unit wrapped after 科 where the name goes on
 * (市农业农村局科 / 技教育科); row 7 the units marked （牵头） and （配合）; row 8 牵头：… and 配合：… lines.
 */
public final class UnitParagraphCells {

  private UnitParagraphCells() {}

  public static final String TITLE = "区行政审批局整改任务清单";

  /** The PDFs: centred cells with borders, centred without, and narrow centred 12-point cells. */
  public static final List<String> NAMES =
      List.of(
          "unit-paragraphs-ruled-centred",
          "unit-paragraphs-borderless-centred",
          "unit-paragraphs-narrow");

  public static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限");

  public static final List<List<String>> ROWS =
      List.of(
          List.of(
              "1", "审批事项公开不全。", "全面梳理公开审批事项。", "王明\n李强", "政务服务科\n综合执法大队", "张伟\n李娜", "2024年9月30日"),
          List.of("2", "窗口服务不规范。", "修订窗口服务规范。", "王明", "办公室\n政务服务科\n综合执法大队", "李娜", "2024年10月31日"),
          List.of("3", "踏勘时限过长。", "压缩现场踏勘时限。", "赵强", "市行政审批服务局政务服务科", "陈静", "2024年11月30日"),
          List.of("4", "执法衔接不畅。", "建立审管执法衔接机制。", "赵强", "市场监督管理局综合执法大队\n政务服务科", "刘洋", "2024年12月31日"),
          List.of(
              "5",
              "档案管理混乱。",
              "规范审批档案管理。",
              "孙伟",
              "法规科\n市场监督管理局综合执法大队\n信息科",
              "王芳\n刘洋\n陈静",
              "2024年12月31日"),
          List.of("6", "科技项目审批慢。", "优化科技项目审批。", "孙伟", "市农业农村局科技教育科", "王芳", "2024年12月31日"),
          List.of("7", "专项整治不力。", "开展专项整治。", "孙伟", "政务服务科（牵头）\n综合执法大队（配合）", "王芳", "2024年12月31日"),
          List.of("8", "督办不及时。", "建立督办台账。", "孙伟", "牵头：政务服务科\n配合：综合执法大队", "王芳", "2024年12月31日"));

  /** The narrow table's columns (twentieths of a point): 责任人 two 12-point characters wide. */
  private static final int[] NARROW = {600, 1500, 2000, 900, 1700, 900, 1500};

  /** The Word table: {@code ruled} with Word's single lines, {@code narrow} in 12-point type. */
  public static byte[] docx(boolean ruled, boolean centred, boolean narrow) {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(TITLE);
      XWPFTable table = document.createTable(ROWS.size() + 1, HEADER.size());
      if (narrow) {
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
          grid = table.getCTTbl().addNewTblGrid();
        }
        grid.setGridColArray(new CTTblGridCol[0]);
        for (int width : NARROW) {
          grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
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
        List<String> cells = r == 0 ? HEADER : ROWS.get(r - 1);
        for (int c = 0; c < cells.size(); c++) {
          XWPFTableCell cell = table.getRow(r).getCell(c);
          if (narrow) {
            cell.setWidth(String.valueOf(NARROW[c]));
          }
          String[] paragraphs = cells.get(c).split("\n", -1);
          for (int p = 0; p < paragraphs.length; p++) {
            XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (centred) {
              paragraph.setAlignment(ParagraphAlignment.CENTER);
            }
            XWPFRun run = paragraph.createRun();
            if (narrow) {
              run.setFontSize(12);
            }
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

  /** Writes each .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    byte[][] files = {docx(true, true, false), docx(false, true, false), docx(true, true, true)};
    for (int i = 0; i < files.length; i++) {
      Path file = dir.resolve(NAMES.get(i) + ".docx");
      Files.write(file, files[i]);
      OfficeWord.toPdf(file);
    }
  }
}

package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A 整改清单 table and a self-examination as offices print them to PDF (docs/decisions/0346), written
 * as .docx by POI ({@link OfficeTable}); their PDFs are LibreOffice's conversions, committed under
 * src/test/resources/formats ({@link #main} writes them again), the table with Word's single lines
 * and without borders.
 *
 * <ul>
 *   <li>{@link #cells}: narrow columns — a 责任人 cell naming two people a space apart or a paragraph
 *       each, a compound surname the column wraps (欧阳 / 修), a 存在问题 cell wrapped inside a word (整改不到
 *       / 位。), and 责任单位 cells whose first unit fills its line (县人民法院 / 执行局, 城关司法所 / 财务科);
 *   <li>{@link #pointsDocx}: a self-examination in Word paragraphs, each numbered point wrapping
 *       over two or three lines of the page.
 * </ul>
 */
public final class PrintedPdfLists {

  private PrintedPdfLists() {}

  public static final String CELLS_NAME = "ruled-table-people-words-and-units";

  public static final String BORDERLESS_NAME = "borderless-table-people-words-and-units";

  public static final List<String> CELLS_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限");

  public static final List<List<String>> CELLS_ROWS =
      List.of(
          List.of("1", "执行款发放整改不到位。", "建立案款发放台账。", "邬明", "县人民法院\n执行局", "蓝天 景川", "2024年9月30日"),
          List.of("2", "调解卷宗归档不规范。", "规范调解卷宗归档。", "邬明", "城关司法所\n财务科", "景川 欧阳修", "2024年10月31日"),
          List.of("3", "财务票据审核不严。", "完善票据审核流程。", "邬明", "财务科", "鲁平\n向东", "2024年11月30日"));

  /** 责任单位 five 12-point characters wide, 责任人 four, 存在问题 twelve. */
  private static final int[] CELLS_WIDTHS = {600, 2600, 2200, 900, 1420, 1180, 1500};

  public static OfficeTable cells() {
    return OfficeTable.of("县法院整改清单", CELLS_HEADER, CELLS_WIDTHS, CELLS_ROWS).cellSize(12);
  }

  public static final String POINTS_NAME = "self-exam-points-wrapping-lines";

  /** The self-examination's paragraphs, a point a paragraph. */
  public static final List<String> POINTS =
      List.of(
          "县统计局领导班子巡察整改专题民主生活会对照检查材料",
          "一、存在的问题",
          "（一）理论学习方面",
          "1.理论学习的系统性不强，满足于读原文、听报告、记笔记，对党的创新理论的深刻内涵把握不够准确，学用结合不够紧密，运用理论指导统计工作实践的能力还有明显差距。",
          "2.学习制度执行不严格，班子集中学习有时因业务工作冲突而推迟，个人自学缺乏计划，学习笔记内容简单，交流研讨时照本宣科多、联系实际谈体会少，学习成效不明显。",
          "（二）工作作风方面",
          "1.深入基层调查研究不够，到乡镇和企业了解统计数据质量的次数偏少，掌握的情况不够全面，对基层统计人员反映的困难和问题回应不及时，解决办法不多。",
          "2.统计执法检查力度不够，对统计违法行为查处偏软偏宽，执法检查覆盖面不广，发现问题后跟踪督促整改不到位，个别企业数据虚报问题反复出现。",
          "二、原因分析",
          "（一）理想信念有所弱化，对加强理论学习的重要性认识不足。",
          "（二）宗旨意识有所淡化，服务基层、服务群众的主动性不强。",
          "三、整改措施",
          "（一）加强理论武装，制定班子年度学习计划，每月开展一次集中学习研讨，推动学习成果转化为统计工作的实际成效。",
          "（二）改进工作作风，班子成员每季度到基层调研不少于两次，建立问题清单，跟踪解决基层反映的困难。");

  /** The self-examination as .docx, a paragraph each of {@link #POINTS}. */
  public static byte[] pointsDocx() {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : POINTS) {
        document.createParagraph().createRun().setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the .docx files and LibreOffice's PDFs of them into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    cells().writePdf(Path.of(args[0]), CELLS_NAME);
    cells().ruled(false).writePdf(Path.of(args[0]), BORDERLESS_NAME);
    Path points = Path.of(args[0]).resolve(POINTS_NAME + ".docx");
    Files.write(points, pointsDocx());
    OfficeWord.toPdf(points);
  }
}

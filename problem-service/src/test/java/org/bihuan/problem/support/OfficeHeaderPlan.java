package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A rectification plan in Word whose running header (某某大学党委文件, 9 points) stands right above the
 * body: the header's distance from the page's top leaves no gap between it and the first line, as
 * LibreOffice lays out a header by default. Its second page starts with a 整改措施： line. Written as
 * .docx by POI; as PDF it is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/formats as office-plan-header-touching.pdf).
 */
public final class OfficeHeaderPlan {

  private OfficeHeaderPlan() {}

  public static final String HEADER = "某某大学党委文件";

  /** The body's pages, line by line. */
  public static final List<List<String>> PAGES =
      List.of(
          List.of(
              "中共某某大学委员会关于巡视反馈意见的整改方案",
              "一、整改任务",
              "1.思政课教师队伍配备不足。",
              "整改措施：制定思政课教师专项招聘计划。",
              "责任单位：马克思主义学院",
              "整改时限：2024年12月31日",
              "2.科研设备开放共享率低。"),
          List.of(
              "整改措施：建设大型仪器设备共享平台。",
              "责任单位：国有资产管理处",
              "整改时限：长期坚持",
              "3.横向科研经费管理不规范。",
              "整改措施：修订横向科研经费管理办法。",
              "责任单位：科研处",
              "整改时限：2024年11月30日"));

  public static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      CTSectPr section = document.getDocument().getBody().addNewSectPr();
      CTPageMar margins = section.addNewPgMar();
      margins.setTop(BigInteger.valueOf(1440));
      margins.setBottom(BigInteger.valueOf(1440));
      margins.setLeft(BigInteger.valueOf(1800));
      margins.setRight(BigInteger.valueOf(1800));
      margins.setHeader(BigInteger.valueOf(1200));
      margins.setFooter(BigInteger.valueOf(720));
      XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
      XWPFRun h = header.createParagraph().createRun();
      h.setFontSize(9);
      h.setText(HEADER);
      boolean first = true;
      for (List<String> page : PAGES) {
        for (String line : page) {
          XWPFParagraph p = document.createParagraph();
          p.setSpacingAfter(0);
          p.setSpacingBefore(0);
          p.setPageBreak(!first && line == page.get(0));
          XWPFRun run = p.createRun();
          run.setFontSize(14);
          run.setText(line);
        }
        first = false;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path docx = dir.resolve("office-plan-header-touching.docx");
    Files.write(docx, docx());
    OfficeWord.toPdf(docx);
  }
}

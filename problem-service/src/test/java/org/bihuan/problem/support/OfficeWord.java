package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * A rectification plan as an office writes it in Word: a cover, a 目录 that Word generated (a TOC
 * field whose entries are styled toc 1 / toc 2, dot leaders to their page numbers), a problem whose
 * manifestations start on its own line (一是…) and go on in the next paragraph (二是…), a footnote on a
 * problem's line, and units given one per paragraph under an empty 责任单位：. Written as .docx by POI;
 * as PDF it is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/formats as office-plan-contents-notes.pdf).
 */
public final class OfficeWord {

  private OfficeWord() {}

  /** The lines of the plan after its 目录; the one ending in ^1 carries the footnote's mark. */
  public static final String PLAN =
      """
      一、存在问题及整改措施
      （一）党建方面
      1.作风建设常态化长效化不够。一是“四风”问题隐形变异现象时有发生。
      二是整改落实跟踪问效不够。
      整改措施：开展作风建设专项整治。
      责任单位：纪委办公室
      整改时限：长期坚持
      2.意识形态工作责任制落实不到位。阵地管理存在薄弱环节。^1
      整改措施：修订意识形态工作责任制实施细则。
      责任单位：
      党委宣传部
      党委办公室
      责任人：周敏
      整改时限：2024年10月31日
      （二）业务方面
      1.固定资产管理混乱。账实不符，部分资产长期闲置。
      整改措施：开展资产清查，做到账实相符。
      责任单位：财务处
      整改时限：2024年12月31日
      二、工作要求
      各单位要高度重视，认真抓好整改落实。
      """;

  public static final String FOOTNOTE = "根据《中国共产党党组工作条例》第二十条。";

  /** The 目录's entries: level, text, page. */
  private static final Object[][] CONTENTS = {
    {1, "一、存在问题及整改措施", 2},
    {2, "（一）党建方面", 2},
    {2, "（二）业务方面", 2},
    {1, "二、工作要求", 3},
  };

  public static byte[] docx() throws IOException {
    return docx(true);
  }

  /** The plan, its TOC field and toc-styled entries with or without the 目录 paragraph above them. */
  public static byte[] docx(boolean contentsHeading) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFStyles styles = document.createStyles();
      for (int level = 1; level <= 2; level++) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TOC" + level);
        style.addNewName().setVal("toc " + level);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
      }
      paragraph(document, "某某县财政局");
      paragraph(document, "关于巡察反馈问题的整改方案");
      if (contentsHeading) {
        paragraph(document, "目录");
      }
      for (int i = 0; i < CONTENTS.length; i++) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle("TOC" + CONTENTS[i][0]);
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(8300));
        if (i == 0) {
          field(p, STFldCharType.BEGIN);
          p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
          field(p, STFldCharType.SEPARATE);
        }
        p.createRun().setText((String) CONTENTS[i][1]);
        p.createRun().addTab();
        p.createRun().setText(String.valueOf(CONTENTS[i][2]));
        if (i == CONTENTS.length - 1) {
          field(p, STFldCharType.END);
        }
      }
      boolean first = true;
      for (String line : PLAN.strip().split("\n")) {
        XWPFParagraph p = document.createParagraph();
        p.setPageBreak(first);
        first = false;
        if (line.endsWith("^1")) {
          p.createRun().setText(line.substring(0, line.length() - 2));
          XWPFFootnote note = document.createFootnote();
          XWPFRun text = note.createParagraph().createRun();
          text.setFontSize(9);
          text.setText(FOOTNOTE);
          XWPFRun mark = p.createRun();
          mark.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.toString().toLowerCase());
          mark.getCTR().addNewFootnoteReference().setId(note.getId());
        } else {
          p.createRun().setText(line);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void paragraph(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  private static void field(XWPFParagraph p, STFldCharType.Enum type) {
    CTR run = p.createRun().getCTR();
    run.addNewFldChar().setFldCharType(type);
  }

  /** Writes the .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path docx = dir.resolve("office-plan-contents-notes.docx");
    Files.write(docx, docx());
    toPdf(docx);
  }

  /** Converts a .docx to a PDF beside it with LibreOffice, as an office would print it. */
  static void toPdf(Path docx) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                docx.getParent().toString(),
                docx.toString())
            .inheritIO()
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroy();
      throw new IllegalStateException("soffice did not finish");
    }
  }
}

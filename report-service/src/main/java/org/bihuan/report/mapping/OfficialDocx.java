package org.bihuan.report.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes an {@link OfficialDocument} as a Word document (.docx) with POI XWPF, laid out roughly as
 * GB/T 9704 asks: A4, margins 37/35/28/26 mm, title in 方正小标宋简体 二号 centred, level-one headings in
 * 黑体, level two in 楷体, body in 仿宋_GB2312 三号 with a fixed 28 pt line pitch and a two-character
 * first-line indent, page numbers "— n —" at the foot. Where a reader's machine lacks a font, Word
 * or LibreOffice substitutes one (docs/decisions/0072-official-report-layout.md).
 */
public final class OfficialDocx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  public static final String TITLE_FONT = "方正小标宋简体";
  public static final String HEADING1_FONT = "黑体";
  public static final String HEADING2_FONT = "楷体";
  public static final String BODY_FONT = "仿宋_GB2312";

  /** 二号 and 三号 in points; 四号 for tables. */
  static final double TITLE_SIZE = 22;

  static final double BODY_SIZE = 16;
  static final double TABLE_SIZE = 14;
  static final double LINE_PITCH = 28;

  /** Two characters of 三号: 32 pt in twentieths of a point. */
  static final int INDENT_TWIPS = 640;

  /** 1 mm in twentieths of a point. */
  private static final double MM = 1440 / 25.4;

  private OfficialDocx() {}

  public static void write(OfficialDocument d, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      headingStyles(doc);
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(clean(d.title()));
      core.setCreator("Bihuan");
      if (!d.signature().isBlank()) {
        doc.getProperties()
            .getExtendedProperties()
            .getUnderlyingProperties()
            .setCompany(clean(d.signature()));
      }
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setSpacingAfter(20 * (int) LINE_PITCH);
      run(title, d.title(), TITLE_FONT, TITLE_SIZE, false);
      for (OfficialDocument.Block b : d.blocks()) {
        if (b instanceof OfficialDocument.Heading h) {
          heading(doc, h);
        } else if (b instanceof OfficialDocument.Paragraph p) {
          paragraph(doc, p);
        } else if (b instanceof OfficialDocument.Table t) {
          table(doc, t);
        }
      }
      if (!d.signature().isBlank() || !d.signatureDate().isBlank()) {
        body(doc); // a blank line before the sender, as printed reports have
        for (String line : new String[] {d.signature(), d.signatureDate()}) {
          if (!line.isBlank()) {
            XWPFParagraph p = body(doc);
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight(INDENT_TWIPS * 2);
            run(p, line, BODY_FONT, BODY_SIZE, false);
          }
        }
      }
      footer(doc);
      doc.write(out);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(twips(37));
    margin.setBottom(twips(35));
    margin.setLeft(twips(28));
    margin.setRight(twips(26));
    margin.setHeader(twips(15));
    margin.setFooter(twips(20));
  }

  private static BigInteger twips(double mm) {
    return BigInteger.valueOf(Math.round(mm * MM));
  }

  /**
   * Heading 1–3 styles with outline levels, so that Word's navigation pane and LibreOffice's
   * navigator list the sections; the runs keep their own fonts.
   */
  private static void headingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= 3; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewName().setVal("heading " + level);
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
      style.addNewQFormat();
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private static void heading(XWPFDocument doc, OfficialDocument.Heading h) {
    XWPFParagraph p = body(doc);
    p.setStyle("Heading" + Math.min(3, h.level()));
    if (!p.getCTP().getPPr().isSetOutlineLvl()) {
      p.getCTP().getPPr().addNewOutlineLvl();
    }
    p.getCTP().getPPr().getOutlineLvl().setVal(BigInteger.valueOf(Math.min(3, h.level()) - 1L));
    switch (h.level()) {
      case 1 -> run(p, h.number() + h.text(), HEADING1_FONT, BODY_SIZE, false);
      case 2 -> run(p, h.number() + h.text(), HEADING2_FONT, BODY_SIZE, false);
      default -> run(p, h.number() + h.text(), BODY_FONT, BODY_SIZE, true);
    }
  }

  private static void paragraph(XWPFDocument doc, OfficialDocument.Paragraph para) {
    XWPFParagraph p = body(doc);
    double size = para.note() ? TABLE_SIZE : BODY_SIZE;
    for (OfficialDocument.Span s : para.spans()) {
      run(p, s.text(), BODY_FONT, size, s.bold());
    }
  }

  private static void table(XWPFDocument doc, OfficialDocument.Table t) {
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    fill(table.getRow(0), t.header(), true);
    for (int i = 0; i < t.rows().size(); i++) {
      fill(table.getRow(i + 1), t.rows().get(i), false);
    }
  }

  private static void fill(XWPFTableRow row, java.util.List<String> cells, boolean header) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFTableCell cell = row.getCell(i);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(i == 0 && !header ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
      run(p, cells.get(i), header ? HEADING1_FONT : BODY_FONT, TABLE_SIZE, false);
    }
  }

  private static XWPFParagraph body(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(INDENT_TWIPS);
    p.setSpacingBetween(LINE_PITCH, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
    XWPFRun r = p.createRun();
    // A vertical tab (Word's manual line break in pasted text) is a line break; other control
    // characters would be written as "?" or make the file invalid, so they are dropped.
    String[] lines = text.replace("\r\n", "\n").split("[\u000b\n\r\u2028]", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(clean(lines[i]), i);
    }
    r.setFontFamily(font);
    r.setFontSize(size);
    r.setBold(bold);
    return r;
  }

  /** The text without control characters (a tab becomes a space). */
  static String clean(String text) {
    return text.replace('\t', ' ').replaceAll("[\\p{Cntrl}\\uFFFE\\uFFFF]", "");
  }

  /** "— 1 —" centred in the footer, the page number as a PAGE field. */
  private static void footer(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, "— ", "宋体", TABLE_SIZE, false);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "1", "宋体", TABLE_SIZE, false);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    run(p, " —", "宋体", TABLE_SIZE, false);
  }
}

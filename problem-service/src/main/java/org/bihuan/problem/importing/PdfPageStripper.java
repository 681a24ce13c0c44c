package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfText.inReadingOrder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper keeps a {@link TextPosition} (a few hundred bytes) for every glyph of a
 * page until the page ends, so a page that shows millions of glyphs (one string of millions of
 * characters, a text operator repeated millions of times: a few kilobytes compressed) would fill
 * the heap before the page's text could be measured. This counts the glyphs as they are shown and
 * stops the page, and the document, at the budget.
 */
final class PdfPageStripper extends PDFTextStripper {
  private final ImportLimits limits;
  private final long deadline;
  private final PdfCMaps cmaps;
  private final PdfFonts programs;
  long pageGlyphs;
  long glyphs;
  long pageForms;
  long pageOperators;
  int page;
  final PdfLayout layout = new PdfLayout();

  /** The rulings the page's paths draw. */
  private final PdfPaths paths = new PdfPaths(layout);

  PdfPageStripper(ImportLimits limits, long deadline) {
    this.limits = limits;
    this.deadline = deadline;
    this.cmaps = new PdfCMaps(limits);
    this.programs = new PdfFonts(limits);
  }

  void startPage(int number) {
    page = number;
    pageGlyphs = 0;
    pageForms = 0;
    pageOperators = 0;
    cmaps.page(number);
    programs.page(number);
    layout.clear();
    paths.clear();
    struck.clear();
    overRules.clear();
    struckGlyphs.clear();
    letterSpaced.clear();
    pageDropped = 0;
  }

  /** A point of the current path in top-down page space. */
  private float[] point(float x, float y) {
    org.apache.pdfbox.util.Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
    PDRectangle box = getCurrentPage().getCropBox();
    return new float[] {p.x - box.getLowerLeftX(), box.getUpperRightY() - p.y};
  }

  /** Glyphs of a composite font that maps them to no character: PDFBox drops them silently. */
  long pageDropped;

  @Override
  protected void showGlyph(
      org.apache.pdfbox.util.Matrix textRenderingMatrix,
      org.apache.pdfbox.pdmodel.font.PDFont font,
      int code,
      org.apache.pdfbox.util.Vector displacement)
      throws IOException {
    if (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font
        && font.toUnicode(code) == null) {
      pageDropped++;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  /** Struck-out passages of the page ({@link PdfStrikes}), left out of its text. */
  final List<PdfStrikes.Struck> struck = new ArrayList<>();

  /** Passages of the page a cell's border runs through: text drawn over a table's grid. */
  final List<PdfStrikes.Struck> overRules = new ArrayList<>();

  /** The page's struck glyphs, which are not written. */
  private final java.util.Set<TextPosition> struckGlyphs =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  @Override
  protected void writePage() throws IOException {
    int lines = 0;
    layout.pageWidth(getCurrentPage().getCropBox().getWidth());
    PdfStrikes.Strokes strokes = PdfStrikes.byHeight(layout.strokes(), layout.rulings());
    java.util.Set<TextPosition> overBorders =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<TextPosition> article : getCharactersByArticle()) {
      limits.withinTime(deadline);
      inReadingOrder(article);
      letterSpaced.addAll(PdfGaps.evenlySpaced(article));
      PdfStrikes.strike(article, strokes.borders(), lines, overRules, overBorders);
      lines += PdfStrikes.strike(article, strokes.strikes(), lines, struck, struckGlyphs);
      for (TextPosition g : article) {
        if (struckGlyphs.contains(g)) {
          continue;
        }
        layout.glyph(
            g.getXDirAdj(),
            g.getYDirAdj(),
            g.getWidthDirAdj(),
            g.getFontSizeInPt(),
            g.getUnicode());
      }
    }
    separator = false;
    super.writePage();
  }

  /** The page's glyphs after a gap that is letter spacing ({@link PdfGaps#evenlySpaced}). */
  private final java.util.Set<TextPosition> letterSpaced =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** PDFBox put a word separator (a gap between glyphs) before the next string. */
  private boolean separator;

  private TextPosition lastShown;

  @Override
  protected void writeWordSeparator() {
    separator = true;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (!struckGlyphs.isEmpty() && positions.stream().anyMatch(struckGlyphs::contains)) {
      positions = positions.stream().filter(p -> !struckGlyphs.contains(p)).toList();
      StringBuilder shown = new StringBuilder();
      positions.forEach(p -> shown.append(p.getUnicode()));
      text = shown.toString();
      if (positions.isEmpty()) {
        return; // a word struck out whole; the gap before it still separates what follows
      }
    }
    if (!positions.isEmpty()) {
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      // a running header printed right above the first line (no gap between them, as
      // LibreOffice places it) is a line of its own: PDFBox wrote both as one
      int cut = otherLine(positions);
      if (cut == 0) {
        writeLineSeparator();
        cut = otherLine(positions);
      }
      if (cut > 0) {
        writeString(textOf(positions.subList(0, cut)), positions.subList(0, cut));
        writeLineSeparator();
        writeString(
            textOf(positions.subList(cut, positions.size())),
            positions.subList(cut, positions.size()));
        return;
      }
      for (TextPosition p : positions) {
        lineSize = Math.max(lineSize, p.getFontSizeInPt());
      }
      if (separator && !PdfGaps.spacing(lastShown, first) && !letterSpaced.contains(first)) {
        super.writeWordSeparator();
      }
      layout.shown(
          first.getXDirAdj(),
          last.getXDirAdj() + last.getWidthDirAdj(),
          last.getWidthDirAdj(),
          first.getYDirAdj(),
          leadRight(positions));
      lastShown = last;
    } else if (separator) {
      super.writeWordSeparator();
    }
    separator = false;
    // a space the PDF draws as a glyph is one the writer typed (1.办公室 2.财务处): it is kept where a
    // gap PDFBox reads between two scripts is not (PdfText#withoutPositionalSpaces)
    super.writeString(text.replace(' ', PdfText.DRAWN_SPACE), positions);
  }

  /** Marks that never begin a line: a writer keeps them with the character before them. */
  private static final String CLOSING = "，。、；：！？）」』”’》,.;:!?)%％";

  /**
   * The right edge of the first part of {@code positions} that no writer cuts: a run of digits,
   * Latin letters and stops (3.2025, 15), or one character, each with the closing marks after it
   * (理；).
   */
  private static float leadRight(List<TextPosition> positions) {
    int end = 1;
    if (latin(positions.get(0).getUnicode())) {
      while (end < positions.size() && latin(positions.get(end).getUnicode())) {
        end++;
      }
    }
    while (end < positions.size()
        && !positions.get(end).getUnicode().isEmpty()
        && CLOSING.indexOf(positions.get(end).getUnicode().charAt(0)) >= 0) {
      end++;
    }
    TextPosition last = positions.get(end - 1);
    return last.getXDirAdj() + last.getWidthDirAdj();
  }

  private static boolean latin(String glyph) {
    return glyph.length() == 1
            && glyph.charAt(0) > ' '
            && glyph.charAt(0) < 0x7F
            && CLOSING.indexOf(glyph.charAt(0)) < 0
        || glyph.equals(".");
  }

  /** The largest font size (points) of the line being written. */
  private float lineSize;

  /**
   * How far (in font sizes) a piece's baseline may stand from its line's for it to be on that line:
   * a superscript is raised a third of a size; a header touching the line below it is a whole line
   * higher.
   */
  private static final float OTHER_LINE = 0.6f;

  /**
   * The first of {@code positions} whose baseline stands a line above or below the line being
   * written (more than {@link #OTHER_LINE} of a font size from it), or -1.
   */
  private int otherLine(List<TextPosition> positions) {
    float base = layout.lastBaseline();
    float size = lineSize;
    for (int i = 0; i < positions.size(); i++) {
      TextPosition p = positions.get(i);
      size = Math.max(size, p.getFontSizeInPt());
      if (Float.isNaN(base)) {
        base = p.getYDirAdj();
      } else if (Math.abs(p.getYDirAdj() - base) > size * OTHER_LINE) {
        return i;
      }
    }
    return -1;
  }

  private static String textOf(List<TextPosition> positions) {
    StringBuilder text = new StringBuilder();
    positions.forEach(p -> text.append(p.getUnicode()));
    return text.toString();
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    lineSize = 0;
    separator = false;
    lastShown = null;
    layout.lineEnds();
    super.writeLineSeparator();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (++pageGlyphs > limits.maxPdfPageGlyphs()) {
      throw limits.tooLarge(
          "Page " + page + " of the PDF shows more than " + limits.maxPdfPageGlyphs() + " glyphs");
    }
    if (++glyphs > limits.maxTextChars()) {
      throw limits.tooLarge("The PDF holds more than " + limits.maxTextChars() + " characters");
    }
    super.processTextPosition(text);
  }

  /**
   * Every operator PDFBox runs, forms drawn by forms included, is counted and checked against the
   * reading's deadline; a font's character maps ({@link PdfCMaps}) and programs ({@link PdfFonts})
   * are measured before {@code Tf} lets PDFBox load it, wherever it is selected (page, form,
   * pattern, Type 3 glyph).
   */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++pageOperators > limits.maxPdfPageOperators()) {
      throw limits.tooLarge(
          "Page "
              + page
              + " of the PDF runs more than "
              + limits.maxPdfPageOperators()
              + " drawing operators");
    }
    limits.withinTime(deadline);
    String op = operator.getName();
    if (op.equals(OperatorName.APPEND_RECT)
        || op.equals(OperatorName.MOVE_TO)
        || op.equals(OperatorName.LINE_TO)) {
      if (getCurrentPage() != null) {
        paths.operator(op, operands, this::point);
      }
    } else if (PdfPaths.PAINTS.contains(op)) {
      paths.ends(true);
    } else if (op.equals(OperatorName.ENDPATH)) {
      paths.ends(false);
    }
    if (OperatorName.SET_FONT_AND_SIZE.equals(operator.getName())
        && !operands.isEmpty()
        && operands.get(0) instanceof COSName name
        && getResources() != null
        && getResources().getCOSObject().getDictionaryObject(COSName.FONT)
            instanceof COSDictionary fonts
        && fonts.getDictionaryObject(name) instanceof COSDictionary font) {
      cmaps.font(font);
      programs.font(font);
    }
    super.processOperator(operator, operands);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    counted();
    super.showForm(form);
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
    counted();
    super.showTransparencyGroup(form);
  }

  /** A form drawn: a form drawing another form four times, 16 levels deep, is 4 billion. */
  private void counted() {
    if (++pageForms > limits.maxPdfPageForms()) {
      throw limits.tooLarge(
          "Page "
              + page
              + " of the PDF draws forms (form XObjects) more than "
              + limits.maxPdfPageForms()
              + " times");
    }
  }
}

package org.bihuan.problem.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bihuan.platform.error.ApiProblem;

/**
 * The text layer of a PDF through PDFBox, page by page, with PDFBox's buffers in a scratch file
 * rather than the heap. A PDF whose pages carry no text (a scan) is refused with 422 saying so: its
 * problems cannot be read without OCR, and an empty import would look like a document without
 * problems. Page numbers and running headers and footers are left out ({@link PageFurniture}). Text
 * whose characters PDFBox cannot map to Unicode (fonts without a ToUnicode table give U+FFFD or
 * private-use characters) is refused the same way rather than imported as garbage when it is more
 * than a fifth of the text; fewer such characters, and scanned pages among text pages, are named by
 * page in the warnings. Tables, ruled or not, are read as Word tables are ({@link PdfTables}), and
 * duty lines wrapped at the page width are joined ({@link PdfWraps}). Glyphs drawn one after
 * another on one line are read from left to right ({@link #inReadingOrder}).
 */
final class PdfText {

  /**
   * A space PDFBox puts between a Chinese character and a digit or Latin letter: a PDF has no
   * spaces, only glyph positions, and the font change between 为 and 78% reads as a gap. Chinese
   * text is written without them (2023年预算执行率仅为78%).
   */
  private static final Pattern POSITIONAL_SPACE =
      Pattern.compile(
          "(?<=[\\p{IsHan}，。：；、（）])[ \\u00A0]+(?=[\\p{Alnum}%.])"
              + "|(?<=[\\p{Alnum}%.])[ \\u00A0]+(?=[\\p{IsHan}，。：；、（）])");

  private PdfText() {}

  static String withoutPositionalSpaces(String text) {
    return POSITIONAL_SPACE.matcher(text).replaceAll("");
  }

  /**
   * PDFBox's text stripper keeps a {@link TextPosition} (a few hundred bytes) for every glyph of a
   * page until the page ends, so a page that shows millions of glyphs (one string of millions of
   * characters, a text operator repeated millions of times: a few kilobytes compressed) would fill
   * the heap before the page's text could be measured. This counts the glyphs as they are shown and
   * stops the page, and the document, at the budget.
   */
  private static final class CountingStripper extends PDFTextStripper {
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
    private float pathX;
    private float pathY;

    CountingStripper(ImportLimits limits, long deadline) {
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
      path.clear();
      struck.clear();
      struckGlyphs.clear();
      pageDropped = 0;
    }

    /** A point of the current path in top-down page space. */
    private float[] point(float x, float y) {
      org.apache.pdfbox.util.Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      java.awt.geom.Point2D.Float p = ctm.transformPoint(x, y);
      PDRectangle box = getCurrentPage().getCropBox();
      return new float[] {p.x - box.getLowerLeftX(), box.getUpperRightY() - p.y};
    }

    /**
     * The rectangles and straight lines of the path being built: rulings only once the path is
     * painted (stroked or filled). A path ended without painting ({@code n}) is a clipping path —
     * LibreOffice clips every page to a rectangle of the whole page, whose edges are no table's
     * border — and is dropped.
     */
    private final List<float[]> path = new ArrayList<>();

    /** The most pieces of one path kept (a page's rulings are kept to as many). */
    private static final int PATH_KEPT = 20_000;

    private static final java.util.Set<String> PAINTS =
        java.util.Set.of(
            OperatorName.STROKE_PATH,
            OperatorName.CLOSE_AND_STROKE,
            OperatorName.FILL_NON_ZERO,
            OperatorName.LEGACY_FILL_NON_ZERO,
            OperatorName.FILL_EVEN_ODD,
            OperatorName.FILL_NON_ZERO_AND_STROKE,
            OperatorName.FILL_EVEN_ODD_AND_STROKE,
            OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
            OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE);

    /** The path is painted ({@code paint}) or ended without painting: its rulings kept or not. */
    private void pathEnds(boolean paint) {
      if (paint) {
        for (float[] p : path) {
          if (p[0] == 0) {
            layout.rectangle(p[1], p[2], p[3], p[4]);
          } else {
            layout.line(p[1], p[2], p[3], p[4]);
          }
        }
      }
      path.clear();
    }

    /** Records the rulings a page draws: rectangles and straight lines of its paths. */
    private void path(String name, List<COSBase> operands) {
      if (operands.size() < 2 || getCurrentPage() == null) {
        return;
      }
      float[] v = new float[operands.size()];
      for (int i = 0; i < v.length; i++) {
        if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber n)) {
          return;
        }
        v[i] = n.floatValue();
      }
      switch (name) {
        case OperatorName.APPEND_RECT -> {
          if (v.length == 4) {
            float[] a = point(v[0], v[1]);
            float[] b = point(v[0] + v[2], v[1] + v[3]);
            if (path.size() < PATH_KEPT) path.add(new float[] {0, a[0], a[1], b[0], b[1]});
          }
        }
        case OperatorName.MOVE_TO -> {
          pathX = v[0];
          pathY = v[1];
        }
        case OperatorName.LINE_TO -> {
          float[] a = point(pathX, pathY);
          float[] b = point(v[0], v[1]);
          if (path.size() < PATH_KEPT) path.add(new float[] {1, a[0], a[1], b[0], b[1]});
          pathX = v[0];
          pathY = v[1];
        }
        default -> {}
      }
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

    /** The page's struck glyphs, which are not written. */
    private final java.util.Set<TextPosition> struckGlyphs =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @Override
    protected void writePage() throws IOException {
      int lines = 0;
      List<PdfLayout.Segment> strokes = PdfStrikes.byHeight(layout.strokes());
      for (List<TextPosition> article : getCharactersByArticle()) {
        limits.withinTime(deadline);
        inReadingOrder(article);
        lines += PdfStrikes.strike(article, strokes, lines, struck, struckGlyphs);
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
        if (separator && !PdfGaps.spacing(lastShown, first)) {
          super.writeWordSeparator();
        }
        layout.shown(
            first.getXDirAdj(),
            last.getXDirAdj() + last.getWidthDirAdj(),
            last.getWidthDirAdj(),
            first.getYDirAdj());
        lastShown = last;
      } else if (separator) {
        super.writeWordSeparator();
      }
      separator = false;
      super.writeString(text, positions);
    }

    /** The largest font size (points) of the line being written. */
    private float lineSize;

    /**
     * How far (in font sizes) a piece's baseline may stand from its line's for it to be on that
     * line: a superscript is raised a third of a size; a header touching the line below it is a
     * whole line higher.
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
            "Page "
                + page
                + " of the PDF shows more than "
                + limits.maxPdfPageGlyphs()
                + " glyphs");
      }
      if (++glyphs > limits.maxTextChars()) {
        throw limits.tooLarge("The PDF holds more than " + limits.maxTextChars() + " characters");
      }
      super.processTextPosition(text);
    }

    /**
     * Every operator PDFBox runs, forms drawn by forms included, is counted and checked against the
     * reading's deadline; a font's character maps ({@link PdfCMaps}) and programs ({@link
     * PdfFonts}) are measured before {@code Tf} lets PDFBox load it, wherever it is selected (page,
     * form, pattern, Type 3 glyph).
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
        path(op, operands);
      } else if (PAINTS.contains(op)) {
        pathEnds(true);
      } else if (op.equals(OperatorName.ENDPATH)) {
        pathEnds(false);
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

  /** How far apart (in points) two glyphs' baselines may be for them to stand on one line. */
  private static final float SAME_BASELINE = 1f;

  /**
   * Puts the glyphs that the content stream draws one after another on the same baseline in their
   * order from left to right. A PDF exported by LibreOffice draws a line in one run per font: the
   * Chinese quotes and dashes (“” ‘’ —— ……), the spaces and the Latin digits of a line come from a
   * fallback font and are drawn before the line's Chinese text, so in content-stream order they all
   * stand at the front of the line ({@code “”二是年轻干部培养力度不够}). Only consecutive glyphs are reordered,
   * so lines, columns and paragraphs stay in the order the PDF draws them; PDFBox's sorting of the
   * whole page by position is not used because it interleaves lines whose glyph boxes overlap (CJK
   * glyphs are taller than tight line spacing).
   */
  static void inReadingOrder(List<TextPosition> glyphs) {
    int start = 0;
    while (start < glyphs.size()) {
      float baseline = glyphs.get(start).getYDirAdj();
      int end = start + 1;
      boolean ordered = true;
      while (end < glyphs.size()
          && Math.abs(glyphs.get(end).getYDirAdj() - baseline) <= SAME_BASELINE) {
        ordered &= glyphs.get(end).getXDirAdj() >= glyphs.get(end - 1).getXDirAdj();
        end++;
      }
      if (!ordered) {
        glyphs.subList(start, end).sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
      }
      start = end;
    }
  }

  /**
   * Measures a page's content streams, and those of the forms its resources hold, by decompressing
   * them into nothing before the page is parsed: a few kilobytes of compressed content can inflate
   * to gigabytes, and PDFBox builds each string operand in memory whole.
   */
  private static void contentWithinBudget(PDPage page, int number, ImportLimits limits)
      throws IOException {
    long allowed = limits.maxPdfPageContentBytes();
    long bytes = 0;
    java.util.Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      PDStream stream = streams.next();
      bytes += decompressed(stream, allowed - bytes);
      overContent(bytes, number, limits);
      nestedWithin(stream.getCOSObject(), number);
    }
    PDResources resources = page.getResources();
    if (resources != null) {
      for (COSName name : resources.getXObjectNames()) {
        COSBase object = resources.getCOSObject().getDictionaryObject(COSName.XOBJECT);
        if (object instanceof COSDictionary xobjects
            && xobjects.getDictionaryObject(name) instanceof COSStream stream
            && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
          bytes += decompressed(new PDStream(stream), allowed - bytes);
          overContent(bytes, number, limits);
          nestedWithin(stream, number);
        }
      }
    }
  }

  /**
   * Refuses (422) a page whose content nests arrays, dictionaries or saved graphics states ({@code
   * q}) deeper than PDFBox reads them: the page's text would be lost and the PDF answered as one
   * without a text layer (docs/decisions/0207).
   */
  private static void nestedWithin(COSStream stream, int number) {
    int max = PdfRawStreams.MAX_DEPTH;
    if (PdfStreams.nesting(stream, max) > max) {
      throw ApiProblem.unprocessable(
          "pdf-nesting-too-deep",
          "Page "
              + number
              + " of the PDF nests arrays, dictionaries or saved graphics states (q) more than "
              + max
              + " levels deep in its content, deeper than it can be read; print it again to PDF"
              + " from the program that made it, or send the original Word or Excel file.");
    }
  }

  private static void overContent(long bytes, int number, ImportLimits limits) {
    if (bytes > limits.maxPdfPageContentBytes()) {
      throw limits.tooLarge(
          "Page "
              + number
              + " of the PDF has more than "
              + limits.maxPdfPageContentBytes()
              + " bytes of content");
    }
  }

  /** The decompressed bytes of a stream, read into nothing, stopping past {@code allowed}. */
  private static long decompressed(PDStream stream, long allowed) {
    return PdfStreams.size(stream.getCOSObject(), allowed);
  }

  /**
   * A PDF's text, the line (1-based) each page starts on, and what the dry run must say; its tables
   * drawn without rulings ({@link PdfColumns}) and its text outside them (the whole text when it
   * has none).
   */
  record Pages(
      String text,
      List<Integer> firstLines,
      List<String> warnings,
      String outside,
      List<Grid> tables) {}

  /** A character a font without a Unicode mapping gives: U+FFFD, private use, a control. */
  private static boolean unmapped(int c) {
    return c == 0xFFFD
        || (c >= 0xE000 && c <= 0xF8FF)
        || (c < 0x20 && c != '\n' && c != '\t' && c != '\r');
  }

  /** {@code text} without the characters whose font gives no Unicode mapping. */
  static String mappedOnly(String text) {
    return text.codePoints()
        .filter(c -> !unmapped(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String pages(List<Integer> pages) {
    return String.join(", ", pages.stream().map(String::valueOf).toList());
  }

  /** Whether a page draws a picture (an image XObject): a scanned page without text does. */
  private static boolean drawsImage(PDPage page) {
    PDResources resources = page.getResources();
    if (resources == null
        || !(resources.getCOSObject().getDictionaryObject(COSName.XOBJECT)
            instanceof COSDictionary xobjects)) {
      return false;
    }
    for (COSName name : xobjects.keySet()) {
      if (xobjects.getDictionaryObject(name) instanceof COSStream stream
          && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        return true;
      }
    }
    return false;
  }

  static Pages read(byte[] body, ImportLimits limits) {
    long deadline = limits.readDeadline();
    long cutObject = PdfRawStreams.measure(body, limits, deadline);
    boolean cut = CutShort.pdf(body);
    try (PDDocument pdf =
        Loader.loadPDF(
            new RandomAccessReadBuffer(body),
            "",
            null,
            null,
            IOUtils.createTempFileOnlyStreamCache())) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPdfPages()) {
        throw limits.tooLarge("The PDF has " + pages + " pages, more than " + limits.maxPdfPages());
      }
      // a PDF cut short or with pages whose objects are missing is refused as such, never read
      // as a scan or imported without those pages (PdfDamage)
      List<PDPage> found = new ArrayList<>();
      java.util.Map<Integer, String> damaged = new java.util.TreeMap<>();
      try {
        for (PDPage page : pdf.getPages()) {
          limits.withinTime(deadline);
          if (found.size() == pages) {
            break;
          }
          found.add(page);
          String what = PdfDamage.ofPage(page, cutObject);
          if (what != null) {
            damaged.put(found.size(), what);
          }
        }
      } catch (IllegalStateException | ClassCastException e) {
        // PDFBox's page tree iterator on a tree whose nodes are not what they claim
        throw PdfDamage.refusal(cut, body.length, -1, 0, java.util.Map.of());
      }
      if (cut || !damaged.isEmpty() || found.size() < pages) {
        throw PdfDamage.refusal(cut, body.length, pages, found.size(), damaged);
      }
      CountingStripper stripper = new CountingStripper(limits, deadline);
      stripper.setLineSeparator("\n");
      List<List<String>> pageLines = new ArrayList<>();
      List<Integer> scanned = new ArrayList<>();
      List<Integer> unmappedPages = new ArrayList<>();
      List<String> struckWarnings = new ArrayList<>();
      List<String> noteWarnings = new ArrayList<>();
      PdfTables tables = new PdfTables();
      long chars = 0;
      long dropped = 0;
      for (int page = 1; page <= pages; page++) {
        limits.withinTime(deadline);
        contentWithinBudget(found.get(page - 1), page, limits);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.startPage(page);
        String pageText = withoutPositionalSpaces(stripper.getText(pdf).replace("\r", ""));
        chars += pageText.length();
        if (chars > limits.maxTextChars()) {
          throw limits.tooLarge("The PDF holds more than " + limits.maxTextChars() + " characters");
        }
        List<String> lines = new ArrayList<>(List.of(pageText.split("\n", -1)));
        // tables first: a ruled table's cell borders and numbered rows at a page's foot look
        // like a note separator and notes; lines in a table are never a footnote
        List<PdfTables.Found> tableLines = tables.linesOf(stripper.layout, lines, page);
        Set<Integer> inTables = new HashSet<>();
        tableLines.forEach(f -> inTables.addAll(f.lines()));
        noteWarnings.addAll(PdfFootnotes.cut(lines, stripper.layout, page, inTables));
        PdfWraps.join(lines, stripper.layout);
        pageLines.add(tables.marked(lines, tableLines, stripper.layout));
        String struck = PdfStrikes.warning(page, stripper.struck);
        if (struck != null) {
          struckWarnings.add(struck);
        }
        long pageVisible = pageText.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (pageVisible == 0 && drawsImage(found.get(page - 1))) {
          scanned.add(page);
        }
        long pageUnmapped = pageText.codePoints().filter(PdfText::unmapped).count();
        if (pageUnmapped + stripper.pageDropped > 0) {
          unmappedPages.add(page);
          dropped += stripper.pageDropped;
        }
      }
      // page numbers, running headers and footers are not the document's text
      List<Integer> firstLines = new ArrayList<>();
      for (List<String> page : PageFurniture.strip(pageLines)) {
        firstLines.add(tables.lines() + 1);
        tables.page(firstLines.size());
        int end = page.size();
        while (end > 0 && page.get(end - 1).isEmpty()) {
          end--;
        }
        for (String line : page.subList(0, end)) {
          tables.line(line);
        }
      }
      StringBuilder text = tables.text();
      long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
      if (visible == 0 && dropped == 0) {
        throw ApiProblem.unprocessable(
            "no-text-layer",
            "The PDF has no text layer: it is a scan (pictures of pages), so its problems cannot"
                + " be read. Send the original Word or Excel file, or run OCR on the PDF first.");
      }
      long shown = text.codePoints().filter(PdfText::unmapped).count();
      long unmapped = shown + dropped;
      if (unmapped * 5 > visible + dropped) {
        throw ApiProblem.unprocessable(
            "no-text-layer",
            "The PDF's text cannot be read: its fonts do not say which characters they show (no"
                + " Unicode mapping). Send the original Word or Excel file, or a PDF saved again from"
                + " it.");
      }
      List<String> warnings = new ArrayList<>(struckWarnings);
      warnings.addAll(noteWarnings);
      warnings.addAll(tables.warnings());
      if (!scanned.isEmpty()) {
        warnings.add(
            "Page(s) "
                + pages(scanned)
                + " of the PDF have no text layer (scanned pictures of pages): their problems were"
                + " not read. Check those pages against the import, or send the original Word or"
                + " Excel file.");
      }
      if (unmapped > 0) {
        warnings.add(
            "Page(s) "
                + pages(unmappedPages)
                + " of the PDF show "
                + unmapped
                + " character(s) whose font does not say which character they are (no Unicode"
                + " mapping); they were left out of the text. Check those pages against the import.");
      }
      java.util.function.UnaryOperator<String> mapped = t -> shown == 0 ? t : mappedOnly(t);
      List<Grid> grids = tables.grids(mapped);
      return new Pages(
          mapped.apply(text.toString()),
          List.copyOf(firstLines),
          List.copyOf(warnings),
          grids.isEmpty() ? mapped.apply(text.toString()) : mapped.apply(tables.outside()),
          grids);
    } catch (InvalidPasswordException e) {
      throw DocumentText.encrypted(DocumentText.Program.PDF);
    } catch (IOException e) {
      throw cut
          ? PdfDamage.refusal(true, body.length, -1, 0, java.util.Map.of())
          : ZipPackage.damaged("a readable PDF");
    }
  }
}

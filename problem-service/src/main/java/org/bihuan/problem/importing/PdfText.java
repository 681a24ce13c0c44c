package org.bihuan.problem.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bihuan.platform.problem.ApiProblem;

/**
 * The text layer of a PDF through PDFBox, page by page, with PDFBox's buffers in a scratch file
 * rather than the heap. A PDF whose pages carry no text (a scan) is refused with 422 saying so: its
 * problems cannot be read without OCR, and an empty import would look like a document without
 * problems. Page numbers and running headers and footers are left out ({@link PageFurniture}). Text
 * whose characters PDFBox cannot map to Unicode (fonts without a ToUnicode table give U+FFFD or
 * private-use characters) is refused the same way rather than imported as garbage.
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
      bytes += decompressed(streams.next(), allowed - bytes);
      overContent(bytes, number, limits);
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
        }
      }
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

  /** A PDF's text and the line (1-based) each page starts on. */
  record Pages(String text, List<Integer> firstLines) {}

  static Pages read(byte[] body, ImportLimits limits) {
    long deadline = limits.readDeadline();
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
      CountingStripper stripper = new CountingStripper(limits, deadline);
      stripper.setLineSeparator("\n");
      List<List<String>> pageLines = new ArrayList<>();
      long chars = 0;
      for (int page = 1; page <= pages; page++) {
        limits.withinTime(deadline);
        contentWithinBudget(pdf.getPage(page - 1), page, limits);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.startPage(page);
        String pageText = withoutPositionalSpaces(stripper.getText(pdf).replace("\r", ""));
        chars += pageText.length();
        if (chars > limits.maxTextChars()) {
          throw limits.tooLarge("The PDF holds more than " + limits.maxTextChars() + " characters");
        }
        pageLines.add(new ArrayList<>(List.of(pageText.split("\n", -1))));
      }
      // page numbers, running headers and footers are not the document's text
      StringBuilder text = new StringBuilder();
      List<Integer> firstLines = new ArrayList<>();
      int lines = 0;
      for (List<String> page : PageFurniture.strip(pageLines)) {
        firstLines.add(lines + 1);
        int end = page.size();
        while (end > 0 && page.get(end - 1).isEmpty()) {
          end--;
        }
        for (String line : page.subList(0, end)) {
          text.append(line).append('\n');
          lines++;
        }
      }
      long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
      if (visible == 0) {
        throw ApiProblem.unprocessable(
            "no-text-layer",
            "The PDF has no text layer: it is a scan (pictures of pages), so its problems cannot"
                + " be read. Send the original Word or Excel file, or run OCR on the PDF first.");
      }
      long unmapped =
          text.codePoints()
              .filter(
                  c ->
                      c == 0xFFFD
                          || (c >= 0xE000 && c <= 0xF8FF)
                          || (c < 0x20 && c != '\n' && c != '\t' && c != '\r'))
              .count();
      if (unmapped * 5 > visible) {
        throw ApiProblem.unprocessable(
            "no-text-layer",
            "The PDF's text cannot be read: its fonts do not say which characters they show (no"
                + " Unicode mapping). Send the original Word or Excel file, or a PDF saved again from"
                + " it.");
      }
      return new Pages(text.toString(), List.copyOf(firstLines));
    } catch (InvalidPasswordException e) {
      throw DocumentText.encrypted(DocumentText.Program.PDF);
    } catch (IOException e) {
      throw ZipPackage.damaged("a readable PDF");
    }
  }
}

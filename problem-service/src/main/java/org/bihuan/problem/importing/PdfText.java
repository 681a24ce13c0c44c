package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.PdfPageContent.contentWithinBudget;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
 * lines wrapped at the page width are joined ({@link PdfWraps}). Glyphs drawn one after another on
 * one line are read from left to right ({@link #inReadingOrder}).
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

  /**
   * How {@link PdfPageStripper} writes a space that the PDF draws as a glyph, until {@link
   * #withoutPositionalSpaces} has left out the spaces PDFBox put in for gaps: a space typed between
   * a Chinese word and a number (1.办公室 2.财务处 3.人事处, 2024年12月31日 2.2025年…) separates them, as in the
   * Word or text file (docs/decisions/0307).
   */
  static final char DRAWN_SPACE = '\u2008';

  /**
   * {@code text} without the spaces {@link #POSITIONAL_SPACE} names, except the space after a label
   * written without its colon ({@link LabelNames#BARE_LABEL}): in 整改时限 2024年9月30日 it is the label's
   * colon, which the Word file and the text file keep, also when the page's width cut the label's
   * name in two (整 / 改时限 2024年9月30日), which {@link PdfWraps} joins again (0289). A space the PDF
   * draws ({@link #DRAWN_SPACE}) is kept, written as a space.
   */
  static String withoutPositionalSpaces(String text) {
    java.util.regex.Matcher space = POSITIONAL_SPACE.matcher(text);
    if (!space.find()) {
      return text.replace(DRAWN_SPACE, ' ');
    }
    java.util.BitSet colons = bareLabelSpaces(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    do {
      if (!colons.get(space.start())) {
        out.append(text, copied, space.start());
        copied = space.end();
      }
    } while (space.find());
    return out.append(text, copied, text.length()).toString().replace(DRAWN_SPACE, ' ');
  }

  /**
   * Where a space after a bare label's name starts in {@code text}: the label read in the text as
   * it is, or with its line breaks left out (a name cut at the end of a line).
   */
  private static java.util.BitSet bareLabelSpaces(String text) {
    java.util.BitSet at = new java.util.BitSet(text.length());
    java.util.regex.Matcher bare = LabelNames.BARE_LABEL.matcher(text);
    while (bare.find()) {
      at.set(bare.end(1));
    }
    StringBuilder unbroken = new StringBuilder(text.length());
    int[] index = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') {
        index[unbroken.length()] = i;
        unbroken.append(text.charAt(i));
      }
    }
    bare = LabelNames.BARE_LABEL.matcher(unbroken);
    while (bare.find()) {
      at.set(index[bare.end(1)]);
    }
    return at;
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
   * A PDF's text, the line (1-based) each page starts on, and what the dry run must say; its tables
   * drawn without rulings ({@link PdfColumns}) and its text outside them (the whole text when it
   * has none).
   */
  record Pages(
      String text,
      List<Integer> firstLines,
      List<String> warnings,
      String outside,
      List<Grid> tables,
      List<Integer> continued,
      Set<Integer> unruledTables) {}

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
      PdfPageStripper stripper = new PdfPageStripper(limits, deadline);
      stripper.setLineSeparator("\n");
      List<List<String>> pageLines = new ArrayList<>();
      List<List<Float>> pageBaselines = new ArrayList<>();
      List<Integer> scanned = new ArrayList<>();
      List<Integer> unmappedPages = new ArrayList<>();
      List<String> struckWarnings = new ArrayList<>();
      java.util.Map<Integer, List<PdfStrikes.Struck>> overRules = new java.util.TreeMap<>();
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
        noteWarnings.addAll(PdfBrowserMargins.cut(lines, stripper.layout, page));
        noteWarnings.addAll(PdfFootnotes.cut(lines, stripper.layout, page, inTables));
        PdfWraps.join(lines, stripper.layout, inTables);
        pageLines.add(tables.marked(lines, tableLines, stripper.layout));
        pageBaselines.add(PdfTables.markedBaselines(lines, tableLines, stripper.layout));
        if (!stripper.overRules.isEmpty()) {
          overRules.put(page, new ArrayList<>(stripper.overRules));
        }
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
      PdfStrikes.refuseOverRules(overRules);
      // page numbers, running headers and footers are not the document's text
      List<Integer> firstLines = new ArrayList<>();
      List<Integer> continued = new ArrayList<>();
      List<String> furniture = new ArrayList<>();
      for (List<String> page : PageFurniture.strip(pageLines, pageBaselines, furniture)) {
        firstLines.add(tables.lines() + 1);
        tables.page(firstLines.size());
        int end = page.size();
        while (end > 0 && page.get(end - 1).isEmpty()) {
          end--;
        }
        for (String line : page.subList(0, end)) {
          if (line.equals(PdfWraps.CONTINUED)) {
            continued.add(tables.lines() + 1);
          }
          tables.line(line.equals(PdfWraps.CONTINUED) ? "" : line);
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
      warnings.addAll(furniture);
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
          grids,
          List.copyOf(continued),
          tables.unruled());
    } catch (InvalidPasswordException e) {
      throw EncryptedFiles.encrypted(EncryptedFiles.Program.PDF);
    } catch (IOException e) {
      throw cut
          ? PdfDamage.refusal(true, body.length, -1, 0, java.util.Map.of())
          : ZipPackage.damaged("a readable PDF");
    }
  }
}

package org.bihuan.problem.importing;

import java.io.IOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.bihuan.platform.error.ApiProblem;

/**
 * The content of a PDF page measured before PDFBox parses it ({@link PdfText}): its content streams
 * and those of its forms decompressed into nothing, and their nesting, against the import budget.
 */
final class PdfPageContent {

  private PdfPageContent() {}

  /**
   * Measures a page's content streams, and those of the forms its resources hold, by decompressing
   * them into nothing before the page is parsed: a few kilobytes of compressed content can inflate
   * to gigabytes, and PDFBox builds each string operand in memory whole.
   */
  static void contentWithinBudget(PDPage page, int number, ImportLimits limits) throws IOException {
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
}

package org.bihuan.problem.importing;

import org.bihuan.platform.error.ApiProblem;

/**
 * The memory budget of one import (docs/decisions/0047). A file is measured against it before a
 * parser builds anything from it: POI holds a whole .docx XML part in memory as a DOM several times
 * its size, so a small upload that inflates to a large part must be refused by counting, not by
 * trying.
 *
 * @param maxBytes the upload itself (bihuan.import.max-bytes)
 * @param maxInflatedBytes all entries of a .docx/.xlsx together, inflated
 * @param maxXmlPartBytes one XML part of a .docx/.xlsx, inflated
 * @param maxXmlElements the XML elements of a .docx/.xlsx, all parts together
 * @param maxWordXmlBytes the XML parts of a .docx together, inflated: XWPF holds every one of them
 *     (document, footnotes, endnotes, comments, headers, footers, numbering, styles…) in memory at
 *     once
 * @param maxWordXmlElements the XML elements of a .docx, all parts together (what XWPF's memory
 *     grows with)
 * @param maxCells the cells of a workbook (.xlsx, .xls), all sheets together
 * @param maxPdfPages the pages of a PDF
 * @param maxPdfPageContentBytes the content streams of one PDF page (and the forms it draws),
 *     decompressed, measured before the page is parsed
 * @param maxPdfPageGlyphs the glyphs one PDF page shows, counted as they are shown
 * @param maxTextChars the text of a document (.doc, .pdf, .docx, .xlsx), counted while it is read
 * @param maxPdfPageForms the forms (form XObjects) one PDF page draws, counted as they are drawn,
 *     forms drawn by forms included
 * @param maxPdfPageOperators the content operators PDFBox runs for one PDF page, forms included
 * @param maxPdfCMapBytes one character map (a font's ToUnicode or embedded encoding), decompressed
 * @param maxPdfPageCMapCodes the character codes the character maps of the fonts one PDF page
 *     selects map together (PDFBox keeps an entry for each), counted before PDFBox parses them
 * @param maxReadMillis the wall-clock time one document may take to be read; past it the reading is
 *     abandoned (docs/decisions/0184)
 */
public record ImportLimits(
    long maxBytes,
    long maxInflatedBytes,
    long maxXmlPartBytes,
    long maxXmlElements,
    long maxWordXmlBytes,
    long maxWordXmlElements,
    long maxCells,
    int maxPdfPages,
    long maxPdfPageContentBytes,
    long maxPdfPageGlyphs,
    long maxTextChars,
    long maxPdfPageForms,
    long maxPdfPageOperators,
    long maxPdfCMapBytes,
    long maxPdfPageCMapCodes,
    long maxReadMillis) {

  /**
   * The defaults for an upload limit: a package may inflate to ten times the upload, at most 64 MB
   * in all and 8 MB for one XML part; a Word document's XML parts at most 8 MB and 250,000 elements
   * together; a PDF page at most 8 MB of content and 50,000 glyphs; a document at most 4 million
   * characters; a PDF page at most 10,000 form drawings, 5 million operators and 300,000 character
   * codes in its fonts' character maps (each at most 4 MB); a document read in at most 60 seconds
   * (docs/decisions/0047, 0176 and 0184 have the arithmetic).
   */
  public static ImportLimits forUploadsOf(long maxBytes) {
    long scaled = Math.max(maxBytes, 1) * 10;
    return new ImportLimits(
        maxBytes,
        Math.min(scaled, 64L << 20),
        Math.min(scaled, 8L << 20),
        1_500_000,
        Math.min(scaled, 8L << 20),
        250_000,
        300_000,
        500,
        8L << 20,
        50_000,
        4_000_000,
        10_000,
        5_000_000,
        4L << 20,
        300_000,
        60_000);
  }

  /** These limits with another wall-clock budget for reading one document. */
  public ImportLimits withMaxReadMillis(long millis) {
    return new ImportLimits(
        maxBytes,
        maxInflatedBytes,
        maxXmlPartBytes,
        maxXmlElements,
        maxWordXmlBytes,
        maxWordXmlElements,
        maxCells,
        maxPdfPages,
        maxPdfPageContentBytes,
        maxPdfPageGlyphs,
        maxTextChars,
        maxPdfPageForms,
        maxPdfPageOperators,
        maxPdfCMapBytes,
        maxPdfPageCMapCodes,
        Math.max(1, millis));
  }

  /** The moment (System.nanoTime) by which a reading that starts now must end. */
  long readDeadline() {
    return System.nanoTime() + maxReadMillis * 1_000_000L;
  }

  /** What says, for the reading on this thread, that its client has gone. */
  private static final ThreadLocal<java.util.function.BooleanSupplier> CLIENT_GONE =
      new ThreadLocal<>();

  /** The reading on this thread being watched for its client; closing it ends the watch. */
  public interface Watch extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Watches the reading of a document on this thread: from now until the watch is closed, {@link
   * #stillWanted} (between pages, streams and records, and on every read of a package part)
   * abandons it once {@code gone} says the client closed the connection (docs/decisions/0207): a
   * client that hangs up mid-upload or mid-parse no longer costs the CPU and memory of a reading
   * nobody will receive.
   */
  public static Watch abandonWhenGone(java.util.function.BooleanSupplier gone) {
    CLIENT_GONE.set(gone);
    return CLIENT_GONE::remove;
  }

  /** Abandons (400 client-gone) a reading whose client has gone ({@link #abandonWhenGone}). */
  static void stillWanted() {
    java.util.function.BooleanSupplier gone = CLIENT_GONE.get();
    if (gone != null && gone.getAsBoolean()) {
      throw clientGone();
    }
  }

  /** 400 client-gone: the reading was abandoned because its client closed the connection. */
  static ApiProblem clientGone() {
    return new ApiProblem(
        400,
        "client-gone",
        "Bad request",
        "The client closed the connection while the document was read; the import was"
            + " abandoned and nothing was imported.",
        null);
  }

  /**
   * Refuses (422) a reading that has passed {@code deadline} ({@link #readDeadline}), and abandons
   * one whose client has gone ({@link #stillWanted}).
   */
  void withinTime(long deadline) {
    stillWanted();
    if (System.nanoTime() - deadline > 0) {
      throw tooSlow();
    }
  }

  /** 422 import-too-slow: the reading took longer than {@link #maxReadMillis}. */
  ApiProblem tooSlow() {
    String seconds =
        maxReadMillis / 1000.0 == Math.rint(maxReadMillis / 1000.0)
            ? String.valueOf(maxReadMillis / 1000)
            : String.valueOf(maxReadMillis / 1000.0);
    return ApiProblem.unprocessable(
        "import-too-slow",
        "读取该文档超过 "
            + seconds
            + " 秒（一次导入读取一份文档的时限），已放弃读取，未导入任何内容；请拆分文件或另存为更简单的文档。"
            + " Reading the document took longer than "
            + seconds
            + " seconds, the most an import may spend on one document, so it was abandoned and"
            + " nothing was imported; split the file or save it again as a simpler document.");
  }

  ApiProblem tooLarge(String what) {
    return ApiProblem.tooLarge(
        what
            + " (the import's memory budget); split the file or send fewer"
            + " rows, pages or images.");
  }
}

package org.bihuan.problem.importing;

import org.bihuan.platform.problem.ApiProblem;

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
    long maxTextChars) {

  /**
   * The defaults for an upload limit: a package may inflate to ten times the upload, at most 64 MB
   * in all and 8 MB for one XML part; a Word document's XML parts at most 8 MB and 250,000 elements
   * together; a PDF page at most 8 MB of content and 50,000 glyphs; a document at most 4 million
   * characters (docs/decisions/0047 and 0176 have the arithmetic).
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
        4_000_000);
  }

  ApiProblem tooLarge(String what) {
    return ApiProblem.tooLarge(
        what
            + " (the import's memory budget); split the file or send fewer"
            + " rows, pages or images.");
  }
}

package org.bihuan.problem.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The size of a PDF stream's decoded bytes, measured as they are decoded, for the import's budget
 * (docs/decisions/0186). PDFBox's own {@link COSStream#createInputStream()} decodes the whole
 * stream into memory before returning its first byte, so measuring a stream through it costs what
 * the measurement is meant to refuse: 200 KB of compressed zeros become 200 MB of heap. A stream
 * that is not encoded, or only FlateDecoded (what PDF writers use for content, fonts and maps), is
 * inflated here a buffer at a time and counted (a predictor, which PDFBox applies after inflating,
 * only ever makes the bytes fewer); any other chain of filters is left to PDFBox, its size bounded
 * before the document was loaded ({@link PdfRawStreams}, docs/decisions/0201). What is parsed after
 * it has been measured is decoded by PDFBox, predictor included.
 */
final class PdfStreams {

  private PdfStreams() {}

  /**
   * The stream's decoded size, counted into nothing and stopping once past {@code max}; as far as
   * it could be decoded when it is damaged (PDFBox fails on it the same).
   */
  static long size(COSStream stream, long max) {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (InputStream in = open(stream)) {
      for (int n; size <= max && (n = in.read(buffer)) != -1; ) {
        size += n;
      }
    } catch (IOException e) {
      // measured as far as it went
    }
    return size;
  }

  private static InputStream open(COSStream stream) throws IOException {
    COSBase filters = stream.getFilters();
    if (filters == null || (filters instanceof COSArray none && none.size() == 0)) {
      return stream.createRawInputStream();
    }
    if (COSName.FLATE_DECODE.equals(filters)
        || (filters instanceof COSArray one
            && one.size() == 1
            && COSName.FLATE_DECODE.equals(one.getObject(0)))) {
      return new InflaterInputStream(stream.createRawInputStream());
    }
    return stream.createInputStream();
  }
}

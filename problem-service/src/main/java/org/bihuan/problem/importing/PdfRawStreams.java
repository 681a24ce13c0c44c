package org.bihuan.problem.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.bihuan.platform.error.ApiProblem;

/**
 * Every stream of a PDF decoded into nothing and measured from the file's bytes, before PDFBox
 * loads the document (docs/decisions/0201). PDFBox decodes a whole stream into memory when it is
 * read, and it reads the file's own cross-reference streams and object streams while loading it,
 * before a page can be counted; any filter chain (ASCIIHex, ASCII85, LZW, RunLength, Flate, one
 * after the other) can turn a small file into gigabytes. So the file body is scanned for its
 * objects ({@code n g obj}); an object that is a dictionary followed by {@code stream} is a stream,
 * whose bytes run from the end of line after {@code stream} to its {@code /Length} or to the next
 * {@code endstream}, whichever is further (what a damaged length makes PDFBox read is never more).
 * Its filter chain is run with PDFBox's own filters, a stage at a time, the last into a counting
 * sink that refuses (413) the moment the decoded size passes the cap; an image filter (DCT, JPX,
 * CCITT fax, JBIG2) ends the chain, as PDFBox does not decode pictures to read text; a stream that
 * cannot be decoded here (an unknown filter) is left to PDFBox. An encrypted PDF (one with an
 * {@code /Encrypt} dictionary) is refused (422) before anything is measured or loaded, even when
 * its user password is empty (docs/decisions/0207).
 *
 * <p>Caps: {@link #MAX_STREAM_BYTES} for one stream (a complete CJK font program, the largest
 * stream a text reading decodes, is 10–20 MB), {@link #MAX_IMAGE_BYTES} for one picture, {@link
 * #MAX_OBJECT_STREAM_BYTES} for a cross-reference or object stream (PDFBox builds an object for
 * every entry of them at once), {@link #MAX_TOTAL_BYTES} for all streams together. Objects nested
 * deeper than PDFBox parses (it gives up at {@link #MAX_DEPTH} and reads the rest as missing) are a
 * damaged document (422).
 */
final class PdfRawStreams {

  static final long MAX_STREAM_BYTES = 32L << 20;
  static final long MAX_IMAGE_BYTES = 64L << 20;
  static final long MAX_OBJECT_STREAM_BYTES = 4L << 20;
  static final long MAX_TOTAL_BYTES = 256L << 20;

  /** PDFBox's BaseParser stops parsing arrays and dictionaries nested deeper than this. */
  static final int MAX_DEPTH = 500;

  private static final Set<String> IMAGE_FILTERS =
      Set.of("DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode");

  static final byte[] ENDSTREAM = "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] STREAM =
      "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final byte[] pdf;
  private final ImportLimits limits;
  private final long deadline;
  private long total;
  private final PdfObjectLexer.Budget budget;
  private final PdfRawObjects raw;

  private PdfRawStreams(byte[] pdf, ImportLimits limits, long deadline) {
    this.pdf = pdf;
    this.limits = limits;
    this.deadline = deadline;
    this.budget = new PdfObjectLexer.Budget(limits, deadline, 16L * pdf.length + (16L << 20));
    this.raw = new PdfRawObjects(pdf, budget);
  }

  /**
   * Refuses (413) a PDF a stream of which decodes beyond its cap, or whose streams together do, and
   * (422) one nested deeper than PDFBox reads; otherwise answers the number of the object the file
   * ends inside (its last object, with no {@code endobj} after it: the file was cut short there,
   * {@link PdfDamage}), or -1.
   */
  static long measure(byte[] pdf, ImportLimits limits, long deadline) {
    return new PdfRawStreams(pdf, limits, deadline).measure();
  }

  private long measure() {
    if (encrypted()) {
      throw EncryptedFiles.encrypted(EncryptedFiles.Program.PDF);
    }
    List<long[]> headers = new ArrayList<>();
    for (int i = 0; i + 3 <= pdf.length; i++) {
      if (pdf[i] == 'o'
          && pdf[i + 1] == 'b'
          && pdf[i + 2] == 'j'
          && (i + 3 == pdf.length || !PdfObjectLexer.regular(pdf[i + 3]))) {
        long number = objectNumber(i);
        if (number >= 0) {
          headers.add(new long[] {number, i + 3});
          raw.define(number, i + 3);
        }
      }
    }
    for (long[] header : headers) {
      limits.withinTime(deadline);
      object(header[0], (int) header[1]);
    }
    if (headers.isEmpty()) {
      return -1;
    }
    long[] last = headers.get(headers.size() - 1);
    return raw.indexOf(ENDOBJ, (int) last[1]) < 0 ? last[0] : -1;
  }

  private static final byte[] ENDOBJ =
      "endobj".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static final byte[] ENCRYPT =
      "/Encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Whether the file names an {@code /Encrypt} dictionary (in its trailer or a cross-reference
   * stream's dictionary, which are never encrypted themselves): its streams are ciphered, so they
   * cannot be measured here, and PDFBox, given the empty user password, would decrypt and decode
   * its object streams while loading, unmeasured. Such a PDF is refused before it is loaded,
   * whatever its passwords (docs/decisions/0207).
   */
  private boolean encrypted() {
    outer:
    for (int i = 0; i + ENCRYPT.length <= pdf.length; i++) {
      for (int k = 0; k < ENCRYPT.length; k++) {
        if (pdf[i + k] != ENCRYPT[k]) {
          continue outer;
        }
      }
      int after = i + ENCRYPT.length;
      if (after == pdf.length || !PdfObjectLexer.regular(pdf[after])) {
        return true;
      }
    }
    return false;
  }

  /** The object number of {@code n g obj} whose {@code obj} starts at {@code at}, or -1. */
  private long objectNumber(int at) {
    int i = at - 1;
    int ws = i;
    while (i >= 0 && PdfObjectLexer.whitespace(pdf[i])) {
      i--;
    }
    if (i == ws) {
      return -1;
    }
    int end = i;
    while (i >= 0 && end - i < 6 && PdfObjectLexer.digit(pdf[i])) {
      i--;
    }
    if (i == end || i < 0 || !PdfObjectLexer.whitespace(pdf[i])) {
      return -1;
    }
    while (i >= 0 && PdfObjectLexer.whitespace(pdf[i])) {
      i--;
    }
    end = i;
    long number = 0;
    long scale = 1;
    while (i >= 0 && end - i < 11 && PdfObjectLexer.digit(pdf[i])) {
      number += (pdf[i] - '0') * scale;
      scale *= 10;
      i--;
    }
    if (i == end || (i >= 0 && PdfObjectLexer.regular(pdf[i]))) {
      return -1;
    }
    return number;
  }

  /** One object: a dictionary, a stream when {@code stream} follows it. */
  private void object(long number, int at) {
    PdfObjectLexer lexer = new PdfObjectLexer(pdf, budget, at);
    lexer.skipSpace();
    if (!lexer.at("<<")) {
      if (lexer.pos < pdf.length && (pdf[lexer.pos] == '[')) {
        lexer.skipValue(0);
      }
      return;
    }
    Map<String, Object> dict = lexer.topDictionary();
    if (dict == null) {
      return;
    }
    lexer.skipSpace();
    if (!lexer.at("stream")) {
      return;
    }
    int start = lexer.pos + STREAM.length;
    while (start < pdf.length && pdf[start] == ' ') {
      start++;
    }
    if (start < pdf.length && pdf[start] == '\r') {
      start++;
    }
    if (start < pdf.length && pdf[start] == '\n') {
      start++;
    }
    stream(number, dict, start);
  }

  /**
   * A stream measured under its filter chain; under each of them when {@code /Filter} refers to an
   * object the file defines more than once (an incremental update), as the cross-reference table
   * PDFBox follows may pick either.
   */
  private void stream(long number, Map<String, Object> dict, int start) {
    Object filter = dict.get("Filter");
    List<Object> chains =
        filter instanceof PdfObjectLexer.Ref ref
            ? raw.definitions(ref)
            : List.of(filter == null ? PdfObjectLexer.SKIPPED : filter);
    if (chains.size() > 8) {
      throw ZipPackage.damaged(
          "a readable PDF (the filter of its object " + number + " is defined more than 8 times)");
    }
    for (Object chain : chains) {
      stream(number, dict, start, chain);
    }
  }

  private void stream(long number, Map<String, Object> dict, int start, Object filter) {
    List<String> filters = new ArrayList<>();
    if (filter instanceof PdfObjectLexer.Name name) {
      filters.add(name.value());
    } else if (filter instanceof List<?> list) {
      for (Object each : list) {
        if (raw.single(each) instanceof PdfObjectLexer.Name name) {
          filters.add(name.value());
        } else {
          return; // PDFBox refuses a chain with a non-name in it
        }
      }
    }
    int chain = 0;
    while (chain < filters.size()
        && !IMAGE_FILTERS.contains(filters.get(chain))
        && !filters.get(chain).equals("Crypt")) {
      chain++;
    }
    if (chain == 0) {
      return; // not encoded: its bytes are in the file
    }
    int end = raw.end(dict, start);
    Object typed = dict.get("Type");
    List<Object> types =
        typed instanceof PdfObjectLexer.Ref ref
            ? raw.definitions(ref)
            : List.of(typed == null ? PdfObjectLexer.SKIPPED : typed);
    String type =
        types.contains(new PdfObjectLexer.Name("ObjStm"))
            ? "ObjStm"
            : types.contains(new PdfObjectLexer.Name("XRef")) ? "XRef" : "";
    String subtype = dict.get("Subtype") instanceof PdfObjectLexer.Name t ? t.value() : "";
    long cap;
    String what;
    if (type.equals("ObjStm") || dict.containsKey("First")) {
      cap = MAX_OBJECT_STREAM_BYTES;
      what = "an object stream";
    } else if (type.equals("XRef") || dict.containsKey("W")) {
      cap = MAX_OBJECT_STREAM_BYTES;
      what = "a cross-reference stream";
    } else if (subtype.equals("Image")) {
      cap = MAX_IMAGE_BYTES;
      what = "a picture";
    } else {
      cap = MAX_STREAM_BYTES;
      what = "a stream";
    }
    COSDictionary parameters = new COSDictionary();
    COSArray names = new COSArray();
    for (String name : filters) {
      names.add(COSName.getPDFName(name));
    }
    parameters.setItem(COSName.FILTER, names);
    Object parms =
        raw.resolve(dict.containsKey("DecodeParms") ? dict.get("DecodeParms") : dict.get("DP"));
    COSBase cosParms = raw.cos(parms, 0);
    if (cosParms != null) {
      parameters.setItem(COSName.DECODE_PARMS, cosParms);
    }
    PdfStreamSink sink = new PdfStreamSink(number, what, cap, total, limits, deadline);
    byte[] input = null;
    for (int i = 0; i < chain; i++) {
      Filter decoder;
      try {
        decoder = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filters.get(i)));
      } catch (IOException e) {
        return; // a filter PDFBox does not know: it fails on it the same
      }
      InputStream in =
          input == null
              ? new ByteArrayInputStream(pdf, start, end - start)
              : new ByteArrayInputStream(input);
      OutputStream out = i == chain - 1 ? sink : new PdfStreamSink.Capped(sink);
      try {
        decoder.decode(in, out, parameters, i);
      } catch (IOException | RuntimeException e) {
        if (e instanceof ApiProblem problem) {
          throw problem;
        }
        // decoded as far as it could be: PDFBox reads a damaged stream the same
      }
      if (out instanceof PdfStreamSink.Capped capped) {
        input = capped.toByteArray();
        if (input.length == 0) {
          break;
        }
      }
    }
    total += sink.count;
    if (total > MAX_TOTAL_BYTES) {
      throw limits.tooLarge(
          "The streams of the PDF decode to more than " + MAX_TOTAL_BYTES + " bytes together");
    }
  }
}

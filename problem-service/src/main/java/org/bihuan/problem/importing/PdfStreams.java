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

  /**
   * The deepest nesting in a content stream, read as it is decoded: arrays and dictionaries inside
   * each other, and graphics states saved ({@code q}) and not yet restored. Stops counting once
   * past {@code max}. PDFBox's content parser gives up on operands nested deeper than {@link
   * PdfRawStreams#MAX_DEPTH} and drops the rest of the page's content, which then read as a page
   * without text; each saved graphics state is a copy kept until it is restored. Strings, comments
   * and inline images are skipped (their bytes are no structure).
   */
  static int nesting(COSStream stream, int max) {
    Nesting n = new Nesting();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = open(stream)) {
      for (int r; n.deepest <= max && (r = in.read(buffer)) != -1; ) {
        for (int i = 0; i < r && n.deepest <= max; i++) {
          n.next(buffer[i]);
        }
      }
    } catch (IOException e) {
      // measured as far as it went
    }
    return n.deepest;
  }

  /** A byte-at-a-time reader of a content stream's structure. */
  private static final class Nesting {
    int deepest;
    private int operands;
    private int saved;
    private int strings; // depth of ( ) inside a literal string, 0 outside
    private boolean escaped;
    private boolean hex;
    private boolean comment;
    private boolean angle; // a '<' was read: "<<" opens a dictionary, else a hex string
    private boolean closing; // a '>' was read outside a hex string: ">>" closes a dictionary
    private boolean inlineImage;
    private boolean name; // the token being read follows a '/': a name, not an operator
    private final StringBuilder token = new StringBuilder();
    private int imageEnd; // how far "EI" after white space has been matched

    void next(byte b) {
      int c = b & 0xFF;
      if (inlineImage) {
        image(c);
        return;
      }
      if (comment) {
        comment = c != '\n' && c != '\r';
        return;
      }
      if (strings > 0) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '(') {
          strings++;
        } else if (c == ')') {
          strings--;
        }
        return;
      }
      if (hex) {
        hex = c != '>';
        return;
      }
      if (angle) {
        angle = false;
        if (c == '<') {
          deeper(1, 0);
          return;
        }
        hex = c != '>';
        if (!hex) {
          return;
        }
      }
      if (closing) {
        closing = false;
        if (c == '>') {
          operands = Math.max(0, operands - 1);
          return;
        }
      }
      boolean regular =
          !(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0)
              && "()<>[]{}/%".indexOf(c) < 0;
      if (regular) {
        if (token.length() < 3) {
          token.append((char) c);
        } else {
          token.setLength(3); // longer than any operator this looks for
        }
        return;
      }
      operator();
      switch (c) {
        case '(' -> strings = 1;
        case '%' -> comment = true;
        case '<' -> angle = true;
        case '>' -> closing = true;
        case '[' -> deeper(1, 0);
        case '/' -> name = true;
        case ']' -> operands = Math.max(0, operands - 1);
        default -> {}
      }
    }

    private void operator() {
      String t = token.toString();
      token.setLength(0);
      if (name) {
        name = false;
        return;
      }
      switch (t) {
        case "q" -> deeper(0, 1);
        case "Q" -> saved = Math.max(0, saved - 1);
        case "ID" -> {
          inlineImage = true;
          imageEnd = 0;
        }
        default -> {}
      }
    }

    private void deeper(int operand, int state) {
      operands += operand;
      saved += state;
      deepest = Math.max(deepest, Math.max(operands, saved));
    }

    /** Skips an inline image's data up to white space, "EI" and white space. */
    private void image(int c) {
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      imageEnd =
          switch (imageEnd) {
            case 0 -> space ? 1 : 0;
            case 1 -> c == 'E' ? 2 : space ? 1 : 0;
            case 2 -> c == 'I' ? 3 : space ? 1 : 0;
            default -> space ? 4 : 0;
          };
      if (imageEnd == 4) {
        inlineImage = false;
        imageEnd = 0;
      }
    }
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

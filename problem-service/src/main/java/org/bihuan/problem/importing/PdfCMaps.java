package org.bihuan.problem.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures the character maps of a PDF font (its /ToUnicode CMap, an embedded /Encoding CMap and
 * the CMaps they use) before PDFBox parses them. PDFBox keeps an entry for every character code a
 * map covers: one {@code bfrange} line of 20 bytes covers 256 codes, so a few hundred kilobytes of
 * compressed CMap become tens of millions of entries and exhaust the heap (docs/decisions/0184).
 * The map is decompressed (at most {@link ImportLimits#maxPdfCMapBytes}) and its codes counted from
 * its {@code bfchar}, {@code bfrange}, {@code cidchar} and {@code cidrange} sections; the codes of
 * the distinct maps one page selects count together.
 */
final class PdfCMaps {

  private final ImportLimits limits;
  private final Set<COSBase> measured = Collections.newSetFromMap(new IdentityHashMap<>());
  private long codes;
  private int page;

  PdfCMaps(ImportLimits limits) {
    this.limits = limits;
  }

  /** Starts a page: its fonts' maps count afresh (PDFBox may let go of earlier pages' fonts). */
  void page(int number) {
    page = number;
    codes = 0;
    measured.clear();
  }

  /** Measures a font dictionary's character maps, once per page. */
  void font(COSDictionary font) {
    if (font == null || !measured.add(font)) {
      return;
    }
    map(font.getDictionaryObject(COSName.TO_UNICODE), 0);
    map(font.getDictionaryObject(COSName.ENCODING), 0);
  }

  private void map(COSBase object, int depth) {
    if (!(object instanceof COSStream stream) || depth > 8 || !measured.add(stream)) {
      return;
    }
    codes += codes(decompressed(stream));
    if (codes > limits.maxPdfPageCMapCodes()) {
      throw limits.tooLarge(
          "The fonts of page "
              + page
              + " of the PDF map more than "
              + limits.maxPdfPageCMapCodes()
              + " character codes in their character maps (ToUnicode)");
    }
    map(stream.getDictionaryObject(COSName.USE_CMAP), depth + 1);
  }

  private byte[] decompressed(COSStream stream) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    if (PdfStreams.size(stream, limits.maxPdfCMapBytes()) > limits.maxPdfCMapBytes()) {
      throw limits.tooLarge(
          "A font on page "
              + page
              + " of the PDF has a character map (ToUnicode) of more than "
              + limits.maxPdfCMapBytes()
              + " bytes");
    }
    try (InputStream in = stream.createInputStream()) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (out.size() + n > limits.maxPdfCMapBytes()) {
          throw limits.tooLarge(
              "A font on page "
                  + page
                  + " of the PDF has a character map (ToUnicode) of more than "
                  + limits.maxPdfCMapBytes()
                  + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // a map that cannot be decompressed is one PDFBox cannot parse either; it skips it
    }
    return out.toByteArray();
  }

  private enum Section {
    NONE,
    CHARS,
    RANGES
  }

  /**
   * The character codes a CMap's text maps: one per {@code bfchar}/{@code cidchar} entry, the span
   * of every {@code bfrange}/{@code cidrange} entry (its destination, a string, an array or a
   * number, skipped). A tokenizer of the PostScript the map is written in, only as far as that.
   */
  static long codes(byte[] cmap) {
    long count = 0;
    Section section = Section.NONE;
    int field = 0; // the position within an entry: code, (end code,) destination
    long start = 0;
    int i = 0;
    int n = cmap.length;
    while (i < n) {
      int c = cmap[i] & 0xFF;
      if (c == '%') {
        while (i < n && cmap[i] != '\n' && cmap[i] != '\r') {
          i++;
        }
        continue;
      }
      if (isWhite(c)) {
        i++;
        continue;
      }
      if (c == '<' && i + 1 < n && cmap[i + 1] == '<') {
        i += 2; // a dictionary opens: nothing of the mappings
        continue;
      }
      if (c == '>' && i + 1 < n && cmap[i + 1] == '>') {
        i += 2;
        continue;
      }
      if (c == '[') {
        // an array (a bfrange destination): skipped whole
        int depth = 0;
        while (i < n) {
          if (cmap[i] == '[') {
            depth++;
          } else if (cmap[i] == ']' && --depth == 0) {
            i++;
            break;
          }
          i++;
        }
        field = destination(section, field);
        continue;
      }
      if (c == '(') {
        int depth = 0;
        while (i < n) {
          byte b = cmap[i];
          if (b == '\\') {
            i += 2;
            continue;
          }
          if (b == '(') {
            depth++;
          } else if (b == ')' && --depth == 0) {
            i++;
            break;
          }
          i++;
        }
        field = destination(section, field);
        continue;
      }
      if (c == '<') {
        long value = 0;
        i++;
        while (i < n && cmap[i] != '>') {
          int d = Character.digit(cmap[i], 16);
          if (d >= 0) {
            value = value >= (1L << 56) ? Long.MAX_VALUE >> 4 : value;
            value = (value << 4) | d;
          }
          i++;
        }
        i++;
        if (section == Section.CHARS) {
          if (field == 0) {
            count++;
            field = 1;
          } else {
            field = 0;
          }
        } else if (section == Section.RANGES) {
          if (field == 0) {
            start = value;
            field = 1;
          } else if (field == 1) {
            count += Math.max(0, value - start + 1);
            field = 2;
          } else {
            field = 0;
          }
        }
        continue;
      }
      int from = i;
      while (i < n && !isWhite(cmap[i] & 0xFF) && !isDelimiter(cmap[i] & 0xFF)) {
        i++;
      }
      if (i == from) {
        i++; // a stray delimiter
        continue;
      }
      String word = new String(cmap, from, i - from, java.nio.charset.StandardCharsets.ISO_8859_1);
      switch (word) {
        case "beginbfchar", "begincidchar", "beginnotdefchar" -> {
          section = Section.CHARS;
          field = 0;
        }
        case "beginbfrange", "begincidrange", "beginnotdefrange" -> {
          section = Section.RANGES;
          field = 0;
        }
        case "endbfchar",
            "endcidchar",
            "endnotdefchar",
            "endbfrange",
            "endcidrange",
            "endnotdefrange" ->
            section = Section.NONE;
        default -> field = destination(section, field); // a name or number as destination
      }
    }
    return count;
  }

  /** After a destination that is not a hex string, the next entry begins. */
  private static int destination(Section section, int field) {
    if (section == Section.CHARS && field == 1) {
      return 0;
    }
    if (section == Section.RANGES && field == 2) {
      return 0;
    }
    return field;
  }

  private static boolean isWhite(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean isDelimiter(int c) {
    return c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '/'
        || c == '%' || c == '{' || c == '}';
  }
}

package org.bihuan.problem.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures the programs of the fonts a PDF page selects before PDFBox loads them
 * (docs/decisions/0186). PDFBox reads an embedded font program (FontFile, FontFile2, FontFile3) and
 * a CIDFont's CIDToGIDMap into memory whole, and parses a TrueType or OpenType font's own character
 * map (its {@code cmap} table) into an entry for every code each subtable spans, one loop iteration
 * a code, while a single text operator runs: a few kilobytes of compressed zeros become a font of
 * gigabytes, and a cmap of a million groups each spanning 65,535 codes keeps the reading busy for
 * hours between two operators, where the import's deadline cannot stop it. So, once per document
 * for each program:
 *
 * <ul>
 *   <li>the program is decompressed, at most {@link #MAX_FONT_BYTES} (16 MB; a complete CJK font is
 *       10–20 MB, a subset a few hundred KB), and the programs one page selects at most {@link
 *       #MAX_PAGE_FONT_BYTES} together;
 *   <li>a TrueType or OpenType program's cmap subtables are read and the codes they span counted (a
 *       subtable as often as the cmap lists it, since PDFBox parses it that often), together with a
 *       CIDToGIDMap's entries, at most {@link #MAX_FONT_CODES} for one font (a complete CJK font
 *       maps some 30,000–70,000 codes in each of two subtables).
 * </ul>
 *
 * Over a cap the import answers 413 naming the font's page. A program that cannot be decompressed
 * or whose tables are cut short is measured as far as it can be read (PDFBox fails on it the same).
 */
final class PdfFonts {

  static final long MAX_FONT_BYTES = 16L << 20;
  static final long MAX_PAGE_FONT_BYTES = 32L << 20;
  static final long MAX_FONT_CODES = 300_000;

  private final ImportLimits limits;
  private final Map<COSStream, Measure> programs = new IdentityHashMap<>();
  private final Set<COSBase> pageFonts = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<COSStream> pagePrograms = Collections.newSetFromMap(new IdentityHashMap<>());
  private long pageBytes;
  private int page;

  PdfFonts(ImportLimits limits) {
    this.limits = limits;
  }

  /** Starts a page: the programs its fonts load count afresh against the page's budget. */
  void page(int number) {
    page = number;
    pageBytes = 0;
    pageFonts.clear();
    pagePrograms.clear();
  }

  /** Measures a font dictionary's programs (its descendant's, for a Type0 font), once per page. */
  void font(COSDictionary font) {
    if (font == null || !pageFonts.add(font)) {
      return;
    }
    COSDictionary measured = font;
    if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
        && descendants.size() > 0
        && descendants.getObject(0) instanceof COSDictionary cidFont) {
      measured = cidFont;
    }
    long codes = 0;
    if (measured.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map) {
      codes += program(map, false).size() / 2;
    }
    if (measured.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
      for (COSName key :
          new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
        if (descriptor.getDictionaryObject(key) instanceof COSStream stream) {
          codes += program(stream, true).codes();
        }
      }
    }
    if (codes > MAX_FONT_CODES) {
      throw limits.tooLarge(
          "A font on page "
              + page
              + " of the PDF maps more than "
              + MAX_FONT_CODES
              + " character codes (its cmap or CIDToGIDMap)");
    }
  }

  /** A program's decompressed size and the codes its cmap spans. */
  private record Measure(long size, long codes) {}

  /** A program, measured once per document and counted against each page's budget once. */
  private Measure program(COSStream stream, boolean font) {
    Measure measure = programs.get(stream);
    if (measure == null) {
      long size = size(stream);
      measure = new Measure(size, font && size > 0 ? cmapCodes(stream) : 0);
      programs.put(stream, measure);
    }
    if (pagePrograms.add(stream)) {
      pageBytes += measure.size();
      if (pageBytes > MAX_PAGE_FONT_BYTES) {
        throw limits.tooLarge(
            "The fonts of page "
                + page
                + " of the PDF load more than "
                + MAX_PAGE_FONT_BYTES
                + " bytes of font programs together");
      }
    }
    return measure;
  }

  /** The decompressed size of a stream, read into nothing; refused past {@link #MAX_FONT_BYTES}. */
  private long size(COSStream stream) {
    long size = PdfStreams.size(stream, MAX_FONT_BYTES);
    if (size > MAX_FONT_BYTES) {
      throw limits.tooLarge(
          "A font on page "
              + page
              + " of the PDF has a program (or CIDToGIDMap) of more than "
              + MAX_FONT_BYTES
              + " bytes");
    }
    return size;
  }

  /**
   * The codes a program's cmap table spans, reading only its table directory and its cmap table
   * (decompressed a second time, the rest skipped).
   */
  private static long cmapCodes(COSStream stream) {
    try (InputStream in = stream.createInputStream()) {
      return cmapCodes(in);
    } catch (IOException e) {
      return 0;
    }
  }

  /** As above, from a program's bytes as they are read. */
  private static long cmapCodes(InputStream in) throws IOException {
    byte[] head = in.readNBytes(12);
    long at = head.length;
    if (head.length < 12) {
      return 0;
    }
    long directory = 0;
    if (tag(head, 0).equals("ttcf")) {
      directory = u32(in.readNBytes(4), 0);
      at += 4;
      at += in.skip(Math.max(0, directory - at));
      head = in.readNBytes(12);
      at += head.length;
    }
    int tables = u16(head, 4);
    byte[] records = in.readNBytes(tables * 16);
    at += records.length;
    for (int i = 0; i + 16 <= records.length; i += 16) {
      if (tag(records, i).equals("cmap")) {
        long offset = u32(records, i + 8);
        if (offset < at) {
          return 0; // a cmap inside the directory: not a table PDFBox can read either
        }
        in.skipNBytes(offset - at);
        // to the program's end, whatever length the directory gives: PDFBox reads a subtable
        // wherever its offset points (the program was measured at most MAX_FONT_BYTES)
        return cmapTableCodes(in.readAllBytes());
      }
    }
    return 0;
  }

  /**
   * The codes the cmap table of a TrueType or OpenType program spans, each subtable as often as the
   * table's encoding records list it: format 0 256, format 2 the entries of its subheaders, format
   * 4 every segment's span, format 6 and 10 their entry counts, formats 8, 12 and 13 every group's
   * span. Anything else (Type 1, CFF, a table cut short) counts as far as it can be read.
   */
  static long cmapCodes(byte[] font) {
    try {
      return cmapCodes(new java.io.ByteArrayInputStream(font));
    } catch (IOException e) {
      return 0;
    }
  }

  /** The codes a cmap table (its bytes alone) spans. */
  static long cmapTableCodes(byte[] table) {
    int records = u16(table, 2);
    long codes = 0;
    for (int i = 0; i < records; i++) {
      int record = 4 + i * 8;
      if (record + 8 > table.length) {
        break;
      }
      long offset = u32(table, record + 4);
      if (offset < table.length) {
        codes += subtableCodes(table, (int) offset);
      }
    }
    return codes;
  }

  private static long subtableCodes(byte[] b, int at) {
    int format = u16(b, at);
    switch (format) {
      case 0:
        return 256;
      case 2:
        {
          int max = 0;
          for (int k = 0; k < 256; k++) {
            max = Math.max(max, u16(b, at + 6 + k * 2) / 8);
          }
          long codes = 0;
          for (int k = 0; k <= max; k++) {
            codes += u16(b, at + 6 + 512 + k * 8 + 2);
          }
          return codes;
        }
      case 4:
        {
          int segments = u16(b, at + 6) / 2;
          long codes = 0;
          for (int k = 0; k < segments; k++) {
            int endCode = u16(b, at + 14 + k * 2);
            int startCode = u16(b, at + 16 + segments * 2 + k * 2);
            codes += Math.max(0, endCode - startCode + 1);
          }
          return codes;
        }
      case 6:
        return u16(b, at + 8);
      case 10:
        return u32(b, at + 16);
      case 8:
        return groups(b, at + 12 + 8192, at + 16 + 8192);
      case 12:
      case 13:
        return groups(b, at + 12, at + 16);
      default:
        return 0;
    }
  }

  /** The codes of a subtable's groups ({@code start end glyph}, 12 bytes each). */
  private static long groups(byte[] b, int countAt, int first) {
    long n = u32(b, countAt);
    long codes = 0;
    for (long k = 0; k < n; k++) {
      long group = first + k * 12;
      if (group + 12 > b.length) {
        break;
      }
      long start = u32(b, (int) group);
      long endCode = u32(b, (int) group + 4);
      codes += Math.max(0, endCode - start + 1);
    }
    return codes;
  }

  private static String tag(byte[] b, int at) {
    return at + 4 <= b.length
        ? new String(b, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
        : "";
  }

  /** An unsigned 16-bit big-endian number; 0 past the end. */
  private static int u16(byte[] b, int at) {
    return at >= 0 && at + 2 <= b.length ? (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF) : 0;
  }

  /** An unsigned 32-bit big-endian number; 0 past the end. */
  private static long u32(byte[] b, int at) {
    return at >= 0 && at + 4 <= b.length ? (long) u16(b, at) << 16 | u16(b, at + 2) : 0;
  }
}

package org.bihuan.problem.importing;

import org.bihuan.platform.error.ApiProblem;

/**
 * Whether an uploaded file was cut short — its end missing, as a copy, download or upload that
 * stopped early leaves it — told from its own bytes before a parser reads it (docs/decisions/0235).
 * Each format ends with what lists its parts: a ZIP package (.docx, .xlsx) its central directory, a
 * PDF its cross-reference table and trailer ({@code %%EOF}), and an OLE2 file (.doc, .xls) holds
 * every sector its allocation table uses. A parser given such a file fails in its own way (a ZIP
 * "is not a ZIP", an OLE2 file "is no Word or Excel document", a PDF reads as a scan), so the
 * refusal says here what happened: 422 {@code unreadable-document}, "the file is incomplete".
 */
final class CutShort {

  private CutShort() {}

  /** The end-of-central-directory record (PK\5\6) stands in a ZIP's last 22 + 65,535 bytes. */
  private static final int ZIP_TAIL = 22 + 65_535;

  /** {@code %%EOF} stands in a PDF's last bytes (PDFBox looks as far). */
  private static final int PDF_TAIL = 2048;

  private static final byte[] PDF_EOF =
      "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** A ZIP package without its end-of-central-directory record. */
  static boolean zip(byte[] b) {
    for (int i = b.length - 22; i >= Math.max(0, b.length - ZIP_TAIL); i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return false;
      }
    }
    return true;
  }

  /** A PDF without {@code %%EOF} at its end. */
  static boolean pdf(byte[] b) {
    outer:
    for (int i = b.length - PDF_EOF.length; i >= Math.max(0, b.length - PDF_TAIL); i--) {
      for (int k = 0; k < PDF_EOF.length; k++) {
        if (b[i + k] != PDF_EOF[k]) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  private static final long FREE_SECTOR = 0xFFFFFFFFL;

  /** Sector numbers from here up are special values (end of chain, FAT sector, free …). */
  private static final long SPECIAL = 0xFFFFFFFAL;

  /**
   * An OLE2 compound file (.doc, .xls) a sector of which — of its allocation table (FAT), the first
   * of its directory, or any the table marks in use — is not whole in the file (a compound file is
   * whole sectors after its 512-byte header).
   */
  static boolean ole2(byte[] b) {
    if (b.length < 512) {
      return true;
    }
    int shift = u16(b, 0x1E);
    if (shift != 9 && shift != 12) {
      return false; // not a header this check can read; the parser judges it
    }
    int size = 1 << shift;
    long fatSectors = u32(b, 0x2C);
    if (!whole(b, u32(b, 0x30), size)) {
      return true; // the directory's first sector
    }
    long highest = -1;
    for (int i = 0; i < Math.min(fatSectors, 109); i++) {
      long sector = u32(b, 0x4C + 4 * i);
      if (!whole(b, sector, size)) {
        return true;
      }
      long at = (sector + 1) * size;
      for (int e = 0; e < size / 4 && at + 4 * e + 4 <= b.length; e++) {
        long entry = u32(b, (int) at + 4 * e);
        if (entry != FREE_SECTOR) {
          highest = Math.max(highest, (long) i * (size / 4) + e);
        }
      }
    }
    return highest >= 0 && !whole(b, highest, size);
  }

  /** Whether a sector (or a special value: none, end of chain …) is whole in the file. */
  private static boolean whole(byte[] b, long sector, int size) {
    return sector >= SPECIAL || (sector + 2) * size <= b.length;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  /**
   * The refusal of a file of the kind {@code what} ("a Word document (.docx)") cut short after
   * {@code length} bytes, whose missing end is {@code end}; {@code more} says what could be read.
   */
  static ApiProblem refusal(String what, int length, String end, String more) {
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The file is incomplete: it is "
            + what
            + " that ends after "
            + length
            + " bytes, before its end ("
            + end
            + "); it was cut short when it was copied, downloaded or uploaded."
            + (more == null ? "" : " " + more)
            + " Nothing was imported: send the complete file again.");
  }

  /** The missing end of a ZIP package, as {@link #refusal} names it. */
  static final String ZIP_END = "its central directory, which lists its parts, is missing";

  /** The missing end of a PDF. */
  static final String PDF_END = "its cross-reference table and trailer, %%EOF, are missing";

  /** The missing end of an OLE2 file. */
  static final String OLE2_END = "sectors its allocation table uses are missing";
}

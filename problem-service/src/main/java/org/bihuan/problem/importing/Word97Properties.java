package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.Word97Pieces.MAX_HUGE_PAPX_BYTES;
import static org.bihuan.problem.importing.Word97Pieces.MAX_RUNS;
import static org.bihuan.problem.importing.Word97Pieces.MAX_SECTIONS;
import static org.bihuan.problem.importing.Word97Pieces.MAX_SECTION_BYTES;
import static org.bihuan.problem.importing.Word97Pieces.damaged;
import static org.bihuan.problem.importing.Word97Pieces.stream;
import static org.bihuan.problem.importing.Word97Pieces.u16;
import static org.bihuan.problem.importing.Word97Pieces.u32;

import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;

/**
 * What the property tables of a Word 97–2003 document make POI HWPF build ({@link Word97Pieces}):
 * the character and paragraph property runs of the bin tables' 512-byte pages, a page counted for
 * every entry pointing at it; the paragraph properties kept in the data stream (huge PAPX); and the
 * sections and their properties (SEPX) the section table points at.
 */
final class Word97Properties {

  private Word97Properties() {}

  private static final int FKP_SIZE = 512;

  /**
   * The bytes HWPF copies from the data stream for the paragraph runs of the paragraph bin table's
   * pages, a page counted each time an entry points at it. As HWPF reads it, a run's properties
   * (PapxInFkp, at twice the byte its BX gives: {@code cb}, or {@code 0 cb'}, then {@code 2cb - 1}
   * or {@code 2cb'} bytes) are huge when they are exactly 8 bytes, {@code istd} and sprmPHugePapx
   * (operation 0x45 or 0x46, a 4-byte operand): the operand is where in the data stream a {@code cb
   * grpprl} lies. Called once the bin table is known to lie inside its streams.
   */
  static void hugeParagraphProperties(
      byte[] main, DirectoryEntry root, byte[] table, long fc, long lcb, ImportLimits limits)
      throws IOException {
    if (lcb == 0 || !root.hasEntry("Data")) {
      return;
    }
    byte[] data = null;
    int n = (int) ((lcb - 4) / 8);
    int pages = (int) fc + (n + 1) * 4;
    java.util.Map<Long, Long> byPage = new java.util.HashMap<>();
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      long pn = u32(table, pages + i * 4) & 0x3FFFFFL;
      Long cost = byPage.get(pn);
      if (cost == null) {
        int page = (int) (pn * FKP_SIZE);
        int crun = main[page + FKP_SIZE - 1] & 0xFF;
        long sum = 0;
        for (int r = 0; r < crun; r++) {
          int bx = page + (crun + 1) * 4 + r * 13;
          if (bx >= page + FKP_SIZE) {
            break;
          }
          int at = page + 2 * (main[bx] & 0xFF);
          if (at + 12 > page + FKP_SIZE) {
            continue;
          }
          int cb = main[at] & 0xFF;
          int size = cb != 0 ? 2 * cb - 1 : 2 * (main[++at] & 0xFF);
          int sprm = u16(main, at + 3);
          int operation = sprm & 0x01FF;
          if (size != 8 || (operation != 0x45 && operation != 0x46) || (sprm >>> 13) != 3) {
            continue;
          }
          if (data == null) {
            data = stream(root, "Data");
          }
          long offset = u32(main, at + 5);
          if (offset >= 0 && offset + 1 < data.length) {
            sum += Math.max(0, (short) u16(data, (int) offset)) + 2;
          }
        }
        cost = sum;
        byPage.put(pn, cost);
      }
      bytes += cost;
      if (bytes > MAX_HUGE_PAPX_BYTES) {
        throw limits.tooLarge(
            "The Word document's paragraphs hold more than "
                + MAX_HUGE_PAPX_BYTES
                + " bytes of paragraph properties outside their pages");
      }
    }
  }

  /**
   * The sections of the section table and the SEPX bytes HWPF copies for them. A PlcfSed of n
   * sections is n + 1 character positions and n 12-byte descriptors {@code fn fcSepx fnMpr fcMpr};
   * {@code fcSepx} is the position in the main stream of a SEPX, {@code cb grpprl}, or -1 for none.
   */
  static long[] sections(byte[] main, byte[] table, long fc, long lcb, ImportLimits limits) {
    if (lcb < 4) {
      return new long[] {0, 0};
    }
    if (fc < 0 || fc + lcb > table.length) {
      throw damaged("its section table lies outside its table stream");
    }
    long n = (lcb - 4) / 16;
    if (n > MAX_SECTIONS) {
      throw limits.tooLarge("The Word document holds more than " + MAX_SECTIONS + " sections");
    }
    int descriptors = (int) fc + (int) (n + 1) * 4;
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      long fcSepx = u32(table, descriptors + i * 12 + 2);
      if (fcSepx == 0xFFFFFFFFL) {
        continue;
      }
      if (fcSepx + 2 > main.length) {
        throw damaged("its section table points outside the document");
      }
      bytes += u16(main, (int) fcSepx);
      if (bytes > MAX_SECTION_BYTES) {
        throw limits.tooLarge(
            "The Word document's sections hold more than "
                + MAX_SECTION_BYTES
                + " bytes of section properties");
      }
    }
    return new long[] {n, bytes};
  }

  /**
   * The runs a bin table's pages hold, a page counted each time an entry points at it. A PlcBte of
   * n entries is n + 1 file positions and n page numbers; the page's last byte is its run count.
   */
  static long runs(byte[] main, byte[] table, long fc, long lcb, String what, ImportLimits limits) {
    if (lcb == 0) {
      return 0;
    }
    if (fc < 0 || lcb < 4 || fc + lcb > table.length || (lcb - 4) % 8 != 0) {
      throw damaged("its table of " + what + " lies outside its table stream");
    }
    int n = (int) ((lcb - 4) / 8);
    int pages = (int) fc + (n + 1) * 4;
    long runs = 0;
    for (int i = 0; i < n; i++) {
      long pn = u32(table, pages + i * 4) & 0x3FFFFFL;
      long offset = pn * FKP_SIZE;
      if (offset + FKP_SIZE > main.length) {
        throw damaged("its table of " + what + " points outside the document");
      }
      runs += main[(int) offset + FKP_SIZE - 1] & 0xFF;
      if (runs > MAX_RUNS) {
        throw limits.tooLarge("The Word document holds more than " + MAX_RUNS + " " + what);
      }
    }
    return runs;
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.Word97Properties.hugeParagraphProperties;
import static org.bihuan.problem.importing.Word97Properties.runs;
import static org.bihuan.problem.importing.Word97Properties.sections;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.bihuan.platform.error.ApiProblem;

/**
 * Measures a Word 97–2003 document (.doc) from its own tables before POI HWPF builds its model
 * (docs/decisions/0186). HWPF turns every piece of the piece table into a text piece, every entry
 * of the character and paragraph bin tables into the runs of the 512-byte page it points to, and
 * then rebuilds those runs against the pieces; nothing bounds their number but the file, and a bin
 * table may point a million times at the same page of 101 runs. So this reads the File Information
 * Block, the piece table (CLX) and the two bin tables, and counts:
 *
 * <ul>
 *   <li>pieces (at most {@link #MAX_PIECES}; Word writes a few, a much-edited document some
 *       thousands),
 *   <li>character runs and paragraph property runs, each run counted for every bin table entry that
 *       points at its page (at most {@link #MAX_RUNS} of each),
 *   <li>the characters the pieces span (the import's text cap, {@link ImportLimits#maxTextChars}),
 *   <li>sections (at most {@link #MAX_SECTIONS}) and the bytes of section properties (SEPX) HWPF
 *       copies for them (at most {@link #MAX_SECTION_BYTES}), a SEPX counted for every entry of the
 *       section table (PlcfSed) that points at it: HWPF copies and parses it once for each
 *       (docs/decisions/0202),
 *   <li>the bytes of paragraph properties kept in the data stream (a "huge" PAPX, sprmPHugePapx)
 *       that HWPF copies, once for every paragraph run pointing at one, at most {@link
 *       #MAX_HUGE_PAPX_BYTES}.
 * </ul>
 *
 * The FIB's other tables HWPF builds eagerly (style sheet, list tables, fonts, fields, bookmarks,
 * footnotes, headers) are read in sequence from the table stream, their entries holding their own
 * data rather than pointing at records shared with other entries, so what they cost is bounded by
 * the upload's size.
 *
 * <p>A count over its cap answers 413 naming it; a table that points outside its stream, or piece
 * positions that go backwards, answers 422 as a damaged file. Nothing is kept but the counts and
 * the two streams, which HWPF reads anyway.
 */
final class Word97Pieces {

  /** The pieces of the piece table: a document saved with fast saves for years has thousands. */
  static final int MAX_PIECES = 100_000;

  /**
   * Character runs (or paragraph property runs): a 500-page report has some tens of thousands; a
   * run costs HWPF a few hundred bytes, so a million is a few hundred MB less than what it could be
   * made to cost and about what a 10 MB document can honestly hold.
   */
  static final int MAX_RUNS = 1_000_000;

  /** Sections: Word makes one per page layout change; a long report has some tens. */
  static final int MAX_SECTIONS = 10_000;

  /**
   * The bytes of section properties HWPF copies, all sections together: Word writes some tens of
   * bytes for a section, so 4 MB is far beyond any document and far below what it could be made to
   * cost (HWPF copies and parses the SEPX once for each section).
   */
  static final long MAX_SECTION_BYTES = 4L << 20;

  /**
   * The bytes HWPF copies from the data stream for paragraphs whose properties do not fit their
   * page (sprmPHugePapx, up to 32 KB each): Word writes one for a paragraph with very many tab
   * stops or table cells; 16 MB is far beyond that and far below what a page of such runs, pointed
   * at by many bin table entries, could cost.
   */
  static final long MAX_HUGE_PAPX_BYTES = 16L << 20;

  private static final int FIB_CSW = 32;

  /** Indexes of pairs in FibRgFcLcb97. */
  private static final int PLCF_SED = 6;

  private static final int PLCF_BTE_CHPX = 12;

  private static final int PLCF_BTE_PAPX = 13;
  private static final int CLX = 33;

  /** What was counted. */
  record Counts(
      int pieces,
      long characters,
      long runs,
      long paragraphRuns,
      int sections,
      long sectionBytes) {}

  private Word97Pieces() {}

  /** Counts the document in {@code fs} and refuses it past a cap; the counts otherwise. */
  static Counts measure(POIFSFileSystem fs, ImportLimits limits) throws IOException {
    DirectoryEntry root = fs.getRoot();
    byte[] main = stream(root, "WordDocument");
    if (main.length < 0x200) {
      throw damaged("its main stream is shorter than its header");
    }
    int flags = u16(main, 0x0A);
    if (u16(main, 0) != 0xA5EC || u16(main, 2) < 106 || (flags & 0x0100) != 0) {
      // not Word 97 or later (Word 6/95), or encrypted: HWPF refuses it with the import's
      // answer for that
      return null;
    }
    int csw = u16(main, FIB_CSW);
    int lwAt = FIB_CSW + 2 + csw * 2;
    int cslw = u16(main, lwAt);
    int fcLcbAt = lwAt + 2 + cslw * 4;
    int cbRgFcLcb = u16(main, fcLcbAt);
    int pairs = fcLcbAt + 2;
    if (cbRgFcLcb <= CLX || pairs + (CLX + 1) * 8 > main.length) {
      throw damaged("its header is cut short");
    }
    String tableName = (flags & 0x0200) != 0 ? "1Table" : "0Table";
    if (!root.hasEntry(tableName)) {
      throw damaged("it has no table stream");
    }
    byte[] table = stream(root, tableName);

    int[] pieces =
        pieceTable(table, u32(main, pairs + CLX * 8), u32(main, pairs + CLX * 8 + 4), limits);
    int count = pieces.length - 1;
    long characters = 0;
    for (int i = 0; i < count; i++) {
      int from = pieces[i];
      int to = pieces[i + 1];
      if (from < 0 || to < from) {
        throw damaged("its piece table's positions go backwards");
      }
      characters += to - from;
    }
    if (characters > limits.maxTextChars()) {
      throw limits.tooLarge(
          "The document holds more than " + limits.maxTextChars() + " characters");
    }
    long runs =
        runs(
            main,
            table,
            u32(main, pairs + PLCF_BTE_CHPX * 8),
            u32(main, pairs + PLCF_BTE_CHPX * 8 + 4),
            "character runs",
            limits);
    long paragraphs =
        runs(
            main,
            table,
            u32(main, pairs + PLCF_BTE_PAPX * 8),
            u32(main, pairs + PLCF_BTE_PAPX * 8 + 4),
            "paragraph property runs",
            limits);
    hugeParagraphProperties(
        main,
        root,
        table,
        u32(main, pairs + PLCF_BTE_PAPX * 8),
        u32(main, pairs + PLCF_BTE_PAPX * 8 + 4),
        limits);
    long[] sections =
        sections(
            main,
            table,
            u32(main, pairs + PLCF_SED * 8),
            u32(main, pairs + PLCF_SED * 8 + 4),
            limits);
    return new Counts(count, characters, runs, paragraphs, (int) sections[0], sections[1]);
  }

  /**
   * The character positions of the piece table's pieces (n + 1 for n pieces), found in the CLX
   * after its property modifiers (Prc), each {@code 0x01 cbGrpprl grpprl}, at the Pcdt ({@code 0x02
   * lcb PlcPcd}); a PlcPcd of n pieces is n + 1 positions and n 8-byte descriptors.
   */
  private static int[] pieceTable(byte[] table, long fc, long lcb, ImportLimits limits) {
    if (lcb == 0) {
      throw damaged("it has no piece table");
    }
    if (fc < 0 || lcb < 0 || fc + lcb > table.length) {
      throw damaged("its piece table lies outside its table stream");
    }
    int at = (int) fc;
    int end = (int) (fc + lcb);
    while (at < end && table[at] == 0x01) {
      if (at + 3 > end) {
        throw damaged("its piece table is cut short");
      }
      int cb = (short) u16(table, at + 1);
      if (cb < 0) {
        throw damaged("its piece table has a property modifier of negative size");
      }
      at += 3 + cb;
    }
    if (at + 5 > end || table[at] != 0x02) {
      throw damaged("its piece table has no piece descriptors");
    }
    long plc = u32(table, at + 1);
    at += 5;
    if (plc < 4 || (plc - 4) % 12 != 0 || at + plc > end) {
      throw damaged("its piece table's size does not match its pieces");
    }
    int n = (int) ((plc - 4) / 12);
    if (n > MAX_PIECES) {
      throw limits.tooLarge("The Word document holds more than " + MAX_PIECES + " text pieces");
    }
    int[] cps = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      cps[i] = (int) u32(table, at + i * 4);
    }
    return cps;
  }

  static byte[] stream(DirectoryEntry root, String name) throws IOException {
    if (!(root.getEntry(name) instanceof DocumentEntry entry)) {
      throw damaged("its " + name + " stream is missing");
    }
    try (InputStream in = new org.apache.poi.poifs.filesystem.DocumentInputStream(entry)) {
      return in.readNBytes(entry.getSize());
    }
  }

  static int u16(byte[] b, int at) {
    if (at < 0 || at + 2 > b.length) {
      throw damaged("a table points past the end of its stream");
    }
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static long u32(byte[] b, int at) {
    if (at < 0 || at + 4 > b.length) {
      throw damaged("a table points past the end of its stream");
    }
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  static ApiProblem damaged(String what) {
    return ApiProblem.unprocessable(
        "unreadable-document",
        "The file is damaged: it is a Word 97-2003 (.doc) document but "
            + what
            + ". Open it in Word or WPS, save it again, and upload the saved file.");
  }
}

package org.bihuan.problem.importing;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Counts a legacy Excel workbook (.xls, BIFF8) from its raw records before POI HSSF builds anything
 * (docs/decisions/0184, 0186): each record's four-byte header is read and its body looked at in
 * place, no record object is made. HSSF builds an object for every cell, and for every string of
 * the shared-string table (SST), whose header gives the count HSSF loops to (filling the strings
 * missing from the record with empty ones: a few bytes can claim two billion). Counted:
 *
 * <ul>
 *   <li>cells (a MULBLANK or MULRK record as the cells it spans) and rows, at most {@link
 *       ImportLimits#maxCells} each;
 *   <li>the SST's strings, as its header claims them and as they are read across its CONTINUE
 *       records, at most {@link #MAX_SHARED_STRINGS};
 *   <li>the characters of the SST's strings and of inline (LABEL) cells, at most {@link
 *       ImportLimits#maxTextChars};
 *   <li>the sheets (BOUNDSHEET records), at most {@link WorkbookSheets#MAX_SHEETS}: HSSF builds a
 *       sheet object, with its own record list, for every one.
 * </ul>
 *
 * A stream these records cannot be read from (cut short) is left to HSSF, which refuses it as it
 * does today. A workbook encrypted from its FILEPASS record on, even with Excel's default password,
 * is refused (422, encrypted) before HSSF decrypts it.
 */
final class XlsRecords {

  /**
   * The strings of a workbook's shared-string table: a 20,000-row ledger of six text columns has at
   * most 120,000; HSSF keeps an object of some 100 bytes for each.
   */
  static final int MAX_SHARED_STRINGS = 300_000;

  private static final int FILEPASS = 0x002F;
  private static final int SST = 0x00FC;
  private static final int CONTINUE = 0x003C;
  private static final int ROW = 0x0208;
  private static final int MULBLANK = 0x00BE;
  private static final int MULRK = 0x00BD;
  private static final int LABEL = 0x0204;
  private static final int BOUNDSHEET = 0x0085;

  /** The records that are one cell each. */
  private static boolean isCell(int sid) {
    return switch (sid) {
      case 0x0201, 0x0203, LABEL, 0x0205, 0x0006, 0x00FD, 0x027E, 0x00D6 -> true;
      default -> false;
    };
  }

  /** What was counted. */
  record Counts(long cells, long rows, long sharedStrings, long characters, long sheets) {}

  private XlsRecords() {}

  /** Counts the workbook in {@code fs}; refuses it (413) past a cap. */
  static Counts measure(POIFSFileSystem fs, ImportLimits limits) {
    Counter counter = new Counter(limits);
    try (InputStream in =
        fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()))) {
      Records records = new Records(in);
      while (records.next()) {
        ReadingTime.check();
        if (!counter.record(records)) {
          break;
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // not a readable BIFF stream: HSSF gives its own answer
    }
    return new Counts(
        counter.cells, counter.rows, counter.strings, counter.characters, counter.sheets);
  }

  private static final class Counter {
    private final ImportLimits limits;
    long cells;
    long rows;
    long strings;
    long characters;
    long sheets;

    Counter(ImportLimits limits) {
      this.limits = limits;
    }

    /** Counts one record; refuses an encrypted workbook. */
    boolean record(Records r) throws IOException {
      int sid = r.sid;
      byte[] body = r.body;
      switch (sid) {
        case FILEPASS -> {
          // Encrypted from here on, with a password or with Excel's default one (VelvetSweatshop,
          // which HSSF would use to decrypt it): its records cannot be counted, so it is refused
          // like an encrypted .xlsx (docs/decisions/0207).
          throw EncryptedFiles.encrypted(EncryptedFiles.Program.EXCEL);
        }
        case MULBLANK -> cells += Math.max(0, (r.length - 6) / 2);
        case MULRK -> cells += Math.max(0, (r.length - 6) / 6);
        case ROW -> rows++;
        case BOUNDSHEET -> WorkbookSheets.sheetsWithin(++sheets, limits);
        case SST -> sharedStrings(r);
        default -> {
          if (isCell(sid)) {
            cells++;
          }
          if (sid == LABEL && r.length >= 8) {
            characters += (body[6] & 0xFF) | (body[7] & 0xFF) << 8;
          }
        }
      }
      if (cells > limits.maxCells()) {
        throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " cells");
      }
      if (rows > limits.maxCells()) {
        throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " rows");
      }
      charactersWithin();
      return true;
    }

    private void charactersWithin() {
      if (characters > limits.maxTextChars()) {
        throw limits.tooLarge(
            "The workbook holds more than " + limits.maxTextChars() + " characters of text");
      }
    }

    private void stringsWithin(long count) {
      if (count > MAX_SHARED_STRINGS) {
        throw limits.tooLarge(
            "The workbook's shared-string table holds more than "
                + MAX_SHARED_STRINGS
                + " strings");
      }
    }

    /**
     * The SST: total and unique counts, then the strings, each {@code cch grbit [cRun] [cbExtRst]
     * chars [runs] [ext]}, continued in CONTINUE records; where a string's characters cross into a
     * CONTINUE record, that record starts with a new grbit giving their width.
     */
    private void sharedStrings(Records r) throws IOException {
      Sst sst = new Sst(r);
      sst.u32();
      long unique = sst.u32();
      stringsWithin(unique);
      for (long i = 0; i < unique && sst.more(); i++) {
        int cch = sst.u16();
        int grbit = sst.u8();
        int runs = (grbit & 0x08) != 0 ? sst.u16() : 0;
        long ext = (grbit & 0x04) != 0 ? sst.u32() : 0;
        sst.chars(cch, (grbit & 0x01) != 0);
        sst.skip(runs * 4L + ext);
        strings++;
        characters += cch;
        charactersWithin();
      }
      stringsWithin(strings);
    }
  }

  /** The bytes of an SST and the CONTINUE records after it, read as one. */
  private static final class Sst {
    private final Records records;
    private byte[] body;
    private int length;
    private int at;

    Sst(Records records) {
      this.records = records;
      this.body = records.body;
      this.length = records.length;
    }

    boolean more() throws IOException {
      return at < length || continued();
    }

    /** Moves to the next CONTINUE record; false when the SST ends. */
    private boolean continued() throws IOException {
      if (records.peekSid() != CONTINUE) {
        return false;
      }
      records.next();
      body = records.body;
      length = records.length;
      at = 0;
      return true;
    }

    int u8() throws IOException {
      if (at >= length && !continued()) {
        throw new IllegalStateException("SST cut short");
      }
      return body[at++] & 0xFF;
    }

    int u16() throws IOException {
      return u8() | u8() << 8;
    }

    long u32() throws IOException {
      return u16() | (long) u16() << 16;
    }

    void skip(long bytes) throws IOException {
      while (bytes > 0) {
        if (at >= length && !continued()) {
          throw new IllegalStateException("SST cut short");
        }
        int n = (int) Math.min(bytes, length - at);
        at += n;
        bytes -= n;
      }
    }

    /** {@code count} characters, one or two bytes each; a CONTINUE record restates the width. */
    void chars(int count, boolean wide) throws IOException {
      while (count > 0) {
        if (at >= length) {
          if (!continued()) {
            throw new IllegalStateException("SST cut short");
          }
          wide = (u8() & 0x01) != 0;
        }
        int width = wide ? 2 : 1;
        int n = Math.min(count, (length - at) / width);
        if (n == 0) {
          throw new IllegalStateException("a character split across records");
        }
        at += n * width;
        count -= n;
      }
    }
  }

  /** The workbook stream's records, one at a time, with a look at the next record's type. */
  private static final class Records {
    private final InputStream in;
    private final byte[] header = new byte[4];
    private boolean peeked;
    private int nextSid = -1;
    int sid;
    int length;
    final byte[] body = new byte[0xFFFF];

    Records(InputStream in) {
      this.in = in;
    }

    int peekSid() throws IOException {
      if (!peeked) {
        peeked = true;
        nextSid =
            in.readNBytes(header, 0, 4) == 4 ? (header[0] & 0xFF) | (header[1] & 0xFF) << 8 : -1;
      }
      return nextSid;
    }

    boolean next() throws IOException {
      if (peekSid() < 0) {
        return false;
      }
      peeked = false;
      sid = nextSid;
      length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
      if (in.readNBytes(body, 0, length) != length) {
        throw new IllegalStateException("record cut short");
      }
      return true;
    }
  }
}

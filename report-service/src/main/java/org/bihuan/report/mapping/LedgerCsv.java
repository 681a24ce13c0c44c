package org.bihuan.report.mapping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.bihuan.platform.export.CsvCell;

/**
 * Writes the ledger as CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, which is what makes
 * Excel on a Chinese Windows read the file as UTF-8 rather than GBK. Cells that would start a
 * formula are neutralised ({@link CsvCell}).
 */
public final class LedgerCsv implements AutoCloseable {

  private final Writer out;

  public LedgerCsv(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    out.write('\uFEFF');
    row(LedgerColumns.HEADERS.toArray(String[]::new));
  }

  /** One row; each cell written as {@link LedgerColumns#text(Object)}. */
  public void row(Object[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(LedgerColumns.text(cells[i])));
    }
    out.write("\r\n");
  }

  /** RFC 4180 quoting and formula neutralising, in one place for every CSV (CsvCell). */
  static String escape(String cell) {
    return CsvCell.of(cell);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

package org.bihuan.report.mapping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the ledger as CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, which is what makes
 * Excel on a Chinese Windows read the file as UTF-8 rather than GBK.
 */
public final class LedgerCsv implements AutoCloseable {

  private final Writer out;

  public LedgerCsv(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    out.write('\uFEFF');
    row(LedgerColumns.HEADERS.toArray(String[]::new));
  }

  public void row(String[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(cells[i]));
    }
    out.write("\r\n");
  }

  static String escape(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

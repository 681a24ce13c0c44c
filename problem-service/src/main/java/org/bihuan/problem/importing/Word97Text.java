package org.bihuan.problem.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text and tables of a Word 97–2003 document (.doc) through POI HWPF: one line per paragraph,
 * field codes dropped (their shown result kept), and each table as a {@link Grid}. A .doc table row
 * lists its cells by their left edges, so the columns are the distinct left edges of the whole
 * table; a cell as wide as several columns (a group heading merged across) covers them all, and a
 * cell that continues a vertical merge takes the text of the cell above it.
 *
 * <p>Word's automatic list numbering is not in the file's text; it is rebuilt as the .docx reader
 * rebuilds it ({@link Word97Lists}). Typed numbering, the usual case in official documents, is
 * text.
 */
final class Word97Text {

  /** How many paragraphs above a table are kept for it: enough for nested headings. */
  private static final int LEAD_KEPT = 8;

  private Word97Text() {}

  static DocumentContent read(POIFSFileSystem fs, ImportLimits limits) throws IOException {
    Word97Pieces.measure(fs, limits);
    try (HWPFDocument document = new HWPFDocument(fs.getRoot())) {
      Range range = document.getRange();
      if (range.text().length() > limits.maxTextChars()) {
        throw limits.tooLarge(
            "The document holds more than " + limits.maxTextChars() + " characters");
      }
      StringBuilder all = new StringBuilder();
      StringBuilder outside = new StringBuilder();
      List<Grid> tables = new ArrayList<>();
      List<String> lead = new ArrayList<>();
      Word97Lists lists = new Word97Lists();
      lists.groups(range); // level-0 items over level-1 items numbered alike head groups (0358)
      Grid.Place.Lines allLines = new Grid.Place.Lines(all);
      Grid.Place.Lines outsideLines = new Grid.Place.Lines(outside);
      int n = range.numParagraphs();
      for (int i = 0; i < n; i++) {
        ReadingTime.check();
        Paragraph p = range.getParagraph(i);
        if (p.isInTable() && p.getTableLevel() == 1) {
          Table table;
          try {
            table = range.getTable(p);
          } catch (IllegalArgumentException notFirst) {
            continue;
          }
          Grid grid = Grid.wordTable(rows(table, lists), tables.size() + 1, lead);
          lead.clear();
          int outsideBefore = outsideLines.count();
          for (Grid.Row row : grid.rows()) {
            for (Grid.Cell cell : row.cells()) {
              if (!cell.text().isEmpty() && !cell.continuesAbove()) {
                all.append(cell.text()).append('\n');
              }
            }
          }
          tables.add(
              Grid.wordTable(
                  grid.rows(),
                  grid.table(),
                  grid.lead(),
                  new Grid.Place(outsideBefore, allLines.count())));
          i += Math.max(table.numParagraphs() - 1, 0);
          continue;
        }
        if (p.isInTable()) {
          continue;
        }
        String text = numbered(p, lists);
        all.append(text).append('\n');
        outside.append(text).append('\n');
        if (!text.isBlank()) {
          if (lead.size() == LEAD_KEPT) {
            lead.remove(0);
          }
          lead.add(text.strip());
        }
      }
      return new DocumentContent("doc", all.toString(), outside.toString(), tables);
    }
  }

  private static List<Grid.Row> rows(Table table, Word97Lists lists) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        edges.add(row.getCell(c).getLeftEdge());
      }
    }
    List<Integer> columns = new ArrayList<>(edges);
    List<Grid.Row> rows = new ArrayList<>();
    Grid.Cell[] above = new Grid.Cell[columns.size()];
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      Grid.Cell[] cells = new Grid.Cell[columns.size()];
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int left = cell.getLeftEdge();
        int right = left + Math.max(cell.getWidth(), 1);
        int first = columns.indexOf(left);
        String text = cellText(cell, lists);
        for (int k = first; k >= 0 && k < columns.size() && columns.get(k) < right; k++) {
          boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
          if (continues && text.isEmpty() && above[k] != null) {
            cells[k] = new Grid.Cell(above[k].text(), true, false, above[k].continuesLeft());
          } else {
            cells[k] = new Grid.Cell(text, false, false, k > first);
          }
        }
      }
      List<Grid.Cell> list = new ArrayList<>(columns.size());
      for (int k = 0; k < cells.length; k++) {
        Grid.Cell c = cells[k] == null ? Grid.Cell.EMPTY : cells[k];
        list.add(c);
        above[k] = c;
      }
      rows.add(new Grid.Row(r + 1, list));
    }
    return rows;
  }

  private static String cellText(TableCell cell, Word97Lists lists) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cell.numParagraphs(); i++) {
      String line = numbered(cell.getParagraph(i), lists);
      if (!line.isBlank()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(line.strip());
      }
    }
    return text.toString();
  }

  /** A paragraph's text as Word shows it, its automatic list number (一、 （1）) before it. */
  private static String numbered(Paragraph p, Word97Lists lists) {
    String text = clean(shownText(p));
    String label = lists.label(p);
    return label == null || text.isBlank() ? text : label + text;
  }

  /**
   * A paragraph's text as Word shows it with its tracked changes accepted: runs marked deleted
   * (revision marking), hidden runs (fVanish) and struck-out runs (fStrike, fDStrike) are left out,
   * inserted runs kept.
   */
  static String shownText(Paragraph p) {
    boolean changed = false;
    int runs = p.numCharacterRuns();
    for (int i = 0; i < runs && !changed; i++) {
      CharacterRun run = p.getCharacterRun(i);
      changed = notShown(run);
    }
    if (!changed) {
      return p.text();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < runs; i++) {
      CharacterRun run = p.getCharacterRun(i);
      if (!notShown(run)) {
        text.append(run.text());
      }
    }
    return text.toString();
  }

  /** A run deleted (revision marking), hidden, or struck out: not what the document says. */
  private static boolean notShown(CharacterRun run) {
    return run.isMarkedDeleted()
        || run.isVanished()
        || run.isStrikeThrough()
        || run.isDoubleStrikeThrough();
  }

  /**
   * A paragraph's text without Word's control marks: a field's code (between 0x13 and 0x14) is
   * dropped and its result kept; cell and row marks, pictures and soft hyphens are removed; line
   * and page breaks become line ends.
   */
  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int fieldCode = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u0013' -> fieldCode++;
        case '\u0014' -> fieldCode = Math.max(fieldCode - 1, 0);
        case '\u0015' -> fieldCode = Math.max(fieldCode - 1, 0);
        case '\u000B', '\u000C', '\r' -> {
          if (fieldCode == 0) {
            out.append('\n');
          }
        }
        default -> {
          if (fieldCode == 0 && (c >= 0x20 || c == '\t') && c != '\u00AD' && c != '\u001F') {
            out.append(c);
          }
        }
      }
    }
    return out.toString().strip();
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;

/**
 * The worksheets of a workbook (.xlsx, .xls) as read: the visible ones, and the names of those it
 * hides. Hidden sheets are not read: in a 台账 workbook they hold lookup lists for drop-downs, old
 * versions or working copies, and an administrator importing the file sees only the visible ones.
 * The dry run names each of them, so that nothing is skipped silently (docs/decisions/0111). {@code
 * notes}: what the sheets' cells say beyond their text — hidden rows (read, and named) and formulas
 * giving an error (read as empty, and named by address) (docs/decisions/0191).
 */
record WorkbookSheets(List<Grid> sheets, List<Hidden> hidden, List<String> notes) {

  /**
   * The sheets of a workbook, visible and hidden together (docs/decisions/0202): a 台账 workbook has
   * a few, one sheet per unit or month some hundreds; each costs the reader (HSSF above all) an
   * object graph of its own however empty it is, and 65,000 minimal sheets fit in 5 MB.
   */
  static final int MAX_SHEETS = 1_000;

  /** Refuses (413) a workbook that has declared more than {@link #MAX_SHEETS} sheets so far. */
  static void sheetsWithin(long count, ImportLimits limits) {
    if (count > MAX_SHEETS) {
      throw limits.tooLarge("The workbook holds more than " + MAX_SHEETS + " sheets");
    }
  }

  WorkbookSheets(List<Grid> sheets, List<Hidden> hidden) {
    this(sheets, hidden, List.of());
  }

  /** A sheet the workbook hides; {@code veryHidden}: Excel's menus cannot show it, only VBA. */
  record Hidden(String name, boolean veryHidden) {}

  /** The dry-run warnings naming the hidden sheets. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (Hidden h : hidden) {
      out.add(
          "Sheet 「"
              + h.name()
              + "」 is "
              + (h.veryHidden() ? "very hidden (only a macro can show it)" : "hidden")
              + "; it was not read. Hidden sheets usually hold lookup lists or old versions; to"
              + " import its rows, unhide it in Excel (取消隐藏) and upload the file again.");
    }
    out.addAll(notes);
    return out;
  }

  /**
   * The workbook as a document's content ({@code format} xlsx or xls): each visible sheet as lines
   * of its cells' text under a {@code # sheet} line, and the sheets as its tables. A workbook none
   * of whose visible sheets has a cell is refused (400).
   */
  DocumentContent content(String format) {
    WorkbookSheets workbook = this;
    java.util.List<Grid> sheets = workbook.sheets();
    StringBuilder text = new StringBuilder();
    for (Grid sheet : sheets) {
      text.append("# ").append(sheet.sheet()).append('\n');
      for (Grid.Row row : sheet.rows()) {
        StringBuilder line = new StringBuilder();
        for (Grid.Cell cell : row.cells()) {
          if (line.length() > 0) {
            line.append('\t');
          }
          line.append(cell.continuesAbove() ? "" : cell.text().replace('\n', ' '));
        }
        text.append(line.toString().stripTrailing()).append('\n');
      }
    }
    boolean anyCell = sheets.stream().flatMap(g -> g.rows().stream()).anyMatch(r -> !r.isBlank());
    if (!anyCell) {
      throw ApiProblem.badRequest(
          "The workbook is empty: none of its visible sheets has a cell"
              + (workbook.hidden().isEmpty()
                  ? "."
                  : " (hidden sheets are not read: "
                      + String.join("、", workbook.hidden().stream().map(h -> h.name()).toList())
                      + "; unhide a sheet in Excel to import it)."));
    }
    return new DocumentContent(
        format, text.toString(), "", sheets, java.util.List.of(), workbook.warnings());
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

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
}

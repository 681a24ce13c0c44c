package org.bihuan.problem.support;

import static org.bihuan.problem.support.ChinesePdf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables printed to PDF without cell borders, drawn by PDFBox as Word and LibreOffice Calc lay them
 * out: each column at a fixed x, each cell's text wrapped inside its column's width (every glyph
 * one em), a row as tall as its tallest cell, a cell merged down over the rows below it ({@code
 * null} in those rows) set once at the top of its rows, rows that do not fit a page moved to the
 * next one with the header row printed again there or not. Word sets a cell's lines at the top of
 * its row and prints 「- N -」 at each page's foot; Calc sets them at the bottom of the row, prints
 * the sheet's name at the top of each page and 「Page N」 at its foot, numbering the pages on over
 * the sheets of one workbook ({@link #calc}).
 */
public final class UnruledTablePrints {

  private UnruledTablePrints() {}

  private static final float TOP = 770;
  private static final float FOOT = 70;
  private static final float LEFT = 57;

  /** A table to print: its title above it, its header row, its rows, its column widths (points). */
  public record Table(String title, List<String> header, List<List<String>> rows, float[] widths) {}

  /** How the program sets a table: Word (top of the row, 10.5 points) or Calc (bottom, 10). */
  public enum Program {
    WORD(10.5f, 15.6f, 5.4f, 0),
    /** Word with every cell centred across and down its rows (居中), as many offices set them. */
    WORD_CENTRED(10.5f, 15.6f, 5.4f, 0),
    CALC(10, 14.5f, 2, 4),
    /**
     * Calc with every cell set at the top of its row and a 序号 column of numbers, which Calc sets at
     * the right of their cell, against the column beside them.
     */
    CALC_TOP(10, 14.5f, 2, 4);

    final float size;
    final float line;

    /** The space between a cell's edge and its text (Word's cell margin: 0.19 cm). */
    final float margin;

    /** The space above and below a cell's lines (none in Word: rows touch). */
    final float pad;

    Program(float size, float line, float margin, float pad) {
      this.size = size;
      this.line = line;
      this.margin = margin;
      this.pad = pad;
    }
  }

  /** A Word table printed without borders, its header row printed again on each page or not. */
  public static byte[] word(Table table, boolean headerRepeated) {
    return word(table, headerRepeated, false);
  }

  /** As {@link #word(Table, boolean)}, every cell centred across and down its rows when asked. */
  public static byte[] word(Table table, boolean headerRepeated, boolean centred) {
    List<String> pages = new ArrayList<>();
    draw(centred ? Program.WORD_CENTRED : Program.WORD, null, table, headerRepeated, pages);
    return ChinesePdf.pdf(pages, java.util.Set.of());
  }

  /**
   * A workbook's sheets (name, table) printed by Calc into one PDF, one after the other, the header
   * row on the first page of each sheet only (Calc's default).
   */
  public static byte[] calc(List<java.util.Map.Entry<String, Table>> sheets) {
    List<String> pages = new ArrayList<>();
    for (java.util.Map.Entry<String, Table> sheet : sheets) {
      draw(Program.CALC, sheet.getKey(), sheet.getValue(), false, pages);
    }
    return ChinesePdf.pdf(pages, java.util.Set.of());
  }

  /** A sheet printed by Calc, its cells set at the top of their rows, its 序号 at their right. */
  public static byte[] calcTop(String sheet, Table table) {
    List<String> pages = new ArrayList<>();
    draw(Program.CALC_TOP, sheet, table, false, pages);
    return ChinesePdf.pdf(pages, java.util.Set.of());
  }

  private static void draw(
      Program set, String sheet, Table table, boolean headerRepeated, List<String> pages) {
    List<List<List<String>>> wrapped = new ArrayList<>();
    wrapped.add(wrap(table.header(), table.widths(), set));
    for (List<String> row : table.rows()) {
      wrapped.add(wrap(row, table.widths(), set));
    }
    float[] heights = heights(wrapped, set);
    if (set == Program.CALC_TOP && heights.length > 1) {
      heights[1] += 13; // Calc's print of such a sheet leaves its first row a line taller
    }
    StringBuilder content = start(set, sheet, pages.size() + 1);
    float y = TOP;
    if (table.title() != null) {
      text(content, LEFT, y - 14, table.title(), 14);
      y -= 30;
    }
    y = row(content, set, wrapped, heights, 0, table.widths(), y);
    for (int r = 1; r < wrapped.size(); r++) {
      float needed = heights[r];
      for (int below = r + 1; below < wrapped.size() && wrapped.get(below).get(0) == null; ) {
        needed += heights[below++]; // a merged cell's rows stay on one page
      }
      if (y - needed < FOOT + 20 && wrapped.get(r).get(0) != null) {
        pages.add(content.toString());
        content = start(set, sheet, pages.size() + 1);
        y = TOP;
        if (headerRepeated) {
          y = row(content, set, wrapped, heights, 0, table.widths(), y);
        }
      }
      y = row(content, set, wrapped, heights, r, table.widths(), y);
    }
    pages.add(content.toString());
  }

  private static StringBuilder start(Program set, String sheet, int number) {
    StringBuilder content = new StringBuilder();
    String foot = set == Program.WORD ? "- " + number + " -" : "Page " + number;
    text(content, 297.6f - foot.length() * 3, 40, foot, 10);
    if (sheet != null) {
      text(content, 297.6f - sheet.length() * 6, 800, sheet, 12);
    }
    return content;
  }

  /** Draws a row's cells from {@code top}; the top of the next row. */
  private static float row(
      StringBuilder content,
      Program set,
      List<List<List<String>>> rows,
      float[] heights,
      int r,
      float[] widths,
      float top) {
    float x = LEFT;
    float height = heights[r];
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = rows.get(r).get(c);
      if (lines != null) {
        float spanned = height;
        for (int below = r + 1; below < rows.size() && rows.get(below).get(c) == null; below++) {
          spanned += heights[below];
        }
        float baseline =
            switch (set) {
              case WORD, CALC_TOP -> top - set.pad / 2 - set.size;
              case WORD_CENTRED -> top - (spanned - lines.size() * set.line) / 2 - set.size;
              case CALC -> top - height + set.pad / 2 + 2 + (lines.size() - 1) * set.line;
            };
        for (String line : lines) {
          boolean number = set == Program.CALC_TOP && r > 0 && line.matches("[0-9]+");
          float at =
              set == Program.WORD_CENTRED
                  ? x + (widths[c] - line.length() * set.size) / 2
                  : number
                      ? x + widths[c] - line.length() * set.size * 0.6f - 1.7f
                      : x + set.margin;
          // Calc sets a number 2 points above the text beside it
          text(content, at, number ? baseline + 2.3f : baseline, line, set.size);
          baseline -= set.line;
        }
      }
      x += widths[c];
    }
    return top - height;
  }

  /**
   * Each row's height: its tallest cell's lines; a cell merged down over the rows below fills them,
   * the last of them growing when they are not tall enough.
   */
  private static float[] heights(List<List<List<String>>> rows, Program set) {
    float[] heights = new float[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      int lines = 1;
      for (int c = 0; c < rows.get(r).size(); c++) {
        List<String> cell = rows.get(r).get(c);
        if (cell != null && !merged(rows, r, c)) {
          lines = Math.max(lines, cell.size());
        }
      }
      heights[r] = lines * set.line + set.pad;
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        List<String> cell = rows.get(r).get(c);
        if (cell == null || !merged(rows, r, c)) {
          continue;
        }
        int last = r;
        while (last + 1 < rows.size() && rows.get(last + 1).get(c) == null) {
          last++;
        }
        float total = 0;
        for (int i = r; i <= last; i++) {
          total += heights[i];
        }
        float needed = cell.size() * set.line + set.pad;
        if (needed > total) {
          heights[last] += needed - total;
        }
      }
    }
    return heights;
  }

  private static boolean merged(List<List<List<String>>> rows, int r, int c) {
    return r + 1 < rows.size() && rows.get(r + 1).get(c) == null;
  }

  /** A row's cells wrapped inside their columns (null: merged with the cell above). */
  private static List<List<String>> wrap(List<String> row, float[] widths, Program set) {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      String cell = c < row.size() ? row.get(c) : "";
      if (cell == null) {
        out.add(null);
        continue;
      }
      int fits = Math.max(1, (int) ((widths[c] - 2 * set.margin) / set.size));
      List<String> lines = new ArrayList<>();
      for (String paragraph : cell.split("\n", -1)) {
        for (int i = 0; i < paragraph.length(); i += fits) {
          lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + fits)));
        }
      }
      out.add(lines);
    }
    return out;
  }
}

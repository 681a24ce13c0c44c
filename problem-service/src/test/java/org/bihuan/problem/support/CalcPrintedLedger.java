package org.bihuan.problem.support;

import static org.bihuan.problem.support.ChinesePdf.line;
import static org.bihuan.problem.support.ChinesePdf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A ledger sheet wider than its page as LibreOffice Calc prints it to PDF, drawn by PDFBox: the
 * columns that fit on the page (from the first) on page 1, the rest on page 2, each page with the
 * same rows at the same heights and places (a row as tall as its tallest cell over all the
 * columns), the sheet's name centred at the top of each page and 「Page N」 at its foot (Calc's
 * default head and foot), cell text at 10 points set at the bottom of its cell (Calc's default),
 * each cell's lines as given ({@code \n}), with or without the cells' borders drawn as lines. A
 * sheet whose cells are set otherwise ({@link Cells}: centred or at the top of their rows, numbers
 * flush right as Calc sets a number) is drawn by {@link #pdf(String, String, List, float[], int,
 * boolean, Cells)}; a sheet whose columns all fit on its page is printed on one page.
 */
public final class CalcPrintedLedger {

  private CalcPrintedLedger() {}

  private static final float LEFT = 57.7f;
  private static final float LINE = 14.5f;
  private static final float PAD = 4f;
  private static final float DIGIT = 5.56f;

  /** Where a cell's lines stand down its row: Calc's vertical alignment. */
  public enum Down {
    BOTTOM,
    MIDDLE,
    TOP
  }

  /**
   * How the cells are set: {@code down} their vertical alignment, {@code numbersRight} a cell of
   * digits only set flush right in its column (Calc's default for a number), {@code titleAcross}
   * the title row's cells merged across all the columns and the title centred in them: Calc draws
   * it on each page where it is, clipped to the page's columns, so that on page 2 it starts left of
   * the page's first column (or off the page) where it runs on from page 1.
   */
  public record Cells(Down down, boolean numbersRight, boolean titleAcross) {

    /** Calc's default: at the bottom of the row, text flush left. */
    public static final Cells DEFAULT = new Cells(Down.BOTTOM, false);

    public Cells(Down down, boolean numbersRight) {
      this(down, numbersRight, false);
    }
  }

  /**
   * The PDF of a sheet named {@code sheet}: a title row ({@code title} in its first cell), then
   * {@code rows} (the header first) in columns of the given widths (points), the columns from
   * {@code split} on printed on page 2; cell borders drawn when {@code borders}.
   */
  public static byte[] pdf(
      String sheet,
      String title,
      List<List<String>> rows,
      float[] widths,
      int split,
      boolean borders) {
    return pdf(sheet, title, rows, widths, split, borders, Cells.DEFAULT);
  }

  /** As {@link #pdf(String, String, List, float[], int, boolean)}, the cells set as {@code set}. */
  public static byte[] pdf(
      String sheet,
      String title,
      List<List<String>> rows,
      float[] widths,
      int split,
      boolean borders,
      Cells set) {
    List<Float> tops = new ArrayList<>();
    List<Float> heights = new ArrayList<>();
    float top = 842 - 80; // below Calc's head
    tops.add(top);
    heights.add(LINE + PAD + 6);
    top -= heights.get(0);
    for (List<String> row : rows) {
      int lines = 1;
      for (String cell : row) {
        lines = Math.max(lines, cell.split("\n", -1).length);
      }
      tops.add(top);
      heights.add(lines * LINE + PAD);
      top -= lines * LINE + PAD;
    }
    List<String> pages = new ArrayList<>();
    int[][] pageColumns =
        split >= widths.length
            ? new int[][] {{0, widths.length}}
            : new int[][] {{0, split}, {split, widths.length}};
    for (int[] columns : pageColumns) {
      StringBuilder content = new StringBuilder();
      StringBuilder lines = new StringBuilder();
      text(content, 297.6f - sheet.length() * 6, 842 - 70.6f, sheet, 12);
      String page = "Page " + (pages.size() + 1);
      text(content, 297.6f - page.length() * 3, 842 - 782.6f, page, 12);
      if (set.titleAcross()) {
        float all = 0;
        float before = 0;
        float here = 0;
        for (int c = 0; c < widths.length; c++) {
          all += widths[c];
          before += c < columns[0] ? widths[c] : 0;
          here += c >= columns[0] && c < columns[1] ? widths[c] : 0;
        }
        float at = LEFT + (all - 14 * title.length()) / 2 - before;
        content.append(
            String.format(
                java.util.Locale.ROOT,
                "q %.1f %.1f %.1f %.1f re W n%n",
                LEFT,
                tops.get(0) - heights.get(0),
                here,
                heights.get(0)));
        text(content, at, tops.get(0) - heights.get(0) + 4, title, 14);
        content.append("Q\n");
      } else if (columns[0] == 0) {
        text(content, LEFT + 2, tops.get(0) - heights.get(0) + 4, title, 14);
      }
      for (int r = 0; r < rows.size(); r++) {
        float rowTop = tops.get(r + 1);
        float rowBottom = rowTop - heights.get(r + 1);
        float x = LEFT;
        for (int c = columns[0]; c < columns[1]; c++) {
          String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
          String[] own = cell.split("\n", -1);
          int spare = Math.round((heights.get(r + 1) - PAD) / LINE) - own.length;
          float raised =
              switch (set.down()) {
                case BOTTOM -> 0;
                case MIDDLE -> spare * LINE / 2;
                case TOP -> spare * LINE;
              };
          float baseline = rowBottom + PAD / 2 + 2 + (own.length - 1) * LINE + raised;
          for (String piece : own) {
            if (set.numbersRight() && piece.matches("[0-9]+")) {
              // a Latin digit is 0.556 of an em wide: drawn at that width, flush right
              float at = x + widths[c] - 2 - piece.length() * DIGIT;
              content.append("55.6 Tz\n");
              text(content, at, baseline, piece, 10);
              content.append("100 Tz\n");
            } else {
              text(content, x + 2, baseline, piece, 10);
            }
            baseline -= LINE;
          }
          if (borders) {
            lines.append(line(x, rowTop, x + widths[c], rowTop));
            lines.append(line(x, rowBottom, x + widths[c], rowBottom));
            lines.append(line(x, rowTop, x, rowBottom));
            lines.append(line(x + widths[c], rowTop, x + widths[c], rowBottom));
          }
          x += widths[c];
        }
      }
      pages.add(content.append(lines).toString());
    }
    return ChinesePdf.pdf(pages, java.util.Set.of());
  }
}

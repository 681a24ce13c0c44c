package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * A 问题 cell listing numbered problems, one paragraph each (1.… 2.… 3.…) or all in one paragraph
 * (1.…；2.…；3.…, docs/decisions/0362), beside a 整改措施 cell listing as many numbered measures
 * (docs/decisions/0360): each number is a problem of its own with the measure of the same number
 * and the row's duties (a duty cell numbered alike gives each its item). Where the counts differ
 * the row stays one problem, titled by its first item (0171), and the dry run names the items
 * folded into it.
 */
final class NumberedProblemCells {

  /** The separator a list item ends with, read as the end of its sentence. */
  private static final Pattern ITEM_END = Pattern.compile("[；;，,、]$");

  private NumberedProblemCells() {}

  /** The row, or one row per numbered problem; {@code below} is the next row (null: none). */
  static List<Grid.Row> split(Grid.Row row, Grid.Row below, Header header, RowCells cells) {
    int problem = header.index(Column.PROBLEM);
    int measure = header.index(Column.MEASURE);
    if (problem < 0 || measure < 0) {
      return List.of(row);
    }
    Grid.Cell cell = row.cell(problem);
    boolean mergedDown = below != null && below.cell(problem).continuesAbove();
    List<String> items = cell.continuesAbove() || mergedDown ? null : items(cell.text());
    if (items == null || items.size() < 2) {
      return List.of(row);
    }
    Grid.Cell measureCell = row.cell(measure);
    // the measures as a 整改措施 cell's numbered list is read (1.…；2.… on one line or a line each)
    List<String> measures =
        measureCell.continuesAbove() || measureCell.text().isBlank()
            ? List.of()
            : CellMeasures.of(measureCell.text()).stream().map(CellMeasures.Piece::text).toList();
    if (measures.size() != items.size()) {
      folded(row, items, cells);
      return List.of(row);
    }
    cells.warnings.add(
        cells.where(row)
            + ": the 问题 cell lists "
            + items.size()
            + " numbered problems beside as many numbered measures; each was imported as a"
            + " problem of its own with the measure of its number and the row's duties.");
    List<Grid.Row> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(item(row, i, items, measures.get(i), problem, measure, header));
    }
    return out;
  }

  private static void folded(Grid.Row row, List<String> items, RowCells cells) {
    List<String> rest = new ArrayList<>();
    for (String item : items.subList(1, items.size())) {
      rest.add("「" + OutlineParser.shorten(item.replaceFirst("[；;，,、。]$", "")) + "」");
    }
    cells.warnings.add(
        cells.where(row)
            + ": the 问题 cell lists "
            + items.size()
            + " numbered problems but its 整改措施 cell does not list as many numbered measures;"
            + " they were read as one problem titled by the first (「"
            + OutlineParser.shorten(items.get(0).replaceFirst("[；;，,、。]$", ""))
            + "」), with "
            + String.join(" ", rest)
            + " in its description. If each is a problem of its own, give each a row of its own.");
  }

  /** Row {@code i} of the split: its problem, its measure, the duty items of its number. */
  private static Grid.Row item(
      Grid.Row row,
      int i,
      List<String> items,
      String measureText,
      int problem,
      int measure,
      Header header) {
    int count = items.size();
    List<Grid.Cell> cells = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      Grid.Cell cell = row.cell(c);
      String text = cell.text();
      if (c == problem) {
        text = ITEM_END.matcher(items.get(i)).replaceFirst("。");
      } else if (c == measure) {
        text = measureText;
      } else if (c < header.columns().length && header.columns()[c] == Column.SEQ) {
        text = i == 0 ? text : "";
      } else {
        List<String> own = cell.continuesAbove() ? null : items(text);
        text = own != null && own.size() == count ? own.get(i) : text;
      }
      cells.add(new Grid.Cell(text, cell.continuesAbove(), cell.number(), cell.continuesLeft()));
    }
    return new Grid.Row(row.number(), cells);
  }

  /**
   * The items of a cell whose paragraphs are numbered 1, 2, 3… alike, without their numbers (a
   * paragraph without a number continues the item above); null when the cell is not such a list.
   */
  static List<String> items(String text) {
    List<String> items = paragraphItems(text);
    if ((items == null || items.size() < 2) && !text.strip().contains("\n")) {
      // 1.…；2.…；3.… in one paragraph: its items as if each had a paragraph (0362)
      Enumeration.Items inline = Enumeration.of(text.strip());
      if (inline != null && inline.lead().isEmpty() && inline.items().size() > 1) {
        // each item but the last ended with the ； that separated it, as a paragraph's item does
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < inline.items().size(); i++) {
          String item = inline.items().get(i);
          listed.add(
              i < inline.items().size() - 1 && !item.matches(".*[。！？]$") ? item + "；" : item);
        }
        return listed;
      }
    }
    return items;
  }

  /**
   * The text of the first item of a cell whose first line is numbered {@code first}: 1.甲；2.乙 on one
   * line gives 甲；, any other line its text after the number.
   */
  static String firstItem(String line, Numbering first) {
    List<String> inline = items(line);
    return inline != null && inline.size() > 1 ? inline.get(0) : first.text();
  }

  private static List<String> paragraphItems(String text) {
    List<String> items = new ArrayList<>();
    Numbering first = null;
    for (String line : text.strip().split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      Numbering n = Numbering.of(l);
      boolean next =
          n != null
              && !n.text().isBlank()
              && n.number() == items.size() + 1
              && (first == null || n.rank() == first.rank());
      if (next) {
        first = first == null ? n : first;
        items.add(n.text().strip());
      } else if (items.isEmpty()) {
        return null;
      } else {
        items.set(items.size() - 1, items.get(items.size() - 1) + l);
      }
    }
    return items.isEmpty() ? null : items;
  }
}

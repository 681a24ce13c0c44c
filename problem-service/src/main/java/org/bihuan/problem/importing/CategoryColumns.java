package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A table's category columns — 大类, 方面, 类别/问题类别/类型, 小类 — read together as one category path, top to
 * sub (docs/decisions/0190). The levels are ordered by what their header says (大类/一级 first, then
 * 方面/领域, then 类别/类型/分类, then 小类/子类/二级), columns of the same level left to right. A cell written on
 * the first row of its group and blank below holds for the rows below (0182); a new value at a
 * level clears the levels under it, so a 小类 never outlives its 大类.
 */
final class CategoryColumns {

  private final int[] columns;
  private final String[] carried;

  private CategoryColumns(int[] columns) {
    this.columns = columns;
    this.carried = new String[columns.length];
    reset();
  }

  /**
   * The category columns of a header, ordered top to sub; {@code names} gives a column's header.
   */
  static CategoryColumns of(Column[] header, IntFunction<String> names) {
    List<Integer> found = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      if (header[c] == Column.CATEGORY) {
        found.add(c);
      }
    }
    found.sort(
        Comparator.comparingInt((Integer c) -> level(names.apply(c))).thenComparingInt(c -> c));
    return new CategoryColumns(found.stream().mapToInt(Integer::intValue).toArray());
  }

  /** 0 大类/一级, 1 方面/领域, 2 类别/类型/分类, 3 小类/子类/二级/细类. */
  static int level(String header) {
    String h = header.replaceAll("[\\s\\u3000]", "");
    if (h.contains("大类") || h.contains("一级")) {
      return 0;
    }
    if (h.contains("小类")
        || h.contains("子类")
        || h.contains("细类")
        || h.contains("二级")
        || h.contains("三级")) {
      return 3;
    }
    if (h.contains("方面") || h.contains("领域")) {
      return 1;
    }
    return 2;
  }

  boolean isEmpty() {
    return columns.length == 0;
  }

  /** A group row (一、政治建设方面 across the table) starts afresh: nothing is carried past it. */
  void reset() {
    java.util.Arrays.fill(carried, "");
  }

  /**
   * The row's category path, top to sub: each level's own text, or the text carried from above when
   * its cell is blank; numbers (一、, 1.) left out, a level repeating the one above given once.
   */
  /**
   * Whether a sentence row covers every category column (its text merged across them, or written in
   * one): then it names no category of the rows above, which only a blank or merged-down category
   * cell carries (0252).
   */
  boolean coveredBySentence(Grid.Row row) {
    for (int column : columns) {
      Grid.Cell c = row.cell(column);
      if (c.text().isBlank() && !c.continuesLeft()) {
        return false;
      }
    }
    return columns.length > 0;
  }

  List<String> path(Grid.Row row) {
    for (int i = 0; i < columns.length; i++) {
      String text = row.cell(columns[i]).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!text.equals(carried[i])) {
        for (int j = i + 1; j < columns.length; j++) {
          if (row.cell(columns[j]).text().isBlank()) {
            carried[j] = "";
          }
        }
      }
      carried[i] = text;
    }
    List<String> path = new ArrayList<>();
    for (String text : carried) {
      String name = TableReading.withoutNumber(text);
      if (!name.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(name))) {
        path.add(name);
      }
    }
    return path;
  }

  /**
   * Whether the row names a category of its own (a cell that does not continue a merge) that the
   * problem's path {@code current} does not hold: the same problem text under another category is
   * another problem.
   */
  boolean differs(Grid.Row row, List<String> current) {
    for (int c : columns) {
      Grid.Cell cell = row.cell(c);
      if (!cell.text().isEmpty()
          && !cell.continuesAbove()
          && !current.contains(TableReading.withoutNumber(cell.text()))) {
        return true;
      }
    }
    return false;
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TableHeaders.HEADING_STOPS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;
import org.bihuan.problem.importing.TableReading.Header;

/**
 * The group headings of a table (一、政治建设方面 merged across a row, alone in its 序号 column, or typed
 * into the 问题 cell) and the category path they give the problems below them, a heading of a rank
 * replacing the headings of its rank and below ({@link TableRows}).
 */
final class GroupHeadings {

  /** A 序号 in Chinese numerals, as a group's number: 一, 二、, 十一 (not 一是). */
  private static final Pattern CHINESE_SEQ = Pattern.compile("[一二三四五六七八九十]{1,3}[、．.]?");

  private final Header header;
  private final RowCells cells;
  private final List<Numbering> categoryStack = new ArrayList<>();
  final List<String> categoryPath = new ArrayList<>();

  /** The 序号 of the numbered group row (1 above 1-1, 1-2) entered last, while it holds. */
  private String numberedGroup;

  /** The 序号 of the numbered group row just found, until {@link #enter} enters it. */
  private String pendingGroup;

  GroupHeadings(RowCells cells) {
    this.cells = cells;
    this.header = cells.header;
  }

  /** One text only (merged across, or alone in a 序号/类别/unnamed column): a group heading. */
  boolean isCategoryRow(Grid.Row row) {
    Set<String> texts = new LinkedHashSet<>();
    int own = 0;
    int column = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      Grid.Cell c = row.cell(i);
      if (c.text().isBlank()) {
        continue;
      }
      if (c.continuesAbove()) {
        return false;
      }
      texts.add(c.text());
      own++;
      column = i;
    }
    if (texts.size() != 1) {
      return false;
    }
    String text = texts.iterator().next();
    if (text.matches("[0-9０-９.．]+")) {
      return false;
    }
    Column kind = column < header.columns().length ? header.columns()[column] : null;
    return own >= 2
        || kind == null
        || kind == Column.SEQ
        || kind == Column.CATEGORY
        || kind == Column.IGNORED;
  }

  /**
   * A group heading typed into the 问题 cell instead of across the row, as units often do: the row
   * holds only a short heading (一、政治建设方面, （二）作风建设方面, 政治建设方面) in its 问题 cell, perhaps after a 序号 in
   * Chinese numerals (一 │ 政治建设方面), and no 措施 or duty, in a table whose problems have them. Returns
   * the heading with its number (一、政治建设方面), or null for any other row: a sentence, a problem
   * numbered in arabic numerals, a row with a measure, unit or date.
   */
  String headingInProblemCell(Grid.Row row) {
    if (!header.has(Column.MEASURE) && !header.has(Column.UNITS)) {
      return null; // a list of problems alone: every row is a problem
    }
    String group = GroupRows.categoryCellHeading(row, cells);
    if (group != null) {
      return group; // 一 | 政治建设方面 in the 问题类别 column (0276)
    }
    if (numberedGroup != null
        && !categoryStack.isEmpty()
        && GroupRows.endsGroup(row, cells, numberedGroup)) {
      // 3 after the rows 2.1, 2.2 of the group 2: a problem beside the group, not in it
      categoryStack.remove(categoryStack.size() - 1);
      categoryPath.remove(categoryPath.size() - 1);
      numberedGroup = null;
    }
    group = SeqGroupRows.heading(row, cells);
    if (group != null) {
      return group; // （一） | 落实全面从严治党责任方面 merged across the other columns (0337)
    }
    group = GroupRows.numberedGroup(row, cells);
    if (group != null) {
      // 1 | 采购管理方面 above 1-1 and 1-2 (0276)
      pendingGroup = cells.cell(row, Column.SEQ).text().strip();
      return group;
    }
    for (int i = 0; i < row.cells().size(); i++) {
      Grid.Cell c = row.cell(i);
      if (c.text().isBlank()) {
        continue;
      }
      Column kind = i < header.columns().length ? header.columns()[i] : null;
      if (c.continuesAbove() || (kind != Column.SEQ && kind != Column.PROBLEM)) {
        return null;
      }
    }
    String text = cells.cell(row, Column.PROBLEM).text().strip();
    String seq = cells.cell(row, Column.SEQ).text().strip();
    if (text.isEmpty() || text.length() > 30 || HEADING_STOPS.matcher(text).find()) {
      return null;
    }
    Numbering own = Numbering.of(text);
    if (own != null) {
      return own.rank() <= Numbering.CHINESE_IN_PARENTHESES && seq.isEmpty() ? text : null;
    }
    Numbering bySeq =
        seq.isEmpty()
            ? null
            : Numbering.of(
                CHINESE_SEQ.matcher(seq).matches() ? seq.replaceFirst("[、．.]?$", "、") : seq);
    if (bySeq != null
        && bySeq.rank() <= Numbering.CHINESE_IN_PARENTHESES
        && bySeq.text().isBlank()) {
      return bySeq.marker().strip() + text;
    }
    return seq.isEmpty() && text.endsWith("方面") ? text : null;
  }

  /**
   * Enters the group heading {@code text}: its path replaces the headings of its rank and below. A
   * heading that goes on with the number of the one above in another style (一、 then （二）) is of that
   * one's rank ({@link MixedNumbering#continuesSequence}).
   */
  void enter(String text) {
    numberedGroup = pendingGroup;
    pendingGroup = null;
    if (TableTitles.isTitle(text)) {
      // 附件2：专项整治问题清单 across the table: its title, no category; the groups above end (0276)
      categoryStack.clear();
      categoryPath.clear();
      cells.warnings.add(
          "The row 「"
              + OutlineParser.shorten(text)
              + "」 is the table's title, not a group of its problems; it was not imported as a"
              + " category, and the problems below it are under no group above it.");
      return;
    }
    Numbering n = Numbering.of(text);
    Numbering last = categoryStack.isEmpty() ? null : categoryStack.get(categoryStack.size() - 1);
    if (n != null && last != null && MixedNumbering.continuesSequence(last, n)) {
      // 一、 then （二）: one sequence written in two styles, one level (0377)
      n = new Numbering(last.rank(), n.number(), n.marker(), n.text());
    }
    if (n == null) {
      categoryStack.clear();
      categoryPath.clear();
      categoryPath.add(SectionKind.withoutCount(text));
      categoryStack.add(null);
      return;
    }
    while (!categoryStack.isEmpty()) {
      Numbering top = categoryStack.get(categoryStack.size() - 1);
      if (top != null && top.rank() < n.rank()) {
        break;
      }
      categoryStack.remove(categoryStack.size() - 1);
      categoryPath.remove(categoryPath.size() - 1);
    }
    categoryStack.add(n);
    categoryPath.add(SectionKind.withoutCount(n.text().strip()));
  }
}

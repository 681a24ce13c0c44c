package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word tables an author split at a page, read as one ({@link DocumentReading}, 0165, 0242). */
final class ContinuedTables {

  private ContinuedTables() {}

  /**
   * A Word table without a header of its own, as wide as a rectification table just before it,
   * continues that table (an author split it at a page with a paragraph break): its rows are read
   * as further rows of that table, numbered on from its last row, so a problem may span both. In a
   * PDF (a header row repeated on each page) the tables after it are numbered as the reader sees
   * them: one table over the pages (0242). The {@code forms} (整改任务书 forms read as task lists,
   * {@link TaskForms}) are joined to nothing: each is one problem's table, and the labels of the
   * form after it are no header repeated at a page (0379).
   */
  static List<Grid> joinContinuedTables(List<Grid> grids, java.util.Set<Grid> forms) {
    List<Grid> out = new ArrayList<>();
    int joinedAway = 0; // a PDF's tables joined to the one before: the tables after are counted on
    for (Grid grid : grids) {
      Grid before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (grid.sheet() == null
          && before != null
          && !forms.contains(grid)
          && !forms.contains(before)
          && before.sheet() == null
          && !grid.rows().isEmpty()
          && !before.rows().isEmpty()
          && TableReading.header(before) != null
          && grid.rows().get(0).cells().size() == before.rows().get(0).cells().size()
          && continues(before, grid)) {
        if (TableReading.header(grid) == null && grid.pages() == null && startsAGroup(grid)) {
          // 三、作风建设方面 above the rest of the table: a group of its own under the same header (0273)
          out.add(underHeaderOf(before, grid));
          continue;
        }
        List<Grid.Row> rows = new ArrayList<>(before.rows());
        int last = rows.get(rows.size() - 1).number();
        for (Grid.Row r : grid.rows()) {
          rows.add(new Grid.Row(last + r.number(), r.cells()));
        }
        Grid joined =
            Grid.wordTable(rows, before.table(), before.lead(), before.place())
                .joinedFrom(before, grid);
        if (before.pages() != null && grid.pages() != null) {
          List<Integer> pages = new ArrayList<>(before.pages());
          while (pages.size() < last) {
            pages.add(pages.isEmpty() ? 1 : pages.get(pages.size() - 1));
          }
          pages.addAll(grid.pages());
          joined = joined.onPages(pages);
        }
        out.set(out.size() - 1, joined);
        joinedAway += grid.pages() != null ? 1 : 0;
      } else if (grid.pages() != null && joinedAway > 0) {
        out.add(grid.numbered(grid.table() - joinedAway));
      } else {
        out.add(grid);
      }
    }
    return out;
  }

  /**
   * Whether a Word table's lead holds a group heading (三、作风建设方面, （二）…): a category by the rule of
   * the headings above a table ({@link TableHeadings#isCategoryHeading}).
   */
  private static boolean startsAGroup(Grid grid) {
    return grid.lead().stream()
        .map(l -> Numbering.of(l.strip()))
        .anyMatch(n -> n != null && TableHeadings.isCategoryHeading(n));
  }

  /**
   * A headerless Word table under a group heading, read as a table of its own under the header of
   * the table it goes on from: that table's rows up to its header set above its rows, numbered 0
   * and below, so that its own rows keep the numbers the file gives them; the heading in its lead
   * is the category of its problems ({@link TableHeadings#headingPaths}), as above any other table.
   */
  private static Grid underHeaderOf(Grid before, Grid grid) {
    int last = TableReading.header(before).lastRow();
    List<Grid.Row> rows = new ArrayList<>();
    for (int i = 0; i <= last; i++) {
      rows.add(new Grid.Row(i - last, before.rows().get(i).cells()));
    }
    rows.addAll(grid.rows());
    return Grid.wordTable(rows, grid.table(), grid.lead(), grid.place());
  }

  /** 续表 / （续表） / 续上表: what an author writes above the rest of a table split at a page. */
  static final Pattern CONTINUED =
      Pattern.compile("[（(]?\\s*续\\s*(?:上)?表\\s*[0-9一二三四五六七八九十]*\\s*[)）]?[：:]?");

  /**
   * A Word table that continues the one before it: without a header of its own, or repeating that
   * table's header (a 续表), with nothing between them but blank lines or 续表 — a heading between them
   * starts another table.
   */
  private static boolean continues(Grid before, Grid grid) {
    TableReading.Header own = TableReading.header(grid);
    if (own != null
        && !java.util.Arrays.equals(own.columns(), TableReading.header(before).columns())) {
      return false;
    }
    if (own == null) {
      return true; // the rows of a table split without its header (0165)
    }
    return grid.lead().stream()
        .allMatch(l -> l.isBlank() || CONTINUED.matcher(l.strip()).matches());
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The categories the headings above a document's Word tables give the tables' problems (一、政治建设方面,
 * then （一）…), carried on from table to table as an outline carries them ({@link DocumentReading}).
 */
final class TableHeadings {

  private TableHeadings() {}

  /**
   * {@code path} below {@code above}; a table's own first category that repeats the heading above
   * the table is not given twice.
   */
  static List<String> under(List<String> above, List<String> path) {
    List<String> longer = new ArrayList<>(above);
    boolean repeats = !path.isEmpty() && path.get(0).equals(above.get(above.size() - 1));
    longer.addAll(repeats ? path.subList(1, path.size()) : path);
    return List.copyOf(longer);
  }

  /**
   * A heading that names only the genre of what follows (存在的问题, 整改任务清单), not a category. The repeat
   * is possessive: no word begins with what another may end with, so it matches the same headings,
   * and a heading of 10,000 问题 no longer recurses once per word (0245, amended).
   */
  private static final Pattern GENERIC_HEADING =
      Pattern.compile("(?:存在的?|查摆的?|发现的?|反馈的?|主要|具体|的|问题|清单|整改|任务|台账|情况|一览表|汇总表?|明细表?|及|和|与)++");

  /**
   * The categories the headings above each Word table give its problems (一、政治建设方面, then （一）…):
   * numbered headings of the two top ranks, nested by rank and carried on to later tables until a
   * heading of the same or a higher rank replaces them, as in a document's outline. A heading that
   * is a sentence, names a section that holds no problems (原因, 措施, 工作要求) or only names the genre
   * (存在的问题, 整改任务清单) is not a category. Worksheets get none.
   */
  static List<List<String>> headingPaths(List<Grid> tables) {
    List<Numbering> open = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>(tables.size());
    for (Grid grid : tables) {
      if (grid.sheet() != null) {
        paths.add(List.of());
        continue;
      }
      for (String line : grid.lead()) {
        Numbering n = Numbering.of(line.strip());
        if (n == null || n.rank() > Numbering.CHINESE_IN_PARENTHESES) {
          continue;
        }
        // a category, or a heading that only names the genre of what follows, closes the open
        // headings of its rank and below: （二）整改任务清单（详见下表） ends the group （一）党风廉政建设方面
        boolean category = isCategoryHeading(n);
        if (!category && !GENERIC_HEADING.matcher(headingText(n)).matches()) {
          continue;
        }
        while (!open.isEmpty() && open.get(open.size() - 1).rank() >= n.rank()) {
          open.remove(open.size() - 1);
        }
        if (category) {
          open.add(n);
        }
      }
      paths.add(open.stream().map(TableHeadings::headingText).toList());
    }
    return paths;
  }

  /** Whether a heading or a sheet's name only names the genre (问题清单, 整改台账), no category. */
  static boolean isGeneric(String text) {
    return GENERIC_HEADING.matcher(text).matches();
  }

  /** A heading's text without its number and a trailing （见下表）. */
  private static String headingText(Numbering n) {
    return n.text().strip().replaceAll("[（(](?:详见|见|如)?[下附]表[0-9一二三四五六七八九十]*[)）]$", "").strip();
  }

  static boolean isCategoryHeading(Numbering n) {
    String text = headingText(n);
    if (n.rank() > Numbering.CHINESE_IN_PARENTHESES
        || text.length() < 2
        || text.length() > 30
        || text.matches(".*[。；;，,：:！？!?]$")
        || GENERIC_HEADING.matcher(text).matches()) {
      return false;
    }
    SectionKind kind = SectionKind.of(text);
    return kind != SectionKind.CAUSES
        && kind != SectionKind.MEASURES
        && kind != SectionKind.IGNORED;
  }
}

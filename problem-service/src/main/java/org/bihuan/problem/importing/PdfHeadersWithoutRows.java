package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * A PDF that prints a table's header row — a line of three whole header names or more apart, one of
 * them a problem column (序号 问题描述 整改措施 责任单位 …) — from which no problem was read as a table's: its
 * rows, printed without borders, could not be told apart (docs/decisions/0391). Read as an outline,
 * its lines would make up problems from cells (a measure's first line as a problem) or none at all;
 * the PDF is refused as a misread table instead, naming the page and the header.
 */
final class PdfHeadersWithoutRows {

  private PdfHeadersWithoutRows() {}

  /** The fewest header names a line must hold to be a table's header row. */
  private static final int NAMES = 3;

  /** Page → what was wrong, for each page printing a header row no table was read under. */
  static Map<Integer, List<String>> found(DocumentContent content) {
    Map<Integer, List<String>> wrong = new TreeMap<>();
    String[] lines = content.text().split("\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String header = headerRow(lines[i]);
      if (header != null) {
        PdfTableReadGuard.add(
            wrong,
            content.pageOf(i + 1),
            "the table's header 「"
                + header
                + "」 is printed, but no row under it could be told apart from the next");
      }
    }
    return wrong;
  }

  /**
   * The header names of {@code line} when it is a table's header row — at least three whole header
   * names apart, one a problem column, and at least half its words (a header whose cells printed
   * over each other keeps most of its names: 序号 问题描述 制定年度学习计划，每整月改开措展施… 责任单位 …); else null.
   */
  private static String headerRow(String line) {
    List<String> names = new ArrayList<>();
    boolean problem = false;
    String[] words = line.strip().split("[\\s\\u3000]+");
    for (String word : words) {
      Column c = HeaderNameRuns.name(word);
      if (c != null) {
        names.add(word);
        problem |= c == Column.PROBLEM;
      }
    }
    return names.size() >= NAMES && problem && 2 * names.size() >= words.length
        ? String.join(" ", names)
        : null;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF prints on every page around its text, removed before the text is read
 * (docs/decisions/0107): page numbers (— 1 —, - 2 -, 第 3 页 共 5 页, 3/5, Page 3 of 5) among the first
 * and last lines of a page, and running headers and footers — a line that stands among the first or
 * last lines of at least two pages and of at least half of them, its digits aside (第3页 and 第4页 are
 * the same footer). A line with a label (整改时限：…) or longer than a heading is never taken for a
 * header. Then a sentence that a page break cut in two is joined again: the last line of a page
 * that ends mid-sentence runs on into the first line of the next, unless that line starts a
 * numbered item or a label.
 */
final class PageFurniture {

  /** How many lines at the top and at the bottom of a page are looked at. */
  private static final int EDGE = 3;

  private static final int HEADER_MAX = 40;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－~_·]*\\d{1,4}[-—–－~_·]*"
              + "|第\\d{1,4}页(?:[,，/／]?共\\d{1,4}页)?"
              + "|共\\d{1,4}页[,，/／]?第\\d{1,4}页"
              + "|\\d{1,4}[/／]\\d{1,4}"
              + "|(?i:page)\\d{1,4}(?:(?i:of)\\d{1,4})?");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private PageFurniture() {}

  /** The pages' lines without page furniture, sentences cut by a page break joined. */
  static List<List<String>> strip(List<List<String>> pages) {
    Map<String, Set<Integer>> edgeKeys = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (int i : edges(pages.get(p))) {
        String key = key(pages.get(p).get(i));
        if (key != null) {
          edgeKeys.computeIfAbsent(key, k -> new HashSet<>()).add(p);
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<List<String>> kept = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      Set<Integer> furniture = new HashSet<>();
      for (int i : edges(lines)) {
        String line = lines.get(i);
        String key = key(line);
        if (isPageNumber(line) || (key != null && edgeKeys.get(key).size() >= needed)) {
          furniture.add(i);
        }
      }
      List<String> page = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        if (!furniture.contains(i)) {
          page.add(lines.get(i));
        }
      }
      kept.add(page);
    }
    joinAcrossPages(kept);
    return kept;
  }

  /** Indexes of the first and last {@link #EDGE} non-blank lines of a page. */
  private static Set<Integer> edges(List<String> lines) {
    Set<Integer> edges = new HashSet<>();
    for (int i = 0, seen = 0; i < lines.size() && seen < EDGE; i++) {
      if (!lines.get(i).isBlank()) {
        edges.add(i);
        seen++;
      }
    }
    for (int i = lines.size() - 1, seen = 0; i >= 0 && seen < EDGE; i--) {
      if (!lines.get(i).isBlank()) {
        edges.add(i);
        seen++;
      }
    }
    return edges;
  }

  static boolean isPageNumber(String line) {
    String t = compact(line);
    return !t.isEmpty() && PAGE_NUMBER.matcher(t).matches();
  }

  /** What a running header or footer is compared by; null for a line that cannot be one. */
  private static String key(String line) {
    String t = compact(line);
    if (t.isEmpty()
        || t.length() > HEADER_MAX
        || !Labels.find(TextNoise.clean(line)).labels().isEmpty()) {
      return null;
    }
    return DIGITS.matcher(t).replaceAll("#");
  }

  private static String compact(String line) {
    return TextNoise.clean(line).replaceAll("\\s+", "");
  }

  private static void joinAcrossPages(List<List<String>> pages) {
    for (int p = 0; p + 1 < pages.size(); p++) {
      List<String> page = pages.get(p);
      List<String> next = pages.get(p + 1);
      int last = lastNonBlank(page);
      int first = firstNonBlank(next);
      if (last < 0 || first < 0) {
        continue;
      }
      String tail = page.get(last).stripTrailing();
      String head = TextNoise.clean(next.get(first));
      if (ProblemText.endsMidSentence(TextNoise.clean(tail))
          && Numbering.of(head) == null
          && Labels.of(head).isEmpty()) {
        page.set(last, tail + next.get(first).strip());
        next.remove(first);
      }
    }
  }

  private static int lastNonBlank(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}

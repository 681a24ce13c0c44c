package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF prints on every page around its text, removed before the text is read
 * (docs/decisions/0107): page numbers (— 1 —, - 2 -, 第 3 页 共 5 页, 3/5, Page 3 of 5) among the first
 * and last lines of a page, and running headers and footers — a line that stands among the first or
 * last lines of at least two pages and of at least half of them, its digits aside (第3页 and 第4页 are
 * the same footer). A line with a label (整改时限：…), a numbered item's line (12.某考点考务不规范的问题, however
 * alike on every page) or a line longer than a heading is never taken for a header, nor is a line
 * with the page's own text between it and the page's edge; the headers and footers left out are
 * named in the warnings (0272). Then a sentence that a page break cut in two is joined again: the
 * last line of a page that ends mid-sentence runs on into the first line of the next, unless that
 * line starts a numbered item or a label.
 */
final class PageFurniture {

  /**
   * How many lines at the top and at the bottom of a page are looked at: a running header or footer
   * and a page number stand among them.
   */
  static final int EDGE = 3;

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
    return strip(pages, new ArrayList<>());
  }

  /**
   * The same; each running header or footer left out is named in {@code warnings}, once, with the
   * pages it was left out on (0272).
   */
  static List<List<String>> strip(List<List<String>> pages, List<String> warnings) {
    return strip(pages, null, warnings);
  }

  /**
   * The same for a PDF's pages, {@code baselines} the baseline of each of their lines (top down;
   * null for a page or a document whose lines were not measured): a line at the top of pages is a
   * running header only when it stands above the top of the text of the pages it is not on (in the
   * page's top margin, as a writer prints its header), never when it is a body line that happens to
   * start those pages (0379).
   */
  static List<List<String>> strip(
      List<List<String>> pages, List<List<Float>> baselines, List<String> warnings) {
    List<Set<Integer>> furniture = furniture(pages, baselines, warnings);
    List<List<String>> kept = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      List<String> page = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        if (!furniture.get(p).contains(i)) {
          page.add(lines.get(i));
        }
      }
      kept.add(page);
    }
    joinAcrossPages(kept);
    return kept;
  }

  /**
   * A plain text whose pages form feeds separate (a PDF saved as text, 0370) with its page numbers
   * and running headers and footers blanked: each line keeps its number, and an item cut by a page
   * break reads on over the blank lines as it does over a paragraph's blank line. The running
   * headers and footers are named in {@code warnings}; a text without a form feed loses only its
   * typed page-number lines ({@link #typedPageNumbersBlanked}).
   */
  static String blankedPages(String text, List<String> warnings) {
    if (text.indexOf('\f') < 0) {
      return typedPageNumbersBlanked(text);
    }
    List<List<String>> pages = new ArrayList<>();
    for (String page : text.split("\f", -1)) {
      pages.add(new ArrayList<>(List.of(page.split("\n", -1))));
    }
    List<Set<Integer>> furniture = furniture(pages, null, warnings);
    StringBuilder out = new StringBuilder(text.length());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        out.append(furniture.get(p).contains(i) ? "" : lines.get(i));
        out.append(i + 1 < lines.size() ? "\n" : "");
      }
      out.append(p + 1 < pages.size() ? "\f" : "");
    }
    return out.toString();
  }

  /**
   * A page number typed on a line of its own in a text without form feeds (— 2 —, - 3 -, 第3页): its
   * marks say what it is wherever it stands, so the line is blanked, keeping the lines' numbers; a
   * bare number (3), which may be a sentence's words, stays (0375).
   */
  private static String typedPageNumbersBlanked(String text) {
    return TYPED_PAGE_NUMBER.matcher(text).replaceAll("");
  }

  /** A whole line that is a page number between dashes or written 第…页 (共…页). */
  private static final Pattern TYPED_PAGE_NUMBER =
      Pattern.compile(
          "(?m)^[ \\t　]*(?:[-—–－]+ *\\d{1,4} *[-—–－]+|第 *\\d{1,4} *页(?: *[,，/／]? *共 *\\d{1,4} *页)?)[ \\t　]*$");

  /**
   * By page, the indexes of its lines that are page furniture; each running header or footer named
   * in {@code warnings}, once, with the pages it was found on.
   */
  private static List<Set<Integer>> furniture(
      List<List<String>> pages, List<List<Float>> baselines, List<String> warnings) {
    Map<String, Set<Integer>> edgeKeys = new HashMap<>();
    Map<String, Set<Integer>> topKeys = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (int i : edges(pages.get(p))) {
        String key = key(pages.get(p).get(i));
        if (key != null) {
          edgeKeys.computeIfAbsent(key, k -> new HashSet<>()).add(p);
        }
      }
      for (int i : bands(pages.get(p)).get(0)) {
        String key = key(pages.get(p).get(i));
        if (key != null) {
          topKeys.computeIfAbsent(key, k -> new HashSet<>()).add(p);
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    // by running header or footer, the line as first written and the pages it was left out on
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, List<Integer>> leftOutOn = new HashMap<>();
    List<Set<Integer>> found = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      Set<Integer> furniture = new HashSet<>();
      List<List<Integer>> bands = bands(lines);
      for (List<Integer> band : bands) {
        // only the lines at the page's very edge: a line with text between it and the edge is
        // the page's own text, however alike it is to lines on other pages
        for (int i : band) {
          String line = lines.get(i);
          String key = key(line);
          if (isPageNumber(line)) {
            furniture.add(i);
          } else if (key != null
              && edgeKeys.get(key).size() >= needed
              && (band != bands.get(0)
                  || inTopMargin(pages, baselines, p, i, topKeys.getOrDefault(key, Set.of())))) {
            furniture.add(i);
            shown.putIfAbsent(key, TextNoise.clean(line).strip());
            List<Integer> on = leftOutOn.computeIfAbsent(key, k -> new ArrayList<>());
            if (on.isEmpty() || on.get(on.size() - 1) != p + 1) {
              on.add(p + 1);
            }
          } else {
            break;
          }
        }
      }
      found.add(furniture);
    }
    for (Map.Entry<String, String> header : shown.entrySet()) {
      warnings.add(
          "The line 「"
              + OutlineParser.shorten(header.getValue())
              + "」, repeated at the top or bottom of page(s) "
              + ranges(leftOutOn.get(header.getKey()))
              + ", was read as a running header or footer and left out of the text.");
    }
    return found;
  }

  /**
   * Whether line {@code i} of page {@code p}, at the top of the pages {@code on}, stands above the
   * text of the pages it is not on (the middle of their first lines' baselines, page numbers
   * aside): in the top margin, where a running header is printed. Unknown positions (a text file,
   * lines not measured) and a line on every page answer yes.
   */
  private static boolean inTopMargin(
      List<List<String>> pages, List<List<Float>> baselines, int p, int i, Set<Integer> on) {
    if (baselines == null || baselines.get(p) == null || Float.isNaN(baselines.get(p).get(i))) {
      return true;
    }
    List<Float> tops = new ArrayList<>();
    for (int q = 0; q < pages.size(); q++) {
      List<Float> ys = baselines.get(q);
      if (on.contains(q) || ys == null) {
        continue;
      }
      for (int j = 0; j < pages.get(q).size(); j++) {
        String line = pages.get(q).get(j);
        if (!line.isBlank() && !isPageNumber(line)) {
          if (!Float.isNaN(ys.get(j))) {
            tops.add(ys.get(j));
          }
          break;
        }
      }
    }
    if (tops.isEmpty()) {
      return true;
    }
    tops.sort(null);
    return baselines.get(p).get(i) < tops.get(tops.size() / 2) - MARGIN_STEP;
  }

  /** How far above the text's top a running header stands at least (points). */
  private static final float MARGIN_STEP = 3;

  /** 1, 2, 3, 5 as 1–3, 5. */
  private static String ranges(List<Integer> pages) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pages.size(); ) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      out.append(out.isEmpty() ? "" : ", ").append(pages.get(i));
      if (j > i) {
        out.append('–').append(pages.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  /** Indexes of the first and last {@link #EDGE} non-blank lines of a page. */
  private static Set<Integer> edges(List<String> lines) {
    Set<Integer> edges = new HashSet<>();
    for (List<Integer> band : bands(lines)) {
      edges.addAll(band);
    }
    return edges;
  }

  /**
   * The first {@link #EDGE} non-blank lines of a page from the top down, and the last from the
   * bottom up.
   */
  private static List<List<Integer>> bands(List<String> lines) {
    List<Integer> top = new ArrayList<>();
    for (int i = 0; i < lines.size() && top.size() < EDGE; i++) {
      if (!lines.get(i).isBlank()) {
        top.add(i);
      }
    }
    List<Integer> bottom = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && bottom.size() < EDGE; i--) {
      if (!lines.get(i).isBlank()) {
        bottom.add(i);
      }
    }
    return List.of(top, bottom);
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
        || Numbering.of(TextNoise.clean(line).strip()) != null
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

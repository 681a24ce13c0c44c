package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.Origin;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.importing.PlacesNamed;

/**
 * Problems of one document whose text is the same (title and description, compared as a revision
 * pairs problems: {@link OverlappingImports#key}) are imported each as a problem of its own, and
 * only their numbers tell them apart; a revision cannot pair them by their text. The document is
 * warned of, each group once, naming where each of them was read (docs/decisions/0318), the first
 * {@link PlacesNamed#SHOWN} places and then how many more (0372).
 */
final class SameProblemTexts {

  private SameProblemTexts() {}

  /** {@code doc} with a warning after its own for each text that more than one problem has. */
  static ParsedDocument warned(ParsedDocument doc) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    List<ParsedProblem> problems = doc.problems();
    for (int i = 0; i < problems.size(); i++) {
      String key = OverlappingImports.key(problems.get(i).title(), problems.get(i).description());
      if (!key.isEmpty()) {
        byText.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    ParsedDocument warned = doc;
    for (List<Integer> same : byText.values()) {
      if (same.size() < 2) {
        continue;
      }
      // the places named are bounded (line 2; …; line 29 等 4,990 处, 0372)
      warned =
          ImportAnswers.warned(
              warned,
              same.size()
                  + " problems of the document have the same text 「"
                  + ImportAnswers.start(problems.get(same.get(0)).title())
                  + "」 ("
                  + PlacesNamed.of(same, i -> where(problems.get(i).origin(), i), "; ")
                  + "): each is imported as a problem of its own, told apart only by its number."
                  + " Check that the document does not list one problem more than once.");
    }
    return warned;
  }

  /**
   * Where the {@code i}-th problem was read, as its origin says, else its place in the document.
   */
  private static String where(Origin o, int i) {
    if (o == null) {
      return "problem " + (i + 1);
    }
    List<String> parts = new ArrayList<>();
    if (o.sheet() != null) {
      parts.add("sheet 「" + o.sheet() + "」");
    }
    if (o.page() != null) {
      parts.add("page " + o.page());
    }
    if (o.table() != null) {
      parts.add("table " + o.table());
    }
    if (o.rows() != null) {
      parts.add(span("row", o.rows()));
    } else if (o.lines() != null) {
      parts.add(span("line", o.lines()));
    }
    return parts.isEmpty() ? "problem " + (i + 1) : String.join(" ", parts);
  }

  private static String span(String what, List<Integer> range) {
    return range.get(0).equals(range.get(1))
        ? what + " " + range.get(0)
        : what + "s " + range.get(0) + "–" + range.get(1);
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The problems of the text outside a document's tables beside the tables' own: which are the
 * tables' again, where each stands among the tables, their lines told in the whole text's
 * numbering, and the order of both ({@link DocumentReading}, 0177, 0247).
 */
final class TextBesideTables {

  private TextBesideTables() {}

  /**
   * Text without spaces, punctuation and a leading number: what two listings of a problem share.
   */
  static String compact(String text) {
    String t = text.strip();
    Numbering n = Numbering.of(t);
    if (n != null) {
      t = n.text();
    }
    return t.replaceAll("[\\s\\p{P}\\p{S}]", "");
  }

  private static final Pattern QUOTED = Pattern.compile("「([^」]*)」");

  /**
   * A warning of the text outside the tables about a heading that a table took as its category
   * (「二、财务管理方面」 has no numbered problems / Problem 「财务管理方面」 has no 整改措施): the table's problems are
   * imported under that heading, so the warning would mislead (0177).
   */
  static boolean aboutTableHeading(String warning, Set<String> headingTexts) {
    if (!warning.contains("has no numbered problems; it was skipped")
        && !warning.contains("has no 整改措施.")) {
      return false;
    }
    java.util.regex.Matcher m = QUOTED.matcher(warning);
    return m.find() && headingTexts.contains(compact(m.group(1)));
  }

  /** A problem the outline made of a heading a table took as its category: no text of its own. */
  static boolean isHeadingOnly(ParsedProblem p, Set<String> headingTexts) {
    return headingTexts.contains(compact(p.title()))
        && compact(p.description()).equals(compact(p.title()))
        && p.measures().isEmpty();
  }

  /**
   * The same problem listed twice: one's title is the other's, or holds it (at least 8 characters).
   */
  static boolean sameProblem(ParsedProblem inTable, ParsedProblem inText) {
    String a = compact(inTable.title());
    String b = compact(inText.title());
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String da = compact(inTable.description());
    String db = compact(inText.description());
    return (b.length() >= 8 && (a.contains(b) || da.contains(b)))
        || (a.length() >= 8 && (b.contains(a) || db.contains(a)));
  }

  /**
   * A problem of the text outside tables with its lines told in the whole text's numbering (the
   * tables' cells are lines of the whole text too).
   */
  static ParsedProblem inWholeText(ParsedProblem p, List<Grid> tables) {
    Origin o = p.origin();
    if (o == null || o.lines() == null) {
      return p;
    }
    List<Integer> lines = o.lines().stream().map(l -> l + shift(l, tables)).toList();
    return new ParsedProblem(
        p.title(),
        p.description(),
        p.categoryPath(),
        p.measures(),
        new Origin(o.sheet(), o.page(), o.table(), o.rows(), lines));
  }

  /**
   * Where the problems of the text outside tables stand, in the whole text's numbering and beside
   * the tables around them: 「财务报销审核不严」 line 23 (after table 1), … (0247).
   */
  static String whereInText(List<ParsedProblem> own, List<Grid> tables) {
    List<String> places = new ArrayList<>();
    for (ParsedProblem p : own) {
      ParsedProblem whole = inWholeText(p, tables);
      Origin o = whole.origin();
      String where = "「" + OutlineParser.shorten(p.title()) + "」";
      if (o != null && o.lines() != null && !o.lines().isEmpty()) {
        int first = o.lines().get(0);
        int last = o.lines().get(o.lines().size() - 1);
        where += first == last ? " line " + first : " lines " + first + "–" + last;
        where += besideTables(firstLine(p), tables);
      }
      places.add(where);
    }
    return String.join(", ", places);
  }

  /**
   * " (after table 2)", " (between tables 1 and 2)", " (before table 1)" for a line of the text.
   */
  static String besideTables(int outsideLine, List<Grid> tables) {
    int after = 0;
    int before = 0;
    for (Grid g : tables) {
      if (g.place() == null || g.table() <= 0) {
        continue;
      }
      if (g.place().outsideBefore() < outsideLine) {
        after = g.table();
      } else if (before == 0) {
        before = g.table();
      }
    }
    if (after > 0 && before > 0) {
      return " (between tables " + after + " and " + before + ")";
    }
    return after > 0
        ? " (after table " + after + ")"
        : before > 0 ? " (before table " + before + ")" : "";
  }

  /** "Line 11", "Lines 4–6", "(line 7)" in a warning about the text outside tables. */
  private static final Pattern LINE_NUMBERS = Pattern.compile("([Ll]ines? )(\\d+)(?:–(\\d+))?");

  /**
   * A warning about the text outside tables with its line numbers told in the whole text's
   * numbering, as the problems' origins are ({@link #inWholeText}).
   */
  static String linesInWholeText(String warning, List<Grid> tables) {
    java.util.regex.Matcher m = LINE_NUMBERS.matcher(warning);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int first = Integer.parseInt(m.group(2));
      String told = m.group(1) + (first + shift(first, tables));
      if (m.group(3) != null) {
        int last = Integer.parseInt(m.group(3));
        told += "–" + (last + shift(last, tables));
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(told));
    }
    m.appendTail(out);
    return out.toString();
  }

  static int shift(int outsideLine, List<Grid> tables) {
    int shift = 0;
    for (Grid g : tables) {
      if (g.place() != null && g.place().outsideBefore() < outsideLine) {
        shift = g.place().textAfter() - g.place().outsideBefore();
      }
    }
    return shift;
  }

  /**
   * The problems of the text and of the tables in the order the document gives them: the text's
   * problems (numbered by the lines of the text outside tables) that stand before a table come
   * before that table's.
   */
  static List<ParsedProblem> inDocumentOrder(
      List<ParsedProblem> fromText,
      List<Grid> tables,
      List<TableReading.Result> results,
      List<ParsedProblem> fromTables) {
    List<ParsedProblem> ordered = new ArrayList<>();
    int text = 0;
    int table = 0;
    for (int i = 0; i < tables.size(); i++) {
      Grid.Place place = tables.get(i).place();
      while (place != null
          && text < fromText.size()
          && firstLine(fromText.get(text)) <= place.outsideBefore()) {
        ordered.add(fromText.get(text++));
      }
      int count = results.get(i).problems().size();
      ordered.addAll(fromTables.subList(table, table + count));
      table += count;
    }
    ordered.addAll(fromText.subList(text, fromText.size()));
    return ordered;
  }

  private static int firstLine(ParsedProblem p) {
    Origin o = p.origin();
    return o == null || o.lines() == null ? Integer.MAX_VALUE : o.lines().get(0);
  }
}

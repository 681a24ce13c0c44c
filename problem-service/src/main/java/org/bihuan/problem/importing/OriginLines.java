package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the lines of a Word file's problems are counted where the file has tables
 * (docs/decisions/0332): the lines of its text outside the tables, each paragraph a line and a
 * table none, so that line 14 is the 14th paragraph above which the tables are skipped — what a
 * reader counts in Word. A table's cells are no lines of that count: a problem read from them is
 * told by the line just above the table. A PDF's lines stay those of its text, its tables' rows
 * included, as its pages show them.
 */
final class OriginLines {

  /** "Line 11", "Lines 4–6", "(line 7)" in a warning. */
  private static final Pattern LINE_NUMBERS = Pattern.compile("([Ll]ines? )(\\d+)(?:–(\\d+))?");

  private OriginLines() {}

  /** Whether the file's lines skip its tables: a Word file (.docx, .doc). */
  static boolean skipsTables(DocumentContent content) {
    return "docx".equals(content.format()) || "doc".equals(content.format());
  }

  /**
   * The tables by which lines of the text outside them are told ({@link TextBesideTables}): a Word
   * file's as taking no lines, so that its lines are the text's outside tables; a PDF's as they
   * are.
   */
  static List<Grid> toldBy(DocumentContent content) {
    if (!skipsTables(content)) {
      return content.tables();
    }
    List<Grid> told = new ArrayList<>();
    for (Grid g : content.tables()) {
      Grid.Place p = g.place();
      told.add(
          p == null
              ? g
              : new Grid(
                  g.sheet(),
                  g.rows(),
                  g.date1904(),
                  g.table(),
                  g.lead(),
                  new Grid.Place(p.outsideBefore(), p.outsideBefore()),
                  g.hiddenColumns(),
                  g.pages(),
                  g.parts()));
    }
    return told;
  }

  /**
   * The outline of a Word file's whole text (its tables' cells read as lines, where no table holds
   * rectification problems) with its problems' lines and its warnings' line numbers told outside
   * the tables; any other document as it is.
   */
  static ParsedDocument outsideTables(ParsedDocument doc, DocumentContent content) {
    List<Grid.Place> places = new ArrayList<>();
    for (Grid g : content.tables()) {
      if (g.place() != null && !places.contains(g.place())) {
        places.add(g.place());
      }
    }
    if (!skipsTables(content) || places.isEmpty()) {
      return doc;
    }
    IntUnaryOperator outside = line -> outsideLine(line, places);
    List<ParsedProblem> problems = new ArrayList<>();
    for (ParsedProblem p : doc.problems()) {
      Origin o = p.origin();
      if (o == null || o.lines() == null || o.lines().isEmpty()) {
        problems.add(p);
        continue;
      }
      int first = outside.applyAsInt(o.lines().get(0));
      int last = outside.applyAsInt(o.lines().get(o.lines().size() - 1));
      problems.add(
          new ParsedProblem(
              p.title(),
              p.description(),
              p.categoryPath(),
              p.measures(),
              new Origin(o.sheet(), o.page(), o.table(), o.rows(), List.of(first, last))));
    }
    List<String> warnings = doc.warnings().stream().map(w -> told(w, outside)).toList();
    return new ParsedDocument(problems, doc.causes(), doc.proposedMeasures(), warnings);
  }

  /**
   * Line {@code line} of the whole text as a line of the text outside tables: the lines of the
   * tables above it taken off, a table's own line told as the line above the table (1 at least).
   */
  static int outsideLine(int line, List<Grid.Place> places) {
    int shift = 0;
    for (Grid.Place p : places) {
      int start = p.outsideBefore() + shift + 1;
      if (line < start) {
        break;
      }
      if (line <= p.textAfter()) {
        return Math.max(1, p.outsideBefore());
      }
      shift = p.textAfter() - p.outsideBefore();
    }
    return line - shift;
  }

  /** {@code warning} with each line number it gives told by {@code outside}. */
  private static String told(String warning, IntUnaryOperator outside) {
    Matcher m = LINE_NUMBERS.matcher(warning);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int first = outside.applyAsInt(Integer.parseInt(m.group(2)));
      String told = m.group(1) + first;
      if (m.group(3) != null) {
        told += "–" + outside.applyAsInt(Integer.parseInt(m.group(3)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(told));
    }
    m.appendTail(out);
    return out.toString();
  }
}

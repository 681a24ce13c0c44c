package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word document's numbered findings that run on across its tables: 1.–2. in a table, 3. as a
 * paragraph, 4. in the next table, 5. and 6. as paragraphs below it. Read alone, the text outside
 * the tables jumps from 3. to 5., and an outline reader takes 5. and 6. for points of 3. — the
 * findings are lost into another problem's measures. So the text is read with a stand-in line for
 * each problem of a table (N. its title) where the table stands, when the table's 序号 continue the
 * numbered lines before it and the numbered line after it continues the table's: the numbering is
 * whole again, and the stand-ins' problems, lines and warnings are then left out (0247).
 */
final class NumbersAcrossTables {

  private NumbersAcrossTables() {}

  /**
   * The outline of the text outside tables, read with the tables' stand-ins, its problems' lines
   * and its warnings' line numbers told in the text's own numbering.
   */
  static ParsedDocument parse(
      OutlineParser parser, String outside, List<Grid> tables, List<TableReading.Result> results) {
    String[] lines = outside.split("\n", -1);
    Map<Integer, List<String>> standIns = standIns(lines, tables, results);
    if (standIns.isEmpty()) {
      return parser.parse(outside);
    }
    List<String> text = new ArrayList<>();
    List<Integer> original = new ArrayList<>(); // 1-based line of the text, 0 for a stand-in
    Set<String> titles = new HashSet<>();
    for (int i = 0; i <= lines.length; i++) {
      for (String standIn : standIns.getOrDefault(i, List.of())) {
        text.add(standIn);
        original.add(0);
        titles.add(Numbering.of(standIn).text().replaceFirst("。$", ""));
      }
      if (i < lines.length) {
        text.add(lines[i]);
        original.add(i + 1);
      }
    }
    ParsedDocument read = parser.parse(String.join("\n", text));
    List<ParsedProblem> problems = new ArrayList<>();
    for (ParsedProblem p : read.problems()) {
      Origin o = p.origin();
      if (o == null || o.lines() == null || o.lines().isEmpty()) {
        problems.add(p);
        continue;
      }
      int first = toOriginal(o.lines().get(0), original, false);
      if (first <= 0) {
        continue; // a table's own problem, read from its stand-in
      }
      int last = Math.max(first, toOriginal(o.lines().get(o.lines().size() - 1), original, true));
      problems.add(
          new ParsedProblem(
              p.title(),
              p.description(),
              p.categoryPath(),
              p.measures(),
              new Origin(o.sheet(), o.page(), o.table(), o.rows(), List.of(first, last))));
    }
    Set<String> own = new HashSet<>();
    problems.forEach(p -> own.add(p.title()));
    titles.removeAll(own);
    List<String> warnings = new ArrayList<>();
    for (String w : read.warnings()) {
      String told = told(w, original);
      if (told != null
          && titles.stream().noneMatch(t -> w.contains("「" + OutlineParser.shorten(t)))) {
        warnings.add(told);
      }
    }
    return new ParsedDocument(problems, read.causes(), read.proposedMeasures(), warnings);
  }

  /**
   * The stand-in lines to put before each line index of the text: for each Word table whose
   * problems are numbered 序号 n…m in order, when the last numbered line (1. 2. …) above it is n−1
   * (or there is none and n is 1) and the first numbered line below it, before the next table, is
   * m+1.
   */
  private static Map<Integer, List<String>> standIns(
      String[] lines, List<Grid> tables, List<TableReading.Result> results) {
    Map<Integer, List<String>> out = new HashMap<>();
    Integer last = null;
    int line = 0;
    for (int t = 0; t < tables.size(); t++) {
      Grid.Place place = tables.get(t).place();
      TableReading.Result result = results.get(t);
      if (place == null || result == null || tables.get(t).sheet() != null) {
        continue;
      }
      int at = Math.min(place.outsideBefore(), lines.length);
      for (; line < at; line++) {
        Integer n = itemNumber(lines[line]);
        if (n != null) {
          last = n;
        }
      }
      List<Integer> seqs = numbers(result.seqs());
      if (seqs == null || result.problems().size() != seqs.size()) {
        continue;
      }
      int first = seqs.get(0);
      int end = seqs.get(seqs.size() - 1);
      boolean continuesAbove = last == null ? first == 1 : last == first - 1;
      Integer below = null;
      int until = lines.length;
      for (int u = t + 1; u < tables.size(); u++) {
        if (tables.get(u).place() != null) {
          until = Math.min(until, tables.get(u).place().outsideBefore());
          break;
        }
      }
      for (int k = at; k < until && below == null; k++) {
        below = itemNumber(lines[k]);
      }
      if (!continuesAbove || below == null || below != end + 1) {
        continue;
      }
      List<String> standIn = new ArrayList<>();
      for (int i = 0; i < seqs.size(); i++) {
        standIn.add(seqs.get(i) + ". " + result.problems().get(i).title() + "。");
      }
      out.computeIfAbsent(at, k -> new ArrayList<>()).addAll(standIn);
      last = end;
    }
    return out;
  }

  /**
   * A line's item number when it is numbered 1. / 1、 / 1． (arabic, the findings' rank), else null.
   */
  private static Integer itemNumber(String line) {
    Numbering n = Numbering.of(line.strip());
    return n != null && n.rank() == Numbering.ARABIC ? n.number() : null;
  }

  /** The 序号 as numbers rising by one, or null when any is not (blank, 1-1, 一). */
  private static List<Integer> numbers(List<String> seqs) {
    List<Integer> out = new ArrayList<>();
    for (String s : seqs) {
      String t = s.strip().replaceFirst("\\.0$", "");
      if (!t.matches("[0-9]{1,4}")) {
        return null;
      }
      int n = Integer.parseInt(t);
      if (!out.isEmpty() && n != out.get(out.size() - 1) + 1) {
        return null;
      }
      out.add(n);
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * A line of the text read with stand-ins as a line of the text itself; a stand-in gives the line
   * before it ({@code back}) or 0.
   */
  private static int toOriginal(int line, List<Integer> original, boolean back) {
    if (line < 1 || line > original.size()) {
      return line;
    }
    int i = line - 1;
    while (back && i > 0 && original.get(i) == 0) {
      i--;
    }
    return original.get(i);
  }

  private static final Pattern LINE_NUMBERS = Pattern.compile("([Ll]ines? )(\\d+)(?:–(\\d+))?");

  /** A warning with its line numbers told in the text's numbering; null when about a stand-in. */
  private static String told(String warning, List<Integer> original) {
    Matcher m = LINE_NUMBERS.matcher(warning);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int first = toOriginal(Integer.parseInt(m.group(2)), original, false);
      if (first <= 0) {
        return null;
      }
      String told = m.group(1) + first;
      if (m.group(3) != null) {
        told += "–" + Math.max(first, toOriginal(Integer.parseInt(m.group(3)), original, true));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(told));
    }
    m.appendTail(out);
    return out.toString();
  }
}

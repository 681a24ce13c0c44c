package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.bodyAfterHead;
import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.headingText;
import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * A measures section after the problems, its items headed by the problem they answer (二、整改措施 /
 * （一）针对理论学习不够深入的问题 / 1.… 2.…; docs/decisions/0318): a sub-heading that names one problem of the
 * document — by its text (the one problem whose title holds it, or which it holds) or by its number
 * (第2个问题, 问题二) — gives that problem the measures under it, each numbered point a measure; a
 * sub-heading that names none leaves its items proposed measures, as any measures section's, and
 * each of its measures is named in a warning. Items not headed 针对/关于/对于…问题 are read as before.
 */
final class MeasuresForProblems {

  /** 针对…的问题, 关于…问题, 对于第2个问题: a sub-heading naming the problem its measures answer. */
  private static final Pattern NAMING =
      Pattern.compile(
          "^(?:针对|关于|对于|就)(?:(.+?)(?:的)?(?:方面的问题|方面问题|问题)|(问题(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})))"
              + "(?:[，,：:。].*)?$",
          Pattern.DOTALL);

  /** A naming line and what follows its 问题 and a comma or colon: the measure written on it. */
  private static final Pattern INLINE =
      Pattern.compile(
          "^(?:针对|关于|对于|就).*?问题(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})?[，,：:。](.+)$", Pattern.DOTALL);

  /** One problem's number: 2, 二. */
  private static final Pattern ONE_NUMBER = Pattern.compile("[0-9]{1,3}|[一二三四五六七八九十]{1,3}");

  /**
   * 第2个, 第二项, 2, 问题二 (after 针对, before 问题), or several: 第2、3个, 第2和第3项, 第二、三个 (0371): the problems'
   * numbers.
   */
  private static final Pattern NUMBERS =
      Pattern.compile(
          "^(?:第)?(?:"
              + ONE_NUMBER.pattern()
              + ")(?:[、，,和及与]\\s*(?:第)?(?:"
              + ONE_NUMBER.pattern()
              + "))*(?:个|项|条)?$");

  private static final Pattern IGNORED = Pattern.compile("[\\p{P}\\p{Z}\\s]+");

  /** A duty label in a measure's text: 责任领导：, 责任单位：, 整改时限：… (read by a plan, not here). */
  private static final Pattern DUTY_LABEL =
      Pattern.compile("(?:责任|牵头|分管|配合)(?:领导|单位|部门|人)[：:]|(?:整改|完成)时限[：:]|时限要求[：:]");

  private MeasuresForProblems() {}

  /**
   * Links the items of {@code section} that name a problem of {@code problems} to it (their
   * measures appended to its own), names the measures of those that name none in {@code warnings},
   * and answers the items it linked, which are no proposed measures.
   */
  static List<Node> link(
      Node section, List<ParsedProblem> problems, List<String> warnings, Integer year) {
    return link(section, problems, warnings, year, false);
  }

  /**
   * As {@link #link(Node, List, List, Integer)}, for a section written as a plan ({@code plan}:
   * 三、整改措施 / 1．针对“理论学习不够深入”问题。整改措施：… / 责任领导：…, docs/decisions/0424): an item that names no problem
   * of the document is left to be read as the plan reads it, a problem of its own, and the warning
   * says so.
   */
  static List<Node> link(
      Node section,
      List<ParsedProblem> problems,
      List<String> warnings,
      Integer year,
      boolean plan) {
    List<Node> linked = new ArrayList<>();
    for (Node item : section.children) {
      String heading = head(item).title().strip();
      Matcher m = NAMING.matcher(heading);
      if (!m.matches()) {
        continue;
      }
      List<Integer> named = named((m.group(1) != null ? m.group(1) : m.group(2)).strip(), problems);
      List<Node> points = item.children;
      if (named.isEmpty() && plan) {
        warnings.add(
            "Line "
                + item.number
                + ": 「"
                + shorten(heading)
                + "」 names no problem of the document by its text or number; it was read as a"
                + " problem of its own, with its measures — check whether it answers one of the"
                + " problems above.");
        continue;
      }
      if (named.isEmpty()) {
        for (Node point : points.isEmpty() ? List.of(item) : points) {
          warnings.add(
              "Line "
                  + point.number
                  + ": the measure 「"
                  + shorten(point == item ? heading : text(point))
                  + "」 under 「"
                  + shorten(heading)
                  + "」 names no problem of the document by its text or number; it is a proposed"
                  + " measure, linked to no problem.");
        }
        continue;
      }
      // 针对第2、3个问题：: the same measures for each problem it names
      List<ParsedMeasure> given = new ArrayList<>();
      if (give(item, heading, problems.get(named.get(0)).title(), year, warnings, given)) {
        for (int problem : named) {
          ParsedProblem p = problems.get(problem);
          List<ParsedMeasure> all = new ArrayList<>(p.measures());
          all.addAll(given);
          problems.set(
              problem,
              new ParsedProblem(p.title(), p.description(), p.categoryPath(), all, p.origin()));
        }
        linked.add(item);
      }
    }
    return linked;
  }

  /**
   * Reads into {@code given} the measures under a naming {@code item}; false when it holds none.
   * {@code title} is the title of the (first) problem it names.
   */
  private static boolean give(
      Node item,
      String heading,
      String title,
      Integer year,
      List<String> warnings,
      List<ParsedMeasure> all) {
    List<Node> points = item.children;
    // 1.针对…的问题，制定学习计划。责任人：…: the measure written on the naming line itself (0343)
    String inline = points.isEmpty() ? inline(headingText(item)) : null;
    if (withDuties(item) || (inline != null && DUTY_LABEL.matcher(inline).find())) {
      // 1.加强日常巡查。 / 责任领导：… / 整改时限：…: its duties read as a plan's measure's (0324)
      List<ParsedMeasure> read = withTheirDuties(item, title, year, warnings, inline);
      if (read != null) {
        all.addAll(read);
        return true;
      }
    }
    List<String> measures = new ArrayList<>();
    for (Node point : points) {
      String text = text(point);
      measures.add(text);
      if (DUTY_LABEL.matcher(text).find()) {
        warnings.add(
            "Line "
                + point.number
                + ": the measure 「"
                + shorten(text)
                + "」 under 「"
                + shorten(heading)
                + "」 carries its 责任/时限 lines in its text; its units, leader and deadline were"
                + " not read from them — check them before the tickets are made.");
      }
    }
    if (measures.isEmpty()) {
      String body = ((inline == null ? "" : inline) + String.join("", bodyAfterHead(item))).strip();
      if (body.isEmpty()) {
        return false;
      }
      measures.add(body);
    }
    for (String text : measures) {
      all.add(new ParsedMeasure(text, List.of(), List.of(), null, null, null, null, null, null));
    }
    return true;
  }

  /** Whether a line under {@code item} holds a duty label (责任单位：, 整改时限：…). */
  private static boolean withDuties(Node item) {
    List<OutlineParser.Line> lines = new ArrayList<>();
    item.flatten(lines, false);
    return lines.stream().anyMatch(l -> DUTY_LABEL.matcher(l.text()).find());
  }

  /**
   * The measures of {@code item}, read as a plan reads a problem's 整改措施 and the 责任/时限 lines under
   * each ({@link PlanReading}): each measure its own units, leader, person and time limit, the
   * warnings of any plan's measure in {@code warnings}; null when the lines do not read as one
   * problem's measures.
   */
  private static List<ParsedMeasure> withTheirDuties(
      Node item, String title, Integer year, List<String> warnings, String inline) {
    ParsedProblem read = asProblem(item, title, year, warnings, inline);
    return read == null ? null : read.measures();
  }

  /** Whether {@code heading} names the problem its measures answer (针对“X”问题, 关于…的问题). */
  static boolean naming(String heading) {
    return NAMING.matcher(heading.strip()).matches();
  }

  /**
   * {@code item} read as a plan's problem titled {@code title}, with the measure {@code inline}
   * (and its duties) written on its line and the lines under it; null when it reads as no one
   * problem with measures.
   */
  static ParsedProblem asProblem(
      Node item, String title, Integer year, List<String> warnings, String inline) {
    List<OutlineParser.Line> lines = new ArrayList<>();
    lines.add(new OutlineParser.Line("问题：" + title, null, item.number));
    String written = inline == null ? "" : inline;
    Matcher duty = DUTY_LABEL.matcher(written);
    int cut = duty.find() ? duty.start() : written.length();
    lines.add(new OutlineParser.Line("整改措施：" + written.substring(0, cut), null, item.number));
    if (cut < written.length()) {
      // 制定学习计划。责任人：陈刚；完成时限：…: its duties, a line of their own as a plan writes them
      lines.add(new OutlineParser.Line(written.substring(cut), null, item.number));
    }
    List<String> body = bodyAfterHead(item);
    for (int i = 0; i < body.size(); i++) {
      int at = item.body.size() - body.size() + i;
      lines.add(new OutlineParser.Line(body.get(i), null, item.bodyNumbers.get(at)));
    }
    item.children.forEach(c -> c.flatten(lines, true));
    List<ParsedProblem> read = new ArrayList<>();
    List<String> said = new ArrayList<>();
    new PlanReading(read, said, List.of(), year).read(lines);
    if (read.size() != 1 || read.get(0).measures().isEmpty()) {
      return null;
    }
    warnings.addAll(said);
    return read.get(0);
  }

  /**
   * What a naming line says after the problem it names (制定学习计划。 of 针对…的问题，制定学习计划。), or null when it
   * ends there.
   */
  private static String inline(String line) {
    Matcher m = INLINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    // 针对“…”问题。整改措施：制定学习计划。: the measure without its label
    List<Labels.Labelled> labels = Labels.of(m.group(1).strip());
    String rest =
        !labels.isEmpty() && labels.get(0).label() == Labels.Label.MEASURE
            ? m.group(1)
                .replaceFirst("^\\s*" + Pattern.quote(labels.get(0).name()) + "\\s*[：:]?", "")
            : m.group(1);
    rest = rest.strip();
    return rest.isEmpty() ? null : rest;
  }

  /** A numbered point's text: its line without its number, and the lines under it. */
  private static String text(Node point) {
    StringBuilder text = new StringBuilder(headingText(point));
    bodyAfterHead(point).forEach(text::append);
    List<OutlineParser.Line> nested = new ArrayList<>();
    point.children.forEach(c -> c.flatten(nested, true));
    nested.forEach(l -> text.append(l.text()));
    return text.toString().strip();
  }

  /** The indexes of the problems {@code name} names (one, or several by number), or none. */
  private static List<Integer> named(String name, List<ParsedProblem> problems) {
    String numbers = name.startsWith("问题") ? name.substring(2) : name;
    if (NUMBERS.matcher(numbers).matches()) {
      List<Integer> named = new ArrayList<>();
      Matcher each = ONE_NUMBER.matcher(numbers);
      while (each.find()) {
        int n = value(each.group());
        if (n < 1 || n > problems.size() || named.contains(n - 1)) {
          return List.of();
        }
        named.add(n - 1);
      }
      return named;
    }
    int one = byTitle(name, problems);
    return one < 0 ? List.of() : List.of(one);
  }

  /** The index of the one problem whose title {@code name} names, or -1. */
  private static int byTitle(String name, List<ParsedProblem> problems) {
    String key = key(name);
    if (key.codePointCount(0, key.length()) < 2) {
      return -1;
    }
    int found = -1;
    for (int i = 0; i < problems.size(); i++) {
      if (key(problems.get(i).title()).equals(key)) {
        return i; // the title itself, though another holds it too
      }
    }
    for (int i = 0; i < problems.size(); i++) {
      String title = key(problems.get(i).title());
      if (!title.isEmpty() && (title.contains(key) || key.contains(title))) {
        if (found >= 0) {
          return -1; // two problems: which one it names, the text does not say
        }
        found = i;
      }
    }
    return found;
  }

  private static int value(String digits) {
    if (Character.isDigit(digits.charAt(0))) {
      return Integer.parseInt(digits);
    }
    String units = "一二三四五六七八九";
    int ten = digits.indexOf('十');
    if (ten < 0) {
      return digits.length() == 1 ? units.indexOf(digits.charAt(0)) + 1 : -1;
    }
    int tens = ten == 0 ? 1 : units.indexOf(digits.charAt(0)) + 1;
    int ones = ten == digits.length() - 1 ? 0 : units.indexOf(digits.charAt(ten + 1)) + 1;
    return tens * 10 + ones;
  }

  private static String key(String text) {
    return IGNORED
        .matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC))
        .replaceAll("");
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.splitHead;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The measures of a self-examination's 整改措施 section written with their duty lines (三、整改措施 /
 * （一）加强理论学习。… / 责任单位：… / 责任人：… / 完成时限：…; docs/decisions/0332): the section's items are read as a
 * plan reads a problem's 整改措施 and the lines under it ({@link PlanReading}), so that each measure
 * takes its own duty lines — or the block given after several measures, as in a plan — and its text
 * is the measure only, never its duty lines. They stay proposed measures (the section names no
 * problem); an item of several numbered points each with its duties gives a proposal per point,
 * under the item's title.
 */
final class ProposedMeasureDuties {

  /** A duty label: 责任单位：, 责任人：, 完成时限：… (what makes the section's items a plan's measures). */
  private static final Pattern DUTY_LABEL =
      Pattern.compile("(?:责任|牵头|分管|配合|协办)(?:领导|单位|部门|科室|人)[：:]|(?:整改|完成)(?:时限|时间)[：:]|时限要求[：:]");

  private static final Pattern IGNORED = Pattern.compile("[\\p{P}\\p{Z}\\s]+");

  private ProposedMeasureDuties() {}

  /**
   * Adds to {@code proposed} the measures of {@code section}'s items with their duties, the
   * warnings of their reading to {@code warnings}, and answers true; false (nothing added) when no
   * line of the items holds a duty label, or when they do not read as measures with duties (then
   * the items are read as before).
   */
  static boolean read(
      Node section, List<String> warnings, Integer year, List<ProposedMeasure> proposed) {
    List<ProposedMeasure> read = read(section, warnings, year);
    if (read == null) {
      return false;
    }
    proposed.addAll(read);
    return true;
  }

  private static List<ProposedMeasure> read(Node section, List<String> warnings, Integer year) {
    List<List<Node>> runs = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    for (Node item : section.children) {
      run.add(item);
      if (holdsDuty(item)) {
        runs.add(run); // the items since the last duty lines: the measures these lines are of
        run = new ArrayList<>();
      }
    }
    if (runs.isEmpty()) {
      return null;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    String title = head(section).title();
    List<ProposedMeasure> proposals = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (List<Node> items : runs) {
      List<Line> lines = new ArrayList<>();
      lines.add(new Line("问题：" + title, null, section.number));
      lines.add(new Line("整改措施：", null, section.number));
      for (Node item : items) {
        if (item.children.isEmpty()) {
          item.flatten(lines, true);
        } else {
          // 2、规范财务管理。 / （1）… 责任单位：… / （2）…: the points are the measures, under its title
          item.flatten(lines, false);
        }
      }
      List<ParsedProblem> read = new ArrayList<>();
      new PlanReading(read, said, List.of(), year).read(lines);
      if (read.size() != 1 || read.get(0).measures().isEmpty()) {
        return null;
      }
      int at = 0;
      for (ParsedMeasure m : read.get(0).measures()) {
        at = Math.max(0, itemOf(m.measure(), items, at));
        proposals.add(proposal(m, items.get(at)));
      }
    }
    for (String w : said) {
      warnings.add(
          w.replace("Problem 「" + title + "」, measure ", "The proposed measure ")
              .replace("Problem 「" + title + "」", "The measures section 「" + title + "」"));
    }
    return proposals;
  }

  /** Whether a line of an item of {@code section} holds a duty label. */
  static boolean anyHoldsDuty(Node section) {
    return section.children.stream().anyMatch(ProposedMeasureDuties::holdsDuty);
  }

  /** Whether a line of {@code item} holds a duty label. */
  private static boolean holdsDuty(Node item) {
    List<Line> lines = new ArrayList<>();
    item.flatten(lines, true);
    return lines.stream().anyMatch(l -> DUTY_LABEL.matcher(l.text()).find());
  }

  /** The proposal of measure {@code m}, under the title of the item it was read from. */
  private static ProposedMeasure proposal(ParsedMeasure m, Node item) {
    OutlineParser.Head own = splitHead(m.measure());
    String title = head(item).title();
    String description = m.measure();
    if (key(own.title()).equals(key(title)) && !own.rest().isEmpty()) {
      description = own.rest();
    }
    return new ProposedMeasure(title, description, m);
  }

  /** The index of the item (from {@code from} on) whose text holds {@code measure}, or -1. */
  private static int itemOf(String measure, List<Node> items, int from) {
    String key = key(measure);
    for (int i = Math.max(from, 0); i < items.size(); i++) {
      List<Line> lines = new ArrayList<>();
      items.get(i).flatten(lines, true);
      StringBuilder text = new StringBuilder();
      lines.forEach(l -> text.append(l.text()));
      String all = key(text.toString());
      if (!key.isEmpty() && all.contains(key.substring(0, Math.min(key.length(), 12)))) {
        return i;
      }
    }
    return -1;
  }

  private static String key(String text) {
    return IGNORED.matcher(text == null ? "" : text).replaceAll("");
  }
}

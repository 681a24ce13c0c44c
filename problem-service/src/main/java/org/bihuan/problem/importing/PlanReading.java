package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * Reads the rectification-plan genre line by line: numbered problems, each followed by labelled
 * lines (问题表现：, 整改措施：, 责任领导：, 责任单位：, 责任人：, 整改时限：…), grouped under headings that become the category
 * path.
 *
 * <p>The problem level is the numbering rank that most often comes right before a 问题表现 or 整改措施
 * label; shallower numbered lines are categories, deeper ones belong to the current problem (for
 * instance （1）（2） measures). A 整改措施 that enumerates several points (（1）…（2）…, 一是…二是…) gives one
 * measure per point; responsibility and time-limit lines apply to the measures above them that came
 * since the previous such lines (so a plan may give each point its own unit and date), and lines
 * given before any measure apply to all of the problem's measures.
 */
final class PlanReading {

  private final List<ParsedProblem> problems;
  private final List<String> warnings;

  PlanReading(List<ParsedProblem> problems, List<String> warnings) {
    this.problems = problems;
    this.warnings = warnings;
  }

  /**
   * A plan has at least one responsibility or time-limit label (at the start of a line or after a
   * sentence or clause end), or two 问题表现/整改措施 labels.
   */
  static boolean isPlan(List<Line> lines) {
    int problemOrMeasure = 0;
    for (Line line : lines) {
      for (Labelled l : Labels.find(content(line)).labels()) {
        if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
          problemOrMeasure++;
        } else {
          return true;
        }
      }
    }
    return problemOrMeasure >= 2;
  }

  /** Whether any line has a 问题表现 or 整改措施 label. */
  static boolean namesProblemsOrMeasures(List<Line> lines) {
    for (Line line : lines) {
      for (Labelled l : Labels.find(content(line)).labels()) {
        if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
          return true;
        }
      }
    }
    return false;
  }

  private static String content(Line line) {
    return line.numbering() == null ? line.text() : line.numbering().text();
  }

  private enum Block {
    NONE,
    DESCRIPTION,
    PROBLEM_TEXT,
    MEASURE,
    RESPONSIBILITY
  }

  private int problemRank;
  private final List<Numbering> categoryStack = new ArrayList<>();
  private final List<String> categoryPath = new ArrayList<>();
  private Draft current;
  private Block block = Block.NONE;
  private int lastProblemNumber;

  /** The number of the last measure point numbered like the problems (0: none yet). */
  private int lastPointNumber;

  void read(List<Line> lines) {
    problemRank = problemRank(lines);
    for (Line line : lines) {
      Numbering n = line.numbering();
      if (n != null && n.rank() < problemRank) {
        finish();
        while (!categoryStack.isEmpty()
            && categoryStack.get(categoryStack.size() - 1).rank() >= n.rank()) {
          categoryStack.remove(categoryStack.size() - 1);
          categoryPath.remove(categoryPath.size() - 1);
        }
        categoryStack.add(n);
        categoryPath.add(OutlineParser.splitHead(n.text()).title());
        continue;
      }
      if (n != null && n.rank() == problemRank && startsProblem(n)) {
        finish();
        current = new Draft(List.copyOf(categoryPath));
        lastProblemNumber = n.number();
        lastPointNumber = 0;
        Labels.Split split = Labels.find(n.text());
        Head head = OutlineParser.splitHead(split.prefix());
        current.title = head.title().isEmpty() ? null : head.title();
        current.describe(head.rest());
        block = Block.DESCRIPTION;
        labels(split.labels());
        continue;
      }
      if (n != null && n.rank() == problemRank) {
        lastPointNumber = n.number();
      }
      Labels.Split split = Labels.find(content(line));
      if (split.labels().isEmpty()) {
        continuation(line.text(), n != null);
      } else {
        if (!split.prefix().isEmpty()) {
          continuation(n == null ? split.prefix() : n.marker() + split.prefix(), n != null);
        }
        labels(split.labels());
      }
    }
    finish();
  }

  /**
   * A line at the problem rank starts a new problem unless it continues the numbering of measure
   * points inside the current problem (plans that number both with 1.).
   */
  private boolean startsProblem(Numbering n) {
    if (current == null || !current.hasMeasures()) {
      return true;
    }
    if (block == Block.MEASURE && n.number() == lastPointNumber + 1) {
      return false;
    }
    return n.number() == lastProblemNumber + 1;
  }

  /**
   * The numbering rank of the plan's problems; {@code Integer.MAX_VALUE} when they are not
   * numbered.
   */
  static int problemRank(List<Line> lines) {
    Map<Integer, Integer> beforeProblemLabels = new TreeMap<>();
    Map<Integer, Integer> beforeAnyLabel = new TreeMap<>();
    int lastRank = -1;
    int unnumbered = 0;
    boolean labelSince = false;
    for (Line line : lines) {
      List<Labelled> labels = Labels.find(content(line)).labels();
      if (line.numbering() != null && labels.isEmpty()) {
        lastRank = line.numbering().rank();
        labelSince = false;
        continue;
      }
      if (!labels.isEmpty() && labelSince && labels.get(0).label() == Label.PROBLEM) {
        unnumbered++; // a 问题表现 with no number since the previous labels starts its own problem
      }
      if (labels.isEmpty() || labelSince) {
        continue;
      }
      int rank = line.numbering() != null ? line.numbering().rank() : lastRank;
      labelSince = true;
      if (rank < 0) {
        continue;
      }
      beforeAnyLabel.merge(rank, 1, Integer::sum);
      Label first = labels.get(0).label();
      if (first == Label.PROBLEM || first == Label.MEASURE) {
        beforeProblemLabels.merge(rank, 1, Integer::sum);
      }
    }
    Map<Integer, Integer> counts =
        beforeProblemLabels.isEmpty() ? beforeAnyLabel : beforeProblemLabels;
    int best = Integer.MAX_VALUE;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return unnumbered >= bestCount ? Integer.MAX_VALUE : best;
  }

  private void labels(List<Labelled> labels) {
    for (Labelled l : labels) {
      switch (l.label()) {
        case PROBLEM -> {
          if (current == null || current.problemText != null || current.hasMeasuresOrDuties()) {
            finish();
            current = new Draft(List.copyOf(categoryPath));
          }
          current.problemText = l.value();
          block = Block.PROBLEM_TEXT;
        }
        case MEASURE -> {
          if (current == null) {
            current = new Draft(List.copyOf(categoryPath));
          }
          current.openMeasures(l.value());
          block = Block.MEASURE;
        }
        default -> {
          if (current == null) {
            warnings.add(
                "「" + l.name() + "：" + l.value() + "」 is not under any problem; it was ignored.");
          } else {
            current.assign(l.label(), l.value());
            block = Block.RESPONSIBILITY;
          }
        }
      }
    }
  }

  private void continuation(String text, boolean numbered) {
    if (current == null) {
      return; // introduction before the first problem
    }
    switch (block) {
      case PROBLEM_TEXT -> current.problemText = current.problemText + "\n" + text;
      case MEASURE -> current.measureLines.add(text);
      case RESPONSIBILITY -> {
        if (numbered && current.hasMeasures()) {
          current.openMeasures(text); // the next numbered point, with its own responsibility
          block = Block.MEASURE;
        } else {
          // such as 整改目标：… after the responsibility lines: context, not the measure's text
          current.describe(text);
        }
      }
      default -> current.describe(text);
    }
  }

  private void finish() {
    Draft draft = current;
    current = null;
    block = Block.NONE;
    if (draft == null) {
      return;
    }
    draft.closeMeasures();
    String title = draft.title;
    String description = draft.description.toString();
    if (draft.problemText != null && !draft.problemText.isEmpty()) {
      if (title == null) {
        title = OutlineParser.splitHead(draft.problemText).title();
        description = OutlineParser.join(draft.problemText, description);
      } else {
        description = OutlineParser.join(description, draft.problemText);
      }
    }
    if (title == null || title.isEmpty()) {
      if (!draft.measures.isEmpty()) {
        warnings.add(
            "The 整改措施 「"
                + OutlineParser.shorten(draft.measures.get(0).text.toString())
                + "」 is not under any problem; it was ignored.");
      }
      return;
    }
    String named = "Problem 「" + OutlineParser.shorten(title) + "」";
    List<ParsedMeasure> measures = new ArrayList<>();
    for (MeasureDraft m : draft.measures) {
      m.fillFrom(draft.defaults);
      String text = m.text.toString().strip();
      String measureNamed = named + ", measure 「" + OutlineParser.shorten(text) + "」";
      DeadlineText.Reading time;
      if (m.timeLimit == null) {
        time = new DeadlineText.Reading(null, null, null);
        warnings.add(
            measureNamed + ": no 整改时限 is given; set a time limit before creating its ticket.");
      } else {
        time = DeadlineText.read(m.timeLimit);
        if (time.note() != null) {
          warnings.add(
              measureNamed
                  + ": "
                  + time.note()
                  + (time.timing() == null
                      ? "; set a time limit before creating its ticket."
                      : "."));
        }
      }
      if (m.units.isEmpty()) {
        warnings.add(measureNamed + ": no 责任单位 is given.");
      }
      measures.add(
          new ParsedMeasure(
              text, List.copyOf(m.units), m.leader, m.person, time.timing(), time.deadline()));
    }
    if (measures.isEmpty()) {
      warnings.add(named + " has no 整改措施.");
    }
    problems.add(
        new ParsedProblem(
            title, description.isEmpty() ? title : description, draft.path, measures));
  }

  /** One problem while its lines are being read. */
  private static final class Draft {
    final List<String> path;
    String title;
    final StringBuilder description = new StringBuilder();
    String problemText;
    List<String> measureLines;
    final List<MeasureDraft> measures = new ArrayList<>();
    final MeasureDraft defaults = new MeasureDraft();

    /** Measures created since the last responsibility lines: those the next ones apply to. */
    int groupStart;

    boolean dutiesSinceGroup;
    boolean anyDuty;

    Draft(List<String> path) {
      this.path = path;
    }

    boolean hasMeasures() {
      return measureLines != null || !measures.isEmpty();
    }

    boolean hasMeasuresOrDuties() {
      return hasMeasures() || anyDuty;
    }

    void describe(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (description.length() > 0) {
        description.append('\n');
      }
      description.append(text);
    }

    void openMeasures(String first) {
      closeMeasures();
      if (dutiesSinceGroup) {
        groupStart = measures.size();
        dutiesSinceGroup = false;
      }
      measureLines = new ArrayList<>();
      if (!first.isEmpty()) {
        measureLines.add(first);
      }
    }

    void closeMeasures() {
      if (measureLines == null) {
        return;
      }
      String text = String.join("\n", measureLines);
      measureLines = null;
      Enumeration.Items items = Enumeration.of(text);
      if (items == null) {
        Numbering single = Numbering.of(text);
        if (single != null) {
          text = single.text(); // one numbered point: its number is not part of the measure
        }
        if (!text.isBlank()) {
          measures.add(new MeasureDraft(text));
        }
        return;
      }
      String lead = items.lead();
      if (!lead.isEmpty() && !lead.endsWith("：") && !lead.endsWith(":")) {
        measures.add(new MeasureDraft(lead));
      }
      for (String item : items.items()) {
        if (!item.isEmpty()) {
          measures.add(new MeasureDraft(item));
        }
      }
    }

    void assign(Label label, String value) {
      closeMeasures();
      anyDuty = true;
      dutiesSinceGroup = true;
      if (measures.size() <= groupStart) {
        defaults.assign(label, value);
        return;
      }
      for (MeasureDraft m : measures.subList(groupStart, measures.size())) {
        m.assign(label, value);
      }
      // a line after several points fills what the points above it still lack
      for (MeasureDraft m : measures.subList(0, groupStart)) {
        if (!m.has(label)) {
          m.assign(label, value);
        }
      }
    }
  }

  private static final class MeasureDraft {
    final StringBuilder text;
    final Set<String> units = new LinkedHashSet<>();
    String leader;
    String person;
    String timeLimit;

    MeasureDraft() {
      this("");
    }

    MeasureDraft(String text) {
      this.text = new StringBuilder(text);
    }

    void assign(Label label, String value) {
      String v = value.replaceAll("[。.]+$", "").strip();
      if (v.isEmpty()) {
        return;
      }
      switch (label) {
        case UNITS -> units.addAll(Labels.units(v));
        case LEADER -> leader = leader == null ? v : leader + "、" + v;
        case PERSON -> person = person == null ? v : person + "、" + v;
        case TIME_LIMIT -> timeLimit = timeLimit == null ? v : timeLimit + "；" + v;
        default -> {}
      }
    }

    boolean has(Label label) {
      return switch (label) {
        case UNITS -> !units.isEmpty();
        case LEADER -> leader != null;
        case PERSON -> person != null;
        case TIME_LIMIT -> timeLimit != null;
        default -> true;
      };
    }

    void fillFrom(MeasureDraft defaults) {
      if (units.isEmpty()) {
        units.addAll(defaults.units);
      }
      if (leader == null) {
        leader = defaults.leader;
      }
      if (person == null) {
        person = defaults.person;
      }
      if (timeLimit == null) {
        timeLimit = defaults.timeLimit;
      }
    }
  }
}

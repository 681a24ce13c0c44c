package org.bihuan.problem.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.ParsedMeasure.StatusHint;

/**
 * Reads the rectification-plan genre line by line: numbered problems, each followed by labelled
 * lines (问题表现：, 整改措施：, 责任领导：, 责任单位：, 责任人：, 整改时限：…), grouped under headings that become the category
 * path.
 *
 * <p>Which numbered lines are problems is decided group by group, not once for the document: a
 * problem is the numbered line that a run of labelled lines (starting with 问题表现 or 整改措施 where the
 * plan has such labels) follows, whatever its numbering, so group （三） may number its problems
 * （1）（2） while （一）（二） used 1. 2.; a numbered line with problems below it is a category; a deeper
 * numbered line inside a problem belongs to it (for instance （1）（2） measure points). A 整改措施 that
 * enumerates several points (（1）…（2）…, 一是…二是…) gives one measure per point; responsibility and
 * time-limit lines apply to the measures above them that came since the previous such lines (so a
 * plan may give each point its own unit and date), and lines given before any measure apply to all
 * of the problem's measures.
 *
 * <p>No line after the first problem is dropped: a line that fits nowhere becomes part of the
 * problem before it, or a problem of its own, with a warning naming its line number.
 */
final class PlanReading {

  private final List<ParsedProblem> problems;
  private final List<String> warnings;
  private final List<String> basePath;

  PlanReading(List<ParsedProblem> problems, List<String> warnings, List<String> basePath) {
    this(problems, warnings, basePath, null);
  }

  /** {@code year}: the document's year, in which a month without one is read (null: none). */
  PlanReading(
      List<ParsedProblem> problems, List<String> warnings, List<String> basePath, Integer year) {
    this.problems = problems;
    this.warnings = warnings;
    this.basePath = basePath;
    this.year = year;
  }

  /** The document's year ({@link DeadlineText#documentYear}), or null. */
  private final Integer year;

  /**
   * A plan has at least one responsibility or time-limit label (at the start of a line or after a
   * sentence or clause end), or two 问题表现/整改措施 labels.
   */
  static boolean isPlan(List<Line> lines) {
    int problemOrMeasure = 0;
    for (Line line : lines) {
      ReadingTime.check();
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
      ReadingTime.check();
      for (Labelled l : Labels.find(content(line)).labels()) {
        if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the lines hold a plan's problems: labelled lines (isPlan) naming a 问题表现 or 整改措施, and at
   * least one numbered line they make a problem or a group. Decides that a section whose heading
   * reads as holding none (整改落实情况) holds problems after all (docs/decisions/0221).
   */
  static boolean holdsProblems(List<Line> lines) {
    if (!isPlan(lines) || !namesProblemsOrMeasures(lines)) {
      return false;
    }
    for (Role role : roles(lines)) {
      if (role == Role.PROBLEM || role == Role.GROUP) {
        return true;
      }
    }
    return false;
  }

  /** （）, ( ), 【】, [] and the like with nothing inside: a blank of a form left unfilled. */
  private static final java.util.regex.Pattern EMPTY_BRACKETS =
      java.util.regex.Pattern.compile("(?:[（(【\\[]\\s*[）)】\\]]\\s*)+[。；;，,]?");

  private static String content(Line line) {
    return line.numbering() == null ? line.text() : line.numbering().text();
  }

  /** What a numbered line of a plan is. */
  enum Role {
    /** A group heading: its title goes into the category path of the problems below it. */
    CATEGORY,
    /**
     * A group heading followed by labelled lines of its own (整改措施, 责任单位, 整改时限 for the whole group)
     * before its numbered problems: a category whose measure and duties go to the problems of the
     * group that have none of their own.
     */
    GROUP,
    /** A problem: labelled lines follow it. */
    PROBLEM,
    /** A problem unless it continues the numbered measure points of the problem before it. */
    PROBLEM_OR_POINT,
    /** A line inside the problem above it (a measure point, a paragraph of its description). */
    INSIDE
  }

  /**
   * The shallowest numbering rank of the plan's problems; {@code Integer.MAX_VALUE} when they are
   * not numbered.
   */
  static int problemRank(List<Line> lines) {
    Role[] roles = roles(lines);
    int rank = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      if (roles[i] == Role.PROBLEM) {
        rank = Math.min(rank, lines.get(i).numbering().rank());
      }
    }
    return rank;
  }

  /** The role of every numbered line (null for the others). */
  static Role[] roles(List<Line> lines) {
    int size = lines.size();
    List<List<Labelled>> labels = new ArrayList<>(size);
    for (Line line : lines) {
      ReadingTime.check();
      labels.add(Labels.find(content(line)).labels());
    }
    // Runs of labelled lines; each run belongs to the numbered line it follows (or is on).
    List<Integer> strong = new ArrayList<>();
    List<Integer> weak = new ArrayList<>();
    Map<Integer, Integer> runsUnder = new TreeMap<>();
    Map<Integer, Integer> parentOf = new TreeMap<>();
    // 问题1：… / 问题一：… lines: problems numbered in their label, each its own run's owner
    List<Integer> selfNumbered = new ArrayList<>();
    List<Integer> strongAbove = new ArrayList<>();
    int lastNumbered = -1;
    boolean labelSince = false;
    int unnumbered = 0;
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      List<Labelled> found = labels.get(i);
      if (n != null && found.isEmpty()) {
        lastNumbered = i;
        labelSince = false;
        continue;
      }
      if (found.isEmpty()) {
        continue;
      }
      Label first = found.get(0).label();
      if (first == Label.PROBLEM && n == null) {
        unnumbered++; // 问题表现： on a line of its own
        if (Labels.numbersProblem(found.get(0))) {
          selfNumbered.add(i);
          if (!labelSince && lastNumbered >= 0) {
            strongAbove.add(lastNumbered);
          }
          labelSince = true;
          continue;
        }
      }
      if (labelSince) {
        continue;
      }
      labelSince = true;
      int owner = n != null ? i : lastNumbered;
      if (owner < 0) {
        continue;
      }
      (first == Label.PROBLEM || first == Label.MEASURE ? strong : weak).add(owner);
      if (owner == i && lastNumbered >= 0) {
        parentOf.put(i, lastNumbered);
        runsUnder.merge(lastNumbered, 1, Integer::sum);
      }
    }
    // （2）食堂管理不规范。 / 一是…；二是…；三是… / 整改措施：… : points (or sub-points) between an item and
    // its labelled lines are the item's, never problems of their own (0248)
    boolean[] sub = new boolean[size];
    ItemPoints.ownedByItemAbove(lines, labels, strong, sub);
    ItemPoints.ownedByItemAbove(lines, labels, weak, sub);
    // more 问题表现 lines than numbered problems: the problems are the 问题表现 lines themselves
    boolean problemsUnnumbered = unnumbered > strong.size() + strongAbove.size();
    // problems numbered in their labels beside problems numbered by their lines (a group 1. then
    // a group 问题1：): each 问题1： line is a problem, and the heading above it is its group
    boolean mixed = !problemsUnnumbered && !selfNumbered.isEmpty();
    if (!mixed) {
      strong.addAll(strongAbove);
      strong.sort(null);
    }
    List<Integer> ownerLines = strong.isEmpty() && !mixed ? weak : strong;
    boolean[] owner = new boolean[size];
    for (int i : ownerLines) {
      Integer parent = parentOf.get(i);
      int rank = lines.get(i).numbering().rank();
      boolean underTitle = parent != null && lines.get(parent).numbering().rank() < rank;
      Labels.Split own = Labels.find(content(lines.get(i)));
      boolean bare = !own.labels().isEmpty() && own.prefix().isEmpty();
      // （二）纪律方面 / 1.存在问题：公车私用 : a group's only problem, numbered, stays the problem
      boolean problemUnderGroup =
          bare
              && own.labels().get(0).label() == Label.PROBLEM
              && lines.get(parent == null ? i : parent).numbering().rank()
                  <= Numbering.CHINESE_IN_PARENTHESES;
      if (underTitle && bare && runsUnder.get(parent) == 1 && !problemUnderGroup) {
        // 1.学习不深的问题 / （1）整改措施：… : a number in front of a lone label is no problem title
        owner[parent] = true;
      } else if (underTitle && strong.isEmpty() && rank >= Numbering.ARABIC_IN_PARENTHESES) {
        // 1.垃圾清理不及时 / （1）落实保洁责任，责任单位：… : the points are the problem's measures
        owner[parent] = true;
      } else {
        owner[i] = true;
      }
    }
    // an unlabelled numbered line followed at once by its 整改措施 (one followed by a 问题表现 heads it)
    boolean[] leadsRun = new boolean[size];
    for (int i : strong) {
      leadsRun[i] =
          labels.get(i).isEmpty()
              && i + 1 < size
              && lines.get(i + 1).numbering() == null
              && !labels.get(i + 1).isEmpty()
              && labels.get(i + 1).get(0).label() == Label.MEASURE;
    }
    boolean[] labelledProblem = new boolean[size];
    if (mixed) {
      for (int i : selfNumbered) {
        owner[i] = true;
        labelledProblem[i] = true;
      }
    }

    // 整改措施： then 1. 2. under a problem （1）: the list is the problem's measures, whatever rank
    // its numbering has, never a problem or a category of its own
    boolean[] point = measurePoints(lines, labels, owner);

    // where each numbered line's subtree ends, and what is below it
    int[] end = ends(lines, point);
    // 一、理论学习方面 / 整改措施：…（for the whole group） / 1.…的问题 / 整改措施：… : a line whose labelled lines
    // are followed by numbered problems of its own is a group that gives them its measure
    boolean[] group = new boolean[size];
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      // 1.财务审批不规范。 then its 整改措施, then 问题2：… or ⑵…: a sentence closed by 。 at an item's
      // rank is a problem, never a group heading, whatever is numbered below it (0251)
      boolean sentence =
          owner[i]
              && lines.get(i).numbering() != null
              && lines.get(i).numbering().rank() >= Numbering.ARABIC
              && labels.get(i).isEmpty()
              && lines.get(i).numbering().text().strip().endsWith("。");
      for (int j = i + 1; owner[i] && !sentence && j < end[i]; j++) {
        if (owner[j]) {
          owner[i] = false;
          group[i] = true;
        }
      }
    }
    // （二）作风建设方面 / 整改措施：… 责任单位：… (for the whole group) / 1.文风会风不实。 / 2.… : a heading
    // whose labelled lines are followed by numbered items unlabelled, at the rank the plan's other
    // problems have, is a group and those items are its problems (0221) — also when its lines are
    // only duties (责任单位, 整改时限), which never go to the problem of an earlier group
    Set<Integer> runOwners = new LinkedHashSet<>(strong);
    runOwners.addAll(weak);
    runOwners.addAll(strongAbove);
    ProblemRanks problemRanks = new ProblemRanks(lines, owner);
    for (int i : runOwners) {
      ReadingTime.check();
      // a problem numbered in its label (问题1：) has no numbering rank to compare
      if (group[i] || point[i] || lines.get(i).numbering() == null) {
        continue;
      }
      int rank = lines.get(i).numbering().rank();
      int problemRank = problemRanks.shallowestOutside(i, end[i]);
      if (problemRank == Integer.MAX_VALUE || rank >= problemRank) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      for (int j = i + 1; j < end[i]; j++) {
        Numbering n = lines.get(j).numbering();
        if (n != null && !point[j] && n.rank() == problemRank) {
          items.add(j);
        }
      }
      if (!items.isEmpty()) {
        problemRanks.mark(i, false);
        group[i] = true;
        for (int j : items) {
          problemRanks.mark(j, true);
        }
      }
    }
    int[] ownersBefore = new int[size + 1];
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      ownersBefore[i + 1] = ownersBefore[i] + (owner[i] ? 1 : 0);
    }

    Role[] roles = new Role[size];
    int openRank = -1; // the rank of the problem being read, -1 when none
    boolean problemOpen = false;
    int categoryRank = Integer.MIN_VALUE;
    // a 问题1： problem is open (mixed numbering): a line deeper than its group is inside it
    boolean labelledOpen = false;
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      if (labelledProblem[i]) {
        labelledOpen = true;
        openRank = -1;
        continue;
      }
      if (n == null) {
        if (problemsUnnumbered
            && !labels.get(i).isEmpty()
            && labels.get(i).get(0).label() == Label.PROBLEM) {
          problemOpen = true;
        }
        continue;
      }
      int rank = n.rank();
      boolean numberedBelow = end[i] > i + 1 && hasNumbered(lines, point, i + 1, end[i]);
      boolean inGroup = ownersBefore[end[i]] - ownersBefore[i + 1] > 0;
      if (point[i] || sub[i]) {
        roles[i] = Role.INSIDE;
      } else if (labelledOpen && !owner[i] && !inGroup && rank > categoryRank) {
        roles[i] = Role.INSIDE;
      } else if (problemsUnnumbered && owner[i] && leadsRun[i]) {
        // （6）公车管理不规范。 then 整改措施：… among problems named by 问题表现 labels: a problem (0248)
        roles[i] = Role.PROBLEM;
        problemOpen = true;
      } else if (problemsUnnumbered) {
        // inside a 问题表现 problem, only a heading as shallow as the group's opens another group
        boolean inside = problemOpen && rank > categoryRank;
        roles[i] = inside ? Role.INSIDE : Role.CATEGORY;
        if (!inside) {
          problemOpen = false;
          categoryRank = rank;
        }
      } else if (owner[i]) {
        roles[i] = Role.PROBLEM;
        openRank = rank;
        labelledOpen = false;
      } else if (inGroup) {
        roles[i] = group[i] ? Role.GROUP : Role.CATEGORY;
        openRank = -1;
        labelledOpen = false;
        categoryRank = rank;
      } else if (openRank >= 0 && rank > openRank) {
        roles[i] = Role.INSIDE;
      } else if (numberedBelow && (openRank < 0 || rank < openRank)) {
        roles[i] = Role.CATEGORY;
        openRank = -1;
      } else {
        roles[i] = Role.PROBLEM_OR_POINT;
        openRank = Math.max(openRank, rank);
      }
    }
    return roles;
  }

  /**
   * The numbered lines that are measure points of the problem above them: a list numbered from 1 in
   * one style right after a 整改措施 label with nothing after it (整改措施： on a line of its own, or at the
   * end of the problem's line), up to the first line numbered otherwise or a line that is itself a
   * problem. Duty lines between the points (责任单位：…) keep the list open.
   */
  private static boolean[] measurePoints(
      List<Line> lines, List<List<Labelled>> labels, boolean[] owner) {
    boolean[] point = new boolean[lines.size()];
    int expected = 0;
    int rank = -1;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      List<Labelled> found = labels.get(i);
      if (n != null && expected > 0) {
        boolean next =
            !owner[i]
                && n.number() == expected
                && (expected == 1 ? n.rank() >= Numbering.ARABIC : n.rank() == rank)
                && (found.isEmpty() || found.get(0).label() != Label.PROBLEM);
        if (next) {
          point[i] = true;
          rank = n.rank();
          expected++;
        } else {
          expected = 0;
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      Labelled last = found.get(found.size() - 1);
      if (last.label() == Label.MEASURE && last.value().isBlank() && !point[i]) {
        expected = 1;
      } else if (found.get(0).label() == Label.PROBLEM) {
        expected = 0;
      }
    }
    return point;
  }

  /** For each numbered line, the index of the first line after its subtree. */
  private static int[] ends(List<Line> lines, boolean[] point) {
    int size = lines.size();
    int[] end = new int[size];
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = lines.get(i).numbering();
      if (n == null || point[i]) {
        end[i] = i + 1;
        continue;
      }
      while (!open.isEmpty() && lines.get(open.peek()).numbering().rank() >= n.rank()) {
        end[open.pop()] = i;
      }
      open.push(i);
    }
    while (!open.isEmpty()) {
      end[open.pop()] = size;
    }
    return end;
  }

  private static boolean hasNumbered(List<Line> lines, boolean[] point, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines.get(i).numbering() != null && !point[i]) {
        return true;
      }
    }
    return false;
  }

  private enum Block {
    NONE,
    DESCRIPTION,
    PROBLEM_TEXT,
    MEASURE,
    RESPONSIBILITY
  }

  private final List<Numbering> categoryStack = new ArrayList<>();
  private final List<String> categoryPath = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();

  /** The labelled lines of groups ({@link Role#GROUP}) given for all of their problems. */
  private final List<Draft> groupDuties = new ArrayList<>();

  private Draft current;
  private Block block = Block.NONE;

  /** The group heading read last, while no problem has started under it. */
  private String freshCategory;

  private int lastProblemNumber;

  /** The number and rank of the last measure point numbered at the problem's rank. */
  private int lastPointNumber;

  private int lineNumber;

  void read(List<Line> lines) {
    Role[] roles = roles(lines);
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Line line = lines.get(i);
      lineNumber = line.number();
      Numbering n = line.numbering();
      Role role = roles[i];
      if (role == Role.CATEGORY || role == Role.GROUP) {
        close();
        while (!categoryStack.isEmpty()
            && categoryStack.get(categoryStack.size() - 1).rank() >= n.rank()) {
          categoryStack.remove(categoryStack.size() - 1);
          categoryPath.remove(categoryPath.size() - 1);
        }
        categoryStack.add(n);
        Labels.Split split = Labels.find(n.text());
        String heading =
            role == Role.GROUP && !split.prefix().isEmpty() ? split.prefix() : n.text();
        String title = ProblemText.withoutIntro(OutlineParser.splitHead(heading).title());
        categoryPath.add(title);
        freshCategory = title;
        lastProblemNumber = 0;
        if (role == Role.GROUP) {
          // the group's own labelled lines are read as a problem's would be, then handed down
          current = new Draft(basePath, List.copyOf(categoryPath), n.rank(), lineNumber);
          current.group = true;
          groupDuties.add(current);
          block = Block.DESCRIPTION;
          if (heading != n.text()) {
            labels(split.labels());
          }
        }
        continue;
      }
      if (role == Role.PROBLEM || (role == Role.PROBLEM_OR_POINT && startsProblem(n))) {
        startProblem(n);
        continue;
      }
      if (n != null && current != null && n.rank() == current.rank) {
        lastPointNumber = n.number();
      }
      Labels.Split split = Labels.find(content(line));
      if (split.labels().isEmpty()) {
        continuation(line.text(), n != null);
      } else if (n != null && opensMeasure(split)) {
        // （1）落实保洁责任，责任单位：… under a problem: a measure with its own responsibility
        current.openMeasures(split.prefix().replaceAll("[，,；;、\\s]+$", ""));
        block = Block.MEASURE;
        labels(split.labels());
      } else {
        if (!split.prefix().isEmpty()) {
          continuation(n == null ? split.prefix() : n.marker() + split.prefix(), n != null);
        }
        labels(split.labels());
      }
      if (current != null) {
        current.last = Math.max(current.last, lineNumber);
      }
    }
    close();
    for (Draft group : groupDuties) {
      ReadingTime.check();
      handDown(group);
    }
    for (Draft draft : drafts) {
      ReadingTime.check();
      finish(draft);
    }
  }

  /**
   * A group's own 整改措施 and duties (given on lines between its heading and its first problem) go to
   * its problems: a problem with no 整改措施 of its own gets the group's measures (with its own duties
   * before the group's), and a problem with its own measures gets the group's 责任单位, 责任领导, 责任人 and
   * 整改时限 where it names none. The dry run says what was given to how many problems.
   */
  private void handDown(Draft group) {
    String named =
        "Line " + group.first + ": the group 「" + OutlineParser.shorten(freshTitle(group)) + "」";
    if (!group.ownLines.isEmpty()) {
      warnings.add(
          named
              + " is introduced by 「"
              + OutlineParser.shorten(String.join("", group.ownLines))
              + "」; it is not a problem and was not imported.");
    }
    MeasureDraft duties = new MeasureDraft();
    duties.fillFrom(group.defaults);
    if (group.measures.size() == 1) {
      duties.fillFrom(group.measures.get(0));
    }
    List<Label> dutyLabels =
        List.of(Label.UNITS, Label.CO_UNITS, Label.LEADER, Label.PERSON, Label.TIME_LIMIT);
    int given = 0;
    int filled = 0;
    for (Draft d : drafts) {
      ReadingTime.check();
      if (d.first <= group.first
          || d.path.size() < group.path.size()
          || !d.path.subList(0, group.path.size()).equals(group.path)) {
        continue;
      }
      if (d.measures.isEmpty() && !group.measures.isEmpty()) {
        for (MeasureDraft m : group.measures) {
          MeasureDraft copy = new MeasureDraft(m.text.toString());
          copy.fillFrom(d.defaults);
          copy.fillFrom(m);
          copy.fillFrom(group.defaults);
          d.measures.add(copy);
        }
        given++;
        continue;
      }
      boolean lacks = false;
      for (Label l : dutyLabels) {
        lacks |=
            duties.has(l)
                && !d.defaults.has(l)
                && (d.measures.isEmpty() || d.measures.stream().anyMatch(m -> !m.has(l)));
      }
      if (lacks) {
        d.defaults.fillFrom(duties);
        d.anyDuty = true;
        filled++;
      }
    }
    boolean anyDuty = dutyLabels.stream().anyMatch(duties::has);
    if (!group.measures.isEmpty()) {
      warnings.add(
          named
              + " gives a 整改措施 for the whole group; it was given to "
              + given
              + " problem(s) of the group that have none of their own"
              + (given == 0 ? " (every problem of the group has its own; it was not imported)" : "")
              + (filled > 0
                  ? ", and its 责任单位, 责任领导, 责任人 and 整改时限 to the measures of "
                      + filled
                      + " other problem(s) where they name none"
                  : "")
              + ".");
    } else if (anyDuty) {
      warnings.add(
          named
              + " gives 责任单位, 责任领导, 责任人 or 整改时限 for the whole group; they were given to the"
              + " measures of "
              + filled
              + " problem(s) of the group where they name none"
              + (filled == 0 ? " (every problem names its own; they were not imported)" : "")
              + ".");
    }
  }

  private static String freshTitle(Draft group) {
    return group.path.isEmpty() ? "" : group.path.get(group.path.size() - 1);
  }

  /** A numbered point of the open problem, not under 整改措施, with its text and duties. */
  private boolean opensMeasure(Labels.Split split) {
    Label first = split.labels().get(0).label();
    return current != null
        && !split.prefix().isEmpty()
        && first != Label.PROBLEM
        && first != Label.MEASURE
        && block != Block.MEASURE;
  }

  private void startProblem(Numbering n) {
    close();
    // a problem shallower than the open groups closes them
    while (!categoryStack.isEmpty()
        && categoryStack.get(categoryStack.size() - 1).rank() >= n.rank()) {
      categoryStack.remove(categoryStack.size() - 1);
      categoryPath.remove(categoryPath.size() - 1);
    }
    current = open(n.rank());
    lastProblemNumber = n.number();
    lastPointNumber = 0;
    Labels.Split split = Labels.find(n.text());
    current.heading = split.prefix();
    current.marker = n.rank() == Numbering.POINT ? n.marker().strip() : null;
    block = Block.DESCRIPTION;
    labels(split.labels());
  }

  private Draft open(int rank) {
    Draft draft = new Draft(basePath, List.copyOf(categoryPath), rank, lineNumber);
    drafts.add(draft);
    freshCategory = null;
    return draft;
  }

  /**
   * A line at the problem rank starts a new problem unless it continues the numbering of measure
   * points inside the current problem (plans that number both with 1.).
   */
  private boolean startsProblem(Numbering n) {
    if (current == null || current.group || !current.hasMeasures() || n.rank() < current.rank) {
      return true;
    }
    if (block == Block.MEASURE && n.number() == lastPointNumber + 1) {
      return false;
    }
    return n.number() == lastProblemNumber + 1;
  }

  private void labels(List<Labelled> labels) {
    Labelled lastOnLine = labels.isEmpty() ? null : labels.get(labels.size() - 1);
    for (Labelled l : labels) {
      switch (l.label()) {
        case PROBLEM -> {
          // 问题2： on a line of its own, then 问题描述：…: one problem, numbered, then described (0248)
          boolean described =
              current != null
                  && current.problemText != null
                  && current.problemText.isBlank()
                  && !Labels.numbersProblem(l);
          // 第4项问题：公务接待不规范。 then 问题描述：…: the numbered label titles the problem, the
          // description goes on with it (0251)
          boolean titledAbove =
              current != null
                  && current.titledByNumber
                  && !current.hasMeasuresOrDuties()
                  && !Labels.numbersProblem(l);
          if (current == null
              || (current.problemText != null && !described && !titledAbove)
              || current.hasMeasuresOrDuties()) {
            close();
            current = open(Integer.MAX_VALUE);
          }
          // 问题：…， at a line's end keeps its comma: the text is kept whole, whether the next line
          // goes on with it or not (0233)
          String value = l.value() + (l == lastOnLine ? l.runOn() : "");
          if (titledAbove) {
            current.problemText = current.problemText + "\n" + value;
            current.titledByNumber = false;
          } else {
            current.problemText = value;
            current.titledByNumber = Labels.numbersProblem(l) && !value.isBlank();
          }
          block = Block.PROBLEM_TEXT;
        }
        case MEASURE -> {
          if (EMPTY_BRACKETS.matcher(l.value()).matches()) {
            // 整改措施：（） — a form's blank left unfilled: no measure (0251)
            String text = l.name() + "：" + l.value();
            String note =
                "Line "
                    + lineNumber
                    + " 「"
                    + OutlineParser.shorten(text)
                    + "」 names no measure (only empty brackets); it was not imported";
            if (current != null) {
              current.notes.add(note + ", in the problem");
            } else {
              warnings.add(note + ".");
            }
            continue;
          }
          if (current == null) {
            current = open(Integer.MAX_VALUE);
          }
          // 整改措施：建立台账， at a line's end: the measure goes on in the next line after its comma
          current.openMeasures(l.value(), l == lastOnLine ? l.runOn() : "");
          block = Block.MEASURE;
        }
        case OTHER -> {
          String text = l.name() + "：" + l.value();
          if (current != null && ContactNumbers.isOnlyNumbers(text)) {
            // 联系电话：0571-88886666 beside the duties: how to reach someone, no field of a measure
            current.notes.add(
                "Line "
                    + lineNumber
                    + " 「"
                    + OutlineParser.shorten(text)
                    + "」 is a phone number, which a measure does not keep; it was not imported with the"
                    + " problem");
            continue;
          }
          if (current != null && GOAL.matcher(text).lookingAt()) {
            current.goals.add(text); // 整改目标：… on a line of duties: part of the measure
            continue;
          }
          // 备注：… after 责任单位：… on the same line: kept with the problem, filling no field
          current.extra(text);
          current.notes.add(
              "Line "
                  + lineNumber
                  + " 「"
                  + OutlineParser.shorten(text)
                  + "」 is not a field of a measure (整改措施, 责任领导, 责任单位, 配合单位, 责任人, 整改时限, 整改进展);"
                  + " its text was added to the description of the problem");
        }
        default -> {
          if (current == null) {
            reopenOrStray(l.name() + "：" + l.value());
          }
          current.assign(l.label(), withoutPhones(l), lineNumber);
          block = Block.RESPONSIBILITY;
        }
      }
    }
  }

  /**
   * The value of a 责任领导 or 责任人 label without the phone numbers written into it (张三（联系电话：138…）, 李四
   * 0571-88886666), by the rule of a ledger's cells ({@link ContactNumbers}), named in a note.
   */
  private String withoutPhones(Labelled l) {
    if ((l.label() != Label.LEADER && l.label() != Label.PERSON)
        || !ContactNumbers.holds(l.value())) {
      return l.value();
    }
    String names = ContactNumbers.without(l.value());
    current.notes.add(
        "Line "
            + lineNumber
            + ": the phone number(s) in 「"
            + OutlineParser.shorten(l.name() + "：" + l.value())
            + "」 were left out of the name"
            + (names.isEmpty() ? "; no name is left" : " (「" + names + "」 was read)")
            + " in the problem");
    return names;
  }

  /**
   * A responsibility line with no problem open (right after a group heading): it joins the problem
   * before it, or, when there is none, is a problem of its own.
   */
  private void reopenOrStray(String text) {
    if (!drafts.isEmpty()) {
      current = drafts.get(drafts.size() - 1);
      current.last = Math.max(current.last, lineNumber);
      current.notes.add(
          "Line "
              + lineNumber
              + " 「"
              + OutlineParser.shorten(text)
              + "」 is under no problem; it was added to the problem before it");
    } else {
      current = open(Integer.MAX_VALUE);
      current.title = OutlineParser.splitHead(text).title();
      current.notes.add(
          "Line "
              + lineNumber
              + " 「"
              + OutlineParser.shorten(text)
              + "」 is under no problem; it was read as a problem of its own");
    }
  }

  private void continuation(String text, boolean numbered) {
    if (current == null) {
      unplaced(text);
      return;
    }
    if (GOAL.matcher(text).lookingAt()) {
      current.goals.add(text); // 整改目标：… wherever it stands: part of the measure
      return;
    }
    switch (block) {
      case PROBLEM_TEXT ->
          // after a comma the next line goes on with the sentence, as a measure's does
          current.problemText =
              current.problemText
                  + (Labels.runOn(current.problemText).isEmpty() ? "\n" : "")
                  + text;
      case MEASURE -> current.measureLines.add(text);
      case RESPONSIBILITY -> {
        if (numbered && current.hasMeasures()) {
          current.openMeasures(text); // the next numbered point, with its own responsibility
          block = Block.MEASURE;
        } else {
          // such as 整改目标：… after the responsibility lines: context, not the measure's text
          current.extra(text);
          current.notes.add(
              "Line "
                  + lineNumber
                  + " 「"
                  + OutlineParser.shorten(text)
                  + "」 follows the responsibility and time-limit lines; it was added to the"
                  + " description of the problem");
        }
      }
      default -> current.own(text);
    }
  }

  /** Text while no problem is open: before the first one, or under a group heading. */
  private void unplaced(String text) {
    if (drafts.isEmpty() && freshCategory == null) {
      return; // the title and introduction of the plan, before any group or problem
    }
    if (freshCategory != null) {
      warnings.add(
          "Line "
              + lineNumber
              + " 「"
              + OutlineParser.shorten(text)
              + "」 introduces the group 「"
              + OutlineParser.shorten(freshCategory)
              + "」; it is not a problem and was not imported.");
      return;
    }
    Draft before = drafts.get(drafts.size() - 1);
    before.extra(text);
    before.last = Math.max(before.last, lineNumber);
    before.notes.add(
        "Line "
            + lineNumber
            + " 「"
            + OutlineParser.shorten(text)
            + "」 is under no problem; it was added to the description of the problem before it");
  }

  /** Ends the problem being read; it is turned into a {@link ParsedProblem} at the end. */
  private void close() {
    if (current != null) {
      current.closeMeasures();
    }
    current = null;
    block = Block.NONE;
  }

  private void finish(Draft draft) {
    String title = draft.title;
    String description = "";
    if (draft.heading != null && !draft.heading.isEmpty()) {
      Head head = ProblemText.of(draft.heading, draft.ownLines);
      title = head.title().isEmpty() ? null : head.title();
      // a problem that is one sentence is described by the sentence as written (with its 。)
      String heading = draft.heading.strip();
      description = head.rest().isEmpty() && heading.matches(".*[。！？!?]$") ? heading : head.rest();
    } else if (!draft.ownLines.isEmpty()) {
      description = ProblemText.join(draft.ownLines);
    }
    if (draft.problemText != null && !draft.problemText.isEmpty()) {
      if (title == null) {
        // 巡察指出：（6）公车管理不规范。: the item's number is no part of its title (0248)
        Numbering number = Numbering.of(draft.problemText.strip());
        String titled =
            number == null || number.text().isBlank() ? draft.problemText : number.text();
        title = OutlineParser.splitHead(titled).title();
        // ...nor of its description (0251)
        description = OutlineParser.join(titled, description);
      } else {
        description = OutlineParser.join(description, draft.problemText);
      }
    }
    if ((title == null || title.isEmpty()) && !draft.measures.isEmpty()) {
      // a 整改措施 with no problem above it: the problem is what it remedies
      title = OutlineParser.splitHead(draft.measures.get(0).text.toString()).title();
      warnings.add(
          "Line "
              + draft.first
              + ": the 整改措施 「"
              + OutlineParser.shorten(draft.measures.get(0).text.toString())
              + "」 is under no problem; it was read as a problem of its own titled 「"
              + OutlineParser.shorten(title)
              + "」.");
    }
    if (title == null || title.isEmpty()) {
      title = description.isEmpty() ? "（无标题）" : OutlineParser.splitHead(description).title();
    }
    // lines added to the problem (with a warning each) follow its own text, never replace it
    description =
        OutlineParser.join(description.isEmpty() ? title : description, draft.extra.toString());
    String named = "Problem 「" + OutlineParser.shorten(title) + "」";
    for (String note : draft.notes) {
      warnings.add(note + " 「" + OutlineParser.shorten(title) + "」.");
    }
    List<ParsedMeasure> measures = new ArrayList<>();
    if (draft.measures.isEmpty() && draft.anyDuty) {
      // 1.公文处理不及时。 / 责任单位：办公室；整改时限：…: the problem itself is the task; its duties are
      // never dropped, they go on a measure named after it
      draft.measures.add(new MeasureDraft(title));
      warnings.add(
          named
              + " has no 整改措施 of its own; its 责任单位, 责任人 and 整改时限 were kept on a measure"
              + " named after the problem.");
    }
    if (!draft.goals.isEmpty()) {
      String goals = String.join("\n", draft.goals);
      if (draft.measures.isEmpty()) {
        description = OutlineParser.join(description, goals);
      } else {
        // what the measures are to achieve belongs with them: the ticket shows it (0192)
        StringBuilder last = draft.measures.get(draft.measures.size() - 1).text;
        last.append(last.length() == 0 ? "" : "\n").append(goals);
      }
    }
    for (MeasureDraft m : draft.measures) {
      m.fillFrom(draft.defaults);
      String text = m.text.toString().strip();
      String measureNamed = named + ", measure 「" + OutlineParser.shorten(text) + "」";
      String timeNamed = measureNamed + " (line " + m.timeLine + ")";
      DeadlineText.Reading time;
      if (m.timeLimit == null) {
        time = new DeadlineText.Reading(null, null, null);
        warnings.add(
            measureNamed + ": no 整改时限 is given; set a time limit before creating its ticket.");
      } else {
        time = DeadlineText.read(m.timeLimit, year);
        if (time.note() != null) {
          warnings.add(
              timeNamed
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
      StatusHint hint =
          m.progress != null && ReportedDone.says(m.progress) ? StatusHint.REPORTED_DONE : null;
      if (hint != null) {
        warnings.add(ReportedDone.warning(measureNamed));
      }
      measures.add(
          new ParsedMeasure(
              text,
              List.copyOf(m.units),
              List.copyOf(m.coUnits),
              m.leader,
              m.person,
              time.timing(),
              time.deadline(),
              m.progress,
              hint));
    }
    if (measures.isEmpty()) {
      warnings.add(named + " (line " + draft.first + ") has no 整改措施.");
    }
    Origin origin = Origin.lines(draft.first, draft.last);
    Enumeration.Items points =
        draft.marker == null || draft.heading == null
            ? null
            : Enumeration.of(draft.marker + draft.heading.strip());
    if (points != null && points.lead().isBlank() && points.items().size() >= 2) {
      // 一是干部年龄结构老化；二是专业技术人才短缺。 above one 整改措施: a problem per point, each with
      // the measures (as the self-examination genre reads such a line)
      for (String point : points.items()) {
        String text = point.strip();
        problems.add(
            new ParsedProblem(
                OutlineParser.splitHead(text).title(),
                text,
                draft.path,
                List.copyOf(measures),
                origin));
      }
      warnings.add(
          "Line "
              + draft.first
              + " lists "
              + points.items().size()
              + " problems on one line (一是…二是…); each was imported as a problem of its own with"
              + " the same 整改措施.");
      return;
    }
    problems.add(new ParsedProblem(title, description, draft.path, measures, origin));
  }

  /** 整改目标：/目标要求：, what a problem's measures are to achieve. */
  static final java.util.regex.Pattern GOAL =
      java.util.regex.Pattern.compile("(?:整改目标|目标要求)\\s*[：:]");

  /** One problem while its lines are being read. */
  private static final class Draft {
    final List<String> path;
    final int rank;
    final int first;
    int last;
    final List<String> notes = new ArrayList<>();

    /** Set only for a problem made of a stray labelled line. */
    String title;

    /** The labelled lines of a group, given to its problems ({@link Role#GROUP}). */
    boolean group;

    /** The 一是 of a problem numbered as a point, whose line may list the next points too. */
    String marker;

    /** The problem's numbered line, before any label on it. */
    String heading;

    /** The lines of the problem's own text after its numbered line. */
    final List<String> ownLines = new ArrayList<>();

    /** 整改目标：… lines: appended to the problem's last measure. */
    final List<String> goals = new ArrayList<>();

    /** Lines that were added to the problem from elsewhere (each with a note). */
    final StringBuilder extra = new StringBuilder();

    String problemText;

    /** Its text so far is what a 问题1：/第4项问题： label gave; a 问题描述： may follow (0251). */
    boolean titledByNumber;

    List<String> measureLines;

    /** The comma the first of {@link #measureLines} ends with as its label's value ended. */
    String measureRunOn = "";

    final List<MeasureDraft> measures = new ArrayList<>();
    final MeasureDraft defaults = new MeasureDraft();

    /** Measures created since the last responsibility lines: those the next ones apply to. */
    int groupStart;

    /** For each duty label, the measures before {@link #groupStart} that lack it, in order. */
    private final Map<Label, List<MeasureDraft>> lacking = new EnumMap<>(Label.class);

    /** For each duty label, the measures {@link #lacking} was filled from (those before it). */
    private final Map<Label, Integer> listedUpTo = new EnumMap<>(Label.class);

    boolean dutiesSinceGroup;
    boolean anyDuty;

    Draft(List<String> basePath, List<String> categories, int rank, int line) {
      List<String> whole = new ArrayList<>(basePath);
      whole.addAll(categories);
      this.path = List.copyOf(whole);
      this.rank = rank;
      this.first = line;
      this.last = line;
    }

    boolean hasMeasures() {
      return measureLines != null || !measures.isEmpty();
    }

    boolean hasMeasuresOrDuties() {
      return hasMeasures() || anyDuty;
    }

    void own(String text) {
      if (!text.isEmpty()) {
        ownLines.add(text);
      }
    }

    void extra(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (extra.length() > 0) {
        extra.append('\n');
      }
      extra.append(text);
    }

    void openMeasures(String first) {
      openMeasures(first, "");
    }

    /**
     * Opens a measure whose first line is {@code first}, followed by {@code runOn} (the comma a
     * label's value ended the line with): kept when the next lines go on with the measure, left out
     * when none does.
     */
    void openMeasures(String first, String runOn) {
      closeMeasures();
      if (dutiesSinceGroup) {
        groupStart = measures.size();
        dutiesSinceGroup = false;
      }
      measureLines = new ArrayList<>();
      measureRunOn = first.isEmpty() ? "" : runOn;
      if (!first.isEmpty()) {
        measureLines.add(first + measureRunOn);
      }
    }

    /**
     * A measure's lines as one text: a line that ends mid-sentence runs on into the next (a PDF or
     * a narrow layout wrapped it: 建立问题清 / 单、任务清单), as a problem's text does ({@link
     * ProblemText#join}); a numbered line always starts a line of its own.
     */
    private static String joinWrapped(List<String> lines) {
      List<String> parts = new ArrayList<>();
      List<String> run = new ArrayList<>();
      for (String line : lines) {
        if (!run.isEmpty() && Numbering.of(line.strip()) != null) {
          parts.add(ProblemText.join(run));
          run = new ArrayList<>();
        }
        run.add(line);
      }
      parts.add(ProblemText.join(run));
      return String.join("\n", parts);
    }

    void closeMeasures() {
      if (measureLines == null) {
        return;
      }
      if (measureLines.size() == 1 && !measureRunOn.isEmpty()) {
        String only = measureLines.get(0);
        measureLines.set(0, only.substring(0, only.length() - measureRunOn.length()));
      }
      String text = joinWrapped(measureLines);
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

    void assign(Label label, String value, int line) {
      closeMeasures();
      anyDuty = true;
      dutiesSinceGroup = true;
      if (measures.size() <= groupStart) {
        defaults.assign(label, value, line);
        return;
      }
      for (MeasureDraft m : measures.subList(groupStart, measures.size())) {
        m.assign(label, value, line);
      }
      // a line after several points fills what the points above it still lack; a point that has
      // a field keeps it, so only those lacking it are visited (visiting every point above made a
      // problem of 50,000 points quadratic, docs/decisions/0265)
      List<MeasureDraft> lack = lacking.computeIfAbsent(label, l -> new ArrayList<>());
      for (MeasureDraft m : measures.subList(listedUpTo.getOrDefault(label, 0), groupStart)) {
        if (!m.has(label)) {
          lack.add(m);
        }
      }
      listedUpTo.put(label, groupStart);
      List<MeasureDraft> still = new ArrayList<>();
      for (MeasureDraft m : lack) {
        if (!m.has(label)) {
          m.assign(label, value, line);
        }
        if (!m.has(label)) {
          still.add(m);
        }
      }
      lacking.put(label, still);
    }
  }

  private static final class MeasureDraft {
    final StringBuilder text;
    final Set<String> units = new LinkedHashSet<>();
    final Set<String> coUnits = new LinkedHashSet<>();
    String leader;
    String person;
    String timeLimit;

    /** What 整改进展：… says has been done: the measure's first progress note. */
    String progress;

    /** The line the time limit was read on (the last one when several). */
    int timeLine;

    MeasureDraft() {
      this("");
    }

    MeasureDraft(String text) {
      this.text = new StringBuilder(text);
    }

    void assign(Label label, String value, int line) {
      String v = value.replaceAll("[。.]+$", "").strip();
      if (v.isEmpty()) {
        return;
      }
      switch (label) {
        case UNITS -> Labels.units(v, Labels.UNITS_OR_SPACES, units, coUnits);
        case CO_UNITS -> Labels.units(v, Labels.UNITS_OR_SPACES, coUnits, coUnits);
        case LEADER -> leader = withNames(leader, v);
        case PERSON -> person = withNames(person, v);
        case TIME_LIMIT -> {
          timeLimit = timeLimit == null ? v : timeLimit + "；" + v;
          timeLine = line;
        }
        case PROGRESS -> progress = progress == null ? v : progress + "\n" + v;
        default -> {}
      }
    }

    /** The names so far and those of {@code value}, 、-separated; null when there are none. */
    private static String withNames(String names, String value) {
      List<String> all = new ArrayList<>();
      if (names != null) {
        all.add(names);
      }
      all.addAll(Labels.names(value));
      return all.isEmpty() ? null : String.join("、", all);
    }

    boolean has(Label label) {
      return switch (label) {
        case UNITS -> !units.isEmpty();
        case CO_UNITS -> !coUnits.isEmpty();
        case LEADER -> leader != null;
        case PERSON -> person != null;
        case TIME_LIMIT -> timeLimit != null;
        case PROGRESS -> progress != null;
        default -> true;
      };
    }

    void fillFrom(MeasureDraft defaults) {
      if (units.isEmpty()) {
        units.addAll(defaults.units);
      }
      if (coUnits.isEmpty()) {
        coUnits.addAll(defaults.coUnits);
      }
      if (leader == null) {
        leader = defaults.leader;
      }
      if (person == null) {
        person = defaults.person;
      }
      if (timeLimit == null) {
        timeLimit = defaults.timeLimit;
        timeLine = defaults.timeLine;
      }
      if (progress == null) {
        progress = defaults.progress;
      }
    }
  }
}

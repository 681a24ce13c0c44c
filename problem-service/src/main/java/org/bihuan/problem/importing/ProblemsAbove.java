package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * A plan line after a group's problems that gives duties for all of them: 「以上问题责任领导：王五；责任单位：办公室；
 * 整改时限：2025年6月30日」, 「上述问题责任单位均为财务科」, 「以上问题的责任领导均为李四」. Its 责任领导, 责任单位, 配合单位, 责任人 and 整改时限 go to
 * every problem read since the previous group heading (or the previous such line; such lines in a
 * row are all for the same problems) where the problem names none of its own; what a problem states
 * itself wins. The dry run says how many problems they were given to (docs/decisions/0277).
 *
 * <p>The same subject before a 整改措施 (「以上问题整改措施：1.建立台账；2.……」, 「针对以上问题，整改措施：……」, 「上述问题的整改措施：……」, or a
 * lead-in to them: 「以上问题整改措施如下：」, 「针对上述问题，采取以下整改措施：」, 0292) opens a measure shared by those
 * problems: the duty lines after it are that measure's, and every problem among them without a 整改措施
 * of its own gets a copy ({@link SharedMeasure}, docs/decisions/0284).
 */
final class ProblemsAbove {

  /**
   * 以上问题, 上述问题, 以上3个问题, 以上各项问题的, 上述问题整改, 针对以上问题，, 为此，针对上述问题，: the problems above, as the line's
   * subject (为此，/对此，/因此， before it: 0347).
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^(?:(?:为此|对此|因此|据此|鉴于此)[，,]?\\s*)?(?:针对|对于|对)?(?:以上|上述|前述)(?:[0-9一二三四五六七八九十两]+\\s*(?:个|项|条))?(?:各项|各|所有)?"
              + "(?:问题|事项)(?:的)?(?:整改)?(?:工作)?[，,]?\\s*");

  /** 责任单位均为财务科: a duty named with 均为/为/是 instead of a colon. */
  private static final Pattern NAMED_WITHOUT_COLON =
      Pattern.compile(
          "(责任领导|牵头领导|分管领导|责任单位|牵头单位|责任部门|配合单位|具体责任人|责任人|整改时限|完成时限)"
              + "\\s*(?:均为|均是|都为|都是|均由|统一为|为|是)(?![：:])");

  private static final Set<Label> DUTIES =
      EnumSet.of(Label.UNITS, Label.CO_UNITS, Label.LEADER, Label.PERSON, Label.TIME_LIMIT);

  /**
   * The duties of one such line and the problems above it they are for; {@code shared} holds the
   * measure and duties a line with a 整改措施 opened (null for a line of duties only).
   */
  record Given(
      int line,
      String text,
      List<Labelled> duties,
      List<PlanProblemDraft> problems,
      PlanProblemDraft shared) {}

  private ProblemsAbove() {}

  /**
   * The labels such a line gives — duties, or a 整改措施 followed by none or more duties — or null when
   * the line is not one (no 以上问题 subject, or any other label or text after it).
   */
  static List<Labelled> duties(String line) {
    String rest = afterSubject(line.strip());
    if (rest == null) {
      return null;
    }
    Labels.Split split = Labels.find(NAMED_WITHOUT_COLON.matcher(rest).replaceAll("$1："));
    List<Labelled> labels = split.labels();
    if (!split.prefix().isBlank()
        || labels.isEmpty()
        || !labels.stream()
            .skip(labels.get(0).label() == Label.MEASURE ? 1 : 0)
            .allMatch(l -> DUTIES.contains(l.label()))) {
      return null;
    }
    return labels;
  }

  /** Whether {@link #duties} of the line open a measure shared by the problems above. */
  static boolean opensSharedMeasure(List<Labelled> duties) {
    return duties != null && duties.get(0).label() == Label.MEASURE;
  }

  /**
   * The end of a problem's statement: a numbered line ending so states a problem, not a heading.
   */
  private static final Pattern STATED = Pattern.compile("[。；;！!？?]$");

  /**
   * Whether {@code line} gives, after the subject 上述问题, the measures of the numbered problem on the
   * line {@code above} it, inline (（一）…。 then 为此，针对上述问题，我们采取以下措施：1.… 2.…): a report of one problem
   * reads as a plan of it, as one of two such problems does by their two measure lead-ins
   * (docs/decisions/0358). A heading above (三、整改措施) states no problem, and a lead-in with its
   * measures on the lines below it is not inline.
   */
  static boolean measuresOfTheProblemAbove(OutlineParser.Line above, OutlineParser.Line line) {
    if (above == null || above.numbering() == null || line.numbering() != null) {
      return false;
    }
    if (!STATED.matcher(above.text().strip()).find()) {
      return false;
    }
    List<Labelled> duties = duties(line.text());
    return opensSharedMeasure(duties)
        && duties.size() == 1
        && Enumeration.of(duties.get(0).value()) != null;
  }

  /**
   * The line as its labels are read in a plan ({@link PlanRoles#content}): 「以上问题整改措施：…」 without its
   * subject, so that its 整改措施 is seen where it stands; any other line as it is.
   */
  static String labelledPart(String line) {
    List<Labelled> duties = duties(line);
    return opensSharedMeasure(duties) ? afterSubject(line.strip()) : line;
  }

  /**
   * What follows the subject, a lead-in that hands the measures over (以上问题整改措施如下：,
   * 针对上述问题，采取以下整改措施：) written as their label ({@link LeadIns#asMeasureLabel}); null without the
   * subject.
   */
  private static String afterSubject(String text) {
    Matcher subject = SUBJECT.matcher(text);
    return subject.find() ? LeadIns.asMeasureLabel(text.substring(subject.end())) : null;
  }

  /**
   * Gives each line's duties to its problems where they name none, with a warning saying to how
   * many problems.
   */
  static void handDown(List<Given> lines, List<String> warnings) {
    for (Given given : lines) {
      if (given.shared() != null) {
        SharedMeasure.handDown(given, warnings);
        continue;
      }
      PlanMeasureDraft duties = new PlanMeasureDraft();
      List<String> names = new ArrayList<>();
      for (Labelled l : given.duties()) {
        duties.assign(l.label(), l.value(), given.line());
        if (!names.contains(l.name())) {
          names.add(l.name());
        }
      }
      int filled = 0;
      for (PlanProblemDraft d : given.problems()) {
        ReadingTime.check();
        if (d.takeLackingDuties(duties, DUTIES)) {
          filled++;
        }
      }
      warnings.add(
          "Line "
              + given.line()
              + " 「"
              + OutlineParser.shorten(given.text())
              + "」 gives "
              + String.join("、", names)
              + " for the "
              + given.problems().size()
              + " problem(s) above it; they were given to "
              + filled
              + " of them where they name none"
              + (filled == 0 ? " (every problem names its own; they were not imported)" : "")
              + ".");
    }
  }
}

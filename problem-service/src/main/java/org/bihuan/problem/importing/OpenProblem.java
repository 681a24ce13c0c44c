package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * The problem a plan's reading has open, and what each line that does not start a problem or a
 * group adds to it: its text, its 整改措施, its duties, or — for a line that fits nowhere — the problem
 * before it, with a note naming the line ({@link PlanReading}).
 */
final class OpenProblem {

  enum Block {
    NONE,
    DESCRIPTION,
    PROBLEM_TEXT,
    MEASURE,
    RESPONSIBILITY
  }

  /** （）, ( ), 【】, [] and the like with nothing inside: a blank of a form left unfilled. */
  private static final java.util.regex.Pattern EMPTY_BRACKETS =
      java.util.regex.Pattern.compile("(?:[（(【\\[]\\s*[）)】\\]]\\s*)+[。；;，,]?");

  private final List<String> warnings;
  final List<String> basePath;

  /** The titles of the groups the reading is in. */
  final List<String> categoryPath = new ArrayList<>();

  final List<PlanProblemDraft> drafts = new ArrayList<>();

  PlanProblemDraft current;
  Block block = Block.NONE;

  /** The last line read before the first problem and group that nothing took; null when none. */
  private String leading;

  private int leadingLine;

  /** The group heading read last, while no problem has started under it. */
  String freshCategory;

  /** The draft of a group heading's own lines ({@link PlanRoles.Role#GROUP}) read last. */
  PlanProblemDraft groupHeading;

  /** The line of the first text line under {@link #groupHeading}. */
  private int groupTextLine;

  int lineNumber;

  /** Text without a number after the open problem's duty lines (0298). */
  private final AfterDuties afterDuties = new AfterDuties();

  OpenProblem(List<String> warnings, List<String> basePath) {
    this.warnings = warnings;
    this.basePath = basePath;
  }

  /**
   * A problem opened by a labelled line (整改措施：, 责任单位：…) while none is open: where the line before
   * it stands before the first problem and group, unplaced, that line is the problem's text and the
   * problem starts there, with a note — the section's first problem is never dropped for a number
   * that was not read (docs/decisions/0285); otherwise a problem with no text of its own.
   */
  private PlanProblemDraft leadingOrNewDraft() {
    if (leading == null || !drafts.isEmpty() || freshCategory != null) {
      return newDraft(Integer.MAX_VALUE);
    }
    PlanProblemDraft draft =
        new PlanProblemDraft(basePath, List.copyOf(categoryPath), Integer.MAX_VALUE, leadingLine);
    drafts.add(draft);
    draft.heading = leading;
    draft.notes.add(
        "Line "
            + leadingLine
            + " 「"
            + OutlineParser.shorten(leading)
            + "」 comes before the first problem, with no number that was read, and the 整改措施 or"
            + " duties after it are under no problem; it was read as the text of the problem");
    leading = null;
    return draft;
  }

  /**
   * A problem opened at {@code rank} on the line being read, under the groups the reading is in.
   */
  PlanProblemDraft newDraft(int rank) {
    PlanProblemDraft draft =
        new PlanProblemDraft(basePath, List.copyOf(categoryPath), rank, lineNumber);
    drafts.add(draft);
    freshCategory = null;
    return draft;
  }

  void labels(List<Labelled> labels) {
    if (labels.isEmpty() || labels.get(0).label() != Label.MEASURE) {
      afterDuties.forget();
    }
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
            current = newDraft(Integer.MAX_VALUE);
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
            current.emptyLabel = value.isBlank() ? l.name() + "：" : null;
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
          groupsFirstProblem();
          // 整改时限：… / 2023年以来…。 / 整改措施：…: a problem whose number was not read (0298)
          current = afterDuties.problem(current, basePath, categoryPath, drafts);
          if (current == null) {
            current = leadingOrNewDraft();
          }
          // 整改措施：建立台账， at a line's end: the measure goes on in the next line after its comma
          current.openMeasures(l.value(), l == lastOnLine ? l.runOn() : "", lineNumber);
          current.measureTerm = MeasureTerms.of(l.name(), "");
          current.measureLabels++;
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
          if (current != null && PlanReading.GOAL.matcher(text).lookingAt()) {
            current.goals.add(text); // 整改目标：… on a line of duties: the problem's (0330)
            continue;
          }
          // 备注：… after 责任单位：… on the same line: kept with the problem, filling no field
          current.addLine(
              lineNumber,
              text,
              "is not a field of a measure (整改措施, 责任领导, 责任单位, 配合单位, 责任人, 整改时限, 整改进展);"
                  + " its text was added to the description of the problem");
        }
        default -> {
          groupsFirstProblem();
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
    } else if (leading != null && freshCategory == null) {
      current = leadingOrNewDraft();
    } else {
      current = newDraft(Integer.MAX_VALUE);
      current.title = OutlineParser.splitHead(text).title();
      current.notes.add(
          "Line "
              + lineNumber
              + " 「"
              + OutlineParser.shorten(text)
              + "」 is under no problem; it was read as a problem of its own");
    }
  }

  void continuation(String text, boolean numbered) {
    if (block != Block.RESPONSIBILITY || numbered || current == null) {
      afterDuties.forget();
    }
    if (current == null) {
      unplaced(text);
      return;
    }
    if (PlanReading.GOAL.matcher(text).lookingAt()) {
      current.goals.add(text); // 整改目标：… wherever it stands: the problem's (0330)
      return;
    }
    switch (block) {
      case PROBLEM_TEXT ->
          // a line that ends mid-sentence (after a comma, 核减金额 / 12.6万元) goes on with it, as a
          // measure's does (0372)
          current.problemText =
              ProblemText.join(List.of(current.problemText, text), ProblemText::runsOn);
      case MEASURE -> current.measureLine(text, lineNumber);
      case RESPONSIBILITY -> {
        if (numbered && current.hasMeasures()) {
          current.openMeasures(
              text, lineNumber); // the next numbered point, with its own responsibility
          block = Block.MEASURE;
        } else {
          // such as 整改目标：… after the responsibility lines: context, not the measure's text
          afterDuties.adding(current, lineNumber, text);
          current.addLine(
              lineNumber,
              text,
              "follows the responsibility and time-limit lines; it was added to the"
                  + " description of the problem");
        }
      }
      default -> {
        if (current == groupHeading && current.ownLines.isEmpty()) {
          groupTextLine = lineNumber;
        }
        current.own(text);
      }
    }
  }

  /**
   * A 整改措施 or duty line right after the text under a group heading: that text is the group's first
   * problem, written without a number ({@link ItemsOfGroup#firstUnnumbered}, 0291).
   */
  private void groupsFirstProblem() {
    PlanProblemDraft draft =
        current == null || current != groupHeading
            ? null
            : ItemsOfGroup.firstUnnumbered(current, basePath, categoryPath, groupTextLine);
    if (draft != null) {
      drafts.add(draft);
      groupHeading = null;
      freshCategory = null;
      current = draft;
    }
  }

  /** Text while no problem is open: before the first one, or under a group heading. */
  private void unplaced(String text) {
    if (drafts.isEmpty() && freshCategory == null) {
      // the title and introduction of the plan, before any group or problem — or, the last of
      // them, the text of a first problem whose number was not read ({@link #leadingOrNewDraft})
      leading = text;
      leadingLine = lineNumber;
      return;
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
    PlanProblemDraft before = drafts.get(drafts.size() - 1);
    before.last = Math.max(before.last, lineNumber);
    before.addLine(
        lineNumber,
        text,
        "is under no problem; it was added to the description of the problem before it");
  }

  /** Ends the problem being read; it is turned into a {@link ParsedProblem} at the end. */
  void close() {
    afterDuties.forget();
    if (current != null) {
      current.closeMeasures();
    }
    current = null;
    block = Block.NONE;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;

/** One problem of a plan while its lines are being read ({@link PlanReading}). */
final class PlanProblemDraft {
  final List<String> path;
  final int rank;
  final int first;
  int last;
  final List<String> notes = new ArrayList<>();

  /** Set only for a problem made of a stray labelled line. */
  String title;

  /** The labelled lines of a group, given to its problems ({@link PlanRoles.Role#GROUP}). */
  boolean group;

  /** The number of the problem's numbered line (0: none), named when a measure is shared (0284). */
  int number;

  /** The 一是 of a problem numbered as a point, whose line may list the next points too. */
  String marker;

  /** The problem's numbered line, before any label on it. */
  String heading;

  /** The lines of the problem's own text after its numbered line. */
  final List<String> ownLines = new ArrayList<>();

  /** 整改目标：… lines: the problem's, kept in its description (0330). */
  final List<String> goals = new ArrayList<>();

  /** Lines that were added to the problem from elsewhere (each with a note). */
  final StringBuilder extra = new StringBuilder();

  String problemText;

  /** Its text so far is what a 问题1：/第4项问题： label gave; a 问题描述： may follow (0251). */
  boolean titledByNumber;

  /** The 问题5：/问题： label that opened it with no words after it, null otherwise (0382). */
  String emptyLabel;

  List<String> measureLines;

  /** The line number of each of {@link #measureLines}. */
  private List<Integer> measureLineNumbers;

  /** The comma the first of {@link #measureLines} ends with as its label's value ended. */
  String measureRunOn = "";

  /** The term of the label that opened {@link #measureLines} (长效措施：…), null when none. */
  String measureTerm;

  /** How many 整改措施 labels opened measures of this problem ({@link MeasuresPerProblem}). */
  int measureLabels;

  /** How many of its measures were written as numbered items (1. 2., 一是 二是). */
  int numberedMeasures;

  final List<PlanMeasureDraft> measures = new ArrayList<>();
  final PlanMeasureDraft defaults = new PlanMeasureDraft();

  /** Measures created since the last responsibility lines: those the next ones apply to. */
  int groupStart;

  /** How the duty lines read go to its measures. */
  final MeasureDuties duties = new MeasureDuties(this);

  boolean dutiesSinceGroup;

  boolean anyDuty;

  PlanProblemDraft(List<String> basePath, List<String> categories, int rank, int line) {
    List<String> whole = new ArrayList<>(basePath);
    whole.addAll(categories);
    this.path = List.copyOf(whole);
    this.rank = rank;
    this.first = line;
    this.last = line;
  }

  /**
   * A problem written without a number (0291, 0298): its first text line is its heading, the rest
   * its own lines, and the note says why it was read as a problem ({@code why}: the words between
   * the quoted heading and "it was read as the problem").
   */
  static PlanProblemDraft unnumbered(
      List<String> basePath, List<String> categoryPath, int line, List<String> text, String why) {
    PlanProblemDraft draft =
        new PlanProblemDraft(basePath, List.copyOf(categoryPath), Integer.MAX_VALUE, line);
    draft.heading = text.get(0);
    draft.ownLines.addAll(text.subList(1, text.size()));
    draft.notes.add(
        "Line "
            + line
            + " 「"
            + OutlineParser.shorten(draft.heading)
            + "」 "
            + why
            + "; it was read as the problem");
    return draft;
  }

  boolean hasMeasures() {
    return measureLines != null || !measures.isEmpty();
  }

  boolean hasMeasuresOrDuties() {
    return hasMeasures() || anyDuty;
  }

  /**
   * Takes the duties a line above gives (units, leader, person, time limit) when this problem, or
   * one of its measures, names one of them that it lacks; whether it took them.
   */
  boolean takeLackingDuties(PlanMeasureDraft duties, Collection<Label> labels) {
    boolean lacks = false;
    for (Label l : labels) {
      lacks |=
          duties.has(l)
              && !defaults.has(l)
              && (measures.isEmpty() || measures.stream().anyMatch(m -> !m.has(l)));
    }
    if (lacks) {
      defaults.fillFrom(duties);
      anyDuty = true;
    }
    return lacks;
  }

  void own(String text) {
    if (!text.isEmpty()) {
      ownLines.add(text);
    }
  }

  /**
   * Adds line {@code line} ({@code text}), which stands outside the problem's own lines, to its
   * description, with a note naming the line and saying {@code why}.
   */
  void addLine(int line, String text, String why) {
    extra(text);
    notes.add("Line " + line + " 「" + OutlineParser.shorten(text) + "」 " + why);
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

  void openMeasures(String first, int line) {
    openMeasures(first, "", line);
  }

  /**
   * Opens a measure whose first line is {@code first}, followed by {@code runOn} (the comma a
   * label's value ended the line with): kept when the next lines go on with the measure, left out
   * when none does. {@code line} is the line it stands on.
   */
  void openMeasures(String first, String runOn, int line) {
    closeMeasures();
    if (dutiesSinceGroup) {
      groupStart = measures.size();
      dutiesSinceGroup = false;
    }
    duties.ownItems = false;
    measureLines = new ArrayList<>();
    measureLineNumbers = new ArrayList<>();
    measureTerm = null;
    measureRunOn = first.isEmpty() ? "" : runOn;
    if (!first.isEmpty()) {
      measureLine(first + measureRunOn, line);
    }
  }

  boolean hasMeasureLines() {
    return measureLines != null && !measureLines.isEmpty();
  }

  /**
   * The open measure's last line is an item whose duties follow on its source line (（2）开展检查。责任人：张三,
   * or its bracket of duties): the items above it are closed, and it opens as a measure of its own
   * whose duties are its own (docs/decisions/0376).
   */
  private void ownLastItem() {
    int last = measureLines.size() - 1;
    String item = measureLines.remove(last);
    int line = measureLineNumbers.remove(last);
    closeMeasures();
    groupStart = measures.size();
    dutiesSinceGroup = false;
    openMeasures(item, line);
    duties.itemDuties = true;
    duties.ownItems = true;
  }

  /**
   * Whether line {@code line} of the open measure gives a numbered item then its duties ({@code
   * split}: （2）开展检查。责任人：张三, numbered {@code n} or in its text), or the duties of a bracket after
   * the item just read on the same line: then that item is opened as a measure of its own ({@link
   * #ownLastItem}) and the duties are its own.
   */
  boolean itemWithDuties(Numbering n, Labels.Split split, int line) {
    Label first = split.labels().get(0).label();
    if (first == Label.PROBLEM || first == Label.MEASURE || !hasMeasureLines()) {
      return false;
    }
    String text = split.prefix();
    if (text.isEmpty()
        ? measureLineNumbers.get(measureLineNumbers.size() - 1) != line
            || Numbering.of(measureLines.get(measureLines.size() - 1).strip()) == null
        : n == null && Numbering.of(text.strip()) == null) {
      return false;
    }
    if (!text.isEmpty()) {
      measureLine((n == null ? "" : n.marker()) + text.replaceAll("[，,；;、\\s]+$", ""), line);
    }
    ownLastItem();
    return true;
  }

  /** A further line {@code text} of the open measure, line {@code line} of the source. */
  void measureLine(String text, int line) {
    measureLines.add(text);
    measureLineNumbers.add(line);
  }

  /**
   * A measure's lines as one text: a line that ends mid-sentence runs on into the next (a PDF or a
   * narrow layout wrapped it: 建立问题清 / 单、任务清单), as a problem's text does ({@link ProblemText#join});
   * a numbered line always starts a line of its own.
   */
  private static String joinWrapped(List<String> lines) {
    List<String> parts = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String line : lines) {
      if (!run.isEmpty() && (Numbering.of(line.strip()) != null || StageMeasures.leads(line))) {
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
    List<String> lines = measureLines;
    measureLines = null;
    int from = measures.size();
    addMeasures(text, lines, measureLineNumbers);
    for (PlanMeasureDraft m : measures.subList(from, measures.size())) {
      String written = m.text.toString();
      m.term = MeasureTerms.of(measureTerm, written);
      // 近期（2024年9月底前）：… / 长效：…，长期坚持: the measure's own time limit (0424)
      if (m.stageLimit == null) {
        m.stageLimit = MeasureTerms.ownLimit(written);
      }
      // 近期：… / 长效：…: the term is the measure's timing, not its text (0306)
      m.text.setLength(0);
      m.text.append(MeasureTerms.withoutLead(written));
    }
  }

  /**
   * Adds the measures of {@code text}, the measure lines {@code lines} (line numbers {@code
   * numbers}) read as one.
   */
  private void addMeasures(String text, List<String> lines, List<Integer> numbers) {
    // 第一阶段（2024年7月31日前）：…；第二阶段（…）：…: a measure each, with its stage's time limit (0310)
    List<StageMeasures.Stage> stages = StageMeasures.of(text);
    if (stages != null) {
      int at = 0;
      for (StageMeasures.Stage stage : stages) {
        PlanMeasureDraft m = new PlanMeasureDraft(stage.text());
        m.stageLimit = stage.limit();
        m.staged = true;
        m.stageWords = stage.words();
        // a note on the stage's own time limit names the line the stage stands on (0317)
        at = StageMeasures.lineOf(stage.words(), lines, at);
        m.timeLine = numbers.isEmpty() ? 0 : numbers.get(at);
        measures.add(m);
      }
      return;
    }
    Enumeration.Items items = Enumeration.of(text);
    if (items == null) {
      Numbering single = Numbering.of(text);
      if (single != null) {
        text = single.text(); // one numbered point: its number is not part of the measure
      }
      int before = measures.size();
      addNamedByTerm(text);
      numberedMeasures += single != null ? measures.size() - before : 0;
      return;
    }
    String lead = items.lead();
    if (!lead.isEmpty() && !lead.endsWith("：") && !lead.endsWith(":")) {
      measures.add(new PlanMeasureDraft(lead));
    }
    for (String item : items.items()) {
      if (!item.isEmpty()) {
        int before = measures.size();
        addNamedByTerm(item);
        numberedMeasures += measures.size() - before;
      }
    }
  }

  /**
   * Adds the measure {@code text}, or a measure for each term it names (近期：清理台账；长效：建立核查机制 on one
   * line, {@link MeasureTerms#cut}, 0317).
   */
  private void addNamedByTerm(String text) {
    for (String part : MeasureTerms.cut(text)) {
      // 组织开展专项自查； on a line of its own: the ； ends the item, not the measure (0306)
      String t = part.replaceAll("[；;]+$", "");
      if (!t.isBlank()) {
        measures.add(new PlanMeasureDraft(t));
      }
    }
  }

  void assign(Label label, String value, int line) {
    closeMeasures();
    anyDuty = true;
    dutiesSinceGroup = true;
    duties.assign(label, value, line);
  }
}

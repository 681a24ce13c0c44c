package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.ParsedMeasure.StatusHint;

/**
 * A plan's problems made of the drafts {@link PlanReading} read: a group's own 整改措施 and duties
 * handed down to its problems, then each draft's title, description and measures, with a warning
 * for each line moved and each field missing.
 */
final class PlanProblems {

  private final List<ParsedProblem> problems;
  private final List<String> warnings;

  /** The document's year ({@link DeadlineText#documentYear}), or null. */
  private final Integer year;

  PlanProblems(List<ParsedProblem> problems, List<String> warnings, Integer year) {
    this.problems = problems;
    this.warnings = warnings;
    this.year = year;
  }

  /**
   * Hands the duties of {@code above} (以上问题… lines) and of {@code groups} down to their problems,
   * then makes every draft a problem.
   */
  void add(
      List<PlanProblemDraft> groups,
      List<ProblemsAbove.Given> above,
      List<PlanProblemDraft> drafts) {
    // ① ② then one 整改措施：1.… 2.…: a measure for each problem, in order (0331)
    MeasuresPerProblem.pair(drafts, warnings);
    // 以上问题… lines name the problems they are for; they come before the groups' duties
    ProblemsAbove.handDown(above, warnings);
    for (PlanProblemDraft group : groups) {
      ReadingTime.check();
      handDown(group, drafts);
    }
    for (PlanProblemDraft draft : drafts) {
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
  private void handDown(PlanProblemDraft group, List<PlanProblemDraft> drafts) {
    String named =
        "Line " + group.first + ": the group 「" + OutlineParser.shorten(freshTitle(group)) + "」";
    if (!group.ownLines.isEmpty()) {
      warnings.add(
          named
              + " is introduced by 「"
              + OutlineParser.shorten(String.join("", group.ownLines))
              + "」; it is not a problem and was not imported.");
    }
    PlanMeasureDraft duties = new PlanMeasureDraft();
    duties.fillFrom(group.defaults);
    if (group.measures.size() == 1) {
      duties.fillFrom(group.measures.get(0));
    }
    List<Label> dutyLabels =
        List.of(Label.UNITS, Label.CO_UNITS, Label.LEADER, Label.PERSON, Label.TIME_LIMIT);
    int given = 0;
    int filled = 0;
    for (PlanProblemDraft d : drafts) {
      ReadingTime.check();
      if (d.first <= group.first
          || d.path.size() < group.path.size()
          || !d.path.subList(0, group.path.size()).equals(group.path)) {
        continue;
      }
      if (d.measures.isEmpty() && !group.measures.isEmpty()) {
        for (PlanMeasureDraft m : group.measures) {
          PlanMeasureDraft copy = new PlanMeasureDraft(m.text.toString());
          copy.fillFrom(d.defaults);
          copy.fillFrom(m);
          copy.fillFrom(group.defaults);
          d.measures.add(copy);
        }
        given++;
        continue;
      }
      if (d.takeLackingDuties(duties, dutyLabels)) {
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

  private static String freshTitle(PlanProblemDraft group) {
    return group.path.isEmpty() ? "" : group.path.get(group.path.size() - 1);
  }

  private void finish(PlanProblemDraft draft) {
    if (emptyItem(draft) && draft.measures.isEmpty() && !draft.anyDuty) {
      warnings.add(
          draft.number > 0
              ? EmptyItems.leftOut(draft.first)
              : EmptyItems.labelLeftOut(draft.first, draft.emptyLabel));
      return;
    }
    String title = draft.title;
    String description = "";
    if (draft.heading != null && !draft.heading.isEmpty()) {
      // 第3项：采购制度执行不严格…: the 第3项 is numbering, the title is what follows it
      String heading = ItemCount.without(draft.heading).strip();
      Head head = ProblemText.of(heading, draft.ownLines);
      title = head.title().isEmpty() ? null : head.title();
      // a problem that is one sentence is described by the sentence as written (with its 。)
      description = head.rest().isEmpty() && heading.matches(".*[。！？!?]$") ? heading : head.rest();
    } else if (!draft.ownLines.isEmpty()) {
      description = ProblemText.join(draft.ownLines);
    }
    if (draft.problemText != null && !draft.problemText.isEmpty()) {
      if (title == null) {
        // 巡察指出：（6）公车管理不规范。: the item's number is no part of its title (0248)
        Numbering number = Numbering.of(draft.problemText.strip());
        String titled =
            ItemCount.without(
                number == null || number.text().isBlank() ? draft.problemText : number.text());
        title = OutlineParser.splitHead(titled).title();
        // ...nor of its description (0251)
        description = OutlineParser.join(titled, description);
      } else {
        description = OutlineParser.join(description, draft.problemText);
      }
    }
    if ((title == null || title.isEmpty()) && !draft.measures.isEmpty() && !emptyItem(draft)) {
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
    if ((title == null || title.isEmpty()) && !description.isEmpty()) {
      title = OutlineParser.splitHead(description).title();
    } else if (title == null) {
      title = ""; // 3. alone above its 整改措施: refused as a problem without a title (0375)
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
      draft.measures.add(new PlanMeasureDraft(title));
      warnings.add(
          named
              + " has no 整改措施 of its own; its 责任单位, 责任人 and 整改时限 were kept on a measure"
              + " named after the problem.");
    }
    if (!draft.goals.isEmpty()) {
      // what the problem's measures are to achieve is the problem's, never one measure's (0330)
      description = OutlineParser.join(description, String.join("\n", draft.goals));
    }
    for (PlanMeasureDraft m : draft.measures) {
      m.fillFrom(draft.defaults);
      String text = m.text.toString().strip();
      String measureNamed = named + ", measure 「" + OutlineParser.shorten(text) + "」";
      String timeNamed = measureNamed + " (line " + m.timeLine + ")";
      DeadlineText.Reading time;
      if (m.timeLimit() == null && MeasureTerms.isLong(m.term)) {
        // 长效措施：… without a 整改时限 of its own: kept up, LONG_TERM (0306)
        time = MeasureTerms.longWithoutLimit(m.term);
        warnings.add(measureNamed + ": " + time.note() + ".");
      } else if (m.timeLimit() == null) {
        // 于2024年9月底前完成, 确保年底前完成, 长期坚持 in the measure's own words (0372)
        DeadlinesInMeasureText.Found said = DeadlinesInMeasureText.read(text, year);
        time = said == null ? new DeadlineText.Reading(null, null, null) : said.reading();
        warnings.add(
            measureNamed
                + (said == null
                    ? ": no 整改时限 is given; set a time limit before creating its ticket."
                    : ": " + said.note() + "."));
      } else {
        time = DeadlineText.read(m.timeLimit(), year);
        if (time.note() != null) {
          warnings.add(
              timeNamed
                  + ": "
                  + time.note()
                  + (time.timing() == null
                      ? "; set a time limit before creating its ticket."
                      : "."));
        }
        String beside = DeadlinesInMeasureText.besideLabelled(text, time, year);
        if (beside != null) {
          warnings.add(timeNamed + ": " + beside + ".");
        }
      }
      if (m.unnamedStage != null) {
        warnings.add(timeNamed + ": " + m.unnamedStage + ".");
      }
      if (m.stageLimit != null) {
        String beside = StageMeasures.besideNote(m.stageLimit, m.besideStage(), year);
        if (beside != null) {
          warnings.add(measureNamed + ": " + beside + ".");
        }
      }
      if (m.units.isEmpty()) {
        warnings.add(measureNamed + ": no 责任单位 is given.");
      }
      for (String note : m.bracketNotes) {
        warnings.add(measureNamed + ": " + note + ".");
      }
      if (m.person() == null && m.pendingPerson != null) {
        warnings.add(Placeholders.pendingPersonNote(measureNamed, m.pendingPerson));
      }
      warnings.addAll(
          UnitLeads.droppedNotes(measureNamed, m.person(), m.droppedBeside(), m.droppedContacts()));
      StatusHint hint =
          m.progress() != null && ReportedDone.says(m.progress()) ? StatusHint.REPORTED_DONE : null;
      if (hint != null) {
        warnings.add(ReportedDone.warning(measureNamed));
      }
      measures.addAll(
          KeptUpStages.of(
              new ParsedMeasure(
                  text,
                  List.copyOf(m.units),
                  List.copyOf(m.coUnits),
                  m.leader(),
                  m.person(),
                  time.timing(),
                  time.deadline(),
                  m.progress(),
                  hint),
              time));
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

  /**
   * A numbered item whose line has no words, or a problem label with none (问题5：), and no text under
   * it ({@link EmptyItems}).
   */
  private static boolean emptyItem(PlanProblemDraft draft) {
    return (draft.number > 0 || draft.emptyLabel != null)
        && draft.title == null
        && EmptyItems.isEmpty(draft.heading)
        && draft.ownLines.isEmpty()
        && (draft.problemText == null || draft.problemText.isBlank())
        && draft.goals.isEmpty()
        && draft.extra.length() == 0;
  }
}

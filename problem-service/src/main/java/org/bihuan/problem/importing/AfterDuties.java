package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Text without a number after a problem's duty lines ({@link OpenProblem}): added to that problem's
 * description with a note, unless a 整改措施 follows it. Then it is a problem of its own whose number
 * was not read (1.… / 整改措施：… / 整改时限：2024年6月30日 / 2023年以来共开展督查检查36次，… / 整改措施：建立督查台账。): the text and
 * the measure and duties after it are taken off the problem before and read as a problem, with a
 * note (docs/decisions/0298), as a group's first problem without a number is (0291).
 */
final class AfterDuties {

  /** The problem the text was added to, and what it was before. */
  private PlanProblemDraft draft;

  private int firstLine;
  private int lastBefore;
  private int extraBefore;
  private int notesBefore;
  private final List<String> text = new ArrayList<>();

  /**
   * {@code line} ({@code text}), about to be added to {@code current}'s description after its duty
   * lines; lines in a row after the same duties are remembered together.
   */
  void adding(PlanProblemDraft current, int line, String text) {
    if (draft != current) {
      draft = current;
      firstLine = line;
      lastBefore = current.last;
      extraBefore = current.extra.length();
      notesBefore = current.notes.size();
      this.text.clear();
    }
    this.text.add(text);
  }

  /** Any other line read: the text remembered is the problem's description after all. */
  void forget() {
    draft = null;
    text.clear();
  }

  /**
   * The problem a 整改措施 read now is for: {@code current}, or, when text is remembered after its
   * duties, the problem that text makes — taken off {@code current}, whose measures are closed, and
   * added to {@code drafts}. Text ending in a colon (针对以下问题：) makes none.
   */
  PlanProblemDraft problem(
      PlanProblemDraft current,
      List<String> basePath,
      List<String> categoryPath,
      List<PlanProblemDraft> drafts) {
    if (draft == null || draft != current || text.get(text.size() - 1).strip().matches(".*[：:]$")) {
      forget();
      return current;
    }
    current.extra.setLength(extraBefore);
    current.notes.subList(notesBefore, current.notes.size()).clear();
    current.last = lastBefore;
    current.closeMeasures();
    PlanProblemDraft own =
        PlanProblemDraft.unnumbered(
            basePath,
            categoryPath,
            firstLine,
            text,
            "follows the duties of the problem before it, with no number that was read, and the"
                + " 整改措施 and duties after it are its own");
    drafts.add(own);
    forget();
    return own;
  }
}

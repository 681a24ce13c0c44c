package org.bihuan.problem.importing;

import java.util.List;

/**
 * Numbered problems of a plan that stand one after another without a 整改措施 or duty of their own, the
 * last of them followed by one 整改措施 whose measures are numbered (① … ② … 整改措施：1.… 2.…): when the
 * measures are as many as the problems, measure n is problem n's — one measure written for each
 * problem, in their order. When the counts differ, every measure stays the last problem's (as the
 * lines stand) and the dry run says so (docs/decisions/0331). Measures in stages or named by term
 * (近期：…/长效：…) and a 以上问题整改措施： for the problems above are not paired: they say whom they are for
 * themselves.
 */
final class MeasuresPerProblem {

  private MeasuresPerProblem() {}

  /** Pairs the measures of every such run of {@code drafts}, in document order. */
  static void pair(List<PlanProblemDraft> drafts, List<String> warnings) {
    for (int last = 1; last < drafts.size(); last++) {
      ReadingTime.check();
      PlanProblemDraft block = drafts.get(last);
      if (!numberedBlock(block)) {
        continue;
      }
      int first = last;
      while (first > 0 && withoutMeasures(drafts.get(first - 1), block)) {
        first--;
      }
      int problems = last - first + 1;
      if (problems < 2) {
        continue;
      }
      List<PlanProblemDraft> run = drafts.subList(first, last + 1);
      int measures = block.measures.size();
      String where =
          "Lines "
              + run.get(0).first
              + "–"
              + block.last
              + ": the 整改措施 after the "
              + problems
              + " problems on lines "
              + String.join(", ", run.stream().map(d -> String.valueOf(d.first)).toList())
              + " lists "
              + measures
              + " numbered measure(s)";
      if (measures != problems) {
        warnings.add(
            where
                + ", not one for each problem; all were read as measures of the last of them (line "
                + block.first
                + ") — check which problem each is for.");
        continue;
      }
      for (int i = 0; i < problems - 1; i++) {
        PlanMeasureDraft measure = block.measures.get(i);
        measure.fillFrom(block.defaults);
        run.get(i).measures.add(measure);
      }
      block.measures.subList(0, problems - 1).clear();
      warnings.add(
          where
              + ", one for each problem; measure n was read as the measure of problem n, in their"
              + " order.");
    }
  }

  /**
   * Whether the problem's measures are one 整改措施 of numbered items, none in a stage or named by its
   * term.
   */
  private static boolean numberedBlock(PlanProblemDraft draft) {
    return draft.rank != Integer.MAX_VALUE
        && draft.measureLabels == 1
        && !draft.measures.isEmpty()
        && draft.numberedMeasures == draft.measures.size()
        && draft.measures.stream().noneMatch(m -> m.staged || m.term != null);
  }

  /**
   * Whether {@code draft}, right before {@code block}, is a problem of the same group and numbering
   * with no 整改措施, duty or 问题表现 label of its own.
   */
  private static boolean withoutMeasures(PlanProblemDraft draft, PlanProblemDraft block) {
    return draft.rank == block.rank
        && draft.path.equals(block.path)
        && !draft.hasMeasuresOrDuties()
        && draft.problemText == null
        && draft.goals.isEmpty();
  }
}

package org.bihuan.problem.importing;

import java.util.List;
import java.util.TreeMap;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * The numbering ranks of the lines a plan reads as problems while {@link PlanRoles} decides which
 * headings are groups: the shallowest rank of a problem outside a heading's subtree, asked once for
 * each heading. Counted per rank in a Fenwick tree, so each question and each change costs the
 * logarithm of the plan's lines: scanning every line for every heading made a plan of 60,000
 * problems quadratic (docs/decisions/0265).
 */
final class ProblemRanks {

  private final List<Line> lines;
  private final boolean[] problem;

  /** Each rank that a numbered line has, in order, to its tree. */
  private final TreeMap<Integer, int[]> trees = new TreeMap<>();

  private final TreeMap<Integer, Integer> totals = new TreeMap<>();

  /** {@code problem}: which lines are problems; changed only through {@link #mark}. */
  ProblemRanks(List<Line> lines, boolean[] problem) {
    this.lines = lines;
    this.problem = problem;
    for (Line line : lines) {
      if (line.numbering() != null) {
        trees.computeIfAbsent(line.numbering().rank(), r -> new int[lines.size() + 1]);
        totals.putIfAbsent(line.numbering().rank(), 0);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      if (problem[i]) {
        count(i, 1);
      }
    }
  }

  /** Makes line {@code i} a problem or no problem. */
  void mark(int i, boolean isProblem) {
    if (problem[i] != isProblem) {
      problem[i] = isProblem;
      count(i, isProblem ? 1 : -1);
    }
  }

  /**
   * The shallowest rank of a numbered problem line outside lines {@code from} (inclusive) to {@code
   * to} (exclusive); {@code Integer.MAX_VALUE} when there is none.
   */
  int shallowestOutside(int from, int to) {
    for (var rank : totals.entrySet()) {
      int[] tree = trees.get(rank.getKey());
      if (rank.getValue() - (sum(tree, to) - sum(tree, from)) > 0) {
        return rank.getKey();
      }
    }
    return Integer.MAX_VALUE;
  }

  private void count(int i, int change) {
    Numbering n = lines.get(i).numbering();
    if (n == null) {
      return;
    }
    totals.merge(n.rank(), change, Integer::sum);
    int[] tree = trees.get(n.rank());
    for (int k = i + 1; k < tree.length; k += k & -k) {
      tree[k] += change;
    }
  }

  /** The problems of this rank on lines before {@code end}. */
  private static int sum(int[] tree, int end) {
    int total = 0;
    for (int k = end; k > 0; k -= k & -k) {
      total += tree[k];
    }
    return total;
  }
}

package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * The points listed under a plan's item before its labelled lines: （2）食堂管理不规范。 then 一是…；二是…；三是…
 * then 整改措施：…, or 一是会议制度落实不到位。 then （1）…（2）… — one problem, whose description (or measure) holds
 * the points, never a problem per point ({@link PlanReading}, docs/decisions/0248).
 */
final class ItemPoints {

  private ItemPoints() {}

  /**
   * Moves the labelled lines that follow the last of a list of points (一是…二是…三是…, （1）…（2）…) to the
   * item right above the list: an unlabelled line numbered in another style, at the rank of an item
   * (1. （1） ① 一是, not a group heading such as （一）…方面). The points become lines inside that item
   * ({@code sub}): its description, or its measure where they follow 整改措施：. The list is the item's
   * when nothing but its points stands between the item and the labelled lines, numbered from 1
   * without a gap. An item numbered （四） is such an item where the plan's problems are numbered so
   * (another （N） line has labelled lines of its own) and its line is a sentence, not a group's
   * heading (（四）工程建设领域廉政风险突出。 under 二、…方面, docs/decisions/0361).
   */
  static void ownedByItemAbove(
      List<Line> lines, List<List<Labelled>> labels, List<Integer> owners, boolean[] sub) {
    for (int o = 0; o < owners.size(); o++) {
      int last = owners.get(o);
      Numbering n = lines.get(last).numbering();
      if (n == null || !labels.get(last).isEmpty() || n.number() < 2) {
        continue;
      }
      int first = last - (n.number() - 1);
      if (first < 1) {
        continue;
      }
      boolean list = true;
      for (int j = first; j < last && list; j++) {
        Numbering m = lines.get(j).numbering();
        list =
            m != null
                && labels.get(j).isEmpty()
                && m.rank() == n.rank()
                && m.number() == n.number() - (last - j);
      }
      Numbering item = lines.get(first - 1).numbering();
      List<Labelled> itemLabels = labels.get(first - 1);
      if (list
          && item == null
          && !itemLabels.isEmpty()
          && Labels.numbersProblem(itemLabels.get(0))) {
        // 【问题1】… or 问题3：… then 一是…二是… or （1）（2）: the points describe the problem its label
        // numbers; the labelled lines after them are that problem's (0251)
        for (int j = first; j <= last; j++) {
          sub[j] = true;
        }
        owners.remove(o);
        o--;
        continue;
      }
      if (!list
          || item == null
          || !labels.get(first - 1).isEmpty()
          || (item.rank() == n.rank() && MixedNumbering.style(item).equals(MixedNumbering.style(n)))
          || (item.rank() < Numbering.ARABIC && !problemAtRank(lines, owners, first - 1))
          || item.text().strip().matches(".*(?:方面|[：:])$")) {
        continue;
      }
      owners.set(o, first - 1);
      for (int j = first; j <= last; j++) {
        sub[j] = true;
      }
    }
  }

  /**
   * Whether {@code item}, numbered above 1., is a problem of the plan rather than a heading: it is
   * numbered （N）, its line is a sentence (not a title line such as （一）组织建设), and that sentence is
   * closed (。！？) or another line numbered （N） owns labelled lines (is a problem).
   */
  private static boolean problemAtRank(List<Line> lines, List<Integer> owners, int item) {
    Numbering n = lines.get(item).numbering();
    if (n.rank() != Numbering.CHINESE_IN_PARENTHESES || ProblemText.isTitleLine(n.text())) {
      return false;
    }
    if (n.text().strip().matches(".*[。！？!?]$")) {
      return true; // （四）工程建设领域廉政风险突出。: a finding, as 1.…。 is (0251)
    }
    for (int owner : owners) {
      Numbering other = lines.get(owner).numbering();
      if (owner != item && other != null && other.rank() == n.rank()) {
        return true;
      }
    }
    return false;
  }
}

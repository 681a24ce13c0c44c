package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * Duties written in brackets after a measure or a problem, on the same line: 整改措施：清理账户。（责任领导：李四；
 * 责任单位：财务科；整改时限：2024年12月31日）. The bracket is taken off the text before it and its labels are read
 * as a line of their own, as if they had been written under it (docs/decisions/0248); a label
 * inside a bracket is otherwise not a label (it follows no separator), so the leader would stay
 * inside the measure's text. Only a bracket that closes the line and starts with a responsibility
 * or time-limit label counts: （2024年底前完成） or （牵头） is the text's own.
 */
final class BracketedDuties {

  private BracketedDuties() {}

  /**
   * The cleaned line split in two, the text before the bracket and the bracket's labels (the text
   * may be empty when the line is only the bracket); null when the line ends in no such bracket.
   */
  static List<String> split(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return null;
    }
    int end = s.length();
    while (end > 0 && "。；;，,.".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || (s.charAt(end - 1) != '）' && s.charAt(end - 1) != ')')) {
      return null;
    }
    int depth = 0;
    int open = -1;
    for (int i = end - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '）' || c == ')') {
        depth++;
      } else if ((c == '（' || c == '(') && --depth == 0) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return null;
    }
    String inside = s.substring(open + 1, end - 1).strip();
    List<Labelled> labels = Labels.of(inside);
    if (labels.isEmpty() || !allDuties(labels)) {
      return null;
    }
    // 按季度报批（分管领导：…）。: the sentence keeps the stop written after the bracket
    String before = s.substring(0, open).strip();
    String stop = s.substring(end);
    if (!before.isEmpty()
        && !stop.isEmpty()
        && "。；;，,.：:".indexOf(before.charAt(before.length() - 1)) < 0) {
      before += stop.substring(0, 1);
    }
    return List.of(before, inside);
  }

  /**
   * Whether the line leaves open a bracket whose text starts with a responsibility or time-limit
   * label: the bracket goes on in the next line.
   */
  static boolean leftOpen(String line) {
    int depth = 0;
    int open = -1;
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        if (depth == 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    if (open < 0) {
      return false;
    }
    List<Labelled> labels = Labels.of(line.substring(open + 1).strip());
    return !labels.isEmpty() && allDuties(labels);
  }

  /** A responsibility or time-limit label first, and no problem or measure among them. */
  private static boolean allDuties(List<Labelled> labels) {
    if (labels.get(0).label() == Label.OTHER) {
      return false;
    }
    for (Labelled l : labels) {
      if (l.label() == Label.PROBLEM || l.label() == Label.MEASURE) {
        return false;
      }
    }
    return true;
  }
}

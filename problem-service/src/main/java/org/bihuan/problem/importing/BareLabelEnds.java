package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import org.bihuan.problem.importing.Labels.Label;

/**
 * A line a PDF ends with a label written without its colon (…责任领导 张娜 整改时限 / 2025年6月5日, …信息中心 责任领导 /
 * 孔刚娜): the value went on to the next line, whole because it did not fit, or after the page's edge
 * cut the line. Joined, the two keep the space between the name and its value, which is the label's
 * colon ({@link LabelSpacing#withColons}); without it the name is read as part of the value before
 * it (docs/decisions/0296).
 */
final class BareLabelEnds {

  private BareLabelEnds() {}

  /**
   * The duty label whose bare name ends {@code line} when {@code next} (a whole line, cleaned) is a
   * plausible value of it: a name, a list or a date; null otherwise.
   */
  static Label valueOf(String line, String next) {
    String name = nameAtEnd(line, next);
    if (name == null) {
      return null;
    }
    Label label = LabelNames.label(name);
    boolean duty =
        label == Label.LEADER
            || label == Label.UNITS
            || label == Label.CO_UNITS
            || label == Label.PERSON
            || label == Label.TIME_LIMIT;
    return duty && Labels.plausibleValue(label, next) ? label : null;
  }

  /** {@code line} and {@code next} as one line, with a space after a bare label name ending it. */
  static String joined(String line, String next) {
    String first = line.stripTrailing();
    String rest = next.strip();
    return first + (nameAtEnd(first, rest) != null ? " " : "") + rest;
  }

  /** The bare label name that ends {@code line} and would take {@code next} as its value. */
  private static String nameAtEnd(String line, String next) {
    String first = line.stripTrailing();
    String rest = next.strip();
    if (first.isEmpty() || rest.isEmpty()) {
      return null;
    }
    String both = first + " " + rest;
    Matcher m = LabelNames.BARE_LABEL.matcher(both);
    // only the names that can end the first line: the longest name is short
    int from = Math.max(0, first.length() - LONGEST_NAME - 1);
    while (m.find(from)) {
      if (m.end(1) == first.length()) {
        return m.group(1);
      }
      if (m.start() >= first.length()) {
        return null;
      }
      from = m.start() + 1;
    }
    return null;
  }

  /** The longest label name (责任单位（部门）) that a line can end with. */
  private static final int LONGEST_NAME = 10;
}

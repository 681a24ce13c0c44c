package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * A measure's numbered items that a PDF page's edge cut so that one begins a line (整改措施：1.制定…管理； /
 * 2.选派…；3.完善…): the line is the measure's next item, never the plan's next problem, when the line
 * above ends in a 整改措施 whose text holds the item before it in the same form (1. before 2., （1）
 * before （2）, ① before ②) and does not end its sentence (docs/decisions/0307). A line ending in 。
 * may end the measure, and the next problem is numbered as its items are, so it stays a line of its
 * own. Duty lists numbered so (责任单位：1.…) are joined by {@link NumberedDutyLines}, which counts the
 * measures they are for.
 */
final class MeasureItems {

  private MeasureItems() {}

  /** What may stand right before an item's number inside a measure's text. */
  private static final Pattern BOUNDARY = Pattern.compile("[；;，,。：:\\s]");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Whether item {@code n}, beginning the next line, goes on the measure {@code line} ends in. */
  static boolean goOn(String line, Numbering n) {
    String t = line.strip();
    if (n.number() < 2 || t.isEmpty() || "。！？!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    List<Labelled> labels = Labels.find(t).labels();
    if (labels.isEmpty() || labels.get(labels.size() - 1).label() != Label.MEASURE) {
      return false;
    }
    String previous = previous(n.marker().strip(), n.number());
    if (previous == null) {
      return false;
    }
    String value = labels.get(labels.size() - 1).value();
    for (int at = value.indexOf(previous); at >= 0; at = value.indexOf(previous, at + 1)) {
      if (at == 0 || BOUNDARY.matcher(value.substring(at - 1, at)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The marker of the item before {@code marker}'s (2. → 1., （3） → （2）, ② → ①); null if none. */
  private static String previous(String marker, int number) {
    char first = marker.isEmpty() ? 0 : marker.charAt(0);
    if ((first > '\u2460' && first <= '\u2473') || (first > '\u2474' && first <= '\u2487')) {
      return (char) (first - 1) + marker.substring(1);
    }
    Matcher digits = DIGITS.matcher(marker);
    if (!digits.find() || Integer.parseInt(digits.group()) != number) {
      return null;
    }
    return marker.substring(0, digits.start())
        + (number - 1)
        + marker.substring(digits.end()).strip();
  }
}

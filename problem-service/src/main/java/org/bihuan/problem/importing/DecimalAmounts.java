package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A line that begins with a decimal number (1.5亿元资金未按期拨付, 3.2万元绩效资金…, 12.6万元…) right after a line
 * of an item's text that does not close its sentence (…2023年度有): the number is an amount the line
 * break cut from the words before it, never an item's number, whatever the list around it counts —
 * a number, a stop and a digit at once is a decimal. The line goes on with the problem before it,
 * as every wrapped line does ({@link DigitsAfterStops}, docs/decisions/0361).
 */
final class DecimalAmounts {

  /** A number, a stop (. or ．, never 、) and a digit at once. */
  private static final Pattern DECIMAL = Pattern.compile("^\\d{1,6}[.．]\\d");

  private DecimalAmounts() {}

  /** Whether line {@code i} begins with a decimal that continues the item's text before it. */
  static boolean continues(List<String> lines, List<Numbering> numbering, int i) {
    if (!DECIMAL.matcher(lines.get(i)).find()) {
      return false;
    }
    String before = SentenceEnds.textBefore(lines, numbering, i);
    return before != null && SentenceEnds.textRunsOn(before);
  }
}

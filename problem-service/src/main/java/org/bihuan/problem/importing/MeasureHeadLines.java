package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The head of a problem's numbered measures written without its colon on a line of its own (整改措施)
 * or as a sentence that hands them over (整改措施如下：, 主要整改措施：): over a numbered list it is the
 * measures' label, as 整改措施： is, so that the list's items are the problem's measures and not
 * problems of their own (docs/decisions/0362).
 */
final class MeasureHeadLines {

  /** 整改措施, 整改措施如下：, 主要整改措施, 具体整改措施如下, 整改措施主要有：… — a line that is nothing else. */
  private static final Pattern HEAD =
      Pattern.compile("^(?:主要|具体)?整改(?:措施|举措)(?:如下|主要有|有)?\\s*[：:]?$");

  /** How the label is written where it opens the measures (Labels reads it). */
  static final String LABEL = "整改措施：";

  private MeasureHeadLines() {}

  /** Whether {@code line} is such a head and nothing else (整改措施, 整改措施如下：). */
  static boolean isHead(String line) {
    return HEAD.matcher(line.strip()).matches();
  }

  /** Writes such lines as the measures' label where a numbered line follows them. */
  static void mark(List<String> lines, List<Numbering> numbering) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (numbering.get(i) != null || line.equals(LABEL) || !HEAD.matcher(line).matches()) {
        continue;
      }
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      // a list's item, never the next section's heading (二、原因分析)
      if (next < lines.size()
          && numbering.get(next) != null
          && numbering.get(next).rank() != Numbering.CHINESE) {
        lines.set(i, LABEL);
      }
    }
  }
}

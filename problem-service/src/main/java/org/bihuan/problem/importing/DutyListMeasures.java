package org.bihuan.problem.importing;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * What a numbered duty list cut at a PDF's edge is read against ({@link NumberedDutyLines},
 * docs/decisions/0298): how many numbered measures the problem above it has, so that a list of
 * fewer items expects the next (责任单位：1.办公室；2.人力资源部 beside three measures goes on with 3.财务处), and
 * whether the start of the next line is the list's next items (人力资源部；3.财务处。 after 2.).
 */
final class DutyListMeasures {

  /** How far above the list its problem's 整改措施 is looked for. */
  private static final int LOOK_BACK = 12;

  private DutyListMeasures() {}

  /**
   * The number of measures the 整改措施 above the end of {@code lines} gives (整改措施：1.…；2.…；3.… or 整改措施：
   * with its points 1. 2. 3. one a line), read upwards over duty lines only; 1 for a measure
   * without numbers; 0 when no 整改措施 is met first (a problem's text or another line ends the
   * search).
   */
  static int above(List<TextNoise.SourceLine> lines) {
    int points = 0; // numbered lines without labels right above, read upwards
    for (int j = lines.size() - 1; j >= 0 && j >= lines.size() - LOOK_BACK; j--) {
      String t = lines.get(j).text().strip();
      List<Labelled> labels = Labels.find(t).labels();
      Labelled measure = null;
      for (Labelled l : labels) {
        if (l.label() == Label.MEASURE) {
          measure = l;
        }
      }
      if (measure != null) {
        String value = measure.value().strip();
        if (value.isEmpty() || value.endsWith("：") || value.endsWith(":")) {
          return points;
        }
        List<String> items = NumberedDuties.items(value);
        return items != null ? items.size() : Math.max(points, 1);
      }
      if (labels.isEmpty() && NumberedDuties.leadingNumber(t) == 0) {
        return 0;
      }
      if (labels.isEmpty()) {
        points++;
      } else if (points > 0
          || !labels.stream().allMatch(l -> NumberedDutyLines.isDuty(l.label()))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether {@code text} (a line after its leading number {@code first - 1}… was taken off: 财务处。 or
   * 人力资源部；3.财务处。) is items of a duty list: the first, then any more each numbered on from {@code
   * first}, split by ；，, each short and without a clause or a label inside.
   */
  static boolean itemsFrom(String text, int first) {
    String[] parts = text.strip().split("[；;，,]");
    int next = first;
    int seen = 0;
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k].strip();
      if (part.isEmpty()) {
        if (k == parts.length - 1 && seen > 0) {
          break; // 2.人力资源部；3.财务处； then nothing
        }
        return false;
      }
      if (k > 0) {
        if (NumberedDuties.leadingNumber(part) != next) {
          return false;
        }
        part = NumberedDuties.withoutLeadingNumber(part);
      }
      String item = LineScan.withoutTrailing(part, "。、").strip();
      if (item.isEmpty()
          || item.length() > NumberedDutyLines.ITEM_MAX
          || item.matches(".*[。：:].*")
          || !Labels.find(item).labels().isEmpty()) {
        return false;
      }
      next++;
      seen++;
    }
    return seen > 0;
  }
}

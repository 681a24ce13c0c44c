package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * A plan's duty label with nothing after it followed by its numbered items one per line, joined
 * into one labelled line before the outline is read (docs/decisions/0284):
 *
 * <pre>
 * 责任单位：
 * 1.纪检监察室；
 * 2.院办公室
 * </pre>
 *
 * <p>is read as 「责任单位：1.纪检监察室；2.院办公室」, whose items go to the measures by number ({@link
 * NumberedPlanDuties}); before, each item was a numbered line of its own and became a measure. The
 * items are numbered 1, 2, 3… in a row (any spelling {@link NumberedDuties} reads: 1. 1、 1． (1) （1）
 * ①), at least two; each is short, has no label, and is not followed by a 问题/整改措施 line (a line
 * followed by one is the next problem, not an item). The joined line keeps the label line's number.
 */
final class NumberedDutyLines {

  /** The longest item (a unit, a name, a date such as 2024年12月31日前完成). */
  private static final int ITEM_MAX = 30;

  private NumberedDutyLines() {}

  static List<TextNoise.SourceLine> join(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      ReadingTime.check();
      TextNoise.SourceLine line = lines.get(i);
      int items = opensList(line.text()) ? items(lines, i + 1) : 0;
      if (items < 2) {
        out.add(line);
        i++;
        continue;
      }
      StringBuilder joined = new StringBuilder(line.text().strip());
      for (int k = 1; k <= items; k++) {
        String item = lines.get(i + k).text().strip();
        joined.append(k == 1 ? "" : "；").append(trimEnd(item));
      }
      out.add(new TextNoise.SourceLine(joined.toString(), line.number()));
      i += items + 1;
    }
    return out;
  }

  /** 责任单位：, 责任人：, 整改时限：… with nothing after the last label. */
  private static boolean opensList(String line) {
    String t = line.strip();
    if (!(t.endsWith("：") || t.endsWith(":"))) {
      return false;
    }
    List<Labelled> labels = Labels.find(t).labels();
    if (labels.isEmpty()) {
      return false;
    }
    Labelled last = labels.get(labels.size() - 1);
    return last.value().isBlank()
        && (last.label() == Label.UNITS
            || last.label() == Label.CO_UNITS
            || last.label() == Label.LEADER
            || last.label() == Label.PERSON
            || last.label() == Label.TIME_LIMIT);
  }

  /** How many lines from {@code from} are the list's items 1, 2, 3…. */
  private static int items(List<TextNoise.SourceLine> lines, int from) {
    int count = 0;
    for (int j = from; j < lines.size(); j++) {
      String text = lines.get(j).text().strip();
      if (NumberedDuties.leadingNumber(text) != count + 1 || !isItem(text)) {
        break;
      }
      if (j + 1 < lines.size() && opensProblem(lines.get(j + 1).text())) {
        break; // 2.制度建设滞后。 then 整改措施：…: the next problem
      }
      count++;
    }
    return count;
  }

  private static boolean isItem(String text) {
    String item = NumberedDuties.withoutLeadingNumber(text);
    return !item.isEmpty()
        && item.length() <= ITEM_MAX
        && !item.contains("。")
        && Labels.find(item).labels().isEmpty();
  }

  private static boolean opensProblem(String next) {
    List<Labelled> labels = Labels.find(next.strip()).labels();
    return !labels.isEmpty()
        && Labels.find(next.strip()).prefix().isBlank()
        && (labels.get(0).label() == Label.MEASURE || labels.get(0).label() == Label.PROBLEM);
  }

  private static String trimEnd(String item) {
    return LineScan.withoutTrailing(item, "；;，,、。").strip();
  }
}

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
  static final int ITEM_MAX = 30;

  private NumberedDutyLines() {}

  static List<TextNoise.SourceLine> join(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      ReadingTime.check();
      TextNoise.SourceLine line = lines.get(i);
      int items = opensList(line.text()) ? items(lines, i + 1) : 0;
      if (items < 2) {
        if (!out.isEmpty() && continues(out, lines, i)) {
          // 责任单位：1.办公室； / 2.人力资源部。责任人：… — a list the page width cut (0292)
          // 责任单位：1.办公室；2.人力资源部 / 3.财务处 beside three measures: the cut took the separator
          TextNoise.SourceLine before = out.remove(out.size() - 1);
          String first = before.text().strip();
          String separator = "；;，,、".indexOf(first.charAt(first.length() - 1)) >= 0 ? "" : "；";
          out.add(new TextNoise.SourceLine(first + separator + line.text().strip(), line.number()));
        } else {
          out.add(line);
        }
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

  /**
   * Whether line {@code i} goes on with the numbered duty list that the last line of {@code out}
   * ends in (责任单位：1.办公室；), as a PDF wraps it at the page's edge: it starts with the list's next
   * number, and its items (one or more, numbered on: 2.人力资源部；3.财务处) are short and unlabelled, then
   * either duty labels follow them on the line (2.人力资源部。责任人：1.韩梅…) or nothing does, the list above
   * being open and no 问题/整改措施 line after it. The list is open when it ends in a separator or holds
   * fewer items than the numbered measures of its problem (1.办公室；2.人力资源部 beside three measures
   * expects item 3); a list holding as many items as those measures is complete, and a line
   * numbered on after it is the next problem (3.制度执行不严格。). A numbered line whose text has a clause
   * (2.公车私用问题突出，…) or is followed by other labels is a problem, never an item (docs/decisions/0292,
   * 0298).
   */
  private static boolean continues(
      List<TextNoise.SourceLine> out, List<TextNoise.SourceLine> lines, int i) {
    String before = out.get(out.size() - 1).text().strip();
    int last = lastItem(before);
    String text = lines.get(i).text().strip();
    if (last == 0 || NumberedDuties.leadingNumber(text) != last + 1) {
      return false;
    }
    int measures = DutyListMeasures.above(out);
    if (measures >= 2 && last >= measures) {
      return false; // the list gives every measure its item: 3. after it is the next problem
    }
    Labels.Split split = Labels.find(NumberedDuties.withoutLeadingNumber(text));
    if (!DutyListMeasures.itemsFrom(split.prefix(), last + 1)) {
      return false;
    }
    boolean open = "；;，,、".indexOf(before.charAt(before.length() - 1)) >= 0 || measures > last;
    if (split.labels().isEmpty()) {
      return open && !(i + 1 < lines.size() && opensProblem(lines.get(i + 1).text()));
    }
    return (open || last > 1) && split.labels().stream().allMatch(l -> isDuty(l.label()));
  }

  /**
   * The number of the last item of the numbered list that a line's last label, a duty, holds
   * (责任单位：1.办公室；2.财务科 → 2); 0 when it holds none.
   */
  private static int lastItem(String line) {
    List<Labelled> labels = Labels.find(line.strip()).labels();
    if (labels.isEmpty() || !isDuty(labels.get(labels.size() - 1).label())) {
      return 0;
    }
    String value = labels.get(labels.size() - 1).value().strip();
    List<String> items = NumberedDuties.items(value);
    return items != null ? items.size() : NumberedDuties.leadingNumber(value) == 1 ? 1 : 0;
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
    return last.value().isBlank() && isDuty(last.label());
  }

  static boolean isDuty(Label label) {
    return label == Label.UNITS
        || label == Label.CO_UNITS
        || label == Label.LEADER
        || label == Label.PERSON
        || label == Label.TIME_LIMIT;
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

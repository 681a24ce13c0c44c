package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * Joins a labelled line that a PDF or a text file wrapped at its width back into one line
 * (docs/decisions/0161), before the outline is read:
 *
 * <ul>
 *   <li>a line that ends inside a label name: 整改时 / 限：2024年9月30日, 责任 / 人：陈明, 责任人 / ：陈明;
 *   <li>a responsibility or time-limit label with nothing after it: 整改时限： / 2024年9月30日; after
 *       责任单位：, 配合单位：, 责任领导： or 责任人： every further short line that is a name (no number, label or
 *       clause punctuation) is one more of the list: 责任单位： / 党委宣传部 / 党委办公室;
 *   <li>a list of units or people that ends its line with a separator: 配合单位：宣传部、 / 组织部；;
 *   <li>the next stage of a 整改时限 written in stages, a stage a line (整改时限：第一阶段：2024年7月31日前 /
 *       第二阶段：长期坚持, 0317), after a ；;
 *   <li>a short fragment that completes the value before it: 责任人：陈 / 明 (a name of at most four
 *       characters), 整改时限：2024年9月 / 30日.
 * </ul>
 *
 * <p>Nothing else is joined: a numbered line, a line with a label of its own, a closing formula
 * (特此报告) or a longer line stays a line of its own, so that separate items are never glued.
 */
final class WrappedLabels {

  /** The longest label name (整改责任单位, 责任单位（部门）…) a line can end inside. */
  private static final int LONGEST_NAME = 8;

  /** What may stand before a label name on its line. */
  private static final String BOUNDARY = "；;，,。 \t\u3000";

  /** A name is at most four characters; the part of it on the first line at most three. */
  private static final int NAME_MAX = 4;

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

  /** Digits of a month or day: 9, ９, 九, 十二, 三十. */
  private static final String N = "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十〇零]{1,3})";

  /** What may follow a date that ends a time limit: 前, 之前, 止, 前完成, and the stop (0307). */
  private static final String DATE_END = "(?:之?前|止)?(?:完成)?[。；;]?$";

  /** The rest of a date cut after its month: 30日, 30日前, 底前, 15日前完成. */
  private static final Pattern DAY_REST = Pattern.compile("^(?:" + N + "\\s*[日号]|底|末)" + DATE_END);

  /** The rest of a date cut after its year: 9月30日, 9月底前, 12月, 11月15日前完成。 */
  private static final Pattern MONTH_REST =
      Pattern.compile("^" + N + "\\s*月(?:\\s*" + N + "\\s*[日号]|底|末)?" + DATE_END);

  /** What separates the units or people of a list; a line ending in one goes on. */
  private static final String LIST_GOES_ON = "、，,/／";

  /** A value on a line of its own after an empty label is at most this long. */
  private static final int VALUE_MAX = 40;

  private WrappedLabels() {}

  static List<TextNoise.SourceLine> join(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    boolean listed = false; // the last line is 责任单位： with the first name of a list under it
    for (TextNoise.SourceLine line : lines) {
      ReadingTime.check();
      if (!out.isEmpty()) {
        TextNoise.SourceLine previous = out.get(out.size() - 1);
        String joined = null;
        if (listed && isListedName(line.text())) {
          joined = previous.text().stripTrailing() + "、" + line.text().strip();
        } else if (nextStage(previous.text(), line.text())) {
          listed = false;
          joined = previous.text().stripTrailing() + "；" + line.text().strip();
        } else if (continues(previous.text(), line.text())) {
          listed = opensList(previous.text());
          joined = previous.text() + line.text();
        } else {
          listed = false;
        }
        if (joined != null) {
          out.set(out.size() - 1, new TextNoise.SourceLine(joined, previous.number()));
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  /** The longest unit or name on a line of its own under an empty label (党委宣传部). */
  private static final int LISTED_MAX = 20;

  /** Sentence or clause punctuation: a line holding it is text, not a name. */
  private static final Pattern CLAUSE = Pattern.compile("[。；;，,：:！!？?]");

  /**
   * 责任单位： with nothing after it: the units (or people) that follow, one per line, are its list
   * (docs/decisions/0215).
   */
  private static boolean opensList(String line) {
    String t = line.strip();
    List<Labelled> labels = Labels.find(t).labels();
    if (labels.isEmpty() || !(t.endsWith("：") || t.endsWith(":"))) {
      return false;
    }
    Label last = labels.get(labels.size() - 1).label();
    return labels.get(labels.size() - 1).value().isEmpty()
        && (last == Label.UNITS
            || last == Label.CO_UNITS
            || last == Label.LEADER
            || last == Label.PERSON);
  }

  /** A further unit or name of such a list: short, unnumbered, unlabelled, not a sentence. */
  private static boolean isListedName(String next) {
    String n = next.strip();
    return !n.isEmpty()
        && n.length() <= LISTED_MAX
        && Numbering.of(n) == null
        && !Closing.isFormula(n)
        && Labels.find(n).labels().isEmpty()
        && !CLAUSE.matcher(n).find();
  }

  /**
   * Whether {@code next} is the next stage of a 整改时限 written in stages that {@code line} ends with:
   * 整改时限：第一阶段：2024年7月31日前 / 第二阶段：2024年12月31日前, a stage a line (docs/decisions/0317).
   */
  private static boolean nextStage(String line, String next) {
    if (!StagedTimeLimits.isStageLine(next)) {
      return false;
    }
    List<Labelled> labels = Labels.find(line.strip()).labels();
    if (labels.isEmpty()) {
      return false;
    }
    Labelled last = labels.get(labels.size() - 1);
    return last.label() == Label.TIME_LIMIT && StagedTimeLimits.leads(last.value());
  }

  /** Whether {@code next} is the rest of the labelled line {@code line}. */
  static boolean continues(String line, String next) {
    String t = line.strip();
    String n = next.strip();
    if (t.isEmpty() || n.isEmpty() || Numbering.of(n) != null || Closing.isFormula(n)) {
      return false;
    }
    if (endsInsideLabel(t, n)) {
      return true;
    }
    if (!Labels.find(n).labels().isEmpty()) {
      return false;
    }
    List<Labelled> labels = Labels.find(t).labels();
    if (labels.isEmpty()) {
      return false;
    }
    Labelled last = labels.get(labels.size() - 1);
    if (!isDuty(last.label())) {
      return false;
    }
    String value = last.value();
    if (!value.isEmpty()
        && last.label() != Label.TIME_LIMIT
        && LIST_GOES_ON.indexOf(t.charAt(t.length() - 1)) >= 0) {
      // 配合单位：宣传部、 / 组织部； — a list of units or people cut after a separator
      return n.length() <= VALUE_MAX;
    }
    if (value.isEmpty()) {
      return t.endsWith("：") || t.endsWith(":") ? n.length() <= VALUE_MAX : false;
    }
    if (t.endsWith(value) && (last.label() == Label.PERSON || last.label() == Label.LEADER)) {
      // 责任人：陈 / 明 — a name cut after its first characters
      return value.length() < NAME_MAX
          && value.length() + n.length() <= NAME_MAX
          && HAN.matcher(value).matches()
          && HAN.matcher(n).matches();
    }
    if (last.label() != Label.TIME_LIMIT || !t.endsWith(value)) {
      return false;
    }
    // 整改时限：2024年 / 9月30日, 整改时限：2024年9月 / 30日, 2025年4 / 月20日 and 2025年5月20 / 日: a date
    // cut where the line wrapped (at a page's foot too, where PdfWraps joins nothing, 0296)
    return monthCut(value, n) || dayCut(value, n);
  }

  /** Whether {@code value} ends after its year, or in its month, and {@code next} ends the date. */
  private static boolean monthCut(String value, String next) {
    int year = value.lastIndexOf('年');
    if (year < 0) {
      return false;
    }
    String month = value.substring(year + 1);
    return (month.isEmpty() || month.matches(N)) && MONTH_REST.matcher(month + next).matches();
  }

  /** Whether {@code value} ends after its month, or in its day, and {@code next} ends the day. */
  private static boolean dayCut(String value, String next) {
    int month = value.lastIndexOf('月');
    if (month < 0) {
      return false;
    }
    String day = value.substring(month + 1);
    return (day.isEmpty() || day.matches(N)) && DAY_REST.matcher(day + next).matches();
  }

  /** 整改时 / 限：… : the end of the line and the start of the next make a label name. */
  private static boolean endsInsideLabel(String line, String next) {
    for (int k = 1; k <= Math.min(LONGEST_NAME, line.length()); k++) {
      int at = line.length() - k;
      if (at > 0 && BOUNDARY.indexOf(line.charAt(at - 1)) < 0) {
        continue;
      }
      String tail = line.substring(at);
      List<Labelled> joined = Labels.of(tail + next);
      if (joined.isEmpty()) {
        continue;
      }
      String name = joined.get(0).name();
      boolean spans = name.length() > k || next.startsWith("：") || next.startsWith(":");
      List<Labelled> own = Labels.of(next);
      // 整改 / 时限：… : the next line's own label (时限) is the end of the name cut in two (0296)
      boolean rest = own.isEmpty() || name.equals(tail.strip() + own.get(0).name());
      if (spans && name.startsWith(tail.strip()) && rest) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDuty(Label label) {
    return label == Label.LEADER
        || label == Label.UNITS
        || label == Label.CO_UNITS
        || label == Label.PERSON
        || label == Label.TIME_LIMIT;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * Duties written in brackets after a measure or a problem, on the same line: 整改措施：清理账户。（责任领导：李四；
 * 责任单位：财务科；整改时限：2024年12月31日）. The bracket is taken off the text before it and its labels are read
 * as a line of their own, as if they had been written under it (docs/decisions/0248); a label
 * inside a bracket is otherwise not a label (it follows no separator), so the leader would stay
 * inside the measure's text. A bracket anywhere in the line counts, one or several, when it starts
 * with a responsibility or time-limit label and holds only duties: （2024年底前完成） or （牵头） is the
 * text's own. 清理账户（牵头：张三） names the person who leads: read as 责任人：张三 ({@link UnitLeads}, 0298); in
 * a 责任单位 or 配合单位 value (办公室（牵头：张三）) the bracket is left to the units' reading, which gives each
 * unit of a numbered list its own person (0311).
 */
final class BracketedDuties {

  private BracketedDuties() {}

  private static final String OPENERS = "（(【[［";
  private static final String CLOSERS = "）)】]］";
  private static final String STOPS = "。；;，,.";

  /**
   * The cleaned line split into the text without its brackets of duties and each bracket's labels,
   * in the order written (the text may be empty when the line is only brackets); null when the line
   * holds no such bracket. A bracket (（）, (), 【】, []) counts wherever it stands in the line — 规范台账
   * （责任领导：李四），每月检查一次。 is 规范台账，每月检查一次。 — and is matched with its nesting; one left open is text.
   */
  static List<String> split(String line) {
    String s = line.strip();
    List<String> duties = new ArrayList<>();
    StringBuilder text = new StringBuilder(s.length());
    int[] closes = closings(s);
    boolean[] unitsValues = null;
    int i = 0;
    while (i < s.length()) {
      if ((i & CHECK_EVERY) == 0) {
        ReadingTime.check();
      }
      char c = s.charAt(i);
      int close = closes[i];
      if (close < 0 || !mayStartLabel(s, i + 1, close)) {
        text.append(c);
        i++;
        continue;
      }
      String written = s.substring(i + 1, close).strip();
      String inside = UnitLeads.asPerson(written);
      if (!inside.equals(written)) {
        if (unitsValues == null) {
          unitsValues = unitsValues(s);
        }
        if (unitsValues[i]) {
          // 责任单位：1.财务处（牵头：李四）；2.审计科（王五）: the units value reads its people (0311)
          text.append(c);
          i++;
          continue;
        }
      }
      inside = FieldGroups.withTimeLimits(inside);
      List<Labelled> labels = Labels.of(inside);
      if (labels.size() == 1 && labels.get(0).label() == Label.PERSON) {
        if (unitsValues == null) {
          unitsValues = unitsValues(s);
        }
        if (unitsValues[i]) {
          // 责任单位：人事科（联系人：冯二）: the unit's contact, read with the unit (0320, 0332)
          text.append(c);
          i++;
          continue;
        }
      }
      if (labels.isEmpty() || !allDuties(labels) || LabelNames.isRoleAlone(labels.get(0).name())) {
        text.append(c);
        i++;
        continue;
      }
      duties.add(inside);
      i = close + 1;
      // 清理账户。（…）；: the stop before the bracket ends the sentence, the one after goes
      int last = text.length() - 1;
      while (last >= 0 && text.charAt(last) == ' ') {
        last--;
      }
      if (last >= 0 && STOPS.indexOf(text.charAt(last)) >= 0) {
        while (i < s.length() && (STOPS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == ' ')) {
          i++;
        }
      }
    }
    if (duties.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>(duties.size() + 1);
    parts.add(text.toString().strip());
    parts.addAll(duties);
    return parts;
  }

  /**
   * For each position of the line, whether it stands in the value of a 责任单位 or 配合单位 label: after
   * such a label and before the next label. One pass over the line's labels.
   */
  private static boolean[] unitsValues(String s) {
    boolean[] in = new boolean[s.length()];
    Matcher m = LabelNames.NEXT_LABEL.matcher(s);
    int from = -1;
    while (m.find()) {
      if (from >= 0) {
        Arrays.fill(in, from, m.start(), true);
      }
      Label label = LabelNames.label(LabelNames.name(m));
      from = label == Label.UNITS || label == Label.CO_UNITS ? m.end() : -1;
    }
    if (from >= 0) {
      Arrays.fill(in, from, s.length(), true);
    }
    return in;
  }

  /** How far into a units value a bracket is looked for: a unit and its bracket are short. */
  private static final int UNITS_BRACKET_MAX = 60;

  /**
   * Whether a label name at {@code end} of a line stands inside a bracket opened after a unit in
   * the value of {@code label}, a units label begun at {@code start}: 人事科（联系人：冯二） names the unit's
   * contact, no label of its own (0320, 0332).
   */
  static boolean inUnitsBracket(Label label, String line, int start, int end) {
    if ((label != Label.UNITS && label != Label.CO_UNITS) || end - start > UNITS_BRACKET_MAX) {
      return false;
    }
    int open = 0;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return open > 0;
  }

  /** How many characters of a line are read between two looks at the reading's clock. */
  private static final int CHECK_EVERY = (1 << 12) - 1;

  /**
   * For each position of the line, where the bracket opened there closes, counting the brackets
   * nested in it (any closer closes the innermost bracket still open); -1 where no bracket opens or
   * one is never closed. One pass with a stack of the brackets still open, so a line of a million
   * openers costs a million steps, not a million squared (docs/decisions/0268).
   */
  static int[] closings(String s) {
    int[] closes = new int[s.length()];
    int[] open = new int[s.length()];
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      if ((i & CHECK_EVERY) == 0) {
        ReadingTime.check();
      }
      char c = s.charAt(i);
      closes[i] = -1;
      if (OPENERS.indexOf(c) >= 0) {
        open[depth++] = i;
      } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
        closes[open[--depth]] = i;
      }
    }
    return closes;
  }

  /**
   * Whether the text of a bracket, between {@code from} and {@code to}, may start with a label: its
   * first character after spaces is not another bracket, or is the 【 or [ of a label written in
   * them (【责任单位】) followed by words, so brackets nested many deep are not each cut out and read for
   * labels.
   */
  private static boolean mayStartLabel(String s, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    if (k < to && (s.charAt(k) == '【' || s.charAt(k) == '[')) {
      k++;
    }
    return k < to && OPENERS.indexOf(s.charAt(k)) < 0 && CLOSERS.indexOf(s.charAt(k)) < 0;
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
      if (CLOSERS.indexOf(c) >= 0) {
        depth++;
      } else if (OPENERS.indexOf(c) >= 0) {
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

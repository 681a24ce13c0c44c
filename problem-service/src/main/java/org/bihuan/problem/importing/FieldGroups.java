package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * A bracket of fields after a measure holds several fields, each after a ， or ；:
 * （责任人：陈洁，2024年6月底前完成） is the person 陈洁 and the time limit 2024年6月底前完成. A part that is a time limit
 * and nothing else (2024年6月底前完成, 年底前, 立行立改, {@link DeadlinesInMeasureText#isTimeLimit}) is read as
 * the 整改时限 it is, never as more of the label before it; any other part stays with that label
 * (责任人：张三，李四 names two people). The time limit is then read as any labelled one is ({@link
 * DeadlineText}, docs/decisions/0376).
 */
final class FieldGroups {

  private FieldGroups() {}

  private static final Pattern PARTS = Pattern.compile("(?<=[，,；;])");

  /** The bracket's text with each unlabelled time limit labelled 整改时限; as written when none. */
  static String withTimeLimits(String inside) {
    if (inside.indexOf('，') < 0
        && inside.indexOf(',') < 0
        && inside.indexOf('；') < 0
        && inside.indexOf(';') < 0) {
      return inside;
    }
    String[] parts = PARTS.split(inside);
    if (Labels.of(parts[0]).isEmpty()) {
      return inside; // a bracket of the text's own words (建立台账，2024年底前完成): no fields
    }
    StringBuilder out = new StringBuilder(inside.length() + 8);
    boolean changed = false;
    Label before = null;
    for (String part : parts) {
      String words = part.replaceAll("[，,；;]$", "");
      List<Labelled> labels = Labels.of(words);
      if (before != null
          && before != Label.TIME_LIMIT
          && labels.isEmpty()
          && DeadlinesInMeasureText.isTimeLimit(words)) {
        // the ， before it ends the field before: a ； says so to the labels' reading; after a
        // 整改时限 (2024年6月30日，长期坚持) it is more of that time limit, read whole (0330)
        out.setLength(out.length() - 1);
        out.append('；').append("整改时限：").append(words.strip());
        out.append(part.substring(words.length()));
        changed = true;
        before = Label.TIME_LIMIT;
      } else {
        out.append(part);
        before = labels.isEmpty() ? before : labels.get(labels.size() - 1).label();
      }
    }
    return changed ? out.toString() : inside;
  }
}

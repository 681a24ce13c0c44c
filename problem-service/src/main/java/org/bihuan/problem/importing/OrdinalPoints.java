package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 首先，… 其次，… 再次，… 最后，… at the start of lines: points, as 一是 二是 and 第一，第二， are (the rank {@link
 * Numbering#POINT}), numbered 1, 2, 3 and on in their order — but only as a run that opens with 首先
 * and goes on with 其次 before the next numbered heading, for 其次 or 最后 alone opens many a sentence of
 * prose (docs/decisions/0331).
 */
final class OrdinalPoints {

  private OrdinalPoints() {}

  private static final Pattern ORDINAL = Pattern.compile("^(首先|其次|再次|最后)\\s*[，,：:、]\\s*(?=\\S)");

  /** How far after 首先 its 其次 is looked for, in lines. */
  private static final int REACH = 200;

  /** Whether a line opens with one of these words and its comma. */
  static boolean leads(String line) {
    return ORDINAL.matcher(line.strip()).lookingAt();
  }

  /** Numbers the lines of every such run as points, where {@code numbering} has none yet. */
  static void mark(List<String> lines, List<Numbering> numbering) {
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      if (numbering.get(i) != null || !word(lines.get(i)).equals("首先")) {
        continue;
      }
      int[] run = new int[4];
      int count = 0;
      run[count++] = i;
      String expected = "其次";
      for (int j = i + 1; j < lines.size() && j <= i + REACH && count < run.length; j++) {
        if (numbering.get(j) != null) {
          break;
        }
        String word = word(lines.get(j));
        if (word.isEmpty()) {
          continue; // the point's own lines (整改措施：…) before the next word of the run
        }
        if (word.equals(expected)
            || (count >= 2 && word.equals("最后"))
            || (count == 2 && word.equals("再次"))) {
          run[count++] = j;
          if (word.equals("最后")) {
            break; // the run ends with 最后: a line without a word after it is no point of it
          }
          expected = count == 2 ? "再次" : "最后";
        } else {
          break;
        }
      }
      if (count < 2) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        String line = lines.get(run[k]);
        Matcher m = ORDINAL.matcher(line);
        m.lookingAt();
        numbering.set(
            run[k],
            new Numbering(
                Numbering.POINT, k + 1, line.substring(0, m.end()), line.substring(m.end())));
      }
      i = run[count - 1];
    }
  }

  private static String word(String line) {
    Matcher m = ORDINAL.matcher(line);
    return m.lookingAt() ? m.group(1) : "";
  }
}

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

  /** The words of a run in their order; the last, 最后, may follow any word after the first. */
  private static final List<String> WORDS = List.of("首先", "其次", "再次", "最后");

  /** The words of a run, as a regex alternation. */
  static final String WORD = String.join("|", WORDS);

  private static final Pattern ORDINAL = Pattern.compile("^(" + WORD + ")\\s*[，,：:、]\\s*(?=\\S)");

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
      if (numbering.get(i) != null || !goesOn(word(lines.get(i)), 0)) {
        continue;
      }
      int[] run = new int[4];
      int count = 0;
      run[count++] = i;
      for (int j = i + 1; j < lines.size() && j <= i + REACH && count < run.length; j++) {
        if (numbering.get(j) != null) {
          break;
        }
        String word = word(lines.get(j));
        if (word.isEmpty()) {
          continue; // the point's own lines (整改措施：…) before the next word of the run
        }
        if (goesOn(word, count)) {
          run[count++] = j;
          if (ends(word)) {
            break; // the run ends with 最后: a line without a word after it is no point of it
          }
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

  /**
   * Whether {@code word} goes on a run of {@code count} words: the next in order (首先 opens it), or
   * 最后 after two or more, which ends the run.
   */
  static boolean goesOn(String word, int count) {
    int at = WORDS.indexOf(word);
    return at == count || (ends(word) && count >= 2);
  }

  /** Whether {@code word} is one of the words of a run. */
  static boolean isWord(String word) {
    return WORDS.contains(word);
  }

  /** Whether {@code word} ends its run (最后). */
  static boolean ends(String word) {
    return word.equals(WORDS.get(WORDS.size() - 1));
  }

  private static String word(String line) {
    Matcher m = ORDINAL.matcher(line);
    return m.lookingAt() ? m.group(1) : "";
  }
}

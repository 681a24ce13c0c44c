package org.bihuan.problem.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a table's 序号 says about its rows (docs/decisions/0190, amending 0045 and 0177): a row with a
 * 序号 of its own that is another value than the problem's above starts a new problem, even when its
 * 问题 cell is blank, repeats the problem above or continues a merged cell; a row whose 序号 is blank,
 * continues a merged 序号 cell, repeats the problem's 序号 or numbers a point of it (1.1, 1-2 under 1)
 * belongs to the problem above.
 */
final class SeqNumbers {

  private SeqNumbers() {}

  /** What is left out when 序号 are compared: brackets, a trailing 、 or ., spaces. */
  private static final Pattern NOISE = Pattern.compile("[\\s()（）\\[\\]【】、,，。]|[.．]$");

  private static final Pattern SUB_NUMBER = Pattern.compile("[.．\\-－—_/][0-9]+");

  /** A 序号 as compared: （1） → 1, 1、 → 1, １ → 1. */
  static String key(String seq) {
    String folded = Normalizer.normalize(seq == null ? "" : seq, Normalizer.Form.NFKC);
    return NOISE.matcher(folded.strip()).replaceAll("");
  }

  /**
   * Whether {@code seq} is the problem's own 序号 {@code problemSeq} again, or numbers a point under
   * it (1.1, 1-2 under 1).
   */
  static boolean sameProblem(String seq, String problemSeq) {
    String own = key(seq);
    String problem = key(problemSeq);
    if (own.isEmpty() || problem.isEmpty()) {
      return own.equals(problem);
    }
    return own.equals(problem)
        || (own.startsWith(problem)
            && SUB_NUMBER.matcher(own.substring(problem.length())).matches());
  }
}

package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * A problem cell copied down a table's rows instead of merged: an office that repeats the cell by
 * hand ends it one way on one row and another way on the next (…不规范。 / …不规范 / …不规范；), or leaves a
 * space in it. Such cells say the same thing and are one problem, as a merged cell is (0247); text
 * that differs in anything else — a word, a figure, punctuation inside it — is another problem.
 */
final class RepeatedCells {

  /** What an office may put or leave at the end of a copied cell: closing punctuation. */
  private static final Pattern CLOSING = Pattern.compile("[。．.；;，,、：:！!？?…\\s\\u3000]+$");

  /** Spaces anywhere in the cell, full-width and no-break ones too. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

  private RepeatedCells() {}

  /** The text two copies of one cell share: without spaces and closing punctuation. */
  static String key(String cell) {
    return CLOSING.matcher(SPACES.matcher(cell).replaceAll("")).replaceFirst("");
  }

  /** Where a problem's first sentence ends. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");

  /**
   * Whether {@code cell} is the first sentence of {@code above} and {@code above} says more after
   * it (公务接待不规范。 under 公务接待不规范。存在超标准接待。): a problem's title copied down beside its next measure
   * (0252).
   */
  static boolean firstSentence(String cell, String above) {
    String k = key(cell);
    java.util.regex.Matcher end = SENTENCE_END.matcher(above);
    if (k.isEmpty() || !end.find()) {
      return false;
    }
    String first = key(above.substring(0, end.start()));
    return k.equals(first) && !key(above.substring(end.end())).isEmpty();
  }

  /** Whether two cells hold the same text but for spaces and closing punctuation. */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }
}

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

  /** Whether two cells hold the same text but for spaces and closing punctuation. */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }
}

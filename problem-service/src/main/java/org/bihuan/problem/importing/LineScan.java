package org.bihuan.problem.importing;

import java.util.regex.Matcher;

/**
 * Scanning one line, however long, in steps the read budget can stop (docs/decisions/0270): a
 * pattern is searched window by window, {@value #WINDOW} characters at a time with {@link
 * ReadingTime#check} between them, rather than by one {@link Matcher#find} over megabytes that
 * nothing can interrupt; a line's trailing characters are cut in one backward pass, where a pattern
 * like {@code [，,]+$} tries every start in a run of them (quadratic in the run).
 */
final class LineScan {

  /** How many characters are searched between two looks at the reading's clock. */
  static final int WINDOW = 4_096;

  /**
   * How far a window reaches past its own characters: a match that starts in them is accepted only
   * when it could not have gone on past the window's end (a label and its colon are far shorter).
   */
  static final int OVERLAP = 256;

  private LineScan() {}

  /**
   * The next match of {@code m} in its line at or after {@code from} and before {@code to}, as
   * {@code m.region(regionStart, to)} then {@code find()}s up to {@code from} would find it: {@code
   * ^} matches at {@code regionStart} only, lookarounds see the whole line (transparent bounds).
   * The pattern has no {@code $}. After a true answer {@code m.start()}, {@code m.end()} and the
   * groups are the match's.
   */
  static boolean find(Matcher m, int regionStart, int from, int to) {
    m.useTransparentBounds(true);
    int start = from;
    while (true) {
      ReadingTime.check();
      int end = to - start > WINDOW + OVERLAP ? start + WINDOW + OVERLAP : to;
      // ^ belongs to the region's start only, not to a later window's
      m.useAnchoringBounds(start == regionStart);
      m.region(start, end);
      boolean found = m.find();
      if (end == to) {
        return found;
      }
      if (found && m.start() < end - OVERLAP) {
        if (m.end() == end) {
          // it may go on past the window (spaces after a colon): matched again over the rest
          int at = m.start();
          m.useAnchoringBounds(at == regionStart);
          m.region(at, to);
          return m.lookingAt();
        }
        return true;
      }
      start = end - OVERLAP;
    }
  }

  /** {@code text} without the characters of {@code chars} and the white space it ends with. */
  static String withoutTrailingOrSpaces(String text, String chars) {
    int end = text.length();
    while (end > 0) {
      char c = text.charAt(end - 1);
      if (chars.indexOf(c) < 0 && !isRegexSpace(c)) {
        break;
      }
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code text} without the characters of {@code chars} it ends with (white space kept). */
  static String withoutTrailing(String text, String chars) {
    int end = text.length();
    while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of units split at its separators outside brackets only: 办公室（含档案室、机要室）、财务科 is 办公室（含档案室、机要室）
 * and 财务科, never 办公室（含档案室 and 机要室）, two names with a bracket that does not pair. What the bracket
 * says is then read as for any unit (a remark 含… is left out of the name, {@link
 * ResponsibleUnits}). A value whose brackets do not pair is split at every separator, as before:
 * where its bracket ends is not known (docs/decisions/0342).
 */
final class SeparatorsInBrackets {

  private static final String OPEN = "（(【[";
  private static final String CLOSE = "）)】]";

  private SeparatorsInBrackets() {}

  /** {@code value} split at {@code separators} outside its brackets; empty parts are kept. */
  static String[] split(Pattern separators, String value) {
    int[] depth = depths(value);
    if (depth == null) {
      return separators.split(value);
    }
    List<String> parts = new ArrayList<>();
    Matcher m = separators.matcher(value);
    int from = 0;
    while (m.find()) {
      if (depth[m.start()] == 0) {
        parts.add(value.substring(from, m.start()));
        from = m.end();
      }
    }
    parts.add(value.substring(from));
    while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1); // as String.split leaves out trailing empty parts
    }
    return parts.toArray(String[]::new);
  }

  /**
   * How deep in brackets each character of {@code value} stands; null when its brackets do not pair
   * (one closes with none open, or one stays open).
   */
  private static int[] depths(String value) {
    int[] depth = new int[value.length()];
    int d = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (CLOSE.indexOf(c) >= 0) {
        if (d == 0) {
          return null;
        }
        d--;
      }
      depth[i] = d;
      if (OPEN.indexOf(c) >= 0) {
        d++;
      }
    }
    return d == 0 ? depth : null;
  }
}

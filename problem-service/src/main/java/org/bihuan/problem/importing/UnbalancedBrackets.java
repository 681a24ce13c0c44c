package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A units value whose brackets do not pair, made whole before its people are read, each repair
 * named (docs/decisions/0323): an unclosed bracket (医政股（张明) is closed where the next unit begins or
 * at the end (医政股（张明）); a closing bracket with nothing opening it (医政股张明）) opens after the unit's
 * name when a person's name follows it (医政股（张明）) and is left out otherwise; a bracket inside a
 * bracket (办公室（张三（副））) is left out of it (办公室（张三）). No bracket leaks into a stored name, and
 * nothing is lost without a word.
 */
final class UnbalancedBrackets {

  private UnbalancedBrackets() {}

  /** The value made whole, and what was done to it; {@code notes} is empty when it was whole. */
  record Repaired(String value, List<String> notes) {}

  private static final String OPEN = "（(【";
  private static final String CLOSE = "）)】";

  /** A bracket holding one other: the outer's text before, the inner bracket, the text after. */
  private static final Pattern NESTED =
      Pattern.compile("([（(【][^（）()【】]*)([（(【][^（）()【】]*[）)】])([^（）()【】]*[）)】])");

  /** What parts two units in a value. */
  private static final String SEPARATORS = "、，,；;/／ \u3000";

  static Repaired of(String value) {
    List<String> notes = new ArrayList<>();
    if (!hasBracket(value)) {
      return new Repaired(value, notes);
    }
    String v = value;
    Matcher nested = NESTED.matcher(v);
    while (nested.find()) {
      notes.add(
          "the bracket 「"
              + nested.group(2)
              + "」 inside the bracket after a unit was left out of it (「"
              + value
              + "」)");
      v =
          v.substring(0, nested.start())
              + nested.group(1)
              + nested.group(3)
              + v.substring(nested.end());
      nested = NESTED.matcher(v);
    }
    StringBuilder out = new StringBuilder(v.length() + 2);
    int openAt = -1;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (OPEN.indexOf(c) >= 0) {
        if (openAt >= 0) {
          close(out, openAt, lastSeparator(out, openAt), notes, value);
        }
        openAt = out.length();
        out.append(c);
      } else if (CLOSE.indexOf(c) >= 0) {
        if (openAt >= 0) {
          out.append(CLOSE.charAt(OPEN.indexOf(out.charAt(openAt))));
          openAt = -1;
        } else {
          opened(out, c, notes, value);
        }
      } else {
        out.append(c);
      }
    }
    if (openAt >= 0) {
      close(out, openAt, out.length(), notes, value);
    }
    return new Repaired(out.toString(), notes);
  }

  private static boolean hasBracket(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (OPEN.indexOf(value.charAt(i)) >= 0 || CLOSE.indexOf(value.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the text after an unclosed bracket last parts two units, or the end when it does not. */
  private static int lastSeparator(StringBuilder out, int openAt) {
    for (int i = out.length() - 1; i > openAt; i--) {
      if (SEPARATORS.indexOf(out.charAt(i)) >= 0) {
        int at = i;
        while (at - 1 > openAt && SEPARATORS.indexOf(out.charAt(at - 1)) >= 0) {
          at--;
        }
        return at;
      }
    }
    return out.length();
  }

  /** Closes the bracket opened at {@code openAt} at {@code at}. */
  private static void close(
      StringBuilder out, int openAt, int at, List<String> notes, String value) {
    out.insert(at, CLOSE.charAt(OPEN.indexOf(out.charAt(openAt))));
    notes.add(
        "a bracket after a unit in 「"
            + value
            + "」 is not closed; it was read as 「"
            + out.substring(openAt, at + 1)
            + "」");
  }

  /**
   * A closing bracket with nothing opening it: opened after the unit's name before it when a
   * person's name stands between (医政股张明） → 医政股（张明）), else left out.
   */
  private static void opened(StringBuilder out, char close, List<String> notes, String value) {
    int start = out.length();
    while (start > 0 && SEPARATORS.indexOf(out.charAt(start - 1)) < 0) {
      start--;
    }
    for (int at = start + 1; at < out.length() - 1; at++) {
      String unit = out.substring(start, at);
      String name = out.substring(at);
      if (UnitLeads.endsAsUnit(unit) && UnitLeads.namesPeople(name)) {
        out.insert(at, OPEN.charAt(CLOSE.indexOf(close)));
        out.append(close);
        notes.add(
            "the closing bracket in 「"
                + value
                + "」 has nothing opening it; 「"
                + name
                + "」 after the unit 「"
                + unit
                + "」 was read as in brackets");
        return;
      }
    }
    notes.add(
        "the closing bracket 「"
            + close
            + "」 in 「"
            + value
            + "」 has nothing opening it; it was left out");
  }
}

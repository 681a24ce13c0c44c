package org.bihuan.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer comment of docs/integration.md ({@link IntegrationGuide.Request#answer()}) shows:
 * the members it names, and the values it gives outside arrays.
 */
public final class GuideAnswers {

  private GuideAnswers() {}

  /** A member the guide shows in an answer, and the array member it sits in (null at the top). */
  public record Shown(String name, String inArray) {}

  /**
   * The members an answer comment shows, each with the nearest array member that encloses it
   * ({@code "items":[{"id":…}]} shows id in items), so that a check can excuse exactly the members
   * of an array the real answer has empty, and no other.
   */
  public static List<Shown> shownIn(String answer) {
    List<Shown> shown = new ArrayList<>();
    java.util.Deque<String> open = new java.util.ArrayDeque<>();
    String text = answer == null ? "" : answer;
    Matcher m = Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*(\\[)?|([\\[\\]{}])").matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        shown.add(new Shown(m.group(1), arrayOf(open)));
        if (m.group(2) != null) {
          open.push(m.group(1));
        }
      } else {
        switch (m.group(3)) {
          case "[" -> open.push("");
          case "{" -> open.push("{");
          default -> {
            if (!open.isEmpty()) {
              open.pop();
            }
          }
        }
      }
    }
    return shown;
  }

  /**
   * A value the guide shows for a member that no array encloses: {@code path} the member names from
   * the answer's top, {@code literal} the JSON text the guide writes ({@code 2}, {@code 0.5},
   * {@code null}, {@code "Asia/Shanghai"}, or {@code []} for an array it shows empty), or {@code
   * [..]} for an array it shows with elements. A string with {@code …} in it, or a value written as
   * {@code {…}} or {@code […]}, shows no value and is not listed.
   */
  public record ShownValue(List<String> path, String literal) {}

  /**
   * The values an answer comment shows outside arrays, e.g. {@code "tickets":{"total":2}} shows 2
   * at tickets.total. Values inside arrays are examples of one element and are not listed: which
   * elements a page holds depends on what else the system has seen.
   */
  public static List<ShownValue> shownValuesIn(String answer) {
    List<ShownValue> out = new ArrayList<>();
    String text = answer == null ? "" : answer;
    // One entry per open container: the member name it is the value of ("" for a top-level or
    // array element), and whether it is an array.
    java.util.Deque<String[]> open = new java.util.ArrayDeque<>();
    String member = null; // a member name just read, waiting for its value
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          break;
        }
        String string = text.substring(i + 1, end);
        int next = skipSpaces(text, end + 1);
        if (next < text.length() && text.charAt(next) == ':') {
          member = string;
          i = next + 1;
          continue;
        }
        if (member != null && !string.contains("…")) {
          addShown(out, open, member, text.substring(i, end + 1));
        }
        member = null;
        i = end + 1;
      } else if (c == '{' || c == '[') {
        int next = skipSpaces(text, i + 1);
        if (next < text.length() && text.charAt(next) == '…') {
          // {…the ticket after the change…} or […]: shows no value; skip to its close.
          int close = text.indexOf(c == '{' ? '}' : ']', next);
          i = close < 0 ? text.length() : close + 1;
          member = null;
          continue;
        }
        if (c == '[' && member != null) {
          addShown(
              out, open, member, next < text.length() && text.charAt(next) == ']' ? "[]" : "[..]");
        }
        open.push(new String[] {member == null ? "" : member, c == '[' ? "array" : "object"});
        member = null;
        i++;
      } else if (c == '}' || c == ']') {
        if (!open.isEmpty()) {
          open.pop();
        }
        member = null;
        i++;
      } else if (member != null && (c == '-' || Character.isLetterOrDigit(c))) {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || "-+.".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        String literal = text.substring(i, end);
        if (literal.matches("-?\\d+(\\.\\d+)?|true|false|null")) {
          addShown(out, open, member, literal);
        }
        member = null;
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void addShown(
      List<ShownValue> out, java.util.Deque<String[]> open, String member, String literal) {
    List<String> path = new ArrayList<>();
    for (java.util.Iterator<String[]> it = open.descendingIterator(); it.hasNext(); ) {
      String[] container = it.next();
      if (container[1].equals("array")) {
        return; // inside an array: an example of one element
      }
      if (!container[0].isEmpty()) {
        path.add(container[0]);
      }
    }
    path.add(member);
    out.add(new ShownValue(List.copyOf(path), literal));
  }

  private static String arrayOf(java.util.Deque<String> open) {
    for (String c : open) {
      if (!c.equals("{")) {
        return c.isEmpty() ? null : c;
      }
    }
    return null;
  }
}

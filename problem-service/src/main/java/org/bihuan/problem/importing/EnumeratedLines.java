package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The lines each point of an enumeration came from, where a heading's text is split into problems
 * by its points ({@link Enumeration}: （一）思想认识不到位。一是…；二是…；三是…, or the heading alone on its line and
 * 一是…。二是…。 on the next): each problem's origin names the lines its own text is on, the heading's
 * line only when the point is written on it (docs/decisions/0339). A point that cannot be found
 * again in the text (never expected: the points are pieces of it) is told by all the lines of its
 * heading.
 */
final class EnumeratedLines {

  /**
   * The text that was enumerated (null when it could not be told line by line), and the 1-based
   * document line of each of its lines.
   */
  private final String text;

  private final List<Integer> numbers;
  private final Origin whole;
  private int from;

  private EnumeratedLines(String text, List<Integer> numbers, Origin whole) {
    this.text = text;
    this.numbers = numbers;
    this.whole = whole;
  }

  /**
   * The lines of {@code node}'s text as read for its points: {@code rest} (its heading's text after
   * the title, on the heading's line; empty when there is none), then {@code body} (its lines under
   * the heading, the last {@code body.size()} of the node's body lines), then the points nested in
   * it — joined as {@link OutlineParser#join} joins them; {@code enumerated} is that text as the
   * caller joined it (were they to differ, every point is told by all the node's lines).
   */
  static EnumeratedLines of(Node node, String rest, List<String> body, String enumerated) {
    StringBuilder text = new StringBuilder();
    List<Integer> numbers = new ArrayList<>();
    int headLine =
        node.heading().isEmpty() && !node.bodyNumbers.isEmpty()
            ? node.bodyNumbers.get(0)
            : node.number;
    add(text, numbers, List.of(rest), List.of(headLine));
    int offset = node.body.size() - body.size();
    add(text, numbers, body, node.bodyNumbers.subList(offset, node.body.size()));
    List<Line> points = new ArrayList<>();
    for (Node child : node.children) {
      child.flatten(points, true);
    }
    add(
        text,
        numbers,
        points.stream().map(Line::text).toList(),
        points.stream().map(Line::number).toList());
    boolean same = text.toString().equals(enumerated) && numbers.size() == lineCount(enumerated);
    return new EnumeratedLines(same ? enumerated : null, numbers, node.origin());
  }

  /** A part of the text, left out when empty as {@link OutlineParser#join} leaves it out. */
  private static void add(
      StringBuilder text, List<Integer> numbers, List<String> lines, List<Integer> lineNumbers) {
    String part = String.join("\n", lines);
    if (part.isEmpty()) {
      return;
    }
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(part);
    numbers.addAll(lineNumbers);
  }

  /**
   * The origin of the next point, {@code item} (the points asked for in their order): the lines
   * from the one its text begins on to the one it ends on.
   */
  Origin next(String item) {
    int at = text == null || item.isEmpty() ? -1 : text.indexOf(item, from);
    if (at < 0) {
      return whole;
    }
    from = at + item.length();
    return Origin.lines(lineAt(at), lineAt(from - 1));
  }

  private static int lineCount(String text) {
    return (int) text.chars().filter(c -> c == '\n').count() + 1;
  }

  private int lineAt(int offset) {
    int line = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return numbers.get(line);
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * A cause's or a proposed measure's heading whose sentence a wrap carried onto its first text lines
 * (1.理论学习不够深入，特别是对 / 三、四类医疗机构的分级标准理解不透。): the heading ends mid-sentence ({@link
 * ProblemText#endsMidSentence}), so the lines it runs on into are part of it, and the item is
 * titled by the joined sentence (docs/decisions/0366).
 */
final class WrappedHeadings {

  /** The heading with the text lines it runs on into, and the text lines after them. */
  record Joined(String heading, List<String> body) {}

  private WrappedHeadings() {}

  /**
   * The item's heading joined with the lines it runs on into, or null when it ends its sentence.
   */
  static Joined of(Node item) {
    String heading = item.heading().strip();
    List<String> body = OutlineParser.bodyAfterHead(item);
    if (heading.isEmpty() || body.isEmpty() || !ProblemText.endsMidSentence(heading)) {
      return null;
    }
    List<String> joined = new ArrayList<>();
    joined.add(heading);
    int next = 0;
    while (next < body.size() && ProblemText.endsMidSentence(joined.get(joined.size() - 1))) {
      joined.add(body.get(next++));
    }
    return new Joined(ProblemText.join(joined), body.subList(next, body.size()));
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.headingText;

import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * A group heading beside other groups whose only problem is written without a number: 3.合同管理方面 /
 * 部分合同履行完毕后未及时归档。 among 2.采购管理方面 / ⑴… ⑵…. The heading is the problem's category, as it is for the
 * numbered problems of its siblings, and the problem is titled by its own first sentence, never by
 * the group's name (docs/decisions/0343). Only a heading naming a field of work (…方面), on a line of
 * its own with no sentence mark, with lines under it and no numbered points; any other short line
 * over a sentence is a problem's title over its description, as before.
 */
final class GroupOverSentences {

  private GroupOverSentences() {}

  /**
   * The title and description of the problem {@code child} holds, {@code lines} its lines under its
   * heading; the heading's title over the lines where {@code child} is no such group, as {@link
   * ProblemText#of} reads it.
   */
  static Head problem(Node child, boolean besideGroups, List<String> lines) {
    String heading = headingText(child).strip();
    if (!besideGroups
        || !child.children.isEmpty()
        || lines.isEmpty()
        || !heading.endsWith("方面")
        || !ProblemText.isTitleLine(heading)) {
      return ProblemText.of(heading, lines);
    }
    String text = String.join("\n", lines).strip();
    return new Head(OutlineParser.splitHead(text).title(), text);
  }
}

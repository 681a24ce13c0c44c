package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the problems, causes and measures out of the text of a self-examination (对照检查材料) or a
 * rectification plan (整改方案). Pure Java and linear in the length of the text.
 *
 * <p>How it reads a document:
 *
 * <ol>
 *   <li>Every line is cleaned ({@link TextNoise}); labelled lines a PDF or text file wrapped are
 *       joined ({@link WrappedLabels}, docs/decisions/0161); the closing formula, 附件 line,
 *       signature and date after the last item end the text and are named in the warnings as not
 *       imported ({@link Closing}, 0160).
 *   <li>Every line's numbering is read ({@link Numbering}): the numbered lines form an outline tree
 *       by the fixed rank of their numbering style, unnumbered lines are the text of the heading
 *       above them; the sub-points of a problem that introduces them (…，主要表现在：) are its text lines
 *       ({@link DescribingPoints}, 0162).
 *   <li>The top-level headings are sections, recognised by meaning ({@link SectionKind}): problems,
 *       causes, measures, ignored (保障措施, 工作要求…). Text before the first heading (title, 同志们：,
 *       preamble) and before a section's first item is never a problem; it is named in the
 *       warnings, as the ignored sections are (docs/decisions/0205). When no section is a problems
 *       section but some are causes or measures (an inspection list: 一、党的政治建设方面 … 四、原因分析), the
 *       unrecognised sections with numbered items before them are the problems' top groups
 *       (docs/decisions/0106).
 *   <li>A section with labelled lines (责任单位：, 整改时限：…) is a rectification plan and is read line by
 *       line ({@link PlanReading}); otherwise a problem section's headings that have numbered items
 *       under them are categories and their items are problems, a childless heading among
 *       categories is one problem in its own category (the paragraphs under a group heading such as
 *       （三）廉洁自律方面 are a problem each, {@link OutlineProblems#paragraphsOfGroup}), and an item whose
 *       text enumerates (一是…二是…, （1）…（2）…) gives one problem per enumerated point under its own
 *       title. A problem's title and description come from its lines by {@link ProblemText}; lines
 *       after the last one-line problem of a group are added to it with a warning
 *       (docs/decisions/0105).
 *   <li>A cause or a proposed measure is each item of its section: title the first sentence (up to
 *       。), description the rest.
 * </ol>
 *
 * <p>The tree is built by {@link OutlineTree}, the sections are recognised and read by {@link
 * OutlineReading}, a problems section's problems by {@link OutlineProblems}; this class holds the
 * outline's node and line, and how a heading splits into its title and the rest.
 */
public final class OutlineParser {

  /** Reads one document; never throws for odd text, it says what it skipped in the warnings. */
  public ParsedDocument parse(String text) {
    return new OutlineReading(text == null ? "" : text).read();
  }

  /** A numbered heading with the text lines under it and the headings nested in it. */
  static final class Node {
    final Numbering numbering;
    final String line;

    /** The 1-based number of {@link #line} in the document's text (0 for the root). */
    final int number;

    final List<String> body = new ArrayList<>();
    final List<Integer> bodyNumbers = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    /** Its sub-points were folded into its body: they describe it (…，主要表现在：). */
    boolean describedByPoints;

    /** A measure numbered like a problem: 1. under 整改措施：, numbered on from there. */
    boolean measureItem;

    Node(Numbering numbering, String line, int number) {
      this.numbering = numbering;
      this.line = line;
      this.number = number;
    }

    void addBody(String text, int lineNumber) {
      body.add(text);
      bodyNumbers.add(lineNumber);
    }

    /**
     * The last line of the document its own line and body reach, wraps mended into them included.
     */
    int reach;

    /**
     * Sets how far each node of this tree reaches: the last document line of its own line and body
     * ({@code lastOf}: a line's first document line to its last, where a wrap was mended into it;
     * 0372).
     */
    void reachTo(java.util.Map<Integer, Integer> lastOf) {
      reach = Math.max(reach, lastOf.getOrDefault(number, number));
      for (int line : bodyNumbers) {
        reach = Math.max(reach, lastOf.getOrDefault(line, line));
      }
      children.forEach(child -> child.reachTo(lastOf));
    }

    /** The number of the last line of this node and everything under it. */
    int lastNumber() {
      int last = Math.max(number, reach);
      if (!bodyNumbers.isEmpty()) {
        last = Math.max(last, bodyNumbers.get(bodyNumbers.size() - 1));
      }
      if (!children.isEmpty()) {
        last = Math.max(last, children.get(children.size() - 1).lastNumber());
      }
      return last;
    }

    /** The lines of this node and all under it. */
    Origin origin() {
      int first = number > 0 ? number : bodyNumbers.isEmpty() ? 0 : bodyNumbers.get(0);
      return Origin.lines(first, lastNumber());
    }

    /** Whether numbered items (not just 一是…二是… points) are nested in it. */
    boolean hasItems() {
      for (Node child : children) {
        if (child.rank() != Numbering.POINT) {
          return true;
        }
      }
      return false;
    }

    int rank() {
      return numbering == null ? Integer.MIN_VALUE : numbering.rank();
    }

    String heading() {
      return numbering == null ? "" : numbering.text();
    }

    /** This node's lines, then its descendants', in document order. */
    void flatten(List<Line> into, boolean withOwnLine) {
      if (withOwnLine) {
        into.add(new Line(line, numbering, number));
      }
      for (int i = 0; i < body.size(); i++) {
        into.add(new Line(body.get(i), null, bodyNumbers.get(i)));
      }
      for (Node child : children) {
        child.flatten(into, true);
      }
    }
  }

  /**
   * A cleaned line, its numbering (null when it has none) and its 1-based number in the document's
   * text.
   */
  record Line(String text, Numbering numbering, int number) {}

  /** A title and the text after it. */
  record Head(String title, String rest) {}

  /** The title and rest of a node's heading; a bare number takes its first text line as heading. */
  static Head head(Node node) {
    String heading = node.heading();
    if (heading.isEmpty() && !node.body.isEmpty()) {
      heading = node.body.get(0);
    }
    return new Head(ProblemText.titleOf(heading), splitHead(heading).rest());
  }

  /** The heading as written (without its number), for an item that has nothing but a heading. */
  static String headingText(Node node) {
    String heading = node.heading().strip();
    return heading.isEmpty() && !node.body.isEmpty() ? node.body.get(0) : heading;
  }

  static List<String> bodyAfterHead(Node node) {
    return node.heading().isEmpty() && !node.body.isEmpty()
        ? node.body.subList(1, node.body.size())
        : node.body;
  }

  /**
   * Title = the text up to the first sentence end (。！？) or colon, its lines joined into one; a
   * title still longer than 50 characters is cut at its first comma. The rest is the description.
   */
  static Head splitHead(String text) {
    String t = text.strip();
    int cut = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean colon = c == '：' || c == ':';
      if (colon
          && i > 0
          && i + 1 < t.length()
          && Character.isDigit(t.charAt(i - 1))
          && Character.isDigit(t.charAt(i + 1))) {
        continue; // a ratio or a time (师生比1:350, 9:30) ends no title
      }
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || colon) {
        cut = i;
        break;
      }
    }
    int titleEnd = cut < 0 ? t.length() : cut;
    if (titleEnd > 50) {
      for (int i = 4; i < 50; i++) {
        char c = t.charAt(i);
        if (c == '，' || c == ',' || c == '；' || c == ';') {
          titleEnd = i;
          cut = i;
          break;
        }
      }
    }
    // a title is one line: the lines a wrap cut it into are joined as a wrap is (0375)
    String title =
        ProblemText.join(List.of(t.substring(0, titleEnd).split("\n")), (line, next) -> true)
            .replaceAll("[，,；;、\\s]+$", "")
            .strip();
    String rest = cut < 0 ? "" : t.substring(cut + 1).strip();
    if (title.isEmpty()) {
      return new Head(rest, "");
    }
    return new Head(title, rest);
  }

  static String join(String first, String second) {
    if (first.isEmpty()) {
      return second;
    }
    return second.isEmpty() ? first : first + "\n" + second;
  }

  static String shorten(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}

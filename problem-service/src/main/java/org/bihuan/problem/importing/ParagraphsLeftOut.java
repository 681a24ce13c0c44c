package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paragraphs of the text around a document's tables that no problem took (docs/decisions/0265):
 * when the tables hold the problems and the text outside them gives none (or only problems a table
 * lists again), the dry run names each paragraph of that text it read and left out, by its first
 * words and its line, so that the person importing can tell it was seen. Lines the reader already
 * takes for what they are, and names elsewhere or needs not name, are no such paragraphs: a title
 * or heading (a short line without a sentence's marks, numbered or not: 整改任务清单, 一、政治建设方面, a
 * signature, 2024年7月1日), a sign-off (填报单位：… 联系人：…), a note (注：…), a closing formula (特此报告。), a
 * sentence that introduces what follows (制定如下整改任务清单。) and a line that hands over to a table (具体如下：,
 * 其余问题见下表。).
 */
final class ParagraphsLeftOut {

  /**
   * A sentence that introduces what follows it (根据巡察反馈意见，制定如下整改任务清单。 / 现将有关情况报告如下：): the preamble
   * of the table or text below, as a line handing over to a table is.
   */
  private static final Pattern INTRODUCTION = Pattern.compile("(?:如下|以下|下列)[^，,；;]{0,12}[。：:]?$");

  /** The paragraphs named one by one; more are counted. */
  private static final int NAMED_MAX = 10;

  private ParagraphsLeftOut() {}

  /**
   * The warning naming the paragraphs of {@code outsideText} (the text outside {@code tables}, its
   * lines numbered as the outline numbers them) that none of {@code taken} was read from, or none
   * when there are none.
   */
  static Optional<String> warning(
      String outsideText, List<Grid> tables, List<ParsedProblem> taken) {
    return warning(outsideText, tables, taken, null);
  }

  /**
   * The same, leaving out too the paragraphs read as the causes or proposed measures of {@code
   * read} (its 原因分析 and 整改措施, imported beside the tables' problems: 0366).
   */
  static Optional<String> warning(
      String outsideText, List<Grid> tables, List<ParsedProblem> taken, ParsedDocument read) {
    StringBuilder readText = new StringBuilder();
    if (read != null) {
      read.causes().forEach(c -> readText.append(c.title()).append(c.description()));
      read.proposedMeasures().forEach(m -> readText.append(m.title()).append(m.description()));
    }
    String readCompact = TextBesideTables.compact(readText.toString());
    String[] lines = outsideText.split("\n", -1);
    boolean[] inProblem = new boolean[lines.length + 1];
    for (ParsedProblem p : taken) {
      List<Integer> from = p.origin() == null ? null : p.origin().lines();
      if (from != null && !from.isEmpty()) {
        for (int k = Math.max(from.get(0), 0);
            k <= from.get(from.size() - 1) && k <= lines.length;
            k++) {
          inProblem[k] = true;
        }
      }
    }
    List<String> named = new ArrayList<>();
    int paragraphs = 0;
    for (int i = 0; i < lines.length; i++) {
      ReadingTime.check();
      String line = lines[i].strip();
      String compact = TextBesideTables.compact(line);
      if (inProblem[i + 1]
          || !isParagraph(line)
          || (!compact.isEmpty() && readCompact.contains(compact))) {
        continue;
      }
      paragraphs++;
      if (named.size() < NAMED_MAX) {
        int number = i + 1;
        named.add(
            "「"
                + OutlineParser.shorten(line)
                + "」 line "
                + (number + TextBesideTables.shift(number, tables))
                + TextBesideTables.besideTables(number, tables));
      }
    }
    if (paragraphs == 0) {
      return Optional.empty();
    }
    return Optional.of(
        paragraphs
            + " paragraph(s) of the text outside the tables ("
            + String.join(", ", named)
            + (paragraphs > named.size() ? ", …" : "")
            + ") gave no problem; "
            + (paragraphs > 1 ? "they were" : "it was")
            + " read and not imported. If a paragraph lists problems, number each problem (1. 2.)"
            + " and give it its 整改措施 or 责任单位, or put it in the table.");
  }

  /** A line of running text, not one the reader takes for something else. */
  private static boolean isParagraph(String line) {
    if (line.isEmpty() || ProblemText.isTitleLine(line)) {
      return false;
    }
    Numbering n = Numbering.of(line);
    return (n == null || !ProblemText.isTitleLine(n.text()))
        && !TableReading.isSignOffLine(line)
        && !TextOutsideTables.isNote(line)
        && !Closing.isFormula(line)
        && !INTRODUCTION.matcher(line).find()
        && !TextOutsideTables.handsOver(line);
  }
}

package org.bihuan.problem.importing;

import java.util.List;

/**
 * A line that begins with the name of a free-text label (整改措施, 整改进展, 问题表现) written without its
 * colon, right after a line of text that does not close its sentence (…部分问题的 / 整改措施不具体…, …存在问题较多 /
 * 整改进展 9.5亿元资金未按期拨付。): the words are the sentence going on, not a label. A label is one with its
 * colon, or in the shape of a line of duties (责任单位 财务科 责任人 王五: names or dates after bare duty
 * labels), which this never takes (docs/decisions/0361).
 */
final class LabelWordsInText {

  private LabelWordsInText() {}

  /**
   * Whether {@code next}, as written, goes on with {@code line}: {@code line} runs on, and {@code
   * next}'s only label is a free-text one whose name stands at its start without a colon.
   */
  static boolean goesOn(String line, String next) {
    if (!SentenceEnds.textRunsOn(line)) {
      return false;
    }
    String raw = next.strip();
    List<Labels.Labelled> labels = Labels.of(TextNoise.clean(raw));
    if (labels.size() != 1 || !Labels.isFreeText(labels.get(0).label())) {
      return false;
    }
    String name = labels.get(0).name();
    if (!raw.startsWith(name)) {
      return false;
    }
    String after = raw.substring(name.length()).stripLeading();
    return !after.startsWith("：") && !after.startsWith(":");
  }

  /**
   * {@code next} as the words going on with {@code line} read it where {@link #goesOn}: without the
   * space a PDF puts between the name and the digits after it (整改进展 9.5亿元 → 整改进展9.5亿元), which was
   * kept as a bare label's colon; {@code next} itself otherwise.
   */
  static String unspaced(String line, String next) {
    return goesOn(line, next)
        ? next.replaceFirst("^(\\s*\\p{IsHan}+)[ \\u00A0]+(?=[\\p{Alnum}%.])", "$1")
        : next;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items numbered by a bare number and a space or tab, with no punctuation (1 调查研究不深入。, 1⇥服务意识不强。).
 * A number at the start of a line is too often a quantity (3 个问题, 2024 年) to be numbering on its
 * own, so such lines count as numbered items, ranked as 1. 2. are, only where they form a list: at
 * least two of them numbered 1, 2, … in order, with no other numbered line between them. A line
 * that starts so outside such a list is read as text, and the dry run names it.
 */
final class BareNumbers {

  /** One or two digits, then spaces or tabs, then text that does not make the number a quantity. */
  private static final Pattern BARE =
      Pattern.compile(
          "^(\\d{1,2})[ \\t\\u3000]+(?![\\s年月日时分秒名元万亿倍天周%％"
              + Numbering.COUNTER_WORDS
              + "])(?=\\S)");

  private BareNumbers() {}

  /**
   * Replaces the null numbering of the bare-numbered lines that form a list; returns the numbers
   * (indexes into {@code lines}) of the bare-numbered lines left as text.
   */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> run = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (numbering.get(i) != null) {
        close(run, lines, numbering, left);
        continue;
      }
      Matcher m = BARE.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      int number = Integer.parseInt(m.group(1));
      if (number != run.size() + 1) {
        close(run, lines, numbering, left);
      }
      if (number == run.size() + 1) {
        run.add(i);
      } else {
        left.add(i);
      }
    }
    close(run, lines, numbering, left);
    left.sort(null);
    return left;
  }

  private static void close(
      List<Integer> run, List<String> lines, List<Numbering> numbering, List<Integer> left) {
    if (run.size() >= 2) {
      for (int i : run) {
        Matcher m = BARE.matcher(lines.get(i));
        m.find();
        numbering.set(
            i,
            new Numbering(
                Numbering.ARABIC,
                Integer.parseInt(m.group(1)),
                lines.get(i).substring(0, m.end()),
                lines.get(i).substring(m.end())));
      }
    } else {
      left.addAll(run);
    }
    run.clear();
  }
}

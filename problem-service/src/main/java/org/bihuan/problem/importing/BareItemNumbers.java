package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item's number alone on its line, its text on the next (「1.」 then 「理论学习不深入…」): one numbered
 * line, joined before the outline is read, keeping the number's line (docs/decisions/0371). Before,
 * the number stood alone and the line after it was no item's, so a measure under it became the
 * problem's title. The next line is joined only when it has no number and no label of its own.
 */
final class BareItemNumbers {

  /** A number and nothing else: 1. 1、 1． (1) （1） （一） 一、 ①. */
  private static final Pattern BARE =
      Pattern.compile(
          "^(?:[0-9]{1,2}[.．、]|[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]"
              + "|[一二三四五六七八九十]{1,3}、|[\\u2460-\\u2473])\\s*$");

  private BareItemNumbers() {}

  static List<TextNoise.SourceLine> join(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      TextNoise.SourceLine line = lines.get(i);
      String number = line.text().strip();
      if (BARE.matcher(number).matches() && i + 1 < lines.size()) {
        String next = lines.get(i + 1).text().strip();
        String joined = number + next;
        if (!next.isEmpty()
            && Numbering.of(next) == null
            && Labels.of(next).isEmpty()
            && Numbering.of(joined) != null) {
          out.add(new TextNoise.SourceLine(joined, line.number()));
          i++;
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * A group heading and its first problem written on one line: 一、理论学习方面【问题】中心组学习不深入… (a heading set
 * in bold at the start of the paragraph that opens its first problem). The line is read as the
 * heading (一、理论学习方面) and the problem's line (【问题】中心组学习不深入…), both with the line's number, so the
 * first problem is titled by its own text and the heading is its group, as for the problems after
 * it (0272).
 */
final class HeadingsBeforeLabels {

  /** How long the heading before the label may be. */
  private static final int HEADING_MAX = 30;

  private HeadingsBeforeLabels() {}

  static List<TextNoise.SourceLine> split(List<TextNoise.SourceLine> lines) {
    List<TextNoise.SourceLine> out = new ArrayList<>(lines.size());
    for (TextNoise.SourceLine line : lines) {
      ReadingTime.check();
      Numbering n = Numbering.of(line.text());
      int at = n == null ? -1 : n.text().indexOf('【');
      String heading = at <= 0 ? "" : n.text().substring(0, at).strip();
      String rest = at <= 0 ? "" : n.text().substring(at);
      List<Labelled> labels = rest.isEmpty() ? List.of() : Labels.of(rest);
      if (heading.isEmpty()
          || heading.length() > HEADING_MAX
          || heading.matches(".*[。；;，,：:！？!?].*")
          || labels.isEmpty()
          || labels.get(0).label() != Label.PROBLEM) {
        out.add(line);
        continue;
      }
      out.add(new TextNoise.SourceLine(n.marker().strip() + heading, line.number()));
      out.add(new TextNoise.SourceLine(rest, line.number()));
    }
    return out;
  }
}

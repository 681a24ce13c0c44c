package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A duties cell (责任分工及时限, 责任落实: {@link HeaderSynonyms}) read as a plan's duty lines are
 * (docs/decisions/0360): each labelled line — 责任领导：…, 责任单位：…, 责任人：…, 完成时限：…, one per paragraph or
 * several on one line separated by ； — fills that field of the measure. A line without a label is a
 * time limit when it starts as one (2024年9月底前), else the responsible units; the dry run names it.
 */
final class DutyCells {

  private static final Pattern TIME =
      Pattern.compile("^(?:[0-9０-９]{2,4}\\s*[年./-]|[0-9０-９]{1,2}月|年底|年内|立行立改|长期坚持|持续推进)");

  private DutyCells() {}

  /** The duties of the cell added to the measure's; {@code warnings} names an unlabelled line. */
  static void add(String cell, MeasureDraft into, List<String> warnings, String where) {
    if (cell == null || cell.isBlank()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (String line : cell.strip().split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (!Labels.of(l).isEmpty()) {
        lines.add(l);
      } else if (TIME.matcher(l).find()) {
        lines.add("完成时限：" + l);
      } else {
        lines.add("责任单位：" + l);
        warnings.add(
            where
                + ": the duties cell's line 「"
                + OutlineParser.shorten(l)
                + "」 has no label (责任领导：/责任单位：/责任人：/完成时限：); it was read as the responsible"
                + " units.");
      }
    }
    MeasureDraft read = new MeasureDraft("");
    read.bracketed(lines);
    into.units.addAll(read.units);
    into.coUnits.addAll(read.coUnits);
    into.leaders.addAll(read.leaders);
    into.persons.addAll(read.persons);
    into.timeLimits.addAll(read.timeLimits);
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbering of each line of an outline ({@link OutlineTree}): read from the line's start by
 * {@link Numbering}, then read again where the lines around it say otherwise — a number that is the
 * words of a wrapped sentence (三、四季度…, 第（一）项, （1）中队、（2）中队…), a digit after a number's stop, a bare
 * number, a section heading written bare, numbered as an item or as a part (第三部分 保障措施), points
 * written as 首先/其次 — each such reading named in a warning where it changes what a reader would take
 * the line for.
 */
final class LineNumbering {

  private final List<String> warnings;

  LineNumbering(List<String> warnings) {
    this.warnings = warnings;
  }

  /** Warns of line {@code i}: its number, its words shortened, then {@code what} happened to it. */
  private void warnAt(List<TextNoise.SourceLine> source, List<String> lines, int i, String what) {
    warnings.add("Line " + source.get(i).number() + " 「" + shorten(lines.get(i)) + "」" + what);
  }

  /**
   * Each of {@code lines}' numbering (null for none), as its words and the lines around it read.
   */
  List<Numbering> read(List<TextNoise.SourceLine> source, List<String> lines) {
    List<Numbering> numbering = new ArrayList<>(source.size());
    for (String line : lines) {
      ReadingTime.check();
      numbering.add(Numbering.of(line));
    }
    for (int i : NumeralPhrases.mark(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " goes on with the text of the line before it, which does not end its sentence; its"
              + " 、 was read as part of its words, not as a section's number.");
    }
    for (int i : CitedClauses.mark(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " goes on with the line before it, which cites a rule (…第, …第一百零二条): its bracketed"
              + " number was read as the clause it cites (第（一）项, 第（二）款), not as a group's number.");
    }
    for (int i : InlineEnumerations.mark(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " goes on with the text of the line before it, which does not end its sentence; its"
              + " bracketed numbers count things within the sentence (（1）…、（2）…), not items.");
    }
    DecimalNumbering.mark(lines, numbering);
    for (int i : DigitsAfterStops.mark(lines, numbering)) {
      boolean decimal = Numbering.decimalDepth(numbering.get(i)) > 0;
      warnAt(
          source,
          lines,
          i,
          " was read as item "
              + (decimal ? numbering.get(i).marker().strip() : numbering.get(i).number())
              + " of the list around it, its text beginning with "
              + (decimal
                  ? numbering.get(i).text().substring(0, 1) + " right after the number."
                  : "the digit after " + numbering.get(i).marker().strip() + "."));
    }
    for (int i : DigitsAfterStops.unplaced(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " starts with a number, 、 and a digit, but the list around it is not numbered so"
              + " far; it was read as text of what comes before it, not as a numbered item: check"
              + " the numbering.");
    }
    for (int i : DigitsAfterStops.repeated(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " repeats the number of the item it stands in, after a line that does not end its"
              + " sentence; it was read as that item's text, not as the item again.");
    }
    for (int i : BareNumbers.mark(lines, numbering)) {
      warnAt(
          source,
          lines,
          i,
          " starts with a number and no 、 or . after it, and no list numbered so is around"
              + " it; it was read as text, not as a numbered item.");
    }
    SectionHeadingLines.mark(lines, numbering); // 第三部分 保障措施, 1、存在问题及整改措施 (0375)
    BareHeadings.mark(lines, numbering);
    for (int i : MixedNumbering.mark(numbering)) {
      warnAt(
          source,
          lines,
          i,
          " is numbered unlike the items before and after it; it was read as their item "
              + numbering.get(i).number()
              + ".");
    }
    RomanPoints.mark(numbering); // 3.… / Ⅰ.…: a level below 3. (0343)
    OrdinalPoints.mark(lines, numbering); // 首先，… 其次，…: points (0331)
    EnclosingNumbering.mark(lines, numbering);
    MeasureHeadLines.mark(lines, numbering); // 整改措施 / 整改措施如下： over 1. 2. (0362)
    return numbering;
  }
}

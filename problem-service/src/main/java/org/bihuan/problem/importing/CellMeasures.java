package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures one 整改措施 cell of a table gives, each with the duties written inside the cell: in
 * brackets after a line (…建立台账（责任单位：财务科，责任人：王五）, 0252) or on lines of their own (责任单位：办公室 / 责任人：张三,
 * as a plan writes them under a measure), and, when the cell is nothing but a numbered list
 * (1.制定学习计划；2.开展专题研讨。, or 1.… 2.… on lines of their own), one measure per item without its number,
 * as a plan's measure points are (docs/decisions/0273).
 */
final class CellMeasures {

  /** One measure of the cell: its text, and the labelled duties the cell gives it. */
  record Piece(
      String text, List<String> duties, boolean ownBracket, String term, String stageLimit) {

    Piece(String text, List<String> duties, boolean ownBracket) {
      this(text, duties, ownBracket, null, null);
    }

    Piece(String text, List<String> duties) {
      this(text, duties, false);
    }
  }

  private CellMeasures() {}

  static List<Piece> of(String cell) {
    return of(cell, java.util.Set.of());
  }

  /**
   * The measures of {@code cell}; labelled duties after a measure's sentence are read for the
   * fields in {@code withoutColumn}, those the table has no column for ({@link SentenceDuties},
   * 0421).
   */
  static List<Piece> of(String cell, java.util.Set<Labels.Label> withoutColumn) {
    boolean measureLine = cell.lines().anyMatch(l -> !l.isBlank() && !isDutyLine(l));
    List<String> dutyLines = new ArrayList<>();
    List<String> own = new ArrayList<>();
    for (String line : cell.split("\n", -1)) {
      if (measureLine && isDutyLine(line)) {
        dutyLines.add(line.strip());
      } else {
        own.add(line);
      }
    }
    String text = dutyLines.isEmpty() ? cell : String.join("\n", own).strip();
    // 第一阶段：…；第二阶段：…: a measure each, with its stage's time limit, as in a plan (0310)
    List<StageMeasures.Stage> stages = StageMeasures.of(text);
    if (stages != null) {
      return stages.stream()
          .map(s -> new Piece(s.text(), dutyLines, false, null, s.limit()))
          .toList();
    }
    Enumeration.Items items = Enumeration.of(text);
    boolean numbered = items != null && items.lead().isEmpty() && items.items().size() > 1;
    List<String> texts = numbered ? items.items() : MeasureTerms.cut(text);
    // 1.…（2024年9月底前） 2.…（2024年12月底前）: each item's bracket its time limit (0420)
    List<ItemTimeLimits.Item> dated =
        numbered && dutyLines.stream().noneMatch(CellMeasures::namesTimeLimit)
            ? ItemTimeLimits.of(texts)
            : null;
    if (dated != null) {
      texts = dated.stream().map(ItemTimeLimits.Item::text).toList();
    }
    List<Piece> pieces = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      String t = texts.get(k);
      List<String> ownLimit = dated == null ? List.of() : List.of("完成时限：" + dated.get(k).limit());
      List<BracketedMeasures.Part> bracketedParts = BracketedMeasures.of(t);
      if (bracketedParts != null) {
        // 甲（责任单位：…）；乙（责任单位：…）: each bracket is the measure's before it (0276)
        for (BracketedMeasures.Part part : bracketedParts) {
          List<String> duties = new ArrayList<>(dutyLines);
          duties.addAll(ownLimit);
          duties.add(part.duties());
          pieces.add(new Piece(part.text(), duties, true));
        }
        continue;
      }
      List<String> lines = new ArrayList<>();
      List<String> duties = new ArrayList<>(dutyLines);
      duties.addAll(ownLimit);
      boolean bracketed = false;
      for (String line : t.split("\n", -1)) {
        List<String> parts = BracketedDuties.split(line);
        if (parts == null) {
          parts = SentenceDuties.split(line, withoutColumn);
        }
        lines.add(parts == null ? line : parts.get(0));
        if (parts != null) {
          duties.addAll(parts.subList(1, parts.size()));
          bracketed = true;
        }
      }
      String written = bracketed ? String.join("\n", lines).strip() : t;
      // 近期：… / 长效：…: the term is the measure's timing, not its text (0306)
      String term = MeasureTerms.of(null, written);
      pieces.add(
          new Piece(
              MeasureTerms.withoutLead(written),
              duties,
              false,
              term,
              MeasureTerms.ownLimit(written)));
    }
    return pieces;
  }

  /** Whether a line of duties names a time limit (完成时限：…). */
  private static boolean namesTimeLimit(String line) {
    return Labels.of(line).stream().anyMatch(l -> l.label() == Labels.Label.TIME_LIMIT);
  }

  /**
   * A line of a 整改措施 cell that gives only duties with their labels (责任单位：办公室, 责任人：张三, 完成时限：…): read
   * into the measure's fields, not its text.
   */
  static boolean isDutyLine(String line) {
    List<Labels.Labelled> labels =
        Numbering.of(line.strip()) == null ? Labels.of(line.strip()) : List.of();
    return !labels.isEmpty()
        && labels.stream()
            .allMatch(
                l ->
                    l.label() == Labels.Label.UNITS
                        || l.label() == Labels.Label.CO_UNITS
                        || l.label() == Labels.Label.LEADER
                        || l.label() == Labels.Label.PERSON
                        || l.label() == Labels.Label.TIME_LIMIT);
  }
}

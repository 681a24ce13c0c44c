package org.bihuan.problem.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Labelled duties written after a measure's sentence in its 整改措施 cell (…实行发文审核备案。完成时限：2024年9月30日,
 * …建立台账；责任人：何涛): the measure's, where the table has no column for what they name, and only when
 * each value is what its label says and nothing more — a time limit alone, people's names, units'
 * names (docs/decisions/0421). Beside a column for the field, the label stays in the measure's text
 * and the column is the measure's, as before; running words after a label
 * (完成时限：2024年6月30日前完成并报送整改报告, 责任人：各支部书记要带头学习) are no duty.
 */
final class SentenceDuties {

  private SentenceDuties() {}

  /** A value written as a date and nothing else: 2024年9月30日, 2024-09-30, 2024.9.30. */
  private static final java.util.regex.Pattern DATE_ONLY =
      java.util.regex.Pattern.compile(
          "[0-9０-９]{2,4}\\s*[年.\\-/／]\\s*[0-9０-９]{1,2}\\s*[月.\\-/／]\\s*[0-9０-９]{1,2}\\s*[日号]?");

  /** The duty labels the table has no column for: those a cell's sentence may give its measure. */
  static Set<Label> withoutColumn(TableReading.Header header) {
    Set<Label> without = EnumSet.noneOf(Label.class);
    if (header.index(Column.DUTIES) >= 0) {
      return without;
    }
    if (header.index(Column.UNITS) < 0) {
      without.add(Label.UNITS);
    }
    if (header.index(Column.CO_UNITS) < 0) {
      without.add(Label.CO_UNITS);
    }
    boolean both = header.index(Column.LEADER_AND_PERSON) >= 0;
    if (header.index(Column.PERSON) < 0 && !both) {
      without.add(Label.PERSON);
    }
    if (header.index(Column.LEADER) < 0 && !both) {
      without.add(Label.LEADER);
    }
    if (header.index(Column.TIME_LIMIT) < 0) {
      without.add(Label.TIME_LIMIT);
    }
    return without;
  }

  /**
   * {@code line} cut after its last sentence when labelled duties of the fields in {@code
   * withoutColumn} follow it and nothing else: the sentence (keeping its 。), then the duties; null
   * otherwise.
   */
  static List<String> split(String line, Set<Label> withoutColumn) {
    if (withoutColumn.isEmpty()) {
      return null;
    }
    for (int i = 0; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (c != '。' && c != '；' && c != ';') {
        continue;
      }
      String before = line.substring(0, c == '。' ? i + 1 : i).strip();
      String after = line.substring(i + 1).strip();
      // labels of duties only ({@link CellMeasures#isDutyLine}): withoutColumn holds no other
      List<Labelled> labels = Numbering.of(after) == null ? Labels.of(after) : List.of();
      if (before.length() > 1
          && !labels.isEmpty()
          && labels.stream().allMatch(l -> withoutColumn.contains(l.label()) && isValue(l))) {
        return List.of(before, after);
      }
    }
    return null;
  }

  /** Whether a label's value is what the label says and nothing more. */
  private static boolean isValue(Labelled labelled) {
    String v = LineScan.withoutTrailing(labelled.value().strip(), "。.；;，,").strip();
    if (v.isEmpty()) {
      return false;
    }
    return switch (labelled.label()) {
      case TIME_LIMIT ->
          DeadlinesInMeasureText.isTimeLimit(v)
              || (DATE_ONLY.matcher(v).matches() && DeadlineText.read(v, null).timing() != null);
      case PERSON, LEADER ->
          List.of(v.split("[、，,/／\\s]+")).stream()
              .allMatch(n -> n.length() <= 4 && BracketNames.isName(n));
      case UNITS, CO_UNITS ->
          List.of(v.split("[、，,/／\\s]+")).stream()
              .allMatch(u -> u.length() >= 2 && u.length() <= 20 && UnitLeads.endsAsUnit(u));
      default -> false;
    };
  }
}

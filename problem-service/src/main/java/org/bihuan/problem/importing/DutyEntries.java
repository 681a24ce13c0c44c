package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Whether the lines of a units, leader or person cell are each a whole entry of the column, so that
 * they may be paired a line per measure ({@link ParagraphDuties}, docs/decisions/0422, 0431). An
 * Excel author breaks a long name with Alt+Enter as readily as he puts one entry a line; a line is
 * a whole entry only when:
 *
 * <ul>
 *   <li>it is not labelled, does not go on in the next (ends in ，、；), is no bracket or character
 *       alone and no post alone (0422), and its brackets close in it (党政办公室（ / 综合科） is one unit);
 *   <li>in a units column, each of its units (listed with 、) ends as a unit's name does (局, 科, 办,
 *       室, 中心, 委员会…), and the unit the line ends with does not hold the one the next line begins
 *       with ({@link FullLineUnits#holds}: 市场监督管理局 / 执法稽查科 is one unit, 办公室 / 财务科 two);
 *   <li>in a person column, each of its names (listed with 、，/) is two to four Han characters, a
 *       bracket after it aside (王强、李 / 明华 is one list broken inside a name).
 * </ul>
 */
final class DutyEntries {

  private DutyEntries() {}

  /** A bracket anywhere in a line, with what it holds: （牵头）, （综合科）. */
  private static final Pattern BRACKET = Pattern.compile("[（(][^（()）]*[）)]");

  /** Whether each of {@code lines} of a cell in column {@code column} is a whole entry. */
  static boolean whole(List<String> lines, Column column) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!Labels.of(l).isEmpty()
          || l.matches(".*[，,、；;]$")
          || l.length() < 2
          || "（(".indexOf(l.charAt(0)) >= 0
          || LeaderNames.isPostAlone(l)
          || !closed(l)) {
        return false;
      }
      if ((column == Column.UNITS || column == Column.CO_UNITS)
          && (!units(l)
              || (i + 1 < lines.size() && FullLineUnits.holds(last(l), first(lines.get(i + 1)))))) {
        return false;
      }
      if (column == Column.PERSON && !names(l)) {
        return false;
      }
    }
    return true;
  }

  private static boolean closed(String line) {
    return BRACKET.matcher(line).replaceAll("").chars().noneMatch(c -> "（()）".indexOf(c) >= 0);
  }

  private static List<String> pieces(String line, String by) {
    return List.of(BRACKET.matcher(line).replaceAll("").split(by, -1)).stream()
        .map(String::strip)
        .toList();
  }

  private static boolean units(String line) {
    return pieces(line, "[、，,]").stream().allMatch(UnitLeads::endsAsUnit);
  }

  private static String last(String line) {
    List<String> p = pieces(line, "[、，,]");
    return p.get(p.size() - 1);
  }

  private static String first(String line) {
    return pieces(line, "[、，,]").get(0);
  }

  private static boolean names(String line) {
    return pieces(line, "[、，,/／\\s]+").stream()
        .allMatch(n -> ResponsiblePeople.BARE_NAME.matcher(n).matches());
  }
}

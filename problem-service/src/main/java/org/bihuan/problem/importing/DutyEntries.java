package org.bihuan.problem.importing;

import java.util.ArrayList;
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

  /**
   * Ends of the names of bodies a units cell lists beside the offices of {@link
   * UnitLeads#endsAsUnit}: 县政府, 各乡镇, 街道, 社区, 村, 团委, 工会联合会, 项目班子, 公司.
   */
  private static final Pattern BODY_END =
      Pattern.compile("(?:政府|[镇乡村]|街道|社区|团|联|班子?|公司|集团|医院|银行|企业|学校|支队|大队|中队)$");

  /** A name of a minority or foreign person written with its middle dot: 阿卜杜拉·买买提. */
  private static final Pattern DOTTED_NAME =
      Pattern.compile("\\p{IsHan}{1,8}[·•．・]\\p{IsHan}{1,8}");

  /** A unit's name that begins with its place or a 各: never the tail of the name above (县政府办). */
  private static final Pattern OWN_NAME_START =
      Pattern.compile("^(?:各|[县市区省镇乡]|\\p{IsHan}{2}[县市区镇乡])");

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
              || (i + 1 < lines.size()
                  && !OWN_NAME_START.matcher(first(lines.get(i + 1))).find()
                  && FullLineUnits.holds(last(l), first(lines.get(i + 1)))))) {
        return false;
      }
      if (column == Column.PERSON && !names(l)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code lines} with a line whose bracket opens without closing joined to the lines up to the one
   * that closes it: 党政办公室（ / 综合科） is the one entry 党政办公室（综合科） (a name broken inside its bracket).
   */
  static List<String> bracketsJoined(List<String> lines) {
    List<String> joined = new ArrayList<>(lines.size());
    StringBuilder open = null;
    for (String l : lines) {
      if (open != null) {
        open.append(l);
        if (closed(open.toString())) {
          joined.add(open.toString());
          open = null;
        }
      } else if (closed(l)) {
        joined.add(l);
      } else {
        open = new StringBuilder(l);
      }
    }
    if (open != null) {
      joined.add(open.toString());
    }
    return joined;
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
    return pieces(line, "[、，,]").stream()
        .allMatch(u -> UnitLeads.endsAsUnit(u) || BODY_END.matcher(u).find());
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
        .allMatch(
            n ->
                ResponsiblePeople.BARE_NAME.matcher(n).matches()
                    || DOTTED_NAME.matcher(n).matches());
  }
}

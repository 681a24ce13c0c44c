package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.text.PersonNames;

/**
 * A bracket after a unit that names the person who leads its work: 责任单位：办公室（牵头：张三）, 财务科（牵头人：李四、王五）.
 * The unit is the responsible unit and the name the responsible person: 牵头 alone is no leader's
 * title (DOMAIN.md's leader in charge is the 责任领导 or 分管领导; 牵头领导 and 牵头负责人 are labels of their own),
 * and a unit marked 牵头 is the one that answers (docs/decisions/0252, 0298). A name that reads as a
 * unit (牵头：财务科) is no person, and the bracket is left as it is: {@link ResponsibleUnits} reads it
 * as the unit that leads (0305). A bracket of names alone after a unit (医政股（张明）,
 * 1.办公室（张三）2.财务处（李四）) names its people too (0306, 0311). A plan's 责任单位 or 配合单位 line and a table's
 * units cell have their people taken out by {@link #people}; a bracket of 牵头：NAME after a measure's
 * or a problem's text is read as a duty of its own ({@link BracketedDuties}, 0298).
 */
final class UnitLeads {

  private UnitLeads() {}

  /** The label a bracket's person is read under. */
  private static final String PERSON = "责任人：";

  /** 牵头：张三 / 牵头人:李四、王五: a name of two to four characters, or several. */
  private static final Pattern LEAD_PERSON =
      Pattern.compile("^牵头人?\\s*[：:]\\s*(\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4})*)$");

  /** How a unit's name ends: 室 处 科 部 局 办 委 组 中心 所 站 队 院 校 馆 会 厅 司 股 单位 部门. */
  private static final Pattern UNIT_END = Pattern.compile("(?:[室处科部局办委组所站队院校馆会厅司股]|中心|单位|部门)$");

  /** Whether a name ends as a unit's does (组织人事科, 执法支队, 服务中心). */
  static boolean endsAsUnit(String name) {
    return UNIT_END.matcher(name).find();
  }

  /**
   * The text of a bracket read as a duty: 牵头：张三 becomes 责任人：张三; any other text is returned as it
   * is.
   */
  static String asPerson(String inside) {
    Matcher m = LEAD_PERSON.matcher(inside);
    if (!m.matches()) {
      return inside;
    }
    for (String name : m.group(1).split("\\s*[、，,]\\s*")) {
      if (UNIT_END.matcher(name).find()) {
        return inside;
      }
    }
    return PERSON + m.group(1);
  }

  /** Whether the names after 牵头： (张三、李四) are people, as {@link #asPerson} reads them. */
  static boolean namesPeople(String names) {
    String inside = "牵头：" + names.strip();
    return !asPerson(inside).equals(inside);
  }

  /** A bracket that closes inside the value and holds no other bracket. */
  private static final Pattern BRACKET = Pattern.compile("[（(]([^（）()]*)[）)]");

  /** Two to four characters of a name alone in a bracket, or several 、-separated. */
  private static final Pattern NAMES_ALONE =
      Pattern.compile("^\\p{IsHan}{2,4}(?:\\s*[、，,]\\s*\\p{IsHan}{2,4})*$");

  /**
   * What a bracket after a unit says that is no person's name: a role, a scope, a count, a place
   * (乡镇（街道）), a rule's standing (试行).
   */
  private static final Pattern NO_NAME =
      Pattern.compile(
          "牵头|配合|协助|协办|协同|参与|主责|主办|负责|责任|单位|部门|所属|下属|本级|机关|全体|各|含|等"
              + "|街道|社区|乡镇|村|级|以下|下同|简称|试行|暂行|代管|兼");

  /**
   * The people a bracket after a unit names, or none: names alone — two to four characters each,
   * several with 、, none ending as a unit's name does, naming a role or scope ({@link #NO_NAME}) or
   * being a post (主任, 副局长: {@link PersonNames#POST}) — or 牵头：NAME as {@link #asPerson} reads it.
   */
  private static List<String> named(String inside) {
    List<String> names = new ArrayList<>();
    if (NAMES_ALONE.matcher(inside).matches() && !NO_NAME.matcher(inside).find()) {
      names.addAll(List.of(inside.split("\\s*[、，,]\\s*")));
    } else if (!asPerson(inside).equals(inside)) {
      names.addAll(List.of(asPerson(inside).substring(PERSON.length()).split("\\s*[、，,]\\s*")));
    }
    for (String name : names) {
      if (UNIT_END.matcher(name).find() || PersonNames.POST.matcher(name).matches()) {
        return List.of();
      }
    }
    return names;
  }

  /** A units value without the brackets that name a person, and the people they name. */
  record Read(String units, List<String> people) {}

  /**
   * The people the brackets of a units value name ({@link #named}) and the value without those
   * brackets: 医政股（张明） → 医政股 and [张明], 1.办公室（张三）2.财务处（李四） → 1.办公室2.财务处 and [张三, 李四], 物业科（牵头：张三） →
   * 物业科 and [张三]; 办公室（党委办公室）, 档案室（牵头）, 办公室（主任） and 财务处（牵头：办公室） are left whole. One rule for a
   * plan's 责任单位 and 配合单位 lines, each item of their numbered lists, and a table's units cells
   * (docs/decisions/0305, 0306, 0311).
   */
  static Read people(String value) {
    Matcher m = BRACKET.matcher(value);
    StringBuilder units = new StringBuilder(value.length());
    List<String> people = new ArrayList<>();
    while (m.find()) {
      List<String> names = named(m.group(1).strip());
      if (names.isEmpty()) {
        continue;
      }
      people.addAll(names);
      m.appendReplacement(units, "");
    }
    if (people.isEmpty()) {
      return new Read(value, List.of());
    }
    m.appendTail(units);
    return new Read(units.toString(), List.copyOf(people));
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracket after a unit that names the person who leads its work: 责任单位：办公室（牵头：张三）, 财务科（牵头人：李四、王五）.
 * The unit is the responsible unit and the name the responsible person: 牵头 alone is no leader's
 * title (DOMAIN.md's leader in charge is the 责任领导 or 分管领导; 牵头领导 and 牵头负责人 are labels of their own),
 * and a unit marked 牵头 is the one that answers (docs/decisions/0252, 0298). A name that reads as a
 * unit (牵头：财务科) is no person, and the bracket is left as it is: {@link ResponsibleUnits} reads it
 * as the unit that leads (0305). A plan's line reads the bracket as a duty of its own ({@link
 * BracketedDuties}); a table's units cell has its people taken out by {@link #people} (0305).
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

  /** What a bracket after a unit says that is no person's name: a role, a scope, a count. */
  private static final Pattern NO_NAME =
      Pattern.compile("牵头|配合|协助|协办|协同|参与|主责|主办|负责|责任|单位|部门|所属|下属|本级|机关|全体|各|含|等");

  /**
   * An item of a numbered units list (1.办公室（张三）) with the person its bracket names: a bracket of
   * names alone — two to four characters each, none read as a unit or a role (牵头, 配合…) — or 牵头：NAME
   * as {@link #people} reads it. The unit is kept without the bracket (docs/decisions/0306).
   */
  static Read inItem(String item) {
    Matcher m = BRACKET.matcher(item);
    StringBuilder units = new StringBuilder(item.length());
    List<String> people = new ArrayList<>();
    while (m.find()) {
      String inside = m.group(1).strip();
      List<String> names = new ArrayList<>();
      if (NAMES_ALONE.matcher(inside).matches() && !NO_NAME.matcher(inside).find()) {
        names.addAll(List.of(inside.split("\\s*[、，,]\\s*")));
      } else if (!asPerson(inside).equals(inside)) {
        names.addAll(List.of(asPerson(inside).substring(PERSON.length()).split("\\s*[、，,]\\s*")));
      }
      if (names.isEmpty() || names.stream().anyMatch(n -> UNIT_END.matcher(n).find())) {
        continue;
      }
      people.addAll(names);
      m.appendReplacement(units, "");
    }
    m.appendTail(units);
    return people.isEmpty()
        ? new Read(item, List.of())
        : new Read(units.toString(), List.copyOf(people));
  }

  /** A units value without the brackets that name a person, and the people they name. */
  record Read(String units, List<String> people) {}

  /**
   * The people the brackets of a units value name, as {@link #asPerson} reads them, and the value
   * without those brackets: 物业科（牵头：张三） → 物业科 and [张三]; 财务处（牵头：办公室） is left whole.
   */
  static Read people(String value) {
    Matcher m = BRACKET.matcher(value);
    StringBuilder units = new StringBuilder(value.length());
    List<String> people = new ArrayList<>();
    while (m.find()) {
      String inside = m.group(1).strip();
      String read = asPerson(inside);
      if (read.equals(inside)) {
        continue;
      }
      people.addAll(List.of(read.substring(PERSON.length()).split("\\s*[、，,]\\s*")));
      m.appendReplacement(units, "");
    }
    if (people.isEmpty()) {
      return new Read(value, List.of());
    }
    m.appendTail(units);
    return new Read(units.toString(), List.copyOf(people));
  }
}

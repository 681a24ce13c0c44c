package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Collection;
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

  /** A name of two to four characters, or several separated by 、 or a comma. */
  private static final String NAMES =
      ResponsiblePeople.BARE_NAME.pattern()
          + "(?:\\s*[、，,]\\s*"
          + ResponsiblePeople.BARE_NAME.pattern()
          + ")*";

  /** 牵头：张三 / 牵头人:李四、王五: a name of two to four characters, or several. */
  private static final Pattern LEAD_PERSON = Pattern.compile("^牵头人?\\s*[：:]\\s*(" + NAMES + ")$");

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
      if (UNIT_END.matcher(name).find() || BODY_END.matcher(name).find()) {
        return inside;
      }
    }
    return PERSON + m.group(1);
  }

  /**
   * Whether the names after 牵头： (张三、李四) are people, as {@link #people} reads them: 牵头：妇联 names a
   * body, the unit that leads (0305, 0320).
   */
  static boolean namesPeople(String names) {
    return !named(names.strip(), false).isEmpty();
  }

  /**
   * The people a word or a bracket's text names, as a bracket after a unit is read ({@link
   * #named}); {@code afterUnit}: it stands right after a unit's name ({@link NamesAfterUnits},
   * 0338).
   */
  static List<String> names(String text, boolean afterUnit) {
    return named(text.strip(), afterUnit);
  }

  /** A bracket that closes inside the value and holds no other bracket: （张明）, (张明), 【张明】. */
  private static final Pattern BRACKET = Pattern.compile("[（(【]([^（）()【】]*)[）)】]");

  /** Two to four characters of a name alone in a bracket, or several 、-separated. */
  private static final Pattern NAMES_ALONE = Pattern.compile("^" + NAMES + "$");

  /**
   * A label before the names in a bracket: who answers (负责人：, 责任人：, 联系人：, 牵头：) or a post (主任：,
   * 护士长); 配合：/协助： names a helping unit's contact ({@link #CONTACT}).
   */
  private static final Pattern LABELLED =
      Pattern.compile("^(?:负责人|责任人|联系人|牵头人?|" + PersonNames.POST.pattern() + ")\\s*[：:]\\s*(.+)$");

  /** 配合：李四 after a unit: the unit helps and 李四 is its contact, no unit (docs/decisions/0320). */
  private static final Pattern CONTACT = Pattern.compile("^(?:配合|协助|协办|协同|参与)人?\\s*[：:]\\s*(.+)$");

  /**
   * What a bracket after a unit says that is no person's name: a role, a scope, a count, a place
   * (乡镇（街道）), a rule's standing (试行), a line of work (物业, 后勤).
   */
  private static final Pattern NO_NAME =
      Pattern.compile(
          "牵头|配合|协助|协办|协同|参与|主责|主办|负责|责任|单位|部门|所属|下属|本级|机关|全体|各|含|等"
              + "|街道|社区|乡镇|村|级|以下|下同|简称|试行|暂行|代管|兼|物业|后勤|保洁|安保|食堂|窗口");

  /**
   * How the name of a body that is no office ends: 青年团, 共青团, 妇联, 残联, 科协 (a unit's own ends are
   * {@link #UNIT_END}).
   */
  private static final Pattern BODY_END = Pattern.compile("[团联协]$");

  /**
   * The people a bracket after a unit names, or none: names alone — two to four characters each,
   * several with 、 — or after a label (负责人：郑军, 主任：张三, 牵头：张三); each name as a leader's is read
   * ({@link LeaderNames#name}: 组长王强, 护士长李娟 and 张明同志 are 王强, 李娟 and 张明), a phone number left out (张明
   * 13812345678). None is a person when one ends as a unit's or a body's name does, names a role or
   * scope ({@link #NO_NAME}) or is a post alone (主任, 副局长: {@link PersonNames#POST}). Right after a
   * unit's name ({@code afterUnit}) a name of a surname no list holds is one too (财务科（禚明）, 0338).
   */
  private static List<String> named(String inside, boolean afterUnit) {
    boolean phone = ContactNumbers.holds(inside);
    String text = phone ? ContactNumbers.without(inside).strip() : inside;
    Matcher labelled = LABELLED.matcher(text);
    if (labelled.matches()) {
      text = labelled.group(1).strip();
    }
    List<String> names = new ArrayList<>();
    for (String written : text.split("\\s*[、，,\\s]\\s*")) {
      String name = written.isEmpty() ? "" : LeaderNames.name(written);
      if (LeaderNames.namesBeforePost(name).size() > 1
          && BracketNames.isName(LeaderNames.namesBeforePost(name).get(0))) {
        // 李红村主任: a person and a post, where the name ends unknown, kept as written (0321, 0323)
        names.add(name);
        continue;
      }
      // a word alone must read as a name (车管, 幼儿园 do not); a label, a post, 同志 or a phone
      // number beside it says it is one (0323)
      boolean said = phone || labelled.matches() || !name.equals(written);
      if (!NAMES_ALONE.matcher(name).matches()
          || NO_NAME.matcher(name).find()
          || UNIT_END.matcher(name).find()
          || BODY_END.matcher(name).find()
          || PersonNames.POST.matcher(name).matches()
          || !(said || BracketNames.isName(name) || (afterUnit && NamesAfterUnits.reads(name)))) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }

  /**
   * A units value without the brackets that name a person, the people of the units that answer and
   * the contacts of the units that help (配合：李四, or any person in a 配合单位 value).
   */
  record Read(String units, List<String> people, List<String> contacts, List<String> notes) {}

  /**
   * The people the brackets of a units value name ({@link #named}) and the value without those
   * brackets: 医政股（张明） → 医政股 and [张明], 1.办公室（张三）2.财务处（李四） → 1.办公室2.财务处 and [张三, 李四], 物业科（牵头：张三） →
   * 物业科 and [张三], 医政股（张明） 法规科（郑丽） → 医政股、法规科 (a bracket between two units parts them); 财务处（配合：李四） →
   * 财务处（配合）, 李四 its contact. 办公室（党委办公室）, 档案室（牵头）, 办公室（主任）, 后勤处（物业） and 财务处（牵头：办公室） are left whole.
   * One rule for a plan's 责任单位 and 配合单位 lines, each item of their numbered lists, and a table's
   * units cells (docs/decisions/0305, 0306, 0311, 0320).
   */
  static Read people(String written) {
    // 医政股（张明, 医政股张明）, 办公室（张三（副））: made whole first, each repair named (0323)
    UnbalancedBrackets.Repaired repaired = UnbalancedBrackets.of(written);
    String value = repaired.value();
    Matcher m = BRACKET.matcher(value);
    StringBuilder units = new StringBuilder(value.length());
    List<String> people = new ArrayList<>();
    List<String> contacts = new ArrayList<>();
    boolean helping = false;
    int from = 0;
    while (m.find()) {
      // the roles between the last bracket and this one, each text read once
      Matcher role = ROLE.matcher(value).region(from, m.start());
      while (role.find()) {
        helping = HELPING_ROLE.matcher(role.group(1)).matches();
      }
      from = m.end();
      String inside = m.group(1).strip();
      Matcher contact = CONTACT.matcher(inside);
      boolean afterUnit = NamesAfterUnits.isUnitBefore(value.substring(0, m.start()));
      List<String> names = named(contact.matches() ? contact.group(1).strip() : inside, afterUnit);
      if (names.isEmpty()) {
        continue;
      }
      (contact.matches() || helping ? contacts : people).addAll(names);
      String between = unitFollows(value, m.end()) ? "、" : "";
      m.appendReplacement(units, contact.matches() ? "（配合）" + between : between);
    }
    if (people.isEmpty() && contacts.isEmpty()) {
      return new Read(value, List.of(), List.of(), repaired.notes());
    }
    m.appendTail(units);
    return new Read(units.toString(), List.copyOf(people), List.copyOf(contacts), repaired.notes());
  }

  /**
   * A role written before units in one value: 牵头：…, 配合：…, 配合单位：…; the last one before a unit,
   * outside its brackets, is the unit's (牵头：基金监管科（张明）配合：稽核科（李四）: 稽核科 helps).
   */
  private static final Pattern ROLE =
      Pattern.compile("(牵头|主责|主办|负责|责任|配合|协助|协办|协同|参与)(?:单位|部门)?\\s*[：:]");

  private static final Pattern HELPING_ROLE = Pattern.compile("配合|协助|协办|协同|参与");

  /** Whether another unit's name follows at {@code at}, after spaces only (医政股（张明） 法规科). */
  private static boolean unitFollows(String value, int at) {
    int i = at;
    while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    return i < value.length()
        && Character.UnicodeScript.of(value.codePointAt(i)) == Character.UnicodeScript.HAN;
  }

  /**
   * The warnings for the people named in units' brackets that are not the measure's responsible
   * person, each with its reason: a responsible unit's person beside the 责任人 given ({@code
   * beside}), who does not answer as a ticket has one responsible person, and a helping unit's
   * contact ({@code contacts}), who never answers, a ticket having no field for a contact
   * (docs/decisions/0320, 0323).
   */
  static List<String> droppedNotes(
      String measureNamed, String given, Collection<String> beside, Collection<String> contacts) {
    List<String> notes = new ArrayList<>();
    if (!beside.isEmpty()) {
      notes.add(
          measureNamed
              + ": 「"
              + String.join("、", beside)
              + "」, named in brackets after a responsible unit, was not stored: the 责任人 given, 「"
              + given
              + "」, is the measure's responsible person, and a ticket keeps one.");
    }
    if (!contacts.isEmpty()) {
      notes.add(
          measureNamed
              + ": 「"
              + String.join("、", contacts)
              + "」, named in brackets after a helping unit (配合), is that unit's contact and was not"
              + " stored: a helping unit does not answer for the measure, and a ticket keeps no"
              + " contact.");
    }
    return notes;
  }
}

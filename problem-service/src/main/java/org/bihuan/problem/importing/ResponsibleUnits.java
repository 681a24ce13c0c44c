package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.Labels.UNIT_SEPARATORS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units named in a responsibility value (a 责任单位 label's value, a table's units cell): which
 * answer for a measure and which help, by their role words, and their names without remarks.
 */
final class ResponsibleUnits {

  private ResponsibleUnits() {}

  /** The words that give a unit the lead: 牵头, 主责, 主办, 负责, 责任 (牵头单位：, 主责：, 负责：). */
  private static final String LEAD_ROLES = "牵头|主责|主办|负责|责任";

  /** The words that make a unit a helper: 配合, 协助, 协办, 协同, 参与. */
  private static final String CO_ROLES = "配合|协助|协办|协同|参与";

  private static final String ROLE_UNIT = "(?:单位|部门|科室|处室)?\\s*[：:]";

  /** 牵头：办公室 / 配合：财务科 at the start of a segment of a units value or cell. */
  private static final Pattern LEAD_PREFIX =
      Pattern.compile("^(?:" + LEAD_ROLES + ")" + ROLE_UNIT + "\\s*");

  private static final Pattern CO_PREFIX =
      Pattern.compile("^(?:" + CO_ROLES + ")" + ROLE_UNIT + "\\s*");

  /**
   * A role prefix after a space or a comma inside a part (主责：财务科 协办：办公室, 牵头单位：财务科，配合单位：办公室): where
   * the part is cut so that each role starts a part of its own.
   */
  private static final Pattern ROLE_INSIDE =
      Pattern.compile(
          "(?<![\\s\\u3000，,、])[\\s\\u3000，,、]++(?=(?:"
              + LEAD_ROLES
              + "|"
              + CO_ROLES
              + ")"
              + ROLE_UNIT
              + ")");

  /**
   * A role prefix glued to the unit before it (主责：财务科协办：办公室, as a PDF cell's wrapped lines are
   * joined): cut only in a value that starts with a role prefix itself (0252).
   */
  private static final Pattern ROLE_GLUED =
      Pattern.compile(
          "(?<=\\p{IsHan})(?=(?:" + LEAD_ROLES + "|" + CO_ROLES + ")" + ROLE_UNIT + ")");

  /**
   * 财务科（配合） / 办公室(牵头) / 审计科（协同） / 财务科（主要负责） / 办公室【牵头】 after a unit (0252: any bracket, and 主要/具体/共同
   * before the role).
   */
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "^(.+?)\\s*[（(【\\[]\\s*(?:作为)?(?:主要|具体|共同)?("
              + LEAD_ROLES
              + "|"
              + CO_ROLES
              + ")(?:单位|部门|落实)?\\s*[）)】\\]]$");

  /**
   * 办公室牵头 / 各科室配合 / 由财务科负责: a role word written after a unit without brackets (0252). The unit
   * keeps two characters at least; 责任 alone is no such word (主体责任).
   */
  private static final Pattern ROLE_AFTER =
      Pattern.compile(
          "^(?:由)?(\\p{IsHan}.+?)(?:(?:主要|具体|共同)?(牵头|主责|主办|负责|" + CO_ROLES + ")(?:落实)?)$");

  /**
   * A bracket after a unit that names its helpers: 机关事务中心（配合：财务科）, 财务科(配合:办公室), 财务科（协助：审计科、法规科）
   * (0288). The unit before it keeps its place; the units in it help.
   */
  private static final Pattern NAMED_HELPERS =
      Pattern.compile(
          "\\s*[（(【\\[]\\s*(?:"
              + CO_ROLES
              + ")"
              + ROLE_UNIT
              + "\\s*([^（）()【】\\[\\]]+?)\\s*[）)】\\]]");

  /**
   * A bracket after a unit that names the unit leading it: 财务处（牵头：办公室）, 财务处(牵头单位:办公室、审计科) (0305).
   * The units in it answer and the unit before it helps, as 办公室（牵头）、财务处 reads; a bracket naming a
   * person (牵头：张三) is no unit ({@link UnitLeads}).
   */
  private static final Pattern NAMED_LEAD =
      Pattern.compile(
          "\\s*[（(【\\[]\\s*(?:"
              + LEAD_ROLES
              + ")"
              + ROLE_UNIT
              + "\\s*([^（）()【】\\[\\]]+?)\\s*[）)】\\]]");

  /**
   * A remark in brackets after a unit, not a role and not part of its name (财务科（含下属单位）,
   * 各科室（包括二级机构）, 办公室（视情况）): what the unit covers or how, never a unit itself. A bracket that names
   * another body (纪委（监委）, 党委（人事处）) is part of the name and stays.
   */
  private static final Pattern REMARK_SUFFIX =
      Pattern.compile(
          "^(.+?)\\s*[（(](?:含|包括|包含|涉及|下属|所属|及其?|等|如|视|按|根据|具体|必要时|需要时)"
              + "(?:[^（）()]|[（(][^（）()]*[）)])*[）)]$"); // one bracket inside (0252)

  /**
   * A list of units that goes on at the next line: a line ending in 、 or a comma
   * (人事股（牵头）⏎财务股、⏎督导室（配合）, as a cell wraps its list): the line is joined to the next.
   */
  private static final Pattern LIST_GOES_ON =
      Pattern.compile("([、，,])[\\s\\u3000]*\\n[\\s\\u3000]*");

  /**
   * The units of a responsibility value (a 责任单位 label's value, a table's units cell), in plans and
   * tables alike, split by {@code separators}. A line or part that begins 牵头：/主责：/负责：/责任单位： gives
   * responsible units, one that begins 配合：/协助：/协办：/协同：/参与： co-responsible ones, and later parts
   * without a prefix follow the last prefix; a role prefix after a space or a comma starts a part
   * too (主责：财务科 协办：办公室). A unit marked 财务科（配合） helps and 办公室（牵头） answers, and once one unit of a
   * part is marked 牵头 the part's unmarked units help it (办公室（牵头）、督查室: 督查室 is co-responsible), as
   * they help the unit a bracket names as leading (财务处（牵头：办公室）: 财务处 helps 办公室, 0305), and so do the
   * unmarked units of the lines and ；-parted parts after it up to a role prefix
   * (办公室（牵头）⏎财务股、督导室（配合）: 财务股 helps; 财务科（牵头）；办公室: 办公室 helps, 0385); a line ending in 、 goes on at
   * the next ({@link #LIST_GOES_ON}); a remark in brackets after a unit (财务科（含下属单位）) is left out of
   * its name (0247). {@code units} and {@code coUnits} may be the same set (a 配合单位 value).
   */
  static void units(String value, Pattern separators, Set<String> units, Set<String> coUnits) {
    if (Placeholders.nothing(value)) {
      return; // N/A, before its / splits it (0297)
    }
    Set<String> into = units;
    String roles = ROLE_INSIDE.matcher(value).replaceAll("\n");
    if (LEAD_PREFIX.matcher(roles.strip()).lookingAt()
        || CO_PREFIX.matcher(roles.strip()).lookingAt()) {
      roles = ROLE_GLUED.matcher(roles).replaceAll("\n");
    }
    roles = LIST_GOES_ON.matcher(roles).replaceAll("$1");
    boolean ledAbove = false; // a unit of a part above was marked 牵头 (0385)
    for (String part : roles.split("[\\n；;]+")) {
      String p = part.strip();
      Matcher helpers = NAMED_HELPERS.matcher(p);
      StringBuilder rest = new StringBuilder();
      List<String> named = new ArrayList<>();
      while (helpers.find()) {
        named.add(helpers.group(1));
        helpers.appendReplacement(rest, "");
      }
      p = helpers.appendTail(rest).toString().strip();
      List<String> leading = new ArrayList<>();
      Matcher namedLead = NAMED_LEAD.matcher(p);
      rest = new StringBuilder();
      while (namedLead.find()) {
        if (!UnitLeads.namesPeople(namedLead.group(1))) {
          leading.add(namedLead.group(1));
          namedLead.appendReplacement(rest, "");
        }
      }
      p = namedLead.appendTail(rest).toString().strip();
      Matcher lead = LEAD_PREFIX.matcher(p);
      Matcher co = CO_PREFIX.matcher(p);
      if (lead.lookingAt()) {
        into = units;
        p = p.substring(lead.end());
        ledAbove = false;
      } else if (co.lookingAt()) {
        into = coUnits;
        p = p.substring(co.end());
        ledAbove = false;
      }
      // each unit with its role (true leads, false helps, null unmarked), in the order written:
      // an unmarked unit's role is known once the part is read, and it keeps its place (0309)
      List<java.util.Map.Entry<String, Boolean>> written = new ArrayList<>();
      boolean ledHere = !leading.isEmpty() || ledAbove;
      for (String leadingUnit : leading) {
        units(leadingUnit, separators, units, units);
      }
      // 办公室（含档案室、机要室）: no split inside a bracket (0342)
      String[] parts = SeparatorsInBrackets.split(separators, p);
      if (parts.length > 1
          && Arrays.stream(parts)
              .allMatch(u -> u.strip().codePointCount(0, u.strip().length()) <= 1)) {
        parts = new String[] {p.replaceAll("[\\s\\u3000]+", "")}; // 档 案 室: one name spaced out
      }
      for (String unit : parts) {
        String u = withoutEtc(withoutNumber(withoutRemark(unit.replaceAll("[。.]+$", "").strip())));
        if (u.isEmpty() || Placeholders.nothing(u)) {
          continue;
        }
        Matcher role = ROLE_SUFFIX.matcher(u);
        if (!role.matches()) {
          role = ROLE_AFTER.matcher(u);
          if (role.matches() && role.group(1).codePointCount(0, role.group(1).length()) < 2) {
            role = ROLE_SUFFIX.matcher(u);
          }
        }
        if (role.matches()) {
          boolean leads = role.group(2).matches(LEAD_ROLES);
          ledHere |= leads;
          written.add(
              new java.util.AbstractMap.SimpleEntry<>(withoutRemark(role.group(1).strip()), leads));
        } else {
          written.add(new java.util.AbstractMap.SimpleEntry<>(u, null));
        }
      }
      for (var unit : written) {
        Boolean leads = unit.getValue();
        (leads == null ? (ledHere ? coUnits : into) : leads ? units : coUnits).add(unit.getKey());
      }
      ledAbove = ledHere;
      for (String helping : named) {
        units(helping, separators, coUnits, coUnits);
      }
    }
  }

  /**
   * A unit's name without the item number it is written with alone (①车管科, 1.车管科, （1）车管科 → 车管科): a
   * list of one item; lists of several are taken apart by their numbers before
   * (docs/decisions/0320).
   */
  private static String withoutNumber(String unit) {
    Numbering n = Numbering.of(unit);
    return n != null
            && !n.text().isBlank()
            && Character.UnicodeScript.of(n.text().strip().codePointAt(0))
                == Character.UnicodeScript.HAN
        ? n.text().strip()
        : unit;
  }

  /**
   * 等 and what follows it after a unit's name, when that says only that there are more units:
   * 县财政局等相关单位, 财政局等3个单位, 财务科等部门 → 县财政局, 财政局, 财务科 (docs/decisions/0347). The units 等 stands for are
   * not named, so none is made up; a name holding 等 (高等教育处) is no such end.
   */
  private static final Pattern ETC =
      Pattern.compile(
          "^(\\p{IsHan}.+?)\\s*等\\s*(?:相关|有关|其他|其它|各)?"
              + "(?:(?:\\d{1,3}|[一二三四五六七八九十两]{1,3})\\s*(?:个|家))?"
              + "(?:成员单位|责任单位|单位|部门|科室|处室|股室)?$");

  private static String withoutEtc(String unit) {
    Matcher etc = ETC.matcher(unit);
    return etc.matches() && etc.group(1).codePointCount(0, etc.group(1).length()) >= 2
        ? etc.group(1).strip()
        : unit;
  }

  /** A unit's name without a remark in brackets after it ({@link #REMARK_SUFFIX}). */
  private static String withoutRemark(String unit) {
    Matcher remark = REMARK_SUFFIX.matcher(unit);
    return remark.matches() ? remark.group(1).strip() : unit;
  }

  /** 办公室、组织部；宣传部｜财务科 → [办公室, 组织部, 宣传部, 财务科], without repeats. */
  static List<String> units(String value) {
    if (Placeholders.nothing(value)) {
      return List.of();
    }
    Set<String> units = new LinkedHashSet<>();
    for (String unit : SeparatorsInBrackets.split(UNIT_SEPARATORS, value)) {
      String u = unit.replaceAll("[。.\\s]+$", "").strip();
      if (!u.isEmpty() && !Placeholders.nothing(u)) {
        units.add(u);
      }
    }
    return List.copyOf(units);
  }
}

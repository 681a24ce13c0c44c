package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.input.SafeText;
import org.bihuan.platform.text.PersonNames;

/**
 * The labelled lines of a rectification plan (整改方案): 问题表现：…, 整改措施：…, 责任领导：…, 责任单位：…, 责任人：…, 整改时限：…,
 * written with a full- or half-width colon or as 【整改措施】, one or several on a line
 * (责任领导：张三；责任部门：办公室；整改时限：2024年6月30日前).
 */
final class Labels {

  enum Label {
    PROBLEM,
    MEASURE,
    LEADER,
    UNITS,
    /** 配合单位: units that help with a measure but do not answer for it (coResponsibleUnits). */
    CO_UNITS,
    PERSON,
    TIME_LIMIT,
    /** 整改进展/完成情况: what has been done so far, the measure's first progress note. */
    PROGRESS,
    /**
     * A label that is none of the above (备注：…, 整改目标：…) after a known one on the same line: it fills
     * no field; its text is kept with the problem.
     */
    OTHER
  }

  /**
   * One label and the text after it, up to the next label on the same line; {@code runOn} is the
   * comma that ended the value (， or ,; empty when none), which the value leaves out: between two
   * labels it separates them, at a line's end it says that the text goes on in the next line.
   */
  record Labelled(Label label, String name, String value, String runOn) {
    Labelled(Label label, String name, String value) {
      this(label, name, value, "");
    }
  }

  private static final Map<Label, String> NAMES =
      Map.of(
          Label.PROBLEM,
              "问题表现|存在问题|问题描述|具体问题|问题内容|主要问题|反馈问题|问题清单|问题"
                  // what an inspection or audit found, quoted as the problem (0248)
                  + "|巡察指出|巡视指出|巡察发现|巡视发现|审计指出|审计发现|检查发现|督查发现",
          Label.MEASURE, "整改措施及完成时限|整改措施及时限|整改措施和时限|整改措施与时限|措施及时限|整改措施|整改举措|具体措施|整改要求|整改方案|措施",
          Label.LEADER,
              "责任领导及责任人|责任领导和责任人|责任领导与责任人|责任领导、责任人|整改责任领导|责任领导|分管领导|牵头领导|牵头负责人|包保领导|督导领导|督办领导|领导责任人|责任校领导|分管负责人",
          Label.UNITS,
              "责任单位（部门）|责任单位(部门)|责任部门（单位）|责任部门(单位)|整改责任单位|整改责任部门|责任主体"
                  + "|责任部门|责任单位|牵头单位|牵头部门"
                  + "|责任处室|责任科室|责任股室|主责单位|主责部门|承办单位|承办部门|牵头处室|牵头科室",
          Label.CO_UNITS, "配合单位|配合部门|协同单位|协办单位|协助单位|协作单位",
          Label.PERSON, "整改责任人|具体责任人|直接责任人|主要负责人|责任人|联系人|承办人|经办人",
          Label.PROGRESS, "整改完成情况|整改进展情况|整改落实情况|整改进展|整改进度|进展情况|完成情况|落实情况",
          Label.TIME_LIMIT,
              "整改完成时限|整改时限|完成时限|办结时限|时间要求|完成时间|完成期限|整改期限|时限要求|整改时间|时限" + "|完成时间节点|时间节点");

  /**
   * A measure numbered in its label: 整改措施一, 措施二, 措施（三）, 具体措施1. It is a label when a colon or 、
   * follows it, or when its number is in parentheses.
   */
  private static final String NUMBERED_MEASURE =
      "(?:整改措施|整改举措|具体措施|措施)(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}"
          + "|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)])";

  private static final Pattern NUMBERED_MEASURE_NAME = Pattern.compile(NUMBERED_MEASURE);

  /** A problem numbered in its label: 问题一, 问题1, 问题（二）, 第一个问题, 第2个问题 (0177). */
  private static final String NUMBERED_PROBLEM =
      "问题[（(]?[一二三四五六七八九十百0-9]{1,4}[）)]?|第[一二三四五六七八九十百0-9]{1,4}个?问题";

  /**
   * As {@link #NUMBERED_PROBLEM}, and 第4项问题 (0248), as a plan's line names its problem; a table's
   * cell 第1项问题：… is titled by the text after it, as 问题1：… is (0262).
   */
  private static final String NUMBERED_PROBLEM_LABEL =
      NUMBERED_PROBLEM + "|第[一二三四五六七八九十百0-9]{1,4}项问题";

  private static final Pattern NUMBERED_PROBLEM_NAME = Pattern.compile(NUMBERED_PROBLEM_LABEL);

  /**
   * 问题一：学习不深入。 at the start of a text, or a problem label without a number (问题：食堂卫生不达标, 存在问题：…):
   * the label and its colon, then the problem.
   */
  private static final Pattern NUMBERED_PROBLEM_PREFIX =
      Pattern.compile(
          "^\\s*(?:"
              + NUMBERED_PROBLEM_LABEL
              + "|"
              + NAMES.get(Label.PROBLEM)
              + ")\\s*[：:]\\s*(?=\\S)");

  /** Whether a 问题表现 label numbers its problem itself (问题一：, 问题1：, 第二个问题：). */
  static boolean numbersProblem(Labelled labelled) {
    return labelled.label() == Label.PROBLEM
        && NUMBERED_PROBLEM_NAME.matcher(labelled.name()).matches();
  }

  /**
   * A problem's text without the 问题一：/问题1：/第二个问题： that numbers it (a table's problem cell as a
   * plan's line is read) or the bare label 问题：/存在问题： that names it (0242), or without the item
   * number 第2号： ({@link Numbering}: the number is the item's, the text after it the problem, 0233);
   * the text as it is when it has none.
   */
  static String withoutProblemNumber(String text) {
    Numbering item = Numbering.of(text.strip());
    if (item != null
        && item.rank() == Numbering.ARABIC
        && item.marker().startsWith("第")
        && !item.text().isBlank()) {
      return item.text();
    }
    return NUMBERED_PROBLEM_PREFIX.matcher(text).replaceFirst("");
  }

  /** Names too common in running text to be taken as a label without a boundary before them. */
  private static final int SHORTEST_UNBOUNDED_NAME = 3;

  private static final Pattern LABEL;

  /**
   * How many groups {@link #LABEL} has: {@link #NEXT_LABEL}'s groups after them are unbounded
   * names.
   */
  private static final int LABEL_GROUPS = 3;

  private static final Pattern NEXT_LABEL;

  /**
   * A label name written without its colon, a space between it and its value (责任单位 财务科, 整改时限
   * 2024年6月30日): at the start of a line or after a space or ；. Not 问题…, which begins too many
   * sentences.
   */
  private static final Pattern BARE_LABEL;

  /** A space before a label name and its colon: it separates two labels on one line. */
  static final Pattern SPACE_BEFORE_LABEL;

  private static final Map<String, Label> BY_NAME;

  static {
    HashMap<String, Label> byName = new HashMap<>();
    // Longest names first so that 具体责任人 is not read as 责任人.
    List<String> all = new ArrayList<>();
    NAMES.forEach(
        (label, alternatives) -> {
          for (String name : alternatives.split("\\|")) {
            byName.put(name, label);
            all.add(name);
          }
        });
    all.sort((a, b) -> b.length() - a.length());
    StringBuilder names = new StringBuilder();
    StringBuilder unbounded = new StringBuilder();
    for (String name : all) {
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(name));
      if (name.length() >= SHORTEST_UNBOUNDED_NAME && byName.get(name) != Label.PROBLEM) {
        unbounded.append(unbounded.length() == 0 ? "" : "|").append(Pattern.quote(name));
      }
    }
    BY_NAME = Map.copyOf(byName);
    // 问题一：… / 问题1：… number a plan's problems in the label itself
    // and 第一个问题：… / 第2个问题：… (0177)
    names.insert(0, NUMBERED_PROBLEM_LABEL + "|");
    // 整改措施一：… / 措施二、… / 措施（三）… number a problem's measures, each with its own duties
    String label =
        "(?:[【\\[]("
            + names
            + ")[】\\]]\\s*[：:]?|("
            + names
            // 问题1.财务审批不规范: a number in the label closed by . or 、 as by a colon (0251)
            + ")\\s*(?:[：:]|(?<=[0-9一二三四五六七八九十百])[.．、](?![0-9]))|("
            + NUMBERED_MEASURE
            + ")(?:\\s*[：:、]|(?<=[）)])))\\s*";
    LABEL = Pattern.compile("(?:^|(?<=[；;，,。\\s]))" + label);
    // after a first label, the next one may follow its value without a separator (李四责任单位：…)
    NEXT_LABEL =
        Pattern.compile(
            "(?:(?:^|(?<=[；;，,。\\s]))"
                + label
                + "|(?:[【\\[]("
                + unbounded
                + ")[】\\]]\\s*[：:]?|("
                + unbounded
                + ")\\s*[：:])\\s*)");
    StringBuilder bare = new StringBuilder();
    for (String name : all) {
      if (byName.get(name) != Label.PROBLEM) {
        bare.append(bare.length() == 0 ? "" : "|").append(Pattern.quote(name));
      }
    }
    BARE_LABEL = Pattern.compile("(?:^|(?<=[；;\\s]))(" + bare + ")[ \\t\\u3000]+(?=[^\\s：:【\\[])");
    SPACE_BEFORE_LABEL =
        Pattern.compile(
            "[ \\t\\u3000](?=(?:[【\\[](?:" + names + ")[】\\]]|(?:" + names + ")\\s*[：:]))");
  }

  /**
   * Another label inside the value of a responsibility or time-limit label: 办公室；备注：需与财政局对账. A name
   * of two to eight Chinese characters and a colon, after a separator; not a point (二是：).
   */
  private static final Pattern OTHER_LABEL =
      Pattern.compile("(?<=[；;，,。\\s])(?![一二三四五六七八九十]是)(\\p{IsHan}{2,8})\\s*[：:]\\s*");

  /**
   * As {@link #OTHER_LABEL} in a units value, where a role prefix (协办：, 主责：) is the value's own
   * (责任单位：主责：办公室 协办：财务科, 0252) and {@link #units} reads it.
   */
  private static final Pattern OTHER_LABEL_IN_UNITS =
      Pattern.compile(
          "(?<=[；;，,。\\s])(?![一二三四五六七八九十]是)(?!(?:牵头|主责|主办|负责|责任|配合|协助|协办|协同|参与)"
              + "(?:单位|部门|科室|处室)?\\s*[：:])(\\p{IsHan}{2,8})\\s*[：:]\\s*");

  /**
   * What separates unit names in a responsibility value, in plans and tables alike: 、，,；;/／ and the
   * bars | ｜ some templates use.
   */
  static final String UNIT_SEPARATOR_CHARS = "、，,；;/／|｜";

  static final Pattern UNIT_SEPARATORS = Pattern.compile("[" + UNIT_SEPARATOR_CHARS + "]+");

  /**
   * The separators of units in a cleaned plan line or a table cell: those above and spaces (a plan
   * line keeps only the spaces that separate names, {@link #listSpacesKept}).
   */
  static final Pattern UNITS_OR_SPACES =
      Pattern.compile("[" + UNIT_SEPARATOR_CHARS + "\\s\\u3000]+");

  private static final String VALUE_TRAILER = "[；;，,\\s]+$";

  private Labels() {}

  /** The text before the first label of a line (may be empty) and the labels that follow it. */
  record Split(String prefix, List<Labelled> labels) {}

  /** The labels of a line that starts with one; empty when it does not. */
  static List<Labelled> of(String line) {
    Matcher m = LABEL.matcher(line);
    return m.lookingAt() ? labels(line, m) : List.of();
  }

  /** The labels anywhere in a line (after a sentence or clause end), with the text before them. */
  static Split find(String line) {
    Matcher m = LABEL.matcher(line);
    if (!m.find()) {
      return new Split(line, List.of());
    }
    return new Split(line.substring(0, m.start()).strip(), labels(line, m));
  }

  private static List<Labelled> labels(String line, Matcher first) {
    List<Labelled> found = new ArrayList<>();
    String name = name(first);
    int valueStart = first.end();
    Matcher m = NEXT_LABEL.matcher(line);
    m.region(valueStart, line.length());
    m.useTransparentBounds(true);
    while (m.find()) {
      if (isFreeText(label(name)) && !endsFreeText(line, m)) {
        continue;
      }
      addLabelled(found, name, line.substring(valueStart, m.start()));
      name = name(m);
      valueStart = m.end();
    }
    addLabelled(found, name, line.substring(valueStart));
    return found;
  }

  /** The labels whose value is free text (a problem, a measure, a progress note). */
  private static boolean isFreeText(Label label) {
    return label == Label.PROBLEM || label == Label.MEASURE || label == Label.PROGRESS;
  }

  /**
   * Whether a label name inside the free text of a measure (or problem, or progress note) ends it:
   * only after a separator — never a name glued to the words before it (明确责任单位：…, 落实责任人：…); after a
   * comma only when a plausible value follows ({@link #plausibleValue}).
   */
  private static boolean endsFreeText(String line, Matcher m) {
    for (int g = LABEL_GROUPS + 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return false; // glued to the word before it
      }
    }
    char before = m.start() == 0 ? '；' : line.charAt(m.start() - 1);
    if (before != '，' && before != ',') {
      return true;
    }
    Matcher next = NEXT_LABEL.matcher(line);
    next.region(m.end(), line.length());
    next.useTransparentBounds(true);
    String value = line.substring(m.end(), next.find() ? next.start() : line.length());
    return plausibleValue(label(name(m)), value);
  }

  /**
   * Whether {@code value} can be what a label says rather than the rest of a sentence: free text
   * always; a unit, a person, a leader or a time limit is short (at most {@value #SHORT_VALUE}
   * characters) with no sentence or clause inside it (各科室按分工落实，逐项核对。 is no unit).
   */
  static boolean plausibleValue(Label label, String value) {
    if (isFreeText(label)) {
      return true;
    }
    String v = value.replaceAll("[。.；;，,\\s]+$", "").strip();
    return !v.isEmpty() && v.length() <= SHORT_VALUE && !v.matches(".*[，,。！？!?].*");
  }

  private static final int SHORT_VALUE = 30;

  /**
   * A line with the colons its bare labels left out (责任单位 财务科 → 责任单位：财务科): a label name at the
   * start of the line followed by a space and its value, and, on such a line or one that already
   * has a label, each further name after a space. A name whose value is not plausible ({@link
   * #plausibleValue}) stays as written, and a measure or progress note only at the line's start.
   */
  static String withColons(String line) {
    Matcher m = BARE_LABEL.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 4);
    int copied = 0;
    boolean labelled = false;
    do {
      Label label = label(m.group(1));
      boolean atStart = line.substring(0, m.start()).isBlank();
      if (!atStart && !labelled) {
        labelled = LABEL.matcher(line.substring(0, m.start())).find();
      }
      Matcher next = BARE_LABEL.matcher(line);
      int end = next.find(m.end()) ? next.start() : line.length();
      Matcher colon = LABEL.matcher(line);
      colon.region(m.end(), end);
      if (colon.find()) {
        end = colon.start();
      }
      boolean counts =
          (atStart || (labelled && !isFreeText(label)))
              && plausibleValue(label, line.substring(m.end(), end));
      if (counts) {
        out.append(line, copied, m.start()).append(m.group(1)).append('：');
        copied = m.end();
        labelled = true;
      }
    } while (m.find());
    out.append(line, copied, line.length());
    return out.toString();
  }

  /**
   * A space inside a list of units or people, between two words of at least two Chinese characters
   * (责任单位：办公室 财务科 人事科, 责任领导：李明 王五): it separates two names. The line keeps it doubled, so that the
   * cleaning that drops the single spaces a PDF or web copy leaves between Chinese characters does
   * not glue the names together (李明王五); 档 案 室 (one character between spaces) stays one name spaced
   * out.
   */
  private static final Pattern SPACE_IN_LIST =
      Pattern.compile("(?<=\\p{IsHan}{2})[ \\t\\u3000](?=\\p{IsHan}{2})");

  /** {@code line} with each space between names in a units or people value doubled. */
  static String listSpacesKept(String line) {
    Matcher first = LABEL.matcher(line);
    if (!first.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 8);
    out.append(line, 0, first.end());
    String name = name(first);
    int valueStart = first.end();
    Matcher m = NEXT_LABEL.matcher(line);
    m.region(valueStart, line.length());
    m.useTransparentBounds(true);
    while (m.find()) {
      if (isFreeText(label(name)) && !endsFreeText(line, m)) {
        continue;
      }
      out.append(listSpacesKept(label(name), line.substring(valueStart, m.start())));
      out.append(line, m.start(), m.end());
      name = name(m);
      valueStart = m.end();
    }
    out.append(listSpacesKept(label(name), line.substring(valueStart)));
    return out.toString();
  }

  private static String listSpacesKept(Label label, String value) {
    boolean list =
        label == Label.UNITS
            || label == Label.CO_UNITS
            || label == Label.LEADER
            || label == Label.PERSON;
    return list ? SPACE_IN_LIST.matcher(value).replaceAll("  ") : value;
  }

  private static Label label(String name) {
    return BY_NAME.getOrDefault(
        name, NUMBERED_MEASURE_NAME.matcher(name).matches() ? Label.MEASURE : Label.PROBLEM);
  }

  /**
   * A label and its value; a value of a responsibility or time-limit label that holds another,
   * unknown label (责任单位：办公室；备注：…) ends before it, and the unknown label follows as {@link
   * Label#OTHER}. The free text of 问题表现 and 整改措施 is never split.
   */
  private static void addLabelled(List<Labelled> into, String name, String value) {
    if (LEADER_AND_PERSON.matcher(name).matches() && !OTHER_LABEL.matcher(value).find()) {
      // 责任领导及责任人：韩磊、邹平 — the leader first, then the person or people (0177)
      List<String> people = leaderAndPeople(value.replaceAll(VALUE_TRAILER, "").strip());
      if (people.size() >= 2) {
        into.add(new Labelled(Label.LEADER, name, people.get(0)));
        into.add(
            new Labelled(Label.PERSON, name, String.join("、", people.subList(1, people.size()))));
        return;
      }
    }
    Labelled known = labelled(name, value);
    if (known.label() == Label.PROBLEM || known.label() == Label.MEASURE) {
      into.add(known);
      return;
    }
    boolean units = known.label() == Label.UNITS || known.label() == Label.CO_UNITS;
    Matcher other = (units ? OTHER_LABEL_IN_UNITS : OTHER_LABEL).matcher(value);
    if (!other.find()) {
      into.add(known);
      return;
    }
    into.add(labelled(name, value.substring(0, other.start())));
    while (true) {
      String otherName = other.group(1);
      int start = other.end();
      boolean more = other.find();
      String otherValue = value.substring(start, more ? other.start() : value.length());
      into.add(
          new Labelled(Label.OTHER, otherName, otherValue.replaceAll(VALUE_TRAILER, "").strip()));
      if (!more) {
        return;
      }
    }
  }

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
   * A remark in brackets after a unit, not a role and not part of its name (财务科（含下属单位）,
   * 各科室（包括二级机构）, 办公室（视情况）): what the unit covers or how, never a unit itself. A bracket that names
   * another body (纪委（监委）, 党委（人事处）) is part of the name and stays.
   */
  private static final Pattern REMARK_SUFFIX =
      Pattern.compile(
          "^(.+?)\\s*[（(](?:含|包括|包含|涉及|下属|所属|及其?|等|如|视|按|根据|具体|必要时|需要时)"
              + "(?:[^（）()]|[（(][^（）()]*[）)])*[）)]$"); // one bracket inside (0252)

  /**
   * The units of a responsibility value (a 责任单位 label's value, a table's units cell), in plans and
   * tables alike, split by {@code separators}. A line or part that begins 牵头：/主责：/负责：/责任单位： gives
   * responsible units, one that begins 配合：/协助：/协办：/协同：/参与： co-responsible ones, and later parts
   * without a prefix follow the last prefix; a role prefix after a space or a comma starts a part
   * too (主责：财务科 协办：办公室). A unit marked 财务科（配合） helps and 办公室（牵头） answers, and once one unit of a
   * part is marked 牵头 the part's unmarked units help it (办公室（牵头）、督查室: 督查室 is co-responsible); a
   * remark in brackets after a unit (财务科（含下属单位）) is left out of its name (0247). {@code units} and
   * {@code coUnits} may be the same set (a 配合单位 value).
   */
  static void units(String value, Pattern separators, Set<String> units, Set<String> coUnits) {
    Set<String> into = units;
    String roles = ROLE_INSIDE.matcher(value).replaceAll("\n");
    if (LEAD_PREFIX.matcher(roles.strip()).lookingAt()
        || CO_PREFIX.matcher(roles.strip()).lookingAt()) {
      roles = ROLE_GLUED.matcher(roles).replaceAll("\n");
    }
    for (String part : roles.split("[\\n；;]+")) {
      String p = part.strip();
      Matcher lead = LEAD_PREFIX.matcher(p);
      Matcher co = CO_PREFIX.matcher(p);
      if (lead.lookingAt()) {
        into = units;
        p = p.substring(lead.end());
      } else if (co.lookingAt()) {
        into = coUnits;
        p = p.substring(co.end());
      }
      List<String> unmarked = new ArrayList<>();
      boolean ledHere = false;
      String[] parts = separators.split(p);
      if (parts.length > 1
          && Arrays.stream(parts)
              .allMatch(u -> u.strip().codePointCount(0, u.strip().length()) <= 1)) {
        parts = new String[] {p.replaceAll("[\\s\\u3000]+", "")}; // 档 案 室: one name spaced out
      }
      for (String unit : parts) {
        String u = withoutRemark(unit.replaceAll("[。.]+$", "").strip());
        if (u.isEmpty()) {
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
          (leads ? units : coUnits).add(withoutRemark(role.group(1).strip()));
        } else {
          unmarked.add(u);
        }
      }
      (ledHere ? coUnits : into).addAll(unmarked);
    }
  }

  /** A unit's name without a remark in brackets after it ({@link #REMARK_SUFFIX}). */
  private static String withoutRemark(String unit) {
    Matcher remark = REMARK_SUFFIX.matcher(unit);
    return remark.matches() ? remark.group(1).strip() : unit;
  }

  /** 办公室、组织部；宣传部｜财务科 → [办公室, 组织部, 宣传部, 财务科], without repeats. */
  static List<String> units(String value) {
    Set<String> units = new LinkedHashSet<>();
    for (String unit : UNIT_SEPARATORS.split(value)) {
      String u = unit.replaceAll("[。.\\s]+$", "").strip();
      if (!u.isEmpty()) {
        units.add(u);
      }
    }
    return List.copyOf(units);
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
  private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  /**
   * The people named in a responsibility value or cell, in plans and tables alike: 张三、李四 → [张三,
   * 李四]; each name written as {@link PersonNames#written} folds it, so 王　强 and 王 强 are 王强. A space
   * separates two names only between Chinese names of two characters or more (张三 李四).
   */
  static List<String> names(String value) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : PersonNames.SEPARATORS.split(value)) {
      String p = part.replaceAll("[。.]+$", "").strip();
      String[] words = SPACES.split(p);
      boolean spaced = words.length > 1;
      for (String w : words) {
        spaced &= HAN_NAME.matcher(w).matches();
      }
      for (String name : spaced ? withTitles(words) : List.of(p)) {
        // a character no text may hold (U+202E) is left in for StorableText, which names it (0182)
        String n = SafeText.problemInText(name) == null ? PersonNames.written(name) : name.strip();
        if (!n.isEmpty()) {
          names.add(n);
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * Words separated by spaces, a post joined to the name beside it: 副局长 张三 and 张三 副局长 are both
   * 副局长张三 (the post first, as documents write it), 张三 李四 two people (docs/decisions/0171).
   */
  private static List<String> withTitles(String[] words) {
    List<String> people = new ArrayList<>();
    String title = null;
    for (String w : words) {
      if (PersonNames.POST.matcher(w).matches()) {
        if (title == null
            && !people.isEmpty()
            && !PersonNames.POST.matcher(people.get(people.size() - 1)).lookingAt()
            && people.get(people.size() - 1).length() <= 4) {
          people.set(people.size() - 1, w + people.get(people.size() - 1)); // 张三 副局长
        } else {
          title = title == null ? w : title + w;
        }
      } else {
        people.add(title == null ? w : title + w);
        title = null;
      }
    }
    if (title != null) {
      people.add(title);
    }
    return people;
  }

  /** 李明（张三）: a name and, in brackets, another name (not a post). */
  private static final Pattern BRACKETED_PERSON =
      Pattern.compile("^(\\p{IsHan}{2,4})\\s*[（(]\\s*(\\p{IsHan}{2,4})\\s*[）)]$");

  /**
   * The people of a value naming the leader and the person at once (a 责任领导及责任人 label or column):
   * the leader first, then the person or people. 李明/张三, 李明、张三, 李明（张三） and 李明 on one line with 张三 on
   * the next all give [李明, 张三]; 张三（副局长） is one leader with his post.
   */
  static List<String> leaderAndPeople(String value) {
    List<String> people = new ArrayList<>();
    for (String part : PersonNames.SEPARATORS.split(value)) {
      Matcher m = BRACKETED_PERSON.matcher(part.strip());
      if (m.matches() && !PersonNames.POST.matcher(m.group(2)).matches()) {
        people.addAll(names(m.group(1)));
        people.addAll(names(m.group(2)));
      } else {
        people.addAll(names(part));
      }
    }
    return List.copyOf(new LinkedHashSet<>(people));
  }

  /** A post written after the name in brackets: 李明（党委书记）. */
  private static final Pattern POST_IN_BRACKETS =
      Pattern.compile("^(.+?)\\s*[（(]\\s*(" + PersonNames.POST.pattern() + ")\\s*[）)]$");

  /** A name as it stands after its post: two to four Chinese characters. */
  private static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  /**
   * A person's name without the post written with it, so that one person is written one way: 校长刘春,
   * 刘春（校长）, 刘春 校长 (see {@link #names}) and 刘春 are all 刘春 (the reports group by the written name). A
   * post is what {@link PersonNames#POST} calls one, at least two characters, before a name of two
   * to four characters or after it in brackets; the shortest post that leaves such a name is taken
   * (副局长王长江 is 王长江, and 王长江 stays 王长江: 王长 would leave a name of one character). A post glued after
   * the name (刘春校长) is not split: where the name ends is a guess (欧阳明华局长). Names with no post, or
   * that are only a post (分管副校长), are returned as they are.
   */
  static String withoutPost(String person) {
    if (person == null) {
      return null;
    }
    String p = person.strip();
    Matcher bracketed = POST_IN_BRACKETS.matcher(p);
    if (bracketed.matches() && BARE_NAME.matcher(bracketed.group(1).strip()).matches()) {
      return bracketed.group(1).strip();
    }
    for (int at = 2; at <= p.length() - 2; at++) {
      String rest = p.substring(at);
      if (PersonNames.POST.matcher(p.substring(0, at)).matches()
          && BARE_NAME.matcher(rest).matches()
          && !PersonNames.POST.matcher(rest).matches()) {
        return rest;
      }
    }
    return p;
  }

  private static String name(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("a label match without a name");
  }

  /** A label naming the leader and the person at once. */
  private static final Pattern LEADER_AND_PERSON = Pattern.compile("责任领导[及和与、]责任人");

  private static Labelled labelled(String name, String value) {
    return new Labelled(
        label(name), name, value.replaceAll(VALUE_TRAILER, "").strip(), runOn(value));
  }

  /** The comma (， or ,) a text ends with, saying that it goes on in the next line; else empty. */
  static String runOn(String text) {
    String t = text.strip();
    return t.endsWith("，") || t.endsWith(",") ? t.substring(t.length() - 1) : "";
  }
}

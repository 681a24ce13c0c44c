package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.LabelNames.LABEL;
import static org.bihuan.problem.importing.LabelNames.LABEL_GROUPS;
import static org.bihuan.problem.importing.LabelNames.NEXT_LABEL;
import static org.bihuan.problem.importing.LabelNames.NUMBERED_PROBLEM_NAME;
import static org.bihuan.problem.importing.LabelNames.NUMBERED_PROBLEM_PREFIX;
import static org.bihuan.problem.importing.LabelNames.label;
import static org.bihuan.problem.importing.LabelNames.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines of a rectification plan (整改方案): 问题表现：…, 整改措施：…, 责任领导：…, 责任单位：…, 责任人：…, 整改时限：…,
 * written with a full- or half-width colon or as 【整改措施】, one or several on a line
 * (责任领导：张三；责任部门：办公室；整改时限：2024年6月30日前).
 *
 * <p>The names each label is written with, and the patterns that find them, are {@link LabelNames};
 * what a units or people value names is read by {@link ResponsibleUnits} and {@link
 * ResponsiblePeople}; a line's spaces around labels by {@link LabelSpacing}.
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

  /**
   * Another label inside the value of a responsibility or time-limit label: 办公室；备注：需与财政局对账. A name
   * of two to eight Chinese characters and a colon, after a separator; not a point (二是：), nor the
   * term of a time limit's stage (近期：…；中长期：…, {@link TimeStages}, 0299).
   */
  private static final Pattern OTHER_LABEL =
      Pattern.compile(
          // after 、 too: 分管领导：李明、配合领导：周强 (0366)
          "(?<=[；;，,。、\\s])(?![一二三四五六七八九十]是)(?!(?:"
              // nor a stage named by term, 长效 among them (长效：长期坚持, 0317)
              + MeasureTerms.TERMS
              + ")(?:目标|任务)?\\s*[：:])"
              // nor a time stage (第二阶段：…, 0310)
              + "(?!"
              + StageMeasures.WORDS
              + "\\s*[：:])"
              + "(\\p{IsHan}{2,8})\\s*[：:]\\s*");

  /**
   * As {@link #OTHER_LABEL} in a units value, where a role prefix (协办：, 主责：) is the value's own
   * (责任单位：主责：办公室 协办：财务科, 0252) and {@link ResponsibleUnits#units} reads it.
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
   * line keeps only the spaces that separate names, {@link LabelSpacing#listSpacesKept}).
   */
  static final Pattern UNITS_OR_SPACES =
      Pattern.compile("[" + UNIT_SEPARATOR_CHARS + "\\s\\u3000]+");

  /** A value without the separators and spaces it ends with, stripped (one backward pass). */
  private static String withoutTrailer(String value) {
    return LineScan.withoutTrailingOrSpaces(value, "；;，,").strip();
  }

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
    eachValue(
        line, first, (name, start, end) -> addLabelled(found, name, line.substring(start, end)));
    return SeniorPersonLabels.read(found); // 负责人：王海涛；具体负责人：孙丽: the leader and the person (0427)
  }

  /** A label's name and where its value stands in the line. */
  @FunctionalInterface
  interface LabelValue {
    void at(String name, int start, int end);
  }

  /**
   * Each label of a line from the one {@code first} found, with its value: the text up to the next
   * label, where a label name inside free text ends it only as {@link #endsFreeText} says.
   */
  static void eachValue(String line, Matcher first, LabelValue value) {
    String name = name(first);
    int valueStart = first.end();
    int regionStart = valueStart;
    Matcher m = NEXT_LABEL.matcher(line);
    // window by window, so that the read budget can stop a line of megabytes (0270)
    int from = valueStart;
    while (LineScan.find(m, regionStart, from, line.length())) {
      from = m.end();
      if (isFreeText(label(name)) && !endsFreeText(line, m)) {
        continue;
      }
      if (BracketedDuties.inUnitsBracket(label(name), line, valueStart, m.start())) {
        continue; // 责任单位：人事科（联系人：冯二）: the unit's contact, not a label (0320, 0332)
      }
      value.at(name, valueStart, m.start());
      name = name(m);
      valueStart = m.end();
    }
    value.at(name, valueStart, line.length());
  }

  /** The labels whose value is free text (a problem, a measure, a progress note). */
  static boolean isFreeText(Label label) {
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
    boolean more = LineScan.find(next, m.end(), m.end(), line.length());
    String value = line.substring(m.end(), more ? next.start() : line.length());
    return plausibleValue(label(name(m)), value);
  }

  /**
   * Whether {@code value} can be what a label says rather than the rest of a sentence: free text
   * always; a unit, a person, a leader or a time limit is short (at most {@value #SHORT_VALUE}
   * characters) with no sentence or clause inside it (各科室按分工落实，逐项核对。 is no unit); a list of units
   * or people separated by 、 / or spaces may be longer, each name in it that short.
   */
  static boolean plausibleValue(Label label, String value) {
    if (isFreeText(label)) {
      return true;
    }
    String v = LineScan.withoutTrailingOrSpaces(value, "。.；;，,").strip();
    if (v.isEmpty() || v.matches(".*[，,。！？!?].*")) {
      return false;
    }
    if (v.length() <= SHORT_VALUE) {
      return true;
    }
    // a list of units or people may be long, each of its names is short (0297)
    boolean list = label == Label.UNITS || label == Label.CO_UNITS || label == Label.PERSON;
    return list && v.length() <= LONG_LIST && !LIST_ITEM_TOO_LONG.matcher(v).find();
  }

  private static final int SHORT_VALUE = 30;

  /** The longest list of names a units or people label's value is read as (about 20 units). */
  private static final int LONG_LIST = 200;

  /** A name in a list longer than a name is: more than {@value #SHORT_VALUE} characters. */
  private static final Pattern LIST_ITEM_TOO_LONG =
      Pattern.compile("[^、/／\\s\\u3000]{" + (SHORT_VALUE + 1) + ",}");

  /**
   * A label and its value; a value of a responsibility or time-limit label that holds another,
   * unknown label (责任单位：办公室；备注：…) ends before it, and the unknown label follows as {@link
   * Label#OTHER}. The free text of 问题表现 and 整改措施 is never split.
   */
  private static void addLabelled(List<Labelled> into, String name, String value) {
    if (LEADER_AND_PERSON.matcher(name).matches() && !OTHER_LABEL.matcher(value).find()) {
      // 责任领导及责任人：韩磊、邹平 — the leader first, then the person or people (0177)
      List<String> people = leaderAndPeople(withoutTrailer(value));
      if (people.size() >= 2) {
        into.add(new Labelled(Label.LEADER, name, people.get(0)));
        into.add(
            new Labelled(Label.PERSON, name, String.join("、", people.subList(1, people.size()))));
        return;
      }
    }
    List<Labelled> paired =
        OTHER_LABEL.matcher(value).find() ? null : PairedLabels.of(name, value, runOn(value));
    if (paired != null) {
      into.addAll(paired); // 责任单位/责任人：办公室/张三, 责任领导/责任单位：李四/财务科 (0323)
      return;
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
      into.add(new Labelled(Label.OTHER, otherName, withoutTrailer(otherValue)));
      if (!more) {
        return;
      }
    }
  }

  /** A label naming the leader and the person at once. */
  private static final Pattern LEADER_AND_PERSON = Pattern.compile("责任领导[及和与、]责任人");

  private static Labelled labelled(String name, String value) {
    String v = withoutTrailer(value);
    if (name.equals(LabelNames.LEAD) && UnitLeads.namesPeople(LineScan.withoutTrailing(v, "。."))) {
      // 牵头：赵敏: the person who leads, as the bracket 办公室（牵头：赵敏） names him (0298, 0321)
      return new Labelled(Label.PERSON, name, v, runOn(value));
    }
    return new Labelled(label(name), name, v, runOn(value));
  }

  /** The comma (， or ,) a text ends with, saying that it goes on in the next line; else empty. */
  static String runOn(String text) {
    String t = text.strip();
    return t.endsWith("，") || t.endsWith(",") ? t.substring(t.length() - 1) : "";
  }

  // The plan and table readings read units and people through these.

  /**
   * The units of a responsibility value: {@link ResponsibleUnits#units(String, Pattern, Set, Set)}.
   */
  static void units(String value, Pattern separators, Set<String> units, Set<String> coUnits) {
    ResponsibleUnits.units(value, separators, units, coUnits);
  }

  /** The units listed in a value, without repeats: {@link ResponsibleUnits#units(String)}. */
  static List<String> units(String value) {
    return ResponsibleUnits.units(value);
  }

  /** The people named in a value: {@link ResponsiblePeople#names}. */
  static List<String> names(String value) {
    return ResponsiblePeople.names(value);
  }

  /**
   * The leader, then the person or people, of one value: {@link ResponsiblePeople#leaderAndPeople}.
   */
  static List<String> leaderAndPeople(String value) {
    return ResponsiblePeople.leaderAndPeople(value);
  }
}

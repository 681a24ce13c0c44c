package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;

/**
 * The names a plan's labels are written with ({@link Labels}): each label's names, a problem or a
 * measure numbered in its label, and the patterns built from them that find a label on a line, the
 * next one after its value, a name written without its colon.
 */
final class LabelNames {

  /**
   * A label naming the units and their people at once: 责任单位及责任人, 责任部门和责任人, 责任单位/责任人. Its value is
   * read as units, and the people named in a unit's bracket are the responsible people ({@link
   * UnitLeads#people}, docs/decisions/0311).
   */
  private static final String UNITS_AND_PERSON =
      "责任单位及责任人|责任单位和责任人|责任单位与责任人|责任单位、责任人|责任单位/责任人|责任单位／责任人"
          + "|责任部门及责任人|责任部门和责任人|责任部门与责任人|责任部门、责任人|责任部门/责任人|责任部门／责任人"
          // 牵头单位及责任人：, 责任单位及联系人：, 责任科室（责任人）：救助科（赵敏） (0321)
          + "|牵头单位及责任人|牵头部门及责任人|牵头单位及联系人|责任单位及联系人|责任部门及联系人"
          + "|责任科室（责任人）|责任科室(责任人)|责任单位（责任人）|责任单位(责任人)|责任部门（责任人）|责任部门(责任人)"
          // 责任单位、第一责任人：办公室、李四: the person named by his part (0376)
          + "|"
          + PersonLabels.afterUnits();

  /**
   * 牵头 alone as a label: the unit that leads the measure, or the person who does when the value
   * names people (牵头：赵敏, as a 牵头：NAME bracket reads, {@link UnitLeads#namesPeople}).
   */
  static final String LEAD = "牵头";

  /** 配合 alone as a label: a unit that helps with the measure. */
  static final String HELP = "配合";

  /**
   * Whether a label is 牵头 or 配合 alone: a duty line's label, but in a bracket after a unit
   * (财务处（牵头：办公室）, 机关事务中心（配合：财务科）) the unit's role, which the units' reading reads (0305).
   */
  static boolean isRoleAlone(String name) {
    return name.equals(LEAD) || name.equals(HELP);
  }

  private static final Map<Label, String> NAMES =
      Map.of(
          Label.PROBLEM,
          "问题表现|存在问题|问题描述|具体问题|问题内容|主要问题|反馈问题|问题清单|问题"
              // what an inspection or audit found, quoted as the problem (0248)
              + "|巡察指出|巡视指出|巡察发现|巡视发现|审计指出|审计发现|检查发现|督查发现",
          Label.MEASURE,
          "整改措施及完成时限|整改措施及时限|整改措施和时限|整改措施与时限|措施及时限|整改措施|整改举措|具体措施|整改要求|整改方案|措施"
              // 近期措施：…, 长效措施：…: a measure named by its term (0306)
              + "|"
              + MeasureTerms.LABEL_NAMES,
          Label.LEADER,
          "责任领导及责任人|责任领导和责任人|责任领导与责任人|责任领导、责任人|整改责任领导|责任领导|分管领导|牵头领导|牵头负责人|包保领导|督导领导|督办领导|领导责任人|责任校领导|分管负责人",
          Label.UNITS,
          "责任单位（部门）|责任单位(部门)|责任部门（单位）|责任部门(单位)|整改责任单位|整改责任部门|责任主体"
              + "|责任部门|责任单位|牵头单位|牵头部门"
              // 责任单位及责任人：纪检组（王强）、医政股（张明）: the units, each naming its person (0311)
              + "|"
              + UNITS_AND_PERSON
              + "|责任处室|责任科室|主责单位|主责部门|承办单位|承办部门|牵头处室|牵头科室"
              // 责任股（室）：综合股, 牵头股室：…, 责任中队：… (0342)
              + "|"
              + OfficeUnitNames.LABEL_NAMES
              // 牵头：执法支队 on a line of its own; 牵头：赵敏 names a person ({@link Labels}, 0321)
              + "|"
              + LEAD
              // 责任领导/责任单位：李四/财务科: the leader, then the units ({@link PairedLabels}, 0323)
              + "|"
              + PairedLabels.LEADER_AND_UNITS,
          Label.CO_UNITS,
          "配合单位|配合部门|协同单位|协办单位|协助单位|协作单位|" + HELP,
          Label.PERSON,
          "整改责任人|具体责任人|直接责任人|主要负责人|责任人|联系人|承办人|经办人"
              // 具体负责人：黄磊, 负责人：周敏, 责任人员：吴强 beside a unit's label (0410)
              + "|具体负责人|负责人|责任人员"
              // 单位负责人：吴芳, 项目负责人：刘洋 after a unit's label and a space or ，(0424)
              + "|单位负责人|项目负责人"
              // 主要责任人：曹阳, 第一责任人：…: people, never a unit 主要 or 第一 before 责任人 (0342)
              + "|"
              + PersonLabels.NAMES,
          Label.PROGRESS,
          // 整改情况：… after a measure's duties is what was done so far too (0366)
          "整改完成情况|整改进展情况|整改落实情况|整改进展|整改进度|整改情况|进展情况|完成情况|落实情况",
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

  /**
   * A problem numbered in its label: 问题一, 问题1, 问题 2 (a space before the number, 0404), 问题（二）,
   * 存在问题4, 第一个问题, 第2个问题 (0177, 0402).
   */
  private static final String NUMBERED_PROBLEM =
      "(?:存在)?问题[ \\t\\u3000]?[（(]?[一二三四五六七八九十百0-9]{1,4}[）)]?" + "|第[一二三四五六七八九十百0-9]{1,4}个?问题";

  /**
   * A number in a label closed by . or 、 as by a colon (问题1.财务审批不规范, 问题一、会议记录不完整, 0251, 0404);
   * never a decimal point (问题1.5倍).
   */
  private static final String NUMBER_CLOSED = "(?<=[0-9一二三四五六七八九十百])[.．、](?![0-9])";

  /** A dash written for a label's colon: ——, —, －, --. */
  private static final String DASH = "(?:[—―─－–]{1,2}|-{2,})";

  /**
   * As {@link #NUMBERED_PROBLEM}, and 第4项问题 (0248) or 第1号问题 (0402), as a plan's line names its
   * problem; a table's cell 第1项问题：… is titled by the text after it, as 问题1：… is (0262).
   */
  private static final String NUMBERED_PROBLEM_LABEL =
      NUMBERED_PROBLEM + "|第[一二三四五六七八九十百0-9]{1,4}[项号]问题";

  static final Pattern NUMBERED_PROBLEM_NAME = Pattern.compile(NUMBERED_PROBLEM_LABEL);

  /**
   * 问题一：学习不深入。 at the start of a text, or a problem label without a number (问题：食堂卫生不达标, 存在问题：…):
   * the label and its colon, then the problem; a label with nothing after it leaves no title
   * (0388). A numbered label is closed by its colon, by . or 、 (问题1、…), by a dash (问题7——…) or by
   * its number's bracket (问题（1）…); 存在的问题 is a label with its colon or dash (存在的问题：…), 0404. 问题 as
   * the title's first word (问题整改不到位, 问题线索处置慢) is no label.
   */
  static final Pattern NUMBERED_PROBLEM_PREFIX =
      Pattern.compile(
          "^\\s*(?:(?:"
              + NUMBERED_PROBLEM_LABEL
              + ")\\s*(?:[：:]|"
              + NUMBER_CLOSED
              + "|"
              + DASH
              + "|(?<=[）)]))|(?:"
              + NAMES.get(Label.PROBLEM)
              + "|存在的问题)\\s*(?:[：:]|"
              + DASH
              + "))\\s*");

  /**
   * A problem label and its colon with no words after it (问题5：, 问题：, 第二个问题：): a label a template
   * left (docs/decisions/0382, 0388).
   */
  static final Pattern PROBLEM_LABEL_ALONE = Pattern.compile(problemLabel());

  /** A problem label, numbered or not, and its colon, with the spaces around it. */
  private static String problemLabel() {
    return "\\s*(?:" + NUMBERED_PROBLEM_LABEL + "|" + NAMES.get(Label.PROBLEM) + ")\\s*[：:]\\s*";
  }

  /**
   * 进度安排：/时间安排： are a time limit's label only with its date or time on the line (进度安排：2024年10月底前,
   * 时间安排：立行立改); alone on its line, or without a colon (三、进度安排 over the work's stages, {@link
   * SectionKind#namesStages}), never (docs/decisions/0382, 0388).
   */
  private static final String SCHEDULE =
      "(进度安排|时间安排)\\s*[：:](?=\\s*(?:(?:19|20)[0-9]{2}\\s*(?:年|[-./])|[0-9]{1,2}\\s*月|"
          + DeadlineText.AT_ONCE
          + "|"
          + DeadlineText.KEPT_UP
          + "))";

  private static final Pattern SCHEDULE_NAME = Pattern.compile("进度安排|时间安排");

  /** Names too common in running text to be taken as a label without a boundary before them. */
  private static final int SHORTEST_UNBOUNDED_NAME = 3;

  /**
   * Names of that length or more still taken only after a boundary: 负责人 follows the word it is the
   * head of (项目负责人：刘洋, 单位负责人：王强) — a label of its own, never 项目 as a unit's value (0410); and
   * 项目负责人, 单位负责人 are the person's label only after a line's start, a space or ；，。, never inside a
   * sentence (由项目负责人：刘洋牵头起草 stays a measure's words, 0424).
   */
  private static final java.util.Set<String> BOUNDED_NAMES =
      java.util.Set.of("负责人", "单位负责人", "项目负责人");

  static final Pattern LABEL;

  /**
   * How many groups {@link #LABEL} has: {@link #NEXT_LABEL}'s groups after them are unbounded
   * names.
   */
  static final int LABEL_GROUPS = 4;

  static final Pattern NEXT_LABEL;

  /**
   * A label name written without its colon, a space between it and its value (责任单位 财务科, 整改时限
   * 2024年6月30日): at the start of a line or after a space or ；. Not 问题…, which begins too many
   * sentences.
   */
  static final Pattern BARE_LABEL;

  /** A space before a label name and its colon: it separates two labels on one line. */
  static final Pattern SPACE_BEFORE_LABEL;

  /**
   * A label name written with a dash for its colon (责任单位——办公室, 整改时限—2024年6月30日, 责任人--张三): at the
   * start of a line or after a space or ；, as {@link #BARE_LABEL}.
   */
  static final Pattern DASHED_LABEL;

  /**
   * A time limit's name followed by its date with nothing between them (完成时限2024年6月30日, 整改时限立行立改),
   * at the start of a line or after a space or ；.
   */
  static final Pattern GLUED_TIME_LIMIT;

  /**
   * A leader's or person's name followed by a name with nothing between them (责任人张三, 责任领导李四), then
   * the line's end, a space or ；: the name is {@code name}, to be checked as one ({@link
   * BracketNames#isName}).
   */
  static final Pattern GLUED_PERSON;

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
      if (name.length() >= SHORTEST_UNBOUNDED_NAME
          && byName.get(name) != Label.PROBLEM
          && !BOUNDED_NAMES.contains(name)) {
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
            + ")\\s*(?:[：:]|"
            + NUMBER_CLOSED
            + ")|("
            + NUMBERED_MEASURE
            + ")(?:\\s*[：:、]|(?<=[）)]))|"
            + SCHEDULE
            + ")\\s*";
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
    // a full-width space separates labels as a plain one does (人事处　完成时限 2025年…, 0296)
    BARE_LABEL =
        Pattern.compile(
            "(?:^|(?<=[；;\\s\\u3000]))(" + bare + ")[ \\t\\u3000]+(?=[^\\s\\u3000：:【\\[])");
    StringBuilder times = new StringBuilder();
    StringBuilder people = new StringBuilder();
    for (String name : all) {
      Label l = byName.get(name);
      StringBuilder into =
          l == Label.TIME_LIMIT ? times : l == Label.PERSON || l == Label.LEADER ? people : null;
      if (into != null) {
        into.append(into.length() == 0 ? "" : "|").append(Pattern.quote(name));
      }
    }
    DASHED_LABEL =
        Pattern.compile(
            "(?:^|(?<=[；;\\s\\u3000]))("
                + bare
                + ")[ \\t\\u3000]*"
                + DASH
                + "[ \\t\\u3000]*(?=[^\\s\\u3000：:—―─－–-])");
    GLUED_TIME_LIMIT =
        Pattern.compile(
            "(?:^|(?<=[；;\\s\\u3000]))("
                + times
                + ")(?=(?:19|20)[0-9]{2}\\s*(?:年|[-./])|"
                + DeadlineText.AT_ONCE
                + "|"
                + DeadlineText.KEPT_UP
                + ")");
    GLUED_PERSON =
        Pattern.compile(
            "(?:^|(?<=[；;\\s\\u3000]))("
                + people
                + ")(?<name>"
                + ResponsiblePeople.BARE_NAME.pattern()
                + ")(?=$|[；;\\s\\u3000]|。$)");
    SPACE_BEFORE_LABEL =
        Pattern.compile(
            "[ \\t\\u3000](?=(?:[【\\[](?:" + names + ")[】\\]]|(?:" + names + ")\\s*[：:]))");
  }

  private LabelNames() {}

  /**
   * Whether {@code text} is a label's name itself (完成时限), which is never a unit's or a person's.
   */
  static boolean isLabelName(String text) {
    return BY_NAME.containsKey(text);
  }

  static Label label(String name) {
    if (SCHEDULE_NAME.matcher(name).matches()) {
      return Label.TIME_LIMIT; // 进度安排：2024年10月底前 (0388)
    }
    return BY_NAME.getOrDefault(
        name, NUMBERED_MEASURE_NAME.matcher(name).matches() ? Label.MEASURE : Label.PROBLEM);
  }

  static String name(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("a label match without a name");
  }
}

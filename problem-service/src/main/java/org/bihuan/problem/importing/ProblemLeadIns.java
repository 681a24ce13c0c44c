package org.bihuan.problem.importing;

import java.util.regex.Pattern;

/**
 * A problem's text that opens with a short lead-in before a colon — how the finding was made (经查：,
 * 2023年度审计发现：, 群众反映：) or the area it is in (公务用车方面：, 财务管理：) — is titled by what follows the colon,
 * as a text opening with 问题：/巡察指出： is (0242, 0248); the description stays whole. A clause that
 * states the problem before its points (理论学习不深入：一是…) is no lead-in: it names the problem
 * (docs/decisions/0361). So is the area and the problem's place in it before a comma
 * (在落实中央八项规定精神方面，第1个问题表现为…, {@link ProblemAreas}, 0371).
 */
final class ProblemLeadIns {

  /** The longest lead-in, in characters before its colon. */
  private static final int LONGEST = 12;

  /** How a finding was made: 经查, 经核查, 据了解, 审计发现, 巡察组指出, 群众反映. */
  private static final Pattern FOUND =
      Pattern.compile(
          "(?:经|据)(?:查|核查|检查|调查|审计|查实|查明|了解|核实)" + "|[^，,。；;：:、]{0,10}(?:发现|指出|反映|查明|查实|显示)");

  /** The area a finding is in: 公务用车方面, 工程建设领域, 财务管理, 党建工作, 作风建设. */
  private static final Pattern AREA =
      Pattern.compile("\\p{IsHan}{1,10}(?:方面|领域)|\\p{IsHan}{2,8}(?:管理|工作|建设)");

  /** A source tag in square brackets before a problem's text: 【审计反馈】, 【巡察发现】, [群众反映]. */
  private static final Pattern SOURCE_TAG = Pattern.compile("[【\\[]\\p{IsHan}{2,8}[】\\]]\\s*");

  /**
   * 第一类问题 before a problem's text: its place among the kinds of problems, a label of the problem
   * but no plan's label (a self-examination's 第一类问题：… stays a self-examination).
   */
  private static final Pattern KIND_NUMBER = Pattern.compile("第[一二三四五六七八九十0-9]{1,3}类问题");

  /** What denies what should be: 不, 未, 没, 缺, 无 (不到位, 未落实, 缺失, 无比价). */
  private static final String DENIAL = "[不未没缺无]";

  /** What says a thing is weak or wrong: 差, 弱, 乱, 低, 慢 (履约率低, 基础薄弱, 进展慢). */
  private static final String WEAKNESS = "[差弱乱松软虚偏低少慢难]";

  /** Words that make a clause a problem's statement (管理不严, 工作滞后), not its area. */
  private static final Pattern STATES_PROBLEM =
      Pattern.compile("(?:" + DENIAL + "|" + WEAKNESS + ")|滞后");

  /**
   * The same words closing a clause, its predicate last: 落实不到位, 管理不规范, 制度缺失, 履约率低, 拨付滞后, 偏高 — at
   * most three characters after 不/未/没/缺/无 (未严格执行国家 goes on, docs/decisions/0405).
   */
  private static final Pattern ENDS_STATING_PROBLEM =
      Pattern.compile("(?:" + DENIAL + "\\p{IsHan}{1,3}|" + WEAKNESS + "|偏\\p{IsHan}|滞后)$");

  /** What a group's title ends with or holds (…方面, …领域, …存在的问题), never a problem's. */
  private static final Pattern GROUP_WORDS = Pattern.compile("方面|领域|问题$");

  private ProblemLeadIns() {}

  /**
   * Whether a title without a sentence end states a problem (落实意识形态工作责任制不到位, 财务管理不规范) rather than
   * naming the area of the problems under it (在推动高质量发展方面, 理论学习方面存在的问题), docs/decisions/0366.
   */
  static boolean statesProblem(String title) {
    String t = title.strip();
    return STATES_PROBLEM.matcher(t).find() && !GROUP_WORDS.matcher(t).find();
  }

  /**
   * Whether {@code line} ends with its problem's statement (档案管理不规范, 资金拨付滞后): a line that can end a
   * title, where a line ending 未严格执行国家 or 措施落实 leaves its sentence unfinished (0405).
   */
  static boolean endsStatingProblem(String line) {
    return ENDS_STATING_PROBLEM.matcher(line.strip()).find();
  }

  /**
   * {@code text} without its lead-in and colon, for its title; {@code text} itself when it opens
   * with none, or when what follows the colon is numbered points (公务用车方面：1.… / 一是…).
   */
  static String without(String text) {
    String t = text.strip();
    java.util.regex.Matcher tag = SOURCE_TAG.matcher(t);
    if (tag.lookingAt() && tag.end() < t.length()) {
      // 【审计反馈】公务接待超标准…: where the problem came from, kept in its description (0371)
      return without(t.substring(tag.end()));
    }
    String afterArea = ProblemAreas.after(t); // 在…方面，第1个问题表现为… (0371)
    if (afterArea != null) {
      return afterArea;
    }
    int colon = -1;
    for (int i = 0; i < t.length() && i <= LONGEST && colon < 0; i++) {
      char c = t.charAt(i);
      colon = c == '：' || c == ':' ? i : -1;
    }
    if (colon < 2) {
      return text;
    }
    String lead = t.substring(0, colon).strip();
    String rest = t.substring(colon + 1).strip();
    if (rest.isEmpty() || Numbering.of(rest) != null) {
      return text;
    }
    boolean leadIn =
        FOUND.matcher(lead).matches()
            // 第2个问题：, 问题三：, 第一类问题：: the problem's number as its label (0177, 0371)
            || LabelNames.NUMBERED_PROBLEM_NAME.matcher(lead).matches()
            || KIND_NUMBER.matcher(lead).matches()
            || (AREA.matcher(lead).matches() && !STATES_PROBLEM.matcher(lead).find());
    return leadIn ? rest : text;
  }
}

package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem cell that opens with a lead-in and lists its problems after it as numbered items
 * (经检查，存在以下问题：1.食堂台账登记不全；2.库房物资未定期盘点。): the lead-in only says that problems follow, so the problem
 * is titled by its first item, as a cell of items without a lead-in is (0171), and never by the
 * lead-in (docs/decisions/0264).
 *
 * <p>A lead-in ends in a colon and its last clause hands over to what follows (存在以下问题, 发现如下问题,
 * 检查发现, 主要问题有). A sentence that states the problem before the points describing it (理论学习不深入，主要表现在：)
 * is not one: it names the problem itself.
 *
 * <p>A clause that hands over to measures the same way — 整改措施如下：, 采取以下整改措施：, 主要采取以下措施：, 措施如下： — is
 * their label ({@link #asMeasureLabel}): after 以上问题 it opens the measure those problems share
 * ({@link ProblemsAbove}, docs/decisions/0292).
 */
final class LeadIns {

  /** A clause that says only that problems follow: 存在以下问题, 问题如下, 检查发现, 存在的问题主要有. */
  private static final Pattern HANDS_OVER =
      Pattern.compile("以下|如下|下列|(?:问题|不足|发现|查出|指出)(?:主要)?(?:有|是)?$");

  /**
   * 采取以下整改措施：, 整改措施如下：, 主要采取以下措施：, 制定如下整改措施：, 措施为：, 我们采取以下措施：: the measures that follow, without a
   * label of their own. A label with a qualifier (整改措施及时限：) is not one.
   */
  private static final Pattern MEASURES_FOLLOW =
      Pattern.compile(
          "^(?:(?:我们|我局|我委|我办|我单位|本单位|班子|党组|党委)?(?:主要|拟|将|要|须|需|应)?(?:采取|制定|落实|实施|提出|明确)了?)?(?:以下|如下|下列)?的?(?:具体)?"
              + "(?:整改)?(?:措施|举措)(?:如下|是|为|有|主要有|主要是)?\s*[：:]");

  /** The lead-in and the numbered items after it. */
  record Items(String lead, List<String> items) {}

  private LeadIns() {}

  /**
   * {@code text} with a lead-in that hands over to measures at its start written as their label
   * (采取以下整改措施：1.… → 整改措施：1.…); {@code text} itself when it opens with none.
   */
  static String asMeasureLabel(String text) {
    Matcher m = MEASURES_FOLLOW.matcher(text);
    return m.lookingAt() ? "整改措施：" + text.substring(m.end()) : text;
  }

  /** The lead-in of {@code text} and its items, or null when it opens with no lead-in. */
  static Items of(String text) {
    Enumeration.Items found = Enumeration.of(text);
    if (found == null || !found.lead().matches("(?s).*\\S.*[：:]")) {
      return null;
    }
    String said = found.lead().strip().replaceFirst("[：:]$", "");
    String[] clauses = said.split("[，,；;。]");
    String last = clauses.length == 0 ? "" : clauses[clauses.length - 1].strip();
    if (last.isEmpty() || !HANDS_OVER.matcher(last).find()) {
      return null;
    }
    return new Items(found.lead().strip(), found.items());
  }
}

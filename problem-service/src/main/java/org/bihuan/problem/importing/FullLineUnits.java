package org.bihuan.problem.importing;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a PDF cell's line that filled the cell's room and is a unit's name alone ends that unit,
 * the next line beginning another (docs/decisions/0329, 0339). Such a line looks the same whether
 * the author ended the paragraph there or the column wrapped a longer name there, so it ends the
 * unit only where the name below is not one the unit above holds:
 *
 * <ul>
 *   <li>a section (科, 股) holds no unit: 政务服务科 / 综合执法大队 are two (0329);
 *   <li>an office (室), a group (组) or a team below a 大队 (队) holds none either: 党政办公室 / 综合执法大队,
 *       纪检监察室 / 财务科, 支部学习小组 / 办公室 are two — but a 领导小组 holds its 办公室 (防汛领导小组 / 办公室 is one);
 *   <li>a 大队 or 支队, a 所, 站 or 馆 holds the units below its rank (执法大队 / 一中队, 财政所 / 办公室 are one), not
 *       one of its rank or above (农技服务站 / 财政所, 图书馆 / 文化站 are two) — a 科 is of that rank, a bureau's
 *       section, not theirs (司法所 / 财务科 are two, 0346); a 院 holds every unit but a bureau's or a 院's
 *       rank (人民医院 / 办公室 is one, 人民医院 / 卫健局 two);
 *   <li>a court or a procuratorate (法院, 检察院) ranks above a bureau and holds its own: 人民法院 / 执行局 is
 *       one (0346); a bureau of the government is its peer, not its part: 人民法院 / 公安局 are two
 *       (0358).
 * </ul>
 *
 * The name below must not begin with a character that goes on with the last one above as a word
 * (市委组 / 织部 is 市委组织部). A line ending otherwise (局, 委, 办, 中心, 处…) runs on, as 0326 decided: a bureau
 * holds the units below it (市场监督管理局 / 执法大队 is one unit).
 */
final class FullLineUnits {

  private FullLineUnits() {}

  /** The ends of the names a full line may end: a section, an office, a group, a team… */
  private static final Pattern ENDS = Pattern.compile("[科股室组队所站院馆]$");

  /** Words a unit's last character begins, which a wrapped name goes on with (科技, 组织, 队伍). */
  private static final Set<String> WORDS =
      Set.of(
          "科技", "科学", "科研", "科普", "科协", "科室", "科教", "科级", "科目", "股份", "股东", "股室", "室内", "室外", "组织",
          "组建", "组成", "组合", "组团", "队伍", "队员", "所属", "所有", "所在", "所得", "站点", "站所", "院校", "院士", "院系",
          "院所", "馆藏", "馆员", "馆所");

  /** Ranks by a name's end, longest end first: a unit holds only units of a lower rank. */
  private static final Map<String, Integer> RANKS =
      Map.ofEntries(
          Map.entry("法院", 4),
          Map.entry("检察院", 4),
          Map.entry("领导小组", 3),
          Map.entry("委员会", 3),
          Map.entry("大队", 2),
          Map.entry("支队", 2),
          Map.entry("中心", 2),
          Map.entry("局", 3),
          Map.entry("委", 3),
          Map.entry("院", 3),
          Map.entry("厅", 3),
          Map.entry("部", 3),
          Map.entry("办", 3),
          Map.entry("处", 2),
          Map.entry("所", 2),
          Map.entry("站", 2),
          Map.entry("馆", 2),
          Map.entry("校", 2),
          Map.entry("会", 2),
          Map.entry("司", 2),
          Map.entry("科", 2));

  /** A section holds no unit, whatever its rank: 财务科 / 办公室 are two. */
  private static final Pattern SECTION = Pattern.compile("[科股]$");

  /** Whether a full line that reads {@code text} may end a unit (for the next line to settle). */
  static boolean mayEnd(String text) {
    return ENDS.matcher(text).find();
  }

  /**
   * Whether the full line {@code above} (a unit's name alone) ends its unit, {@code below} (a
   * unit's name alone, the bracket after either taken off) beginning the next.
   */
  static boolean ends(String above, String below) {
    if (!mayEnd(above) || below.isEmpty() || goesOn(above, below)) {
      return false;
    }
    return SECTION.matcher(above).find()
        || rank(below) >= rank(above)
        || (rank(above) == COURT && below.endsWith("局") && !COURTS_OWN.matcher(below).find());
  }

  /**
   * Whether {@code below} goes on the unit {@code above} as a line an author broke inside one name
   * (docs/decisions/0431): the two make a word (科 / 技教育科), or above is no section and ranks above
   * the unit below, which it then holds (市场监督管理局 / 执法稽查科 is one unit; 资产管理科 / 财务科, 办公室 / 财务科, 财政局 /
   * 审计局 are two).
   */
  static boolean holds(String above, String below) {
    if (above.isEmpty() || below.isEmpty()) {
      return false;
    }
    return goesOn(above, below)
        || (!SECTION.matcher(above).find()
            && rank(below) < rank(above)
            && !(rank(above) == COURT && !COURTS_OWN.matcher(below).find()));
  }

  /** The rank of a court or a procuratorate. */
  private static final int COURT = 4;

  /**
   * The bureaus a court or a procuratorate has inside it (执行局; the former 反贪局 and 反渎局); any other
   * bureau (公安局, 司法局) is an organ of the government beside it (0358).
   */
  private static final Pattern COURTS_OWN = Pattern.compile("(?:执行|反贪|反贪污贿赂|反渎|反渎职侵权)局$");

  /**
   * A name's rank by its end; 1 for a 股, an office, a group, a team below a 大队. A 科 ranks with a 所,
   * 站 or 大队 (a bureau's section, not a part of them), a court or a procuratorate above a bureau
   * (its 执行局).
   */
  private static int rank(String name) {
    for (int length = 4; length >= 1; length--) {
      if (name.length() >= length) {
        Integer r = RANKS.get(name.substring(name.length() - length));
        if (r != null) {
          return r;
        }
      }
    }
    return 1;
  }

  /** Whether the last character above and the first below make a word (科 / 技教育科). */
  private static boolean goesOn(String above, String below) {
    return WORDS.contains(above.substring(above.length() - 1) + below.charAt(0));
  }
}

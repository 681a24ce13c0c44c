package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerations inside running text: 一是…；二是…；三是… (or 第一，… 其一，…), （1）…（2）…, ①…②…, 1.…2.… or 1.1…1.2…
 * after a sentence end. A family counts only as a run 1, 2, 3… that starts at 1 and has at least
 * two items, so a stray （2） or 统一是 in a sentence splits nothing. When several families occur, the
 * one that starts first is the outer one (its items keep any inner enumeration as text).
 */
final class Enumeration {

  /** The items, and the text before the first one (an introduction such as 具体措施如下：). */
  record Items(String lead, List<String> items) {}

  private static final String BOUNDARY = "(?:^|(?<=[。；;，,：:！!？?\\s]))";
  private static final Pattern[] FAMILIES = {
    Pattern.compile(BOUNDARY + "([一二三四五六七八九十]{1,3})是"),
    // 第一，…；第二，… and 其一，…；其二，…: points as 一是 二是 are (0299)
    Pattern.compile(BOUNDARY + "第([一二三四五六七八九十]{1,3})(?=[，,：:、])"),
    Pattern.compile(BOUNDARY + "其([一二三四五六七八九十]{1,3})(?=[，,：:、])"),
    // 首先，…其次，…再次，…最后，…: points as they are on lines of their own (OrdinalPoints, 0371)
    Pattern.compile(BOUNDARY + "(" + OrdinalPoints.WORD + ")(?=[，,：:、])"),
    Pattern.compile("[（(]\\s*(\\d{1,2})\\s*[）)]"),
    Pattern.compile("([\\u2460-\\u2473])"),
    Pattern.compile("([\\u2474-\\u2487])"),
    Pattern.compile(BOUNDARY + "(\\d{1,2})[.．、]" + Numbering.AFTER_STOP),
    Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)]"),
    // 1.1 … 1.2 …: decimal points, counted by their last part; never a quantity (2.5万元) (0262)
    Pattern.compile(
        BOUNDARY
            + "\\d{1,2}[.．](\\d{1,2})(?![\\d.．%％‰万亿千百元角倍名天年月日号时分秒周米吨亩户份批余多前后"
            + Numbering.COUNTER_WORDS
            + "])"),
  };

  private Enumeration() {}

  /** The items of the outermost enumeration of {@code text}, or null when it has none. */
  static Items of(String text) {
    int[] best = null;
    for (Pattern family : FAMILIES) {
      int[] run = run(family, text);
      if (run != null && (best == null || run[0] < best[0])) {
        best = run;
      }
    }
    if (best == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < best.length; i += 2) {
      int end = i + 2 < best.length ? best[i + 2] : text.length();
      items.add(tidy(text.substring(best[i + 1], end)));
    }
    return new Items(tidy(text.substring(0, best[0])), items);
  }

  /**
   * Start and text-start offsets of the run's markers: [start1, after1, start2, after2, …]; null
   * when the family does not enumerate at least 1, 2.
   */
  private static int[] run(Pattern family, String text) {
    Matcher m = family.matcher(text);
    List<Integer> offsets = new ArrayList<>();
    int expected = 1;
    while (m.find()) {
      // 首先，其次，(再次，)最后，: in their order as OrdinalPoints reads them, 最后 ending the run
      String marker = m.group(1);
      boolean ordinal = OrdinalPoints.isWord(marker);
      if (ordinal ? OrdinalPoints.goesOn(marker, expected - 1) : number(marker) == expected) {
        offsets.add(m.start());
        offsets.add(m.end());
        expected++;
        if (ordinal && OrdinalPoints.ends(marker)) {
          break;
        }
      }
    }
    if (expected <= 2) {
      return null;
    }
    return offsets.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The last of the points 一是…二是… that run on from point {@code first} in {@code text} (a line
   * starting with 一是 that also holds 二是 and 三是 ends on 3); {@code first} when none follows.
   */
  static int lastPoint(String text, int first) {
    int most = first;
    for (int f = 0; f < POINT_FAMILIES; f++) {
      Matcher m = FAMILIES[f].matcher(text);
      int last = first;
      while (m.find()) {
        if (number(m.group(1)) == last + 1) {
          last++;
        }
      }
      most = Math.max(most, last);
    }
    return most;
  }

  /** The families of points, first in {@link #FAMILIES}: 一是, 第一，, 其一，. */
  private static final int POINT_FAMILIES = 3;

  private static int number(String marker) {
    char c = marker.charAt(0);
    if (c >= '0' && c <= '9') {
      return Integer.parseInt(marker);
    }
    if (c >= '\u2460' && c <= '\u2473') {
      return c - '\u2460' + 1;
    }
    if (c >= '\u2474' && c <= '\u2487') {
      return c - '\u2474' + 1;
    }
    return Numbering.chineseNumber(marker);
  }

  private static String tidy(String item) {
    return item.strip().replaceAll("^[：:，,、.．\\s]+", "").replaceAll("[；;，,、\\s]+$", "").strip();
  }
}

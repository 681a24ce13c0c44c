package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An item numbered unlike the list it stands in: 1. then ⑵ then 3. A lone line numbered k in one
 * style, after an item numbered k-1 in another style and before the next item of that style (which
 * is numbered k+1, or there is none), with no other line of its own style in between, and whose
 * style ranks deeper than the list's, is that list's item k: it takes the list's rank, so it is a
 * sibling of 1. and 3. and never a point nested under 1. (docs/decisions/0251). A list of points (⑴
 * ⑵ under 1.) always has a first line numbered 1 of its own style, so it is never read so.
 */
final class MixedNumbering {

  /** How far back the item before it is looked for, in lines: reading stays linear. */
  private static final int LOOK_BACK = 400;

  private MixedNumbering() {}

  /**
   * Replaces the numbering of each such line with one at the list's rank; returns the indexes of
   * the lines changed.
   */
  static List<Integer> mark(List<Numbering> numbering) {
    List<Integer> changed = new ArrayList<>();
    int size = numbering.size();
    // for each style, the index of the last line numbered in it
    Map<String, Integer> lastOfStyle = new HashMap<>();
    List<String> styles = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Numbering n = numbering.get(i);
      styles.add(n == null ? null : style(n));
    }
    // the next line of each style after each index is found by a backward pass
    Map<String, Integer> nextOfStyle = new HashMap<>();
    int[] nextSame = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      String s = styles.get(i);
      nextSame[i] = s == null ? -1 : nextOfStyle.getOrDefault(s, -1);
      if (s != null) {
        nextOfStyle.put(s, i);
      }
    }
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      String s = styles.get(i);
      if (n == null) {
        continue;
      }
      Integer ownBefore = lastOfStyle.get(s);
      lastOfStyle.put(s, i);
      boolean continuesOwn =
          ownBefore != null && numbering.get(ownBefore).number() == n.number() - 1;
      if (n.number() < 2 || n.rank() <= Numbering.CHINESE_IN_PARENTHESES || continuesOwn) {
        continue;
      }
      // the nearest line before it numbered k-1 in another style of an item's rank
      int p = -1;
      for (int j = i - 1;
          j >= Math.max(0, i - LOOK_BACK) && (ownBefore == null || j > ownBefore);
          j--) {
        Numbering m = numbering.get(j);
        if (m != null
            && m.rank() < Numbering.POINT
            && m.rank() > Numbering.CHINESE_IN_PARENTHESES
            && !styles.get(j).equals(s)
            && m.number() == n.number() - 1) {
          p = j;
          break;
        }
      }
      if (p < 0 || numbering.get(p).rank() >= n.rank()) {
        continue;
      }
      Numbering list = numbering.get(p);
      int q = nextSame[p];
      while (q >= 0 && q < i) {
        q = nextSame[q];
      }
      int ownAfter = nextSame[i];
      boolean continues = q < 0 || numbering.get(q).number() == n.number() + 1;
      boolean alone = ownAfter < 0 || (q >= 0 && ownAfter > q);
      if (continues && alone && (q >= 0 || ownAfter < 0)) {
        numbering.set(i, new Numbering(list.rank(), n.number(), n.marker(), n.text()));
        changed.add(i);
      }
    }
    return changed;
  }

  /** The rank and the marker's form without its digits: 1. and 12. alike, 1. and ⑴ not. */
  static String style(Numbering n) {
    String shape =
        n.marker()
            .strip()
            .replaceAll("[0-9０-９一二三四五六七八九十百零〇两\\u2460-\\u249B\\u3220-\\u3229\\u2160-\\u216B]+", "#")
            .replaceAll("\\s+", "");
    return n.rank() + shape;
  }

  /** Chinese numerals in a marker: 一、 （二） 三. */
  private static final java.util.regex.Pattern CHINESE_DIGITS =
      java.util.regex.Pattern.compile("[一二三四五六七八九十]");

  /**
   * Whether {@code n}, ranked deeper than the heading {@code above} just before it, goes on with
   * {@code above}'s sequence in another style of brackets: 一、 then （二） — the next number, in the
   * same numerals. A list of points under 一、 starts at （一）, so （二） right under 一、 is the second of
   * 一's siblings written another way (docs/decisions/0377, as 0251 reads lines).
   */
  static boolean continuesSequence(Numbering above, Numbering n) {
    return above.rank() < n.rank()
        && n.number() == above.number() + 1
        && CHINESE_DIGITS.matcher(above.marker()).find()
            == CHINESE_DIGITS.matcher(n.marker()).find()
        && n.rank() < Numbering.POINT;
  }
}

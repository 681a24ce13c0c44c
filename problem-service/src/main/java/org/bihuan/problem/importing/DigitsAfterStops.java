package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items whose text begins with a digit right after the number's stop: 2、3个二级单位未编制…, 2.3个…,
 * 3.5.6万元结余资金…. On its own such a start is a date or an amount (2024.5.31, 3.5万元), so {@link
 * Numbering#of} does not take it; inside a list of items numbered 1、 2、 3、 (or 1. 2. 3.) it is the
 * missing item: it counts as item n, ranked as 1. 2. are, when the item of that list before it is
 * n−1 or the one after it is n+1, with the same stop, or, numbered 1, it stands right under a
 * group's heading in a document whose other lists begin 1 with that stop — and no later item of the
 * list is numbered n (then the line is a wrapped part of the item before, as 3.5万元… at a line's
 * start after item 2 is when item 3 follows). Nor is a decimal amount that a line wrapped (…2023年度有
 * / 1.5亿元资金未按期拨付。): {@link DecimalAmounts}. Nor is the number of the item above repeated where its
 * text wrapped (3、…涉及老城区 / 3、4号地块…, docs/decisions/0362).
 */
final class DigitsAfterStops {

  /** A number of up to six digits, its stop, and a digit at once. */
  private static final Pattern START = Pattern.compile("^(\\d{1,6})\\s*([.．、])(?=\\d)");

  /**
   * A decimal number of two parts that a unit or count word follows at once (2.3个别…, 1.5倍…), which
   * {@link Numbering#of} reads as a quantity.
   */
  private static final Pattern DECIMAL_START =
      Pattern.compile("^(\\d{1,2})[.．](\\d{1,2})(?=[^\\s\\d.．%％‰])");

  private DigitsAfterStops() {}

  /**
   * Sets the numbering of such lines where the list around them makes them items; returns their
   * indexes, in order.
   */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> marked = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < lines.size(); i++) {
        ReadingTime.check();
        if (numbering.get(i) != null) {
          continue;
        }
        if (DecimalAmounts.continues(lines, numbering, i)) {
          continue; // …2023年度有 / 1.5亿元…: an amount the line break cut off (0361)
        }
        if (decimalItem(lines, numbering, i)) {
          marked.add(i);
          changed = true;
          continue;
        }
        Matcher m = START.matcher(lines.get(i));
        if (!m.find()) {
          continue;
        }
        int n = Integer.parseInt(m.group(1));
        char stop = m.group(2).charAt(0);
        Numbering before = sibling(lines, numbering, i, -1);
        Numbering after = sibling(lines, numbering, i, +1);
        if (ownNumberAtWrap(lines, numbering, i, before, n, stop)) {
          continue; // 3、…城区 / 3、4号地块…: a phrase of item 3's text (0362)
        }
        boolean fits =
            (continues(before, stop) && before.number() == n - 1)
                || (continues(after, stop) && after.number() == n + 1)
                || (n == 1 && firstUnderHeading(numbering, i) && listsSo(numbering, stop));
        if (n > 0 && fits && !laterItem(lines, numbering, i, n, stop)) {
          numbering.set(
              i,
              new Numbering(
                  Numbering.ARABIC,
                  n,
                  lines.get(i).substring(0, m.end()),
                  lines.get(i).substring(m.end())));
          marked.add(i);
          changed = true;
        }
      }
    }
    marked.sort(null);
    return marked;
  }

  /**
   * Lines that start with a number, 、 and a digit (2、4个年级…) and were not read as items: 、 closes no
   * amount or date, so such a line is never joined to the line before without a word in the dry
   * run.
   */
  static List<Integer> unplaced(List<String> lines, List<Numbering> numbering) {
    List<Integer> unplaced = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = START.matcher(lines.get(i));
      if (numbering.get(i) == null
          && m.find()
          && m.group(2).equals("、")
          && !repeatsOwnNumber(lines, numbering, i)) {
        unplaced.add(i);
      }
    }
    return unplaced;
  }

  /** Lines that repeat the number of the item they stand in where its text wrapped (3、4号地块…). */
  static List<Integer> repeated(List<String> lines, List<Numbering> numbering) {
    List<Integer> repeated = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (numbering.get(i) == null && repeatsOwnNumber(lines, numbering, i)) {
        repeated.add(i);
      }
    }
    return repeated;
  }

  private static boolean repeatsOwnNumber(List<String> lines, List<Numbering> numbering, int i) {
    Matcher m = START.matcher(lines.get(i));
    return m.find()
        && ownNumberAtWrap(
            lines,
            numbering,
            i,
            sibling(lines, numbering, i, -1),
            Integer.parseInt(m.group(1)),
            m.group(2).charAt(0));
  }

  /**
   * Whether line {@code i}, a decimal number N.M that a unit word follows (2.3个别…), is item N.M of
   * a decimal list: the decimal number nearest before it is N.(M−1) or the one after it N.(M+1),
   * and no later line of that list is numbered N.M. Sets its numbering to its siblings' rank.
   */
  private static boolean decimalItem(List<String> lines, List<Numbering> numbering, int i) {
    Matcher m = DECIMAL_START.matcher(lines.get(i));
    if (!m.find()) {
      return false;
    }
    int head = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(2));
    Numbering sibling = null;
    for (int step = -1; step <= 1 && sibling == null; step += 2) {
      Numbering near = nearest(numbering, i, step);
      if (near != null
          && Numbering.decimalDepth(near) == 2
          && !Numbering.dashed(near)
          && Numbering.decimalHead(near) == head
          && near.number() == n + step) {
        sibling = near;
      }
    }
    if (sibling == null || n <= 0) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      Numbering later = numbering.get(j);
      if (later != null && later.rank() < sibling.rank()) {
        break;
      }
      if (later != null
          && Numbering.decimalDepth(later) == 2
          && Numbering.decimalHead(later) == head
          && later.number() == n) {
        return false;
      }
    }
    numbering.set(
        i,
        new Numbering(
            sibling.rank(),
            n,
            lines.get(i).substring(0, m.end()),
            lines.get(i).substring(m.end())));
    return true;
  }

  /** The nearest numbered line before ({@code step} −1) or after (+1) line {@code i}. */
  private static Numbering nearest(List<Numbering> numbering, int i, int step) {
    for (int j = i + step; j >= 0 && j < numbering.size(); j += step) {
      if (numbering.get(j) != null) {
        return numbering.get(j);
      }
    }
    return null;
  }

  /**
   * Whether an item numbered so continues a list whose next item is closed by {@code stop}: the
   * same stop, or any arabic number's stop where the line's is 、 (1. then 2、4个年级…: after 、 a digit
   * opens no amount or date).
   */
  private static boolean continues(Numbering n, char stop) {
    return sameStop(n, stop) || (stop == '、' && sameStop(n, '.'));
  }

  /**
   * The nearest item ranked as 1. 2. are before ({@code step} −1) or after (+1) line {@code i},
   * over unnumbered lines and deeper items; null where a higher item (一、 （一）) comes first.
   */
  private static Numbering sibling(List<String> lines, List<Numbering> numbering, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      Numbering n = numbering.get(j);
      if (n == null) {
        continue;
      }
      if (n.rank() < Numbering.ARABIC) {
        return null;
      }
      if (n.rank() == Numbering.ARABIC) {
        return n;
      }
    }
    return null;
  }

  /**
   * Whether line {@code i} repeats the number of the item it stands in (3、…涉及老城区 / 3、4号地块…) right
   * after a line of that item's text that runs on: a phrase the wrap put at the line's start
   * (3、4号), never the same item again.
   */
  private static boolean ownNumberAtWrap(
      List<String> lines, List<Numbering> numbering, int i, Numbering before, int n, char stop) {
    if (before == null || before.number() != n || !continues(before, stop)) {
      return false;
    }
    String above = SentenceEnds.textBefore(lines, numbering, i);
    return above != null && SentenceEnds.textRunsOn(above);
  }

  /** Whether the line stands right under a higher item (一、 （一）), as a group's first item does. */
  private static boolean firstUnderHeading(List<Numbering> numbering, int i) {
    return i > 0 && numbering.get(i - 1) != null && numbering.get(i - 1).rank() < Numbering.ARABIC;
  }

  /** Whether another list of the document begins with 1 closed by {@code stop}. */
  private static boolean listsSo(List<Numbering> numbering, char stop) {
    return numbering.stream()
        .anyMatch(
            n -> n != null && n.rank() == Numbering.ARABIC && n.number() == 1 && sameStop(n, stop));
  }

  /** Whether a later item of the same list is numbered {@code n} with the same stop. */
  private static boolean laterItem(
      List<String> lines, List<Numbering> numbering, int i, int n, char stop) {
    for (int j = i + 1; j < lines.size(); j++) {
      Numbering later = numbering.get(j);
      if (later == null) {
        continue;
      }
      if (later.rank() < Numbering.ARABIC) {
        return false;
      }
      if (later.rank() == Numbering.ARABIC && later.number() == n && sameStop(later, stop)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an item is an arabic number closed by {@code stop} (. and ． alike). */
  private static boolean sameStop(Numbering n, char stop) {
    if (n == null) {
      return false;
    }
    String marker = n.marker().strip();
    if (marker.isEmpty() || !Character.isDigit(marker.charAt(0))) {
      return false;
    }
    char own = marker.charAt(marker.length() - 1);
    return own == stop || (own != '、' && stop != '、' && (own == '.' || own == '．'));
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal outline: 1 指导思想 / 2 问题及整改措施 / 2.1 预算管理方面 / 2.1.1 …, or 六、 / 6.1. / 6.1.1. ({@link
 * Numbering} ranks 2.1 as （一） and 2.1.1 as 1.). Its whole numbers are the sections above them: a
 * line numbered N (N, N., N、 or, as a PDF writes it, N and the heading at once) that the decimal
 * numbers N.1 … follow, and the lines numbered on from such a line or up to it (1 指导思想 before 2, 3
 * 工作要求 after it), each a heading (short, no sentence stop, no label). They take the rank of 一、 (of
 * （一） when the document has 一、 headings, the decimal numbers one rank deeper). Where the decimal
 * numbers go only one part deep under items numbered 1. 2. (1.学习不深入 / 1.1 … / 1.2 …), they are that
 * item's points, as （1）（2） are. A decimal number no other line shares its first part with is a
 * number in the text (2.5 …), not numbering (0262) — unless it is the N.1 of a section where other
 * sections are numbered so (0281) or a dashed number (1-1, read as 1.1) where others are (0285);
 * decimal numbers under a heading and no whole number are its items ({@link DecimalItems}).
 */
final class DecimalNumbering {

  /** A whole number heading a decimal outline's section: 2 问题…, 2.问题…, 2、问题…, 2问题… */
  private static final Pattern WHOLE =
      Pattern.compile(
          "^(\\d{1,2})(?:[.．、]|[ \\t\\u3000]+)?[ \\t\\u3000]*"
              + "(?![\\s\\d.．,，:：%％‰万亿千百元角倍名天年月日号时分秒周米吨亩户份批余多前后"
              + Numbering.COUNTER_WORDS
              + "])(?=\\S)");

  private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?]");

  /** The longest heading a whole number may carry. */
  private static final int HEADING = 30;

  private DecimalNumbering() {}

  static void mark(List<String> lines, List<Numbering> numbering) {
    int size = lines.size();
    List<Integer> decimals = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      if (Numbering.decimalDepth(numbering.get(i)) > 0) {
        decimals.add(i);
      }
    }
    if (decimals.isEmpty()) {
      return;
    }
    // a lone 2.5 … shares its first part with no other decimal number: text, not numbering
    java.util.Map<Integer, Integer> heads = new java.util.HashMap<>();
    for (int i : decimals) {
      heads.merge(Numbering.decimalHead(numbering.get(i)), 1, Integer::sum);
    }
    // … unless it is the first of its section where other sections number so (2.1 alone after
    // 1.1 and 1.2, 0281), or dashed where others are (3-2 after 1-1 and 1-2 is an item whose
    // group's number is checked, never text, 0285)
    // — or dashed under the group whose number is its first part (1-2 under （一）, 2-1 alone under
    // （二）: items, never text, 0291)
    boolean outline = heads.values().stream().anyMatch(count -> count > 1);
    List<Integer> kept = new ArrayList<>();
    for (int i : decimals) {
      if (heads.get(Numbering.decimalHead(numbering.get(i))) > 1
          || (outline && numbering.get(i).number() == 1)
          || (outline && Numbering.dashed(numbering.get(i)))
          || (Numbering.dashed(numbering.get(i)) && underItsGroup(numbering, i))) {
        kept.add(i);
      } else {
        numbering.set(i, null);
      }
    }
    if (kept.isEmpty()) {
      return;
    }
    int deepest = 0;
    for (int i : kept) {
      deepest = Math.max(deepest, Numbering.decimalDepth(numbering.get(i)));
    }
    boolean chineseHeadings = false;
    for (Numbering n : numbering) {
      chineseHeadings |= n != null && n.rank() == Numbering.CHINESE;
    }
    // 1.学习不深入 / 1.1 … / 1.2 …: decimal numbers one part deep under items numbered 1. 2. are
    // the item's points, as （1）（2） are
    if (deepest == 2 && underItems(numbering, kept)) {
      for (int i : kept) {
        Numbering n = numbering.get(i);
        numbering.set(
            i, new Numbering(Numbering.ARABIC_IN_PARENTHESES, n.number(), n.marker(), n.text()));
      }
      return;
    }
    // the whole-number headings: candidates, then those a decimal number follows
    int[] whole = new int[size];
    java.util.Arrays.fill(whole, -1);
    for (int i = 0; i < size; i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n != null && !isItem(n)) {
        continue;
      }
      Matcher m = WHOLE.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      String heading = lines.get(i).substring(m.end()).strip();
      if (heading.length() > HEADING
          || SENTENCE.matcher(heading).find()
          || !Labels.find(heading).labels().isEmpty()) {
        continue;
      }
      whole[i] = Integer.parseInt(m.group(1));
    }
    boolean[] section = new boolean[size];
    int next = 0; // index into kept of the first decimal number after i
    int sections = 0;
    for (int i = 0; i < size; i++) {
      while (next < kept.size() && kept.get(next) <= i) {
        next++;
      }
      if (whole[i] > 0
          && next < kept.size()
          && Numbering.decimalHead(numbering.get(kept.get(next))) == whole[i]) {
        section[i] = true;
        sections++;
      }
    }
    if (sections == 0) {
      // 六、 / 6.1. / 6.1.1.: the decimal numbers keep the ranks of their depth, unless that puts
      // them beside the heading they follow (（一）预算管理方面 / 1.1 … / 1.2 …)
      DecimalItems.belowHeadings(numbering, kept);
      return;
    }
    // the whole numbers numbered on from a section heading, or up to one, are headings too
    int last = -1;
    for (int i = 0; i < size; i++) {
      if (section[i]) {
        last = i;
      } else if (whole[i] > 0 && last >= 0 && whole[i] == whole[last] + 1) {
        section[i] = true;
        last = i;
      }
    }
    int following = -1;
    for (int i = size - 1; i >= 0; i--) {
      if (section[i]) {
        following = i;
      } else if (whole[i] > 0 && following >= 0 && whole[i] == whole[following] - 1) {
        section[i] = true;
        following = i;
      }
    }
    int top = chineseHeadings ? Numbering.CHINESE_IN_PARENTHESES : Numbering.CHINESE;
    for (int i = 0; i < size; i++) {
      if (section[i]) {
        Matcher m = WHOLE.matcher(lines.get(i));
        m.find();
        numbering.set(
            i,
            new Numbering(
                top,
                whole[i],
                lines.get(i).substring(0, m.end()),
                lines.get(i).substring(m.end())));
      }
    }
    for (int i : kept) {
      Numbering n = numbering.get(i);
      int rank = Math.min(top + Numbering.decimalDepth(n) - 1, Numbering.CIRCLED);
      numbering.set(i, new Numbering(rank, n.number(), n.marker(), n.text()));
    }
  }

  /**
   * Whether the nearest group heading above line {@code i} (一、 or （一）; items and points between are
   * passed over) has the number the first part of line {@code i}'s number names.
   */
  private static boolean underItsGroup(List<Numbering> numbering, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Numbering n = numbering.get(j);
      if (n != null
          && Numbering.decimalDepth(n) == 0
          && n.rank() <= Numbering.CHINESE_IN_PARENTHESES) {
        return n.number() == Numbering.decimalHead(numbering.get(i));
      }
    }
    return false;
  }

  /** 1. 2. (not 2.1, not 第1号): an item's number that a decimal number may continue. */
  private static boolean isItem(Numbering n) {
    return n.rank() == Numbering.ARABIC
        && Numbering.decimalDepth(n) == 0
        && Character.isDigit(n.marker().charAt(0));
  }

  /** Whether the first decimal number after some item 1. 2. continues that item's number. */
  private static boolean underItems(List<Numbering> numbering, List<Integer> kept) {
    int next = 0;
    for (int i = 0; i < numbering.size() && next < kept.size(); i++) {
      while (next < kept.size() && kept.get(next) <= i) {
        next++;
      }
      Numbering n = numbering.get(i);
      if (n != null
          && isItem(n)
          && next < kept.size()
          && Numbering.decimalHead(numbering.get(kept.get(next))) == n.number()) {
        return true;
      }
    }
    return false;
  }
}

package org.bihuan.problem.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbering levels decided by the document's nesting where it contradicts the fixed ranks of {@link
 * Numbering}: （1）党建工作方面 then 1.… 2.… then （2）财务管理方面 then 1.… 2.… — a style the fixed ranks put
 * below another (（1） below 1.) that comes first and encloses it, its heading followed at once by an
 * item 1 of the other style, is the level above it: the groups, as 一、 is (0272). The two styles
 * change ranks, everywhere in the document, when it shows that nesting at least once and never the
 * fixed one (an item 1 of the deeper style right under a line of the other, 1.问题 then （1）…). Only
 * item styles (1. （1） ①, not 一、 （一） or 一是) are compared.
 */
final class EnclosingNumbering {

  /** How long a line read as a group heading may be, its number aside. */
  private static final int HEADING_MAX = 40;

  private EnclosingNumbering() {}

  /**
   * Gives the styles that enclose the styles ranked above them the rank of those, and those the
   * rank they had; returns whether any line changed.
   */
  static boolean mark(List<String> lines, List<Numbering> numbering) {
    // per pair "outer|inner" of styles: how often outer encloses inner, and the fixed nesting seen
    Map<String, Integer> enclosing = new HashMap<>();
    Map<String, Boolean> fixed = new HashMap<>();
    Map<String, Integer> rankOf = new HashMap<>();
    Numbering previous = null;
    for (int i = 0; i < numbering.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n == null) {
        if (!lines.get(i).isBlank()) {
          previous = null; // a text line between them: no heading directly above an item
        }
        continue;
      }
      if (isItem(n)) {
        rankOf.putIfAbsent(MixedNumbering.style(n), n.rank());
      }
      if (previous != null && isItem(n) && isItem(previous) && n.number() == 1) {
        String outer = MixedNumbering.style(previous);
        String inner = MixedNumbering.style(n);
        if (previous.rank() > n.rank() && heading(previous)) {
          enclosing.merge(outer + "|" + inner, 1, Integer::sum);
        } else if (previous.rank() < n.rank()) {
          fixed.put(outer + "|" + inner, true);
        }
      }
      previous = n;
    }
    Map<String, Integer> newRank = new HashMap<>();
    for (String pair : enclosing.keySet()) {
      String[] styles = pair.split("\\|", 2);
      String outer = styles[0];
      String inner = styles[1];
      if (fixed.containsKey(inner + "|" + outer)
          || newRank.containsKey(outer)
          || newRank.containsKey(inner)) {
        continue;
      }
      newRank.put(outer, rankOf.get(inner));
      newRank.put(inner, rankOf.get(outer));
    }
    if (newRank.isEmpty()) {
      return areaGroups(lines, numbering);
    }
    for (int i = 0; i < numbering.size(); i++) {
      Numbering n = numbering.get(i);
      Integer rank = n == null || !isItem(n) ? null : newRank.get(MixedNumbering.style(n));
      if (rank != null) {
        numbering.set(i, new Numbering(rank, n.number(), n.marker(), n.text()));
      }
    }
    return true;
  }

  /**
   * 1、业务工作方面 / 1. 信息系统安全防护薄弱。… / 2. … / 2、财务管理方面 / 1. …: two styles of one rank, the lines of one
   * each naming an area (…方面, {@link SectionKind#namesArea}) and followed at once by an item 1 of
   * the other style, are groups over those items: the area lines are ranked one above them, where
   * nothing between the first of them and the next line above their rank is numbered at that rank
   * (docs/decisions/0413). Returns whether any line changed.
   */
  private static boolean areaGroups(List<String> lines, List<Numbering> numbering) {
    Map<String, List<Integer>> byStyle = new HashMap<>();
    for (int i = 0; i < numbering.size(); i++) {
      Numbering n = numbering.get(i);
      if (n != null && isItem(n)) {
        byStyle.computeIfAbsent(MixedNumbering.style(n), k -> new java.util.ArrayList<>()).add(i);
      }
    }
    boolean changed = false;
    for (List<Integer> outer : byStyle.values()) {
      ReadingTime.check();
      int rank = numbering.get(outer.get(0)).rank();
      String inner = null;
      boolean groups = rank - 1 >= Numbering.CHINESE_IN_PARENTHESES;
      for (int k = 0; groups && k < outer.size(); k++) {
        int i = outer.get(k);
        Numbering n = numbering.get(i);
        int next = i + 1;
        while (next < lines.size() && numbering.get(next) == null && lines.get(next).isBlank()) {
          next++;
        }
        Numbering first = next < numbering.size() ? numbering.get(next) : null;
        groups =
            heading(n)
                && SectionKind.namesArea(n.text().strip())
                && first != null
                && isItem(first)
                && first.rank() == rank
                && first.number() == 1
                && !MixedNumbering.style(first).equals(MixedNumbering.style(n))
                && (inner == null || inner.equals(MixedNumbering.style(first)));
        inner = first == null ? inner : MixedNumbering.style(first);
      }
      if (!groups || !freeAbove(numbering, outer, rank)) {
        continue;
      }
      for (int i : outer) {
        Numbering n = numbering.get(i);
        numbering.set(i, new Numbering(rank - 1, n.number(), n.marker(), n.text()));
      }
      changed = true;
    }
    return changed;
  }

  /**
   * Whether nothing from the first of the {@code outer} lines to the next line ranked above {@code
   * rank} in another style is numbered at the rank above {@code rank}.
   */
  private static boolean freeAbove(List<Numbering> numbering, List<Integer> outer, int rank) {
    String style = MixedNumbering.style(numbering.get(outer.get(0)));
    for (int j = outer.get(0); j < numbering.size(); j++) {
      Numbering m = numbering.get(j);
      if (m == null || MixedNumbering.style(m).equals(style)) {
        continue;
      }
      if (m.rank() == rank - 1) {
        return false;
      }
      if (m.rank() < rank - 1) {
        return true;
      }
    }
    return true;
  }

  private static boolean isItem(Numbering n) {
    return n.rank() >= Numbering.ARABIC
        && n.rank() < Numbering.POINT
        && Numbering.decimalDepth(n) == 0;
  }

  /** A group's heading: short, no sentence or clause closed at its end, no label. */
  private static boolean heading(Numbering n) {
    String t = n.text().strip();
    return !t.isEmpty()
        && t.length() <= HEADING_MAX
        && !t.matches(".*[。；;：:，,！？!?]$")
        && !t.contains("。")
        && Labels.find(t).labels().isEmpty();
  }
}

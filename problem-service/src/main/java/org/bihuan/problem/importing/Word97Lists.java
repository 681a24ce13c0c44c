package org.bihuan.problem.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Rebuilds the numbers Word shows for the automatically numbered paragraphs of a .doc (list
 * formatting: the paragraph's list override and level, the list's level patterns), which are not in
 * the file's text, by the rules {@link WordListNumbers} follows for a .docx: a counter per list and
 * level, deeper levels restarting when a shallower one advances, the level's pattern (%1、 （%1） %1.)
 * and number format rendered the same way (一二三, ①, decimal, letters, roman). Bullets and levels
 * without a number give none. A level starts at its start-at value (LVL iStartAt: a list that
 * starts at 三、), and a list instance (LFO) that overrides a level's start (LFOLVL fStartAt, Word's
 * 重新开始编号 or 起始编号) restarts that level's counter at its value where the instance's first paragraph
 * of that level stands, as Word shows it; other instances of the list continue its count. An item
 * heading a group of the next level numbered as it is shows a group's number ({@link #groups}).
 */
final class Word97Lists {

  private static final int LEVELS = 9;

  /** The .doc number formats (nfc) by the name the .docx writes (ST_NumberFormat, same order). */
  private static final Map<Integer, String> FORMATS =
      Map.ofEntries(
          Map.entry(0, "decimal"),
          Map.entry(1, "upperRoman"),
          Map.entry(2, "lowerRoman"),
          Map.entry(3, "upperLetter"),
          Map.entry(4, "lowerLetter"),
          Map.entry(10, "ideographDigital"),
          Map.entry(11, "japaneseCounting"),
          Map.entry(14, "decimalFullWidth"),
          Map.entry(18, "decimalEnclosedCircle"),
          Map.entry(19, "decimalFullWidth2"),
          Map.entry(22, "decimalZero"),
          Map.entry(23, "bullet"),
          Map.entry(28, "decimalEnclosedCircleChinese"),
          Map.entry(33, "taiwaneseCounting"),
          Map.entry(35, "taiwaneseCountingThousand"),
          Map.entry(37, "chineseCounting"),
          Map.entry(38, "chineseLegalSimplified"),
          Map.entry(39, "chineseCountingThousand"),
          Map.entry(255, "none"));

  private final Map<Integer, int[]> counters = new HashMap<>();

  /**
   * The start offsets of the paragraphs that head a group of their list's next level numbered as
   * they do ({@link WordListGroups} for a .docx, docs/decisions/0358); empty until {@link #groups}.
   */
  private Set<Integer> heads = Set.of();

  /** The list instances (ilfo × level) whose start override has been applied. */
  private final java.util.Set<Long> restarted = new java.util.HashSet<>();

  /** The deepest level whose items may head a group shown at a group's rank. */
  private static final int DEEPEST_HEAD = 1;

  /**
   * Finds the items of the body's lists that head a group: an item at level 0 or 1 whose next item
   * of the same list (outside tables) is one level deeper, both levels numbered alike (the same
   * pattern around the number, the same format: %1. over %2.). Such an item is then shown 一、 (level
   * 0) or （一） (level 1), as {@link WordListGroups} shows it in a .docx.
   */
  void groups(Range range) {
    Set<Integer> found = new HashSet<>();
    Map<Integer, int[]> previous = new HashMap<>(); // list id → {start offset, level}
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      ReadingTime.check();
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        continue;
      }
      HWPFList list = listOf(p);
      if (list == null) {
        continue;
      }
      int level = Math.min(Math.max(p.getIlvl(), 0), LEVELS - 1);
      int[] before = previous.put(list.getLsid(), new int[] {p.getStartOffset(), level});
      if (before != null
          && before[1] + 1 == level
          && before[1] <= DEEPEST_HEAD
          && sameShape(list, before[1], level)) {
        found.add(before[0]);
      }
    }
    heads = found;
  }

  /** The list a paragraph is an item of, or null (none, or one the file does not define). */
  private static HWPFList listOf(Paragraph paragraph) {
    try {
      return paragraph.getIlfo() == 0 ? null : paragraph.getList();
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  /** Whether two levels of a list are numbered alike: the same pattern and the same format. */
  private static boolean sameShape(HWPFList list, int group, int item) {
    try {
      String a = list.getNumberText((char) group);
      String b = list.getNumberText((char) item);
      return a != null
          && b != null
          && shape(a).equals(shape(b))
          && format(list, group).equals(format(list, item));
    } catch (RuntimeException damaged) {
      return false;
    }
  }

  /** A level's pattern with each level's place holder as one mark: %1. and %2. alike. */
  private static String shape(String pattern) {
    StringBuilder shape = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      shape.append(c < LEVELS ? '%' : c);
    }
    return shape.toString();
  }

  /** The number Word shows before {@code paragraph} (such as 一、 or （1）), or null when none. */
  String label(Paragraph paragraph) {
    HWPFList list;
    try {
      if (paragraph.getIlfo() == 0) {
        return null;
      }
      list = paragraph.getList();
    } catch (RuntimeException damaged) {
      return null; // a list override the file does not define: the text as it is
    }
    if (list == null) {
      return null;
    }
    int level = Math.min(Math.max(paragraph.getIlvl(), 0), LEVELS - 1);
    int[] counter =
        counters.computeIfAbsent(
            list.getLsid(),
            k -> {
              int[] c = new int[LEVELS];
              Arrays.fill(c, Integer.MIN_VALUE);
              return c;
            });
    try {
      Integer override = override(list, level);
      if (override != null && restarted.add(((long) paragraph.getIlfo() << 4) | level)) {
        counter[level] = override;
      } else {
        counter[level] =
            counter[level] == Integer.MIN_VALUE ? start(list, level) : counter[level] + 1;
      }
      for (int deeper = level + 1; deeper < LEVELS; deeper++) {
        counter[deeper] = Integer.MIN_VALUE;
      }
      String format = format(list, level);
      if (format.equals("bullet") || format.equals("none")) {
        return null;
      }
      if (level <= DEEPEST_HEAD && heads.contains(paragraph.getStartOffset())) {
        return WordListGroups.label(level, counter[level]);
      }
      String pattern = list.getNumberText((char) level);
      if (pattern == null) {
        return null;
      }
      StringBuilder label = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c < LEVELS) {
          // a level's place holder: the number of that level, in that level's format
          int value = counter[c] == Integer.MIN_VALUE ? start(list, c) : counter[c];
          label.append(WordListNumbers.render(value, format(list, c)));
        } else {
          label.append(c);
        }
      }
      return label.toString();
    } catch (RuntimeException damaged) {
      return null; // a level the list does not define
    }
  }

  /** Where a level of the list starts (its LVL's start-at value). */
  private static int start(HWPFList list, int level) {
    org.apache.poi.hwpf.model.ListLevel[] levels = list.getListData().getLevels();
    return level < levels.length ? levels[level].getStartAt() : 1;
  }

  /** The start the paragraph's list instance (LFO) sets for a level, or null when it sets none. */
  private static Integer override(HWPFList list, int level) {
    if (list.getLFOData() == null || list.getLFOData().getRgLfoLvl() == null) {
      return null;
    }
    for (org.apache.poi.hwpf.model.ListFormatOverrideLevel o : list.getLFOData().getRgLfoLvl()) {
      if (o != null && o.getLevelNum() == level) {
        if (o.isFormatting() && o.getLevel() != null) {
          return o.getLevel().getStartAt();
        }
        if (o.isStartAt()) {
          return o.getIStartAt();
        }
      }
    }
    return null;
  }

  private static String format(HWPFList list, int level) {
    return FORMATS.getOrDefault(list.getNumberFormat((char) level), "decimal");
  }
}

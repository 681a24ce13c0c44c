package org.bihuan.problem.importing;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Rebuilds the numbers Word would show for automatically numbered paragraphs of a .docx ({@link
 * WordDocumentText}).
 *
 * <p>Word's automatic list numbering is not in the text: Word computes it when it renders. It is
 * rebuilt here, best effort, from the list definitions (numbering.xml): a counter per abstract list
 * and level, deeper levels restarting when a shallower one advances, the level's pattern (%1、,
 * （%1）, %1.) and format (decimal, chineseCounting → 一二三, decimalEnclosedCircle → ①, letters,
 * roman), numbering given on the paragraph or inherited from its paragraph style, a level's start
 * value, and a list instance's start override (w:startOverride, Word's 重新开始编号/起始编号), which restarts
 * the level at its first paragraph of that instance. Not rebuilt: legal-style numbering, numbering
 * fields (LISTNUM, SEQ), and numbering that Word continues across separately defined lists. Typed
 * numbering, the common case in Chinese official documents, is plain text and always exact.
 */
final class WordListNumbers {
  private static final int LEVELS = 9;
  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  /** The list instances (numId × level) whose start override has been applied. */
  private final java.util.Set<String> restarted = new java.util.HashSet<>();

  /** The items that head a group of deeper items numbered as they are ({@link WordListGroups}). */
  private WordListGroups groups = WordListGroups.NONE;

  WordListNumbers(XWPFNumbering numbering, XWPFStyles styles) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /** Reads which of the document's body paragraphs head groups, before any label is rendered. */
  void groups(WordListGroups groups) {
    this.groups = groups;
  }

  /** Where a paragraph stands in Word's lists: its list instance, abstract list and level. */
  record Place(XWPFNum num, BigInteger abstractId, CTLvl[] levels, int level) {}

  /** The list place of a paragraph, or null when it is not an item of a numbered list. */
  Place place(CTP paragraph) {
    if (numbering == null) {
      return null;
    }
    CTPPr pPr = paragraph.getPPr();
    CTNumPr numPr = pPr == null ? null : pPr.getNumPr();
    BigInteger numId = numPr == null || numPr.getNumId() == null ? null : numPr.getNumId().getVal();
    BigInteger ilvl = numPr == null || numPr.getIlvl() == null ? null : numPr.getIlvl().getVal();
    if (numId == null) {
      String style = pPr == null || pPr.getPStyle() == null ? null : pPr.getPStyle().getVal();
      CTNumPr fromStyle = styleNumbering(style);
      if (fromStyle == null || fromStyle.getNumId() == null) {
        return null;
      }
      numId = fromStyle.getNumId().getVal();
      ilvl = fromStyle.getIlvl() == null ? null : fromStyle.getIlvl().getVal();
    }
    if (numId == null || numId.signum() == 0) {
      return null;
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return null;
    }
    BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
    if (abstractNum == null) {
      return null;
    }
    CTLvl[] levels = levels(abstractNum.getCTAbstractNum(), num);
    int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), LEVELS - 1);
    return levels[level] == null ? null : new Place(num, abstractId, levels, level);
  }

  /** The rendered number of a paragraph (such as 一、 or （1）), or null when it has none. */
  String label(XWPFParagraph paragraph) {
    Place place = place(paragraph.getCTP());
    if (place == null) {
      return null;
    }
    XWPFNum num = place.num();
    BigInteger numId = num.getCTNum().getNumId();
    BigInteger abstractId = place.abstractId();
    CTLvl[] levels = place.levels();
    int level = place.level();
    int[] counter =
        counters.computeIfAbsent(
            abstractId,
            k -> {
              int[] c = new int[LEVELS];
              Arrays.fill(c, Integer.MIN_VALUE);
              return c;
            });
    Integer override = startOverride(num, level);
    if (override != null && restarted.add(numId + "/" + level)) {
      // the list instance restarts the level (Word's 重新开始编号, 起始编号): w:startOverride
      counter[level] = override;
    } else {
      counter[level] =
          counter[level] == Integer.MIN_VALUE ? start(levels[level]) : counter[level] + 1;
    }
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      counter[deeper] = Integer.MIN_VALUE;
    }
    String format = format(levels[level]);
    if (format.equals("bullet") || format.equals("none")) {
      return null;
    }
    if (groups.heads(paragraph.getCTP(), level)) {
      return WordListGroups.label(level, counter[level]);
    }
    String pattern =
        levels[level].getLvlText() == null
            ? "%" + (level + 1)
            : levels[level].getLvlText().getVal();
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
        int referenced = pattern.charAt(++i) - '1';
        if (referenced >= 0 && referenced < LEVELS && levels[referenced] != null) {
          int value =
              counter[referenced] == Integer.MIN_VALUE
                  ? start(levels[referenced])
                  : counter[referenced];
          label.append(render(value, format(levels[referenced])));
        }
      } else {
        label.append(c);
      }
    }
    return label.toString();
  }

  private CTNumPr styleNumbering(String styleId) {
    for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
      XWPFStyle style = styles.getStyle(styleId);
      if (style == null) {
        return null;
      }
      CTPPrGeneral pPr = style.getCTStyle().getPPr();
      if (pPr != null && pPr.isSetNumPr()) {
        return pPr.getNumPr();
      }
      styleId = style.getBasisStyleID();
    }
    return null;
  }

  private static CTLvl[] levels(CTAbstractNum abstractNum, XWPFNum num) {
    CTLvl[] levels = new CTLvl[LEVELS];
    for (CTLvl lvl : abstractNum.getLvlArray()) {
      int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        levels[i] = lvl;
      }
    }
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
      if (i >= 0 && i < LEVELS && override.isSetLvl()) {
        levels[i] = override.getLvl();
      }
    }
    return levels;
  }

  /** The start a list instance (w:num) sets for a level (w:lvlOverride/w:startOverride). */
  private static Integer startOverride(XWPFNum num, int level) {
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
      if (i == level && override.isSetStartOverride()) {
        return override.getStartOverride().getVal().intValue();
      }
    }
    return null;
  }

  private static int start(CTLvl lvl) {
    return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
  }

  static String format(CTLvl lvl) {
    return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
        ? "decimal"
        : lvl.getNumFmt().getVal().toString();
  }

  static String render(int n, String format) {
    return switch (format) {
      case "chineseCounting",
          "chineseCountingThousand",
          "chineseLegalSimplified",
          "ideographDigital",
          "japaneseCounting",
          "taiwaneseCounting",
          "taiwaneseCountingThousand" ->
          chinese(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : "(" + n + ")";
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
      default -> String.valueOf(n);
    };
  }

  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n <= 0 || n >= 1000) {
      return String.valueOf(n);
    }
    StringBuilder s = new StringBuilder();
    int hundreds = n / 100;
    int tens = n / 10 % 10;
    int ones = n % 10;
    if (hundreds > 0) {
      s.append(digits.charAt(hundreds)).append('百');
      if (tens == 0 && ones > 0) {
        s.append('零');
      }
    }
    if (tens > 0) {
      if (tens > 1 || hundreds > 0) {
        s.append(digits.charAt(tens));
      }
      s.append('十');
    }
    if (ones > 0) {
      s.append(digits.charAt(ones));
    }
    return s.toString();
  }

  private static String letters(int n, char a) {
    StringBuilder s = new StringBuilder();
    for (int v = n; v > 0; v = (v - 1) / 26) {
      s.insert(0, (char) (a + (v - 1) % 26));
    }
    return s.toString();
  }

  private static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder s = new StringBuilder();
    int v = n;
    for (int i = 0; i < values.length; i++) {
      while (v >= values[i]) {
        s.append(symbols[i]);
        v -= values[i];
      }
    }
    return s.toString();
  }
}

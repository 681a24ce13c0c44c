package org.bihuan.problem.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering at the start of a line, in the order the official document standard (GB/T 9704)
 * nests it: 一、 above （一） above 1. above （1） above ①. The rank is that depth, fixed, so a document
 * that skips a level (一、 then 1.) still nests correctly; half-width and full-width forms of each
 * are the same rank: （一）(一) ㈠, 1. 1． 1、 ⒈ Ⅰ、 第1号：, （1）(1) 1） ⑴. 一是 二是 (and 第一，第二，, 其一，其二，) at the
 * start of a line are points below all of them. Decimal numbers (2.1 / 2.1.1, 6.1. / 6.1.1.) rank
 * by their depth as the standard's levels do: N.M as （一）, N.M.K as 1., N.M.K.L as （1）; the number
 * is the last part ({@link DecimalNumbering} places the whole numbers N above them, 0262).
 */
record Numbering(int rank, int number, String marker, String text) {

  /**
   * Counter words a number stands before when it counts things (3个, 2项, 5条, 4件, 6次, 10人, 2家): no
   * 序号. The readers of numbers add the words of their own (dates, money, time) to these.
   */
  static final String COUNTER_WORDS = "个项条件次人家";

  static final int CHINESE = 0;
  static final int CHINESE_IN_PARENTHESES = 1;
  static final int ARABIC = 2;
  static final int ARABIC_IN_PARENTHESES = 3;
  static final int CIRCLED = 4;

  /** 一是…二是… at the start of a line: the points of whatever is above them. */
  static final int POINT = 5;

  static final int DEEPEST = POINT;

  private static final String CHINESE_DIGITS = "一二三四五六七八九十百零〇两";

  /**
   * What may follow the stop of an arabic item's number (1. 1、 1．): no digit and no further stop,
   * for 2024.5.31 and 100000.00元 are a date and an amount — but a year, the digits 19xx or 20xx and
   * 年 (1.2023年以来…, 1、2024年1月…, 5.2023年度…), for no date or amount goes on so (0305). The one rule
   * for an item at a line's start and inside a line ({@link Enumeration}).
   */
  static final String AFTER_STOP = "(?:(?![\\d.．])|(?=(?:19|20)\\d{2}年))";

  private static final Pattern[] BY_RANK = {
    Pattern.compile("^([" + CHINESE_DIGITS + "]{1,4})\\s*[、．.]\\s*"),
    Pattern.compile(
        "^(?:[（(]\\s*([" + CHINESE_DIGITS + "]{1,4})\\s*[）)]|([\\u3220-\\u3229]))\\s*[、．.]?\\s*"),
    // 1. to 999999.: an item's number has up to six digits (a plan of 60,000 items is read whole);
    // a longer run of digits is a date or a phone (20240531、 13812345678、), a digit or stop after
    // the stop a date or an amount (2024.5.31, 100000.00元) — unless the digits are a year (0305)
    Pattern.compile(
        "^(?:(\\d{1,6})\\s*[.．、]"
            + AFTER_STOP
            + "|([\\u2488-\\u249B])|([\\u2160-\\u216B])\\s*[、．.]"
            + "|第\\s*(\\d{1,4}|[一二三四五六七八九十百]{1,4})\\s*号(?:\\s*[：:、．.]|\\s+))\\s*"),
    Pattern.compile(
        "^(?:[（(]\\s*(\\d{1,3})\\s*[）)]|(\\d{1,3})[）)]|([\\u2474-\\u2487]))\\s*[、．.]?\\s*"),
    Pattern.compile("^([\\u2460-\\u2473])\\s*[、．.]?\\s*"),
    Pattern.compile(
        "^(?:([一二三四五六七八九十]{1,3})是(?![否的])[，,：:、]?|第([一二三四五六七八九十]{1,3})[，,：:、]"
            + "|其([一二三四五六七八九十]{1,3})[，,：:、])\\s*"),
  };

  /**
   * The dash of a problem numbered under its group: 1-1 1－1 1—1 1–1 1——1 (read as 1.1 is, 0285).
   */
  private static final String DASH = "(?:[-－–]|—{1,2})";

  /** The separators between a decimal or dashed number's parts. */
  private static final String PARTS = "[.．]|[-－–]|—{1,2}";

  /**
   * 2.1 / 2.1.1 / 6.1. / 6.1.1、 and the dashed 1-1 / 2－1、 at the start of a line: two to four parts
   * of one or two digits, a stop or 、 after the last allowed, then a space or the text at once —
   * but never a quantity or a date (3.5万元, 1.5倍, 10.31前); after a space any text (1.2 项目支出…), and
   * 项目 never is 项 (1.2项目…, 0281).
   */
  private static final Pattern DECIMAL =
      Pattern.compile(
          "^(\\d{1,2}(?:[.．]\\d{1,2}){1,3}|\\d{1,2}"
              + DASH
              + "\\d{1,2})(?:[.．、](?!\\d))?"
              + "(?:[ \\t\\u3000]+(?![\\d.．%％‰])"
              + "|(?![\\s\\d.．%％‰万亿千百元角倍个条名人次天年月日号时分秒周米吨亩户家件份批余多前后])"
              + "(?!项(?!目)))(?=\\S)");

  /**
   * A dashed number that {@link #DECIMAL} does not take and is an item all the same (0291): a space
   * and then text starting with digits (1-1 2023年以来，…, 1-2 12345热线…), or a unit or date word at
   * once whose ends are no range, the second not above the first (2-2年轻干部…, 3-1年…) — a range rises
   * (1-2个月, 3-5年) — or 年轻 (1-2年轻干部…). Group 1 is the first part, group 2 the second.
   */
  private static final Pattern DASHED_BEFORE_DIGITS =
      Pattern.compile(
          "^(\\d{1,2})"
              + DASH
              + "(\\d{1,2})(?:[.．、](?!\\d))?"
              + "(?:[ \\t\\u3000]+(?=\\d(?![\\d.．]*[%％‰]))|(?=[年月个条名人次天周]\\S))");

  /**
   * The parts of a decimal number's marker (2 for 2.1, 3 for 6.1.1.); 0 for any other numbering.
   */
  static int decimalDepth(Numbering n) {
    if (n == null || !n.marker().matches("\\d{1,2}(?:" + PARTS + ")\\d[\\s\\S]*")) {
      return 0;
    }
    return n.marker().strip().replaceAll("[.．、]$", "").split(PARTS).length;
  }

  /** The first part of a decimal number (2 for 2.1.3, 1 for 1-2). */
  static int decimalHead(Numbering n) {
    return Integer.parseInt(n.marker().split(PARTS)[0]);
  }

  /** Whether a decimal number's parts are joined by a dash (1-1, 2－1), not a stop. */
  static boolean dashed(Numbering n) {
    return decimalDepth(n) == 2 && !n.marker().matches("\\d{1,2}[.．][\\s\\S]*");
  }

  /** The numbering of a cleaned line, or null when it starts with none. */
  static Numbering of(String line) {
    if (line.isEmpty()) {
      return null;
    }
    char first = line.charAt(0);
    if (first >= '0' && first <= '9') {
      Matcher decimal = DECIMAL.matcher(line);
      if (decimal.find()) {
        String[] parts = decimal.group(1).split(PARTS);
        int number = Integer.parseInt(parts[parts.length - 1]);
        if (number > 0) {
          return new Numbering(
              Math.min(parts.length - 1, ARABIC_IN_PARENTHESES),
              number,
              line.substring(0, decimal.end()),
              line.substring(decimal.end()));
        }
      }
      Matcher dashed = DASHED_BEFORE_DIGITS.matcher(line);
      if (dashed.find()) {
        int head = Integer.parseInt(dashed.group(1));
        int number = Integer.parseInt(dashed.group(2));
        boolean spaced = Character.isWhitespace(line.charAt(dashed.end() - 1));
        if (number > 0 && (spaced || number <= head || line.startsWith("年轻", dashed.end()))) {
          return new Numbering(
              CHINESE_IN_PARENTHESES,
              number,
              line.substring(0, dashed.end()),
              line.substring(dashed.end()));
        }
      }
    }
    int from;
    int to;
    if (first == '（' || first == '(') {
      from = CHINESE_IN_PARENTHESES;
      to = ARABIC_IN_PARENTHESES;
    } else if (first >= '0' && first <= '9') {
      from = ARABIC;
      to = ARABIC_IN_PARENTHESES;
    } else if (first >= '\u2488' && first <= '\u249B') {
      from = ARABIC; // ⒈
      to = ARABIC;
    } else if (first >= '\u2474' && first <= '\u2487') {
      from = ARABIC_IN_PARENTHESES; // ⑴
      to = ARABIC_IN_PARENTHESES;
    } else if (first >= '\u2460' && first <= '\u2473') {
      from = CIRCLED;
      to = CIRCLED;
    } else if (first >= '\u3220' && first <= '\u3229') {
      from = CHINESE_IN_PARENTHESES; // ㈠ ㈡, as （一）（二）
      to = CHINESE_IN_PARENTHESES;
    } else if (first >= '\u2160' && first <= '\u216B') {
      from = ARABIC; // Ⅰ、Ⅱ、, as 1. 2.
      to = ARABIC;
    } else if (first == '第') {
      from = ARABIC; // 第1号：, as 1.; 第一，第二，, as 一是 二是
      to = POINT;
    } else if (first == '其') {
      from = POINT; // 其一，其二，, as 一是 二是 (0299)
      to = POINT;
    } else if (CHINESE_DIGITS.indexOf(first) >= 0) {
      from = CHINESE;
      to = POINT;
    } else if (first == 'I' || first == 'V' || first == 'X') {
      return AsciiRomanNumbers.of(line); // I. II. III、, as 一、 二、 (0347)
    } else {
      return null;
    }
    for (int rank = from; rank <= to; rank++) {
      if (rank == ARABIC && from == CHINESE_IN_PARENTHESES) {
        continue; // （ never opens an arabic 1.
      }
      if (from == CHINESE && rank > CHINESE && rank < POINT) {
        continue; // 一 opens 一、 or 一是, nothing between
      }
      Matcher m = BY_RANK[rank].matcher(line);
      if (m.find()) {
        String digits = null;
        for (int g = 1; g <= m.groupCount() && digits == null; g++) {
          digits = m.group(g);
        }
        int number = value(digits);
        if (number <= 0) {
          continue;
        }
        return new Numbering(rank, number, line.substring(0, m.end()), line.substring(m.end()));
      }
    }
    return null;
  }

  private static int value(String digits) {
    if (digits == null || digits.isEmpty()) {
      return -1;
    }
    char c = digits.charAt(0);
    if (c >= '0' && c <= '9') {
      return Integer.parseInt(digits);
    }
    if (c >= '\u2460' && c <= '\u2473') {
      return c - '\u2460' + 1;
    }
    if (c >= '\u2474' && c <= '\u2487') {
      return c - '\u2474' + 1;
    }
    if (c >= '\u2488' && c <= '\u249B') {
      return c - '\u2488' + 1;
    }
    if (c >= '\u3220' && c <= '\u3229') {
      return c - '\u3220' + 1;
    }
    if (c >= '\u2160' && c <= '\u216B') {
      return c - '\u2160' + 1;
    }
    return chineseNumber(digits);
  }

  /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; -1 for anything else. */
  static int chineseNumber(String s) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') {
        d = 0;
      } else if (c == '两') {
        d = 2;
      }
      if (d == 0 && total > 0) {
        continue; // 一百零五: 零 only holds a place
      }
      if (d >= 0) {
        if (digit >= 0) {
          return -1;
        }
        digit = d;
      } else if (c == '十') {
        total += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else if (c == '百') {
        total += (digit < 0 ? 1 : digit) * 100;
        digit = -1;
      } else {
        return -1;
      }
    }
    return total + Math.max(digit, 0);
  }
}

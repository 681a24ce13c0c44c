package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Chinese numerals joined by 、 at a line's start and words after them (三、四季度支付, 二、三级医院, 一、二类疫苗,
 * 三、四级手术): an ordinary phrase that reads like a section's number 三、 where a page or a text box
 * wrapped the sentence before it. Such a line goes on with the problem's text above it, as a reader
 * takes it, when the line above is an item's text that does not close its sentence (…大部分项目资金集中在)
 * and the "section" would make no sense as one: its number does not follow the last section's (三、
 * inside 一、, 二、 after 三、), or labelled lines of a problem (整改措施：, 责任单位：…) follow it at once, which
 * no section heading has (docs/decisions/0361), or the next section takes the same number again
 * (二、三级医院… and then 二、原因分析), or its words name no kind of section and would have it skipped with
 * all the items after it (docs/decisions/0366). A line inside an item that opens with such a phrase
 * and ends with a comma is never a section, whatever the lines above it (docs/decisions/0362).
 */
final class NumeralPhrases {

  /** 三、四… : a numeral, 、, a higher numeral and a word at once. */
  private static final Pattern PAIR = Pattern.compile("^([一二三四五六七八九])、([二三四五六七八九十])(?=\\p{IsHan})");

  private NumeralPhrases() {}

  /** Whether {@code line} opens with such a phrase (三、四季度…). */
  static boolean opens(String line) {
    Matcher m = PAIR.matcher(line);
    return m.lookingAt()
        && Numbering.chineseNumber(m.group(2)) > Numbering.chineseNumber(m.group(1));
  }

  /**
   * Takes the numbering off the lines whose phrase goes on with the text above them; returns their
   * indexes, in order.
   */
  static List<Integer> mark(List<String> lines, List<Numbering> numbering) {
    List<Integer> marked = new ArrayList<>();
    int lastSection = 0;
    for (int i = 0; i < lines.size(); i++) {
      ReadingTime.check();
      Numbering n = numbering.get(i);
      if (n == null || n.rank() != Numbering.CHINESE) {
        continue;
      }
      // a line that ends with a comma heads no section, however many lines the sentence wraps
      // over before it (0362)
      boolean phrase =
          opens(lines.get(i))
              && ((goesOn(lines, numbering, i)
                      && (n.number() != lastSection + 1
                          || labelledNext(lines, i)
                          || numberTakenAgain(lines, numbering, i)
                          || SectionKind.of(n.text()) == SectionKind.UNKNOWN))
                  || (insideItem(numbering, i) && endsWithComma(lines.get(i))));
      if (phrase) {
        numbering.set(i, null);
        marked.add(i);
        continue;
      }
      lastSection = n.number();
    }
    return marked;
  }

  /**
   * Whether line {@code i} stands inside an item (the nearest numbered line above it is ranked as
   * 1. or deeper) right after a line of its text that runs on.
   */
  private static boolean goesOn(List<String> lines, List<Numbering> numbering, int i) {
    String before = SentenceEnds.textBefore(lines, numbering, i);
    return before != null && SentenceEnds.textRunsOn(before) && insideItem(numbering, i);
  }

  /** Whether the nearest numbered line above line {@code i} is ranked as 1. or deeper. */
  private static boolean insideItem(List<Numbering> numbering, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (numbering.get(j) != null) {
        return numbering.get(j).rank() >= Numbering.ARABIC;
      }
    }
    return false;
  }

  /** Whether {@code line} ends with a comma: a clause that the next line goes on with. */
  private static boolean endsWithComma(String line) {
    String t = line.strip();
    return t.endsWith("，") || t.endsWith(",");
  }

  /**
   * Whether the next section's number after line {@code i} is not above line {@code i}'s (二、三级医院…
   * then 二、原因分析): a section numbered again is the real one.
   */
  private static boolean numberTakenAgain(List<String> lines, List<Numbering> numbering, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      Numbering n = numbering.get(j);
      if (n != null && n.rank() == Numbering.CHINESE && !opens(lines.get(j))) {
        return n.number() <= numbering.get(i).number();
      }
    }
    return false;
  }

  /** Whether the next line that is not blank starts with a label (整改措施：, 责任单位：…). */
  private static boolean labelledNext(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return !Labels.of(lines.get(j)).isEmpty();
      }
    }
    return false;
  }

  /**
   * Whether a PDF line that reaches the right edge of the text block goes on in {@code next}, which
   * opens with such a phrase: {@code line} runs on (its sentence not closed).
   */
  static boolean wrapsInto(String line, String next) {
    return opens(next) && SentenceEnds.textRunsOn(line);
  }
}

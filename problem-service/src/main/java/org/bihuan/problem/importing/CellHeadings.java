package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a problem cell's first line is a heading over the sentence of detail under it
 * (干部队伍结构老化问题突出 / 45岁以下干部占比仅为18%。) rather than the first part of a sentence the line break cut
 * (…未严格执行国家 / 集中带量采购政策，…。), as a reader tells them apart (docs/decisions/0405, 0425):
 *
 * <ul>
 *   <li>the line reads as a heading: short, no sentence or clause punctuation but at most one short
 *       comma-joined clause, no bracket left open, and it does not stop where a clause cannot
 *       (after a function word, a negation, an adverb or an auxiliary that wants its verb: …的, …未,
 *       …仍, …应; in the middle of a number or a Latin word: …2023, …App);
 *   <li>the lines under it are a sentence the author ended with a stop, or one much longer than the
 *       line;
 *   <li>the author ended the line: either it closes with the problem's statement (不到位, 滞后, 薄弱,
 *       {@link ProblemLeadIns#endsStatingProblem}), or it is short (at most 16 characters) and
 *       narrower than a line under it, which a line the cell's width wrapped never is (the width
 *       wraps a line where it is full) — unless it names an area (…方面) or the first clause of the
 *       line under it states the problem (…落实 / …精神不到位，…: a sentence cut after its subject).
 * </ul>
 */
final class CellHeadings {

  /** A heading's most characters; a line of a comma-joined clause is shorter still. */
  private static final int LONGEST = 30;

  private static final int LONGEST_WITH_A_COMMA = 20;

  /**
   * A heading ended otherwise than by the problem's statement is read at a glance: a longer line
   * (县医院在药品采购过程中未严格执行国家) is a sentence's start, whatever the line under it.
   */
  private static final int SHORT = 16;

  /** Lines under it this many times as wide are a detail, a stop at their end or not. */
  private static final int MUCH_WIDER = 2;

  /**
   * What a clause cannot stop after: a negation, an adverb or an auxiliary before its verb (…未, …仍,
   * …较, …应, …需), a verb before its object (…是, …为, …有, …使), a bracket or quote opened.
   */
  private static final String OPEN_ENDS = "不未没非无很较更最太均都也已仍尚还再又就才要应需须能可会让使给以是为有（(【[“‘《「『〔";

  /** 存在 closing a line after its subject and an adverb (问题仍然存在, 现象普遍存在): the verb, complete. */
  private static final Pattern STILL_EXISTS = Pattern.compile("(?:[然仍还遍均都也旧度地]|问题|现象|情况)存在$");

  /** A line naming an area (党风廉政建设方面, 安全生产领域): a category over the problem, never its title. */
  private static final Pattern AREA = Pattern.compile("(?:方面|领域)$");

  private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:]");

  private CellHeadings() {}

  /** Whether {@code first} heads the cell over {@code rest}, the lines under it (none blank). */
  static boolean heads(String first, List<String> rest) {
    return readsAsHeading(first)
        && isDetail(first, rest)
        && (ProblemLeadIns.endsStatingProblem(first)
            || (first.strip().length() <= SHORT
                && width(first) < widest(rest)
                && !AREA.matcher(first.strip()).find()
                && !statedBelow(rest.get(0))));
  }

  /**
   * Whether the line under a short line states the problem in its first clause (部分单位落实 /
   * 中央八项规定精神不到位，存在…; 部分涉农资金拨付 / 进度滞后，…): the short line was its subject, the line break cut the
   * sentence, and the cell is one statement as before 0425.
   */
  private static boolean statedBelow(String next) {
    return ProblemLeadIns.endsStatingProblem(CLAUSE_END.split(next.strip(), 2)[0]);
  }

  private static boolean readsAsHeading(String line) {
    String t = line.strip();
    int commas = count(t, '，') + count(t, ',');
    if (t.isEmpty()
        || t.length() > (commas == 0 ? LONGEST : LONGEST_WITH_A_COMMA)
        || commas > 1
        || !ProblemText.isTitleLine(t.replace('，', ' ').replace(',', ' '))
        || count(t, '（') + count(t, '(') > count(t, '）') + count(t, ')')) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (Character.isDigit(last) || ProblemText.isLatin(last) || OPEN_ENDS.indexOf(last) >= 0) {
      return false; // …2023 / 年…, …仍 / 然存在…, …未 / 按期…: the line goes on
    }
    if (commas == 1) {
      int comma = Math.max(t.indexOf('，'), t.indexOf(','));
      if (comma < 2 || t.length() - comma - 1 < 2) {
        return false; // a word before or after the comma is no clause
      }
    }
    return !SentenceEnds.cutAfterFunctionWord(t) || STILL_EXISTS.matcher(t).find();
  }

  /** The lines under the heading: a sentence the author ended, or much wider than the heading. */
  private static boolean isDetail(String first, List<String> rest) {
    int wide = 0;
    for (String line : rest) {
      wide += width(line);
    }
    return ProblemText.endsWithStop(rest.get(rest.size() - 1)) || wide >= MUCH_WIDER * width(first);
  }

  private static int widest(List<String> lines) {
    int widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, width(line));
    }
    return widest;
  }

  /** A line's width in half-width characters: a Han character or a full-width mark is two. */
  static int width(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); i++) {
      w += line.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return w;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}

package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Head;

/**
 * The title and description of a problem written as a numbered line and the lines under it, in both
 * genres (docs/decisions/0105):
 *
 * <ul>
 *   <li>a short line with no punctuation (1.理论学习方面, 2.基层党组织建设：) over text: the line is the title,
 *       the text under it the description — unless it ends with a word that cannot end a phrase
 *       (2.部分问题的 / 整改措施不具体…: a sentence wrapped, 0361);
 *   <li>a problem on one line: the title is its head ({@link OutlineParser#splitHead}); the
 *       description is the whole line, its first sentence included (1.学习不深。具体表现为… describes itself
 *       as written) — never the rest alone, never the title twice (docs/decisions/0162);
 *   <li>a problem whose text runs over several lines or paragraphs (a PDF or text file wrapped at
 *       its width, a problem of two paragraphs, a sentence ending 主要表现在： with the sub-points that
 *       describe it): the lines are joined — a line that ends mid-sentence runs on into the next
 *       without a break — the title is the head of the whole text (without the 主要表现在 that
 *       introduces the points) and the description the whole text.
 * </ul>
 */
final class ProblemText {

  /** Punctuation that makes a line prose rather than a heading of its own. */
  private static final String CLAUSE_MARKS = "，。；！？,;!?";

  /** What ends a line that is not wrapped mid-sentence. */
  private static final String LINE_ENDS = "。！？；：…”’」』）)!?;:";

  private static final int TITLE_LINE_MAX = 30;

  /** The end of a sentence that introduces the points describing it: 主要表现在：, 具体表现为：, 表现在：, 主要有：. */
  private static final Pattern INTRO =
      Pattern.compile("[，,]?\\s*(?:主要|具体|突出)?(?:表现在|表现为|体现在|有)(?:以下几个方面|以下方面|以下几点|如下)?\\s*[：:]$");

  private ProblemText() {}

  /** Whether a line ends by introducing the points below it (…，主要表现在：). */
  static boolean introducesPoints(String line) {
    String t = line.strip();
    Matcher m = INTRO.matcher(t);
    // 主要有： needs 主要 (or 具体) before 有: a bare 有： ends too many sentences
    return m.find() && (!m.group().replaceAll("[，,：:\\s]", "").equals("有"));
  }

  /**
   * The title of {@code text} ({@link OutlineParser#splitHead}) without the phrase that introduces
   * its points, when a colon follows the phrase (理论学习不深入，主要表现在： → 理论学习不深入). Without the colon the
   * phrase is the title's own last word (干部队伍建设方面存在的问题有, …，主要表现在), kept as written.
   */
  static String titleOf(String text) {
    String title = OutlineParser.splitHead(text).title();
    String t = text.strip();
    boolean colonAfter =
        t.startsWith(title) && INTRO_COLON_AFTER.matcher(t.substring(title.length())).lookingAt();
    return colonAfter ? withoutIntro(title) : title;
  }

  /** A colon right after a title, over the punctuation the title leaves off. */
  private static final Pattern INTRO_COLON_AFTER = Pattern.compile("[，,；;、\\s]*[：:]");

  /** A title without the phrase that introduces its points: 理论学习不深入，主要表现在 → 理论学习不深入. */
  static String withoutIntro(String title) {
    Matcher m = INTRO.matcher(title + "：");
    if (!m.find()) {
      return title;
    }
    String cut = title.substring(0, m.start()).strip();
    return cut.isEmpty() ? title : cut;
  }

  /**
   * The title of the problem and its description; the description is empty when the title is all
   * the problem says (a line without more text), for the caller to fill.
   */
  static Head of(String heading, List<String> body) {
    int broken = BrokenTitles.continuing(heading, body);
    if (broken > 0) {
      // 1.…措施落实 / 不到位，…: the title goes on in the next line (0366)
      String joined = heading.strip() + body.get(0).strip();
      Head head = of(joined, body.subList(broken, body.size()));
      return head.rest().isEmpty() ? new Head(head.title(), joined) : head;
    }
    String first = heading.strip();
    if (!body.isEmpty() && isTitleLine(first) && !SentenceEnds.cutAfterFunctionWord(first)) {
      return new Head(first.replaceAll("[：:]$", ""), join(body));
    }
    if (body.isEmpty()) {
      // 经查：… / 公务用车方面：…: titled by what follows the lead-in, described whole (0361)
      String titled = ProblemLeadIns.without(first);
      Head head = OutlineParser.splitHead(titled);
      if (head.rest().isEmpty() && titled.equals(first)) {
        return new Head(titleOf(titled), "");
      }
      return new Head(titleOf(titled), first);
    }
    List<String> all = new ArrayList<>(body.size() + 1);
    all.add(first);
    all.addAll(body);
    String whole = join(all);
    return new Head(titleOf(ProblemLeadIns.without(whole)), whole);
  }

  /**
   * A heading on a line of its own: short, with no clause or sentence punctuation (a colon at its
   * end is allowed), not ending in a 、 that continues an enumeration.
   */
  static boolean isTitleLine(String line) {
    String t = line.strip().replaceAll("[：:]$", "");
    if (t.isEmpty() || t.length() > TITLE_LINE_MAX || t.endsWith("、")) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (CLAUSE_MARKS.indexOf(c) >= 0 || c == '：' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /** The kind of document a title ends with: …整改方案, …的报告, …检视剖析材料. */
  private static final Pattern DOCUMENT_KIND = Pattern.compile("(?:方案|报告|材料|清单|台账|计划|意见|通知|情况)$");

  /**
   * Whether {@code second} ends the title {@code first} began, wrapped at the page's width: both
   * are title lines, the second short and ending with the document's kind (方案, 报告, 材料…) the first
   * lacks (「…关于巡视反馈意见的整改」 / 「方案」), docs/decisions/0221.
   */
  static boolean wrapsTitle(String first, String second) {
    String a = first.strip();
    String b = second.strip();
    return isTitleLine(a)
        && isTitleLine(b)
        && b.length() <= 12
        && DOCUMENT_KIND.matcher(b).find()
        && !DOCUMENT_KIND.matcher(a).find()
        && (a + b).length() <= TITLE_LINE_MAX * 2;
  }

  /** Whether {@code line} ends mid-sentence, so that the line after it continues it. */
  static boolean endsMidSentence(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '，' || last == '、' || last == ',') {
      return true;
    }
    return LINE_ENDS.indexOf(last) < 0
        && (!isTitleLine(t) || SentenceEnds.cutAfterFunctionWord(t)); // 部分问题的 (0361)
  }

  /**
   * What opens a line that goes on with the sentence before it, wherever that line ends: an amount
   * a wrap cut from its words (核减金额 / 12.6万元, 占比 / 35%), or a mark (，、；。）).
   */
  private static final Pattern OPENS_MID_SENTENCE =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)?(?:万元|亿元|元|万|亿|%|％)|[，,、；;。：:）)])");

  /**
   * Whether {@code next} goes on with the sentence {@code line} began: {@code line} ends
   * mid-sentence ({@link #endsMidSentence}), or {@code next} opens as no sentence does (12.6万元, a
   * mark); the two are then joined without a line break and, Chinese beside Chinese, without a
   * space (0372).
   */
  static boolean runsOn(String line, String next) {
    return endsMidSentence(line) || opensMidSentence(next);
  }

  /** Whether {@code line} opens as no sentence does: 12.6万元…, or a mark (，、；。）). */
  static boolean opensMidSentence(String line) {
    return OPENS_MID_SENTENCE.matcher(line.strip()).lookingAt();
  }

  /** Lines joined: a line that ends mid-sentence runs on into the next, others end the line. */
  static String join(List<String> lines) {
    return join(lines.stream().filter(line -> !line.isBlank()).toList(), ProblemText::runsOn);
  }

  /**
   * Lines joined, each stripped: where {@code wraps} says a line goes on with the one before, the
   * two are one line — Chinese text without a space, two Latin words with one (Microsoft / Teams is
   * 「Microsoft Teams」, 0369) — others end the line.
   */
  static String join(List<String> lines, BiPredicate<String, String> wraps) {
    StringBuilder out = new StringBuilder();
    String previous = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (previous != null) {
        if (!wraps.test(previous, line)) {
          out.append('\n');
        } else if (!out.isEmpty()
            && !line.isEmpty()
            && isLatin(out.charAt(out.length() - 1))
            && isLatin(line.charAt(0))) {
          out.append(' ');
        }
      }
      out.append(line);
      previous = line;
    }
    return out.toString();
  }

  /**
   * Whether a line ends with what ends a line that is not wrapped mid-sentence (。；：！？ and closing
   * quotes or brackets).
   */
  static boolean endsWithStop(String line) {
    String t = line.strip();
    return !t.isEmpty() && LINE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

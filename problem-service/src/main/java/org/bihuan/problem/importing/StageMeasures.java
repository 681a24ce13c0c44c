package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure written as a time stage: 第一阶段（2024年7月31日前）：完成全面排查；第二阶段（2024年10月31日前）：完成整改 — on one line
 * after ；, or a stage a line, in a plan or in a table's 整改措施 cell — also 阶段一：…, 第一步：…, 第1阶段：…
 * (docs/decisions/0310). Each stage is a measure of its own, without its stage words, as a measure
 * named by its term is without 近期： (0306), and its date — in the bracket after the stage words, or
 * in its text (第一阶段：…，2024年7月31日前完成) — is its own time limit: a 整改时限 given beside the stages (the
 * problem's, a cell's) is not read for it, and the dry run names one that says otherwise.
 */
final class StageMeasures {

  private StageMeasures() {}

  /**
   * One stage: its text without the stage words, its own time limit (null when it has none), and
   * its stage words (第一阶段, 阶段二).
   */
  record Stage(String text, String limit, String words) {}

  private static final String NUMBER = "[一二三四五六七八九十0-9０-９]{1,3}";

  /** A stage's words: 第一阶段, 阶段一, 第一步, 第1阶段. */
  static final String WORDS = "(?:第" + NUMBER + "(?:阶段|步)|阶段" + NUMBER + ")";

  /**
   * The stage words, then a bracket (its time), a colon or comma, or a year at once; at least one
   * of them.
   */
  private static final Pattern LEAD =
      Pattern.compile(
          WORDS
              + "(?:\\s*[（(](?<when>[^（）()]{1,40})[）)]\\s*[：:，,]?|\\s*[：:，,]|(?=\\s*\\d{4}\\s*年))\\s*");

  /** A stage's words at the text's start or after a separator or a line break. */
  private static final Pattern CUT =
      Pattern.compile("(?:^|(?<=[；;。\\n]))[\\s\\u3000]*(?=" + LEAD.pattern() + ")");

  /** A date a stage's text sets for itself: 2024年7月31日前, 2024年10月底前, 2024年底前 (2024年7月31日完成). */
  private static final Pattern DUE =
      Pattern.compile(
          "\\d{4}\\s*年\\s*(?:\\d{1,2}\\s*月\\s*(?:\\d{1,2}\\s*[日号]|底|末|上旬|中旬|下旬)?|底|末)"
              + "\\s*(?:[以之]?前|(?=\\s*(?:全面)?完成))");

  /** The stage words at a text's start. */
  private static final Pattern WORDS_AT = Pattern.compile("^\\s*" + WORDS);

  /**
   * The stage words as a line of a PDF's cell begins with them: the bracket may close on the next
   * line (第二阶段（2024年9月30日 / 前）：…, where the printer cut it).
   */
  private static final Pattern OPENS = Pattern.compile(WORDS + "\\s*(?:[（(：:，,]|\\d{4}\\s*年)");

  /** Whether a line begins with a stage's words, its bracket perhaps cut at the line's end. */
  static boolean opensLine(String line) {
    return OPENS.matcher(line.strip()).lookingAt();
  }

  /** Whether {@code text} begins with a stage's words (第二阶段（2024年10月31日前）：…). */
  static boolean leads(String text) {
    return LEAD.matcher(text.strip()).lookingAt();
  }

  /**
   * The stages {@code text} is cut into, each without its stage words; null unless it begins with a
   * stage's words.
   */
  static List<Stage> of(String text) {
    String t = text.strip();
    if (!leads(t)) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    Matcher cut = CUT.matcher(t);
    while (cut.find()) {
      if (starts.isEmpty() || cut.end() > starts.get(starts.size() - 1)) {
        starts.add(cut.end());
      }
    }
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
      String part = t.substring(starts.get(i), end);
      Matcher lead = LEAD.matcher(part);
      if (!lead.lookingAt()) {
        continue;
      }
      String rest = part.substring(lead.end()).replaceAll("[；;，,、\\s\\u3000]+$", "");
      if (rest.isEmpty()) {
        continue;
      }
      Matcher words = WORDS_AT.matcher(part);
      String said = words.find() ? words.group().strip() : "";
      stages.add(new Stage(rest, limit(lead.group("when"), rest), said));
    }
    return stages.isEmpty() ? null : stages;
  }

  /**
   * Gives each of {@code measures}, all in time stages, the stage of a 整改时限 written in stages
   * ({@link StagedTimeLimits}: 第一阶段：2024年7月31日前；第二阶段：…) and returns true; false, giving nothing,
   * otherwise. With as many stages each measure takes its stage in order; with another count, the
   * stage of its number, and a measure whose stage the 整改时限 does not name takes it whole, with a
   * note (0317). A stage with a date of its own keeps it (the 整改时限's stage is compared with it).
   */
  static boolean assignByStage(List<PlanMeasureDraft> measures, String value, int line) {
    if (measures.isEmpty() || !measures.stream().allMatch(m -> m.staged)) {
      return false;
    }
    List<Integer> numbers =
        measures.stream().map(m -> StagedTimeLimits.number(m.stageWords)).toList();
    List<String> limits = StagedTimeLimits.forStages(numbers, value);
    if (limits == null) {
      return false;
    }
    int written = StagedTimeLimits.of(value).size();
    for (int i = 0; i < limits.size(); i++) {
      PlanMeasureDraft m = measures.get(i);
      if (limits.get(i) != null) {
        m.assign(Labels.Label.TIME_LIMIT, limits.get(i), line);
        continue;
      }
      m.assign(Labels.Label.TIME_LIMIT, value, line);
      if (m.stageLimit == null) {
        m.unnamedStage =
            "the 整改时限 is written in "
                + written
                + " stages beside "
                + measures.size()
                + " measures in stages, and names no "
                + m.stageWords
                + "; this stage took the 整改时限 whole";
      }
    }
    return true;
  }

  /**
   * The stages of a 整改时限 written in stages, a time limit each (第一阶段：2024年9月30日前 / 第二阶段：长期坚持 →
   * 2024年9月30日前, 长期坚持); null unless it is written in {@code count} stages ({@link
   * StagedTimeLimits}).
   */
  static List<String> limits(String value, int count) {
    List<StagedTimeLimits.Timed> stages = value == null ? null : StagedTimeLimits.of(value);
    return stages == null || stages.size() != count
        ? null
        : stages.stream().map(StagedTimeLimits.Timed::limit).toList();
  }

  /** The bracket's time when it reads as one, else a date the text sets itself; null when none. */
  private static String limit(String when, String text) {
    if (when != null && DeadlineText.read(when).timing() != null) {
      return when.strip();
    }
    Matcher due = DUE.matcher(text);
    return due.find() ? due.group().strip() : null;
  }

  /**
   * The note for a measure whose stage gives its own time limit when a 整改时限 {@code beside} it names
   * no such deadline; null when it does (the cell holding every stage's date) or is empty.
   */
  static String besideNote(String limit, String beside, Integer year) {
    if (beside == null || beside.isBlank()) {
      return null;
    }
    DeadlineText.Reading own = DeadlineText.read(limit, year);
    // 2024年9月30日 / 2024年12月31日 a line each, or run together as a PDF's cell gives them
    String dates = beside.replaceAll("(?<=[日号底前])(?=\\s*\\d{4}\\s*年)", "；");
    for (String item : dates.split("[；;、，,\\n]+")) {
      DeadlineText.Reading r = DeadlineText.read(TimeStages.withoutNumbers(item), year);
      if (r.timing() == own.timing() && java.util.Objects.equals(r.deadline(), own.deadline())) {
        return null;
      }
    }
    return "its stage gives its own time limit 「"
        + limit
        + "」; the 整改时限 「"
        + OutlineParser.shorten(beside.strip().replace('\n', '；'))
        + "」 beside it was not read for it";
  }

  /**
   * The first of {@code lines} from {@code from} on that holds {@code words}; {@code from} if none.
   */
  static int lineOf(String words, List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).replaceAll("\\s", "").contains(words)) {
        return i;
      }
    }
    return from;
  }
}

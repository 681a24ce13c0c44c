package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.ParsedMeasure.Timing;

/**
 * A measure named by its term: 近期措施：…, 长效措施：…, 短期/中期/中长期/长期/远期 (整改)措施, or a measure line that
 * begins with the term and a colon (近期：开展清查。 under 整改措施：). Each opens a measure of its own with the
 * duty lines after it (docs/decisions/0306). The term decides the timing only where the measure's
 * own 整改时限 does not: a long-term measure (中长期, 长期, 长效, 远期) without one is LONG_TERM, as DOMAIN.md's
 * 长期坚持 is; a time limit given wins, so a dated one stays a DEADLINE. A time limit whose stages are
 * named by the same terms (近期：2025年3月底前；中长期：2025年12月底前, numbered or not) gives each measure the
 * stage of its term.
 */
final class MeasureTerms {

  private MeasureTerms() {}

  /** The term words, the longest first. */
  static final String TERMS = "中长期|近期|短期|中期|长期|长效|远期";

  /** The bracket a term may give its stage's time in before the colon: 近期（2024年9月底前）：… (0424). */
  private static final String WHEN = "(?:\\s*[（(](?<when>[^（）()]{1,40})[）)])?";

  /**
   * A term, a qualifier (整改)措施 / 任务 or none, its time in a bracket or none, and a colon, at the
   * text's start (not 近期目标：).
   */
  private static final Pattern LEAD =
      Pattern.compile("^\\s*(" + TERMS + ")(?:整改)?(?:措施|任务)?" + WHEN + "\\s*[：:]\\s*(?=\\S)");

  /**
   * The last clause of a long-term measure's text when it is nothing but its being kept up
   * (建立评估机制，纳入年度考核，长期坚持): the stage's time, not its work (0424).
   */
  private static final Pattern KEPT_UP_CLAUSE =
      Pattern.compile(
          "[，,；;]\\s*(?<kept>(?:并)?(?:" + DeadlineText.KEPT_UP + "|常态化推进))[。.；;]?\\s*$");

  /**
   * Where a measure named by term begins: at a line's start, or after ；, ; or 。 on the same line
   * (近期：清理台账；长效：建立核查机制, 0317). The ； before it on the same line is left out.
   */
  private static final Pattern CUT =
      Pattern.compile(
          "(?:^|(?<=\\n)|[；;]|(?<=。))[ \\t\\u3000]*(?="
              + TERMS
              + "(?:整改)?(?:措施|任务)?(?:\\s*[（(](?<when>[^（）()]{1,40})[）)])?\\s*[：:]\\s*\\S)");

  /**
   * A stage of a time limit named by its term, at the start or after a separator: the term and a
   * colon (近期：…, 长效：常态化推进), or the term followed at once by a date or by the words of a time limit
   * at once or kept up (近期2025年4月30日前, 长效长期坚持, 远期常态化推进). Read for a plan's or a cell's measures
   * named by term ({@link #stagesFor}) and for the stages of one measure ({@link TimeStages}).
   */
  static final Pattern STAGE =
      Pattern.compile(
          "(?:^|(?<=[；;，,。\\s\\u3000]))("
              + TERMS
              + ")(?:目标|任务)?(?:\\s*[：:]\\s*|(?=\\s*\\d{4}\\s*年)|(?=\\s*(?:"
              + DeadlineText.IMMEDIATE.pattern()
              + "|"
              + DeadlineText.LONG_TERM.pattern()
              + ")))");

  /** The label names of measures named by term (近期措施, 中长期整改措施…), for {@link LabelNames}. */
  static final String LABEL_NAMES =
      "中长期整改措施|近期整改措施|短期整改措施|中期整改措施|长期整改措施|远期整改措施" + "|中长期措施|近期措施|短期措施|中期措施|长期措施|长效措施|远期措施";

  /** The term a label's name or a measure's text begins with; null when none. */
  static String of(String labelName, String text) {
    if (labelName != null) {
      Matcher m = lead(labelName + "：x");
      if (m != null) {
        return m.group(1);
      }
    }
    Matcher m = lead(text);
    return m != null ? m.group(1) : null;
  }

  /**
   * The term and colon {@code text} begins with, or null; a bracket between them must read as a
   * time (近期（2024年9月底前）：…): 近期（财务科牵头）：… and 近期（三个月内）：… are no term's lead, read as before 0424,
   * their brackets kept in the text.
   */
  private static Matcher lead(String text) {
    Matcher m = LEAD.matcher(text);
    return m.find() && readsAsTime(m.group("when")) ? m : null;
  }

  /** Whether a term's bracket, if any, is a time limit ({@link DeadlineText} reads one). */
  private static boolean readsAsTime(String when) {
    return when == null || DeadlineText.read(when).timing() != null;
  }

  /**
   * {@code text} cut before each measure named by its term (近期：… / 长效：…, a line each or after ； on
   * one line), when it begins with one and another follows: a measure each, as in a plan or a
   * table's cell (0306, 0317); otherwise the text whole.
   */
  static List<String> cut(String text) {
    if (!leads(text)) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    Matcher m = CUT.matcher(text);
    int from = -1;
    while (m.find()) {
      if (!readsAsTime(m.group("when"))) {
        continue; // 长效（办公室配合）：…: no term's cut
      }
      if (from >= 0 && m.start() > from) {
        parts.add(text.substring(from, m.start()).strip());
      }
      from = m.end();
    }
    if (from >= 0) {
      parts.add(text.substring(from).strip());
    }
    parts.removeIf(String::isEmpty);
    return parts.size() > 1 ? parts : List.of(text);
  }

  /** Whether {@code text} begins with a term and a colon (近期：…, 长效措施：…). */
  static boolean leads(String text) {
    return lead(text) != null;
  }

  /** Whether the term is a long one (中长期, 长期, 长效, 远期): without a time limit, LONG_TERM. */
  static boolean isLong(String term) {
    return term != null && coarse(term).equals("长期");
  }

  /** 近期 and 短期 and 中期 are short, the others long. */
  private static String coarse(String term) {
    return switch (term) {
      case "近期", "短期", "中期" -> "近期";
      default -> "长期";
    };
  }

  private static String fine(String term) {
    return switch (term) {
      case "近期", "短期" -> "近期";
      case "长期", "长效", "远期" -> "长期";
      default -> term;
    };
  }

  /** The reading of a long-term measure that has no time limit of its own. */
  static DeadlineText.Reading longWithoutLimit(String term) {
    return new DeadlineText.Reading(
        Timing.LONG_TERM,
        null,
        "the term "
            + term
            + " names a long-term measure, and it has no 整改时限 of its own: it is imported as"
            + " LONG_TERM, without a deadline");
  }

  /**
   * {@code text} without the term and colon it begins with (近期：…, 长效措施：…, 近期（2024年9月底前）：…): the
   * term is its timing; a long-term measure's text also without a last clause that only keeps it up
   * (长效：建立评估机制，长期坚持 → 建立评估机制), which {@link #ownLimit} reads.
   */
  static String withoutLead(String text) {
    Matcher m = lead(text);
    if (m == null) {
      return text;
    }
    String rest = text.substring(m.end());
    Matcher kept = isLong(m.group(1)) ? KEPT_UP_CLAUSE.matcher(rest) : null;
    return kept != null && kept.find() && kept.start() > 0 ? rest.substring(0, kept.start()) : rest;
  }

  /**
   * The time limit a measure named by its term writes for itself: the bracket after the term when
   * it reads as a time (近期（2024年9月底前）：… → 2024年9月底前), else a long-term measure's last clause that
   * keeps it up (长效：…，长期坚持 → 长期坚持); null when none. It is the measure's time limit, as a stage's
   * own is ({@link StageMeasures}): a 整改时限 beside it is not read for it, and the dry run names one
   * that says otherwise (docs/decisions/0424).
   */
  static String ownLimit(String text) {
    Matcher m = lead(text);
    if (m == null) {
      return null;
    }
    String when = m.group("when");
    if (when != null) {
      return when.strip();
    }
    Matcher kept = isLong(m.group(1)) ? KEPT_UP_CLAUSE.matcher(text.substring(m.end())) : null;
    return kept != null && kept.find() && kept.start() > 0 ? kept.group("kept") : null;
  }

  /**
   * Gives each of {@code measures} the stage of {@code value} named by its term and returns true;
   * false, giving nothing, unless every measure has a term, the value names its stages by term
   * (numbered or not) and each measure's term names exactly one stage, each stage used once.
   */
  static boolean assignByTerm(List<PlanMeasureDraft> measures, String value, int line) {
    List<String> given = stagesFor(measures.stream().map(m -> m.term).toList(), value);
    if (given == null) {
      return false;
    }
    for (int i = 0; i < measures.size(); i++) {
      measures.get(i).assign(Label.TIME_LIMIT, given.get(i), line);
    }
    return true;
  }

  /**
   * The stage of {@code value} named by each of {@code terms}, in order (a plan's measures or a
   * table cell's); null unless there are two or more terms, none null, the value names its stages
   * by term (numbered or not) and each term names exactly one stage, each stage used once.
   */
  static List<String> stagesFor(List<String> terms, String value) {
    if (terms.size() < 2 || terms.contains(null)) {
      return null;
    }
    // a stage a line (a table's cell: 近期：2024年9月30日 / 长效：长期坚持) is a stage as after ；
    String joined =
        String.join("；", value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    Map<String, String> stages = stages(TextNoise.clean(joined));
    if (stages == null) {
      return null;
    }
    for (boolean fineTerms : new boolean[] {true, false}) {
      Map<String, String> byClass = new LinkedHashMap<>();
      for (Map.Entry<String, String> stage : stages.entrySet()) {
        String key = fineTerms ? fine(stage.getKey()) : coarse(stage.getKey());
        if (byClass.put(key, stage.getValue()) != null) {
          byClass = null;
          break;
        }
      }
      if (byClass == null) {
        continue;
      }
      List<String> given = new ArrayList<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      for (String term : terms) {
        String key = fineTerms ? fine(term) : coarse(term);
        given.add(byClass.get(key));
        used.add(key);
      }
      if (!given.contains(null) && used.equals(byClass.keySet())) {
        return given;
      }
    }
    return null;
  }

  /**
   * Each stage's term and text, in order; null when the text is no list of stages named by term.
   */
  private static Map<String, String> stages(String text) {
    List<String> items = NumberedDuties.items(text);
    String joined = items == null ? text : String.join("；", items);
    Matcher m = STAGE.matcher(joined);
    List<int[]> at = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
      terms.add(m.group(1));
    }
    if (at.size() < 2 || at.get(0)[0] != 0) {
      return null;
    }
    Map<String, String> stages = new LinkedHashMap<>();
    for (int i = 0; i < at.size(); i++) {
      int end = i + 1 < at.size() ? at.get(i + 1)[0] : joined.length();
      String stage = NumberedDuties.trim(joined.substring(at.get(i)[1], end));
      if (stage.isEmpty() || stages.put(terms.get(i), stage) != null) {
        return null;
      }
    }
    return stages;
  }
}

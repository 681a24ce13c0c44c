package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.ParsedMeasure.Timing;

/**
 * A time limit that gives the stages of one measure: numbered (整改时限：1.2024年6月底前；2.长期坚持,
 * 1.立行立改；2.长期坚持) or named by their term (近期：2024年6月底前；中长期：长期坚持): the measure is done by the date
 * (or at once), then kept up. A DEADLINE (IMMEDIATE) ticket has a date and a LONG_TERM one none
 * (DOMAIN.md), so the measure is held in both stages, a ticket each ({@link KeptUpStages},
 * docs/decisions/0330, amending 0292 and 0299, which kept one LONG_TERM measure whose ticket lost
 * the date). The reading is that of its first stage, the latest date (or 立行立改), marked {@link
 * DeadlineText.Reading#keptUp}. Any other numbered list is read without its numbers, as its items
 * joined by ；.
 *
 * <p>Such a list beside several measures is every measure's time limit, not one stage per measure,
 * unless the numbering says otherwise ({@link NumberedPlanDuties}, {@link NumberedDuties}, 0299).
 */
final class TimeStages {

  /**
   * The words a paragraph opens with when it goes on from the one before (2025年6月30日前完成整改 /
   * 并建立长效机制): 并, 且, 并且, 同时, 及, 和.
   */
  private static final Pattern JOINED_ON = Pattern.compile("(?:并且|并|且|同时|及|和)");

  private TimeStages() {}

  /**
   * The reading of a time limit whose stages (numbered or named by term) are dated or 立行立改, and
   * 长期坚持; null when it is no such list.
   */
  static DeadlineText.Reading read(String raw, Integer year) {
    String text = TextNoise.clean(raw);
    List<String> items = NumberedDuties.items(text);
    boolean numbered = items != null;
    if (!numbered) {
      items = byTerm(text);
    }
    if (items == null) {
      return null;
    }
    boolean longTerm = false;
    boolean immediate = false;
    LocalDate latest = null;
    List<String> notes = new ArrayList<>();
    for (String item : items) {
      ReadingTime.check();
      DeadlineText.Reading r = DeadlineText.read(item, year);
      longTerm |= r.keptUp(); // a stage itself done, then kept up (2024年6月底前完成并长期坚持)
      if (r.timing() == Timing.LONG_TERM && r.deadline() == null) {
        longTerm = true;
      } else if (r.deadline() != null && r.timing() != Timing.LONG_TERM) {
        latest = latest == null || r.deadline().isAfter(latest) ? r.deadline() : latest;
      } else if (r.timing() == Timing.IMMEDIATE) {
        immediate = true;
      } else {
        return null; // a stage not understood: read as one limit
      }
      if (r.note() != null) {
        notes.add(r.note());
      }
    }
    if (!longTerm || (latest == null && !immediate)) {
      return null;
    }
    String said =
        "「"
            + text
            + "」 "
            + (numbered ? "numbers" : "names")
            + " the measure's stages, one of them 长期坚持";
    Timing first = latest != null ? Timing.DEADLINE : Timing.IMMEDIATE;
    String note =
        (latest != null ? said : said + ", the other 立行立改")
            + ": "
            + KeptUpStages.held(first, latest);
    notes.add(0, note);
    return new DeadlineText.Reading(first, latest, String.join("; ", notes), true);
  }

  /** Whether {@code raw} gives the stages of one measure, as {@link #read} reads them. */
  static boolean areStages(String raw) {
    return read(raw, null) != null;
  }

  /**
   * How many stages a time limit names by their term (近期：…；长效：…, 近期2025年4月30日前，长效长期坚持) or by their
   * stage's words (第一阶段：…；第二阶段：…, {@link StagedTimeLimits}); 0 when it is no such list, and for a
   * numbered one (1.…；2.…), which {@link NumberedDuties} pairs with the measures by number.
   */
  static int count(String raw) {
    String text = TextNoise.clean(raw);
    if (NumberedDuties.items(text) != null) {
      return 0;
    }
    List<StagedTimeLimits.Timed> staged = StagedTimeLimits.of(text);
    if (staged != null) {
      return staged.size();
    }
    List<String> terms = byTerm(text);
    return terms == null ? 0 : terms.size();
  }

  /**
   * The paragraphs of a time limit written one per measure without numbers (2025年4月30日 / 2025年5月底,
   * 2025年2月28日 / 立行立改, a paragraph each beside {@code measures} measures): paragraph n is measure
   * n's, as a numbered cell's item n is ({@link NumberedDuties}, docs/decisions/0408). Null unless
   * there are as many paragraphs as measures (two or more), each a time limit of its own, none
   * broken off a sentence (a line ending in ，、 goes on in the next), and the cell names no stages
   * by term or stage words ({@link #count}). A paragraph after the first that opens with a joining
   * word (并建立长效机制) goes on with the cell's time limit, which is then every measure's (each done by
   * the date, then kept up); one kept up and nothing more (立行立改 / 长期坚持, 2024年11月底前 / 长期) is the
   * timing of the measure in its place (docs/decisions/0422, amending 0408). A paragraph without a
   * year (6月30日 / 9月30日) is a time limit of its own in {@code year}, the year the 完成时限 header names
   * (0411; null: none), as it is then read (docs/decisions/0418).
   */
  static List<String> perParagraph(String raw, int measures, Integer year) {
    if (measures < 2 || raw == null || count(raw) > 0) {
      return null; // stages named by term or stage words are paired by them (0306, 0310)
    }
    List<String> paragraphs =
        raw.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (paragraphs.size() != measures) {
      return null;
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      DeadlineText.Reading r =
          year == null
              ? DeadlineText.read(TextNoise.clean(p))
              : DeadlineText.read(TextNoise.clean(p), year);
      if (p.matches(".*[，,、]$") || r.timing() == null) {
        return null;
      }
      if (i > 0 && JOINED_ON.matcher(p).lookingAt()) {
        return null; // the cell's time limit goes on: every measure's (0408)
      }
    }
    return paragraphs;
  }

  /** {@code raw} without its item numbers, the items joined by ；, when it is a numbered list. */
  static String withoutNumbers(String raw) {
    List<String> items = NumberedDuties.items(TextNoise.clean(raw));
    return items == null ? raw : String.join("；", items);
  }

  /** The stages of a text that names two or more by their term, the first at its start; or null. */
  private static List<String> byTerm(String text) {
    Matcher m = MeasureTerms.STAGE.matcher(text);
    List<int[]> terms = new ArrayList<>();
    while (m.find()) {
      terms.add(new int[] {m.start(), m.end()});
    }
    if (terms.size() < 2 || terms.get(0)[0] != 0) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      int end = i + 1 < terms.size() ? terms.get(i + 1)[0] : text.length();
      String item = NumberedDuties.trim(text.substring(terms.get(i)[1], end));
      if (item.isEmpty()) {
        return null;
      }
      items.add(item);
    }
    return items;
  }
}

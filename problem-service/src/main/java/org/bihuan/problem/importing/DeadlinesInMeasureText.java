package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time limit a measure's own words give when no 整改时限 is labelled for it: 建立通报制度，于2024年9月底前完成,
 * 修订办法，2024年10月31日前完成, 确保年底前完成, 长期坚持, 立行立改, 即日起…. A labelled 整改时限 always wins ({@link
 * #besideLabelled} only says where the words name another date).
 *
 * <p>A date counts only as a time limit is written in running text: followed by 前, 之前, 以前, 为止 or 内,
 * or by 完成, 办结, 到位 (2024年6月完成); a date that only tells what happened (2023年度预算, 自2024年1月起, 根据
 * 2024年3月印发的…) is no time limit. What is found is read by {@link DeadlineText}, the one reader of a
 * time limit: several dates, the latest (with a note); a date and 长期坚持, done by the date then kept
 * up. A month or year's end without a year (年底前, 12月底前) takes the year written before it in the
 * measure's text, else the document's year ({@link DeadlineText#documentYear}), and the note says
 * which. 即日起 (from today on) is IMMEDIATE without a date: the rectification service gives it its
 * default deadline, never today; 即日起 with 长期坚持 is kept up, LONG_TERM. Only 长期坚持 itself makes a
 * measure LONG_TERM here: 长效机制, 持续, 常态化 are words every measure uses (docs/decisions/0372).
 */
final class DeadlinesInMeasureText {

  private DeadlinesInMeasureText() {}

  private static final String YEAR = "(?:19|20)[0-9]{2}\\s*年\\s*";

  /** A date as a measure's text writes it, with or without its year. */
  private static final String WHEN =
      "(?:"
          + YEAR
          + "[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*[日号]|份|底|末|上旬|中旬|下旬)?"
          + "|"
          + YEAR
          + "度?\\s*(?:年?底|年?末|内)"
          + "|(?<![0-9年月])[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*[日号]|份|底|末|上旬|中旬|下旬)?"
          // 确保年底前, 今年年底前; not 三年内, 明年年底 (another year), 上半年
          + "|(?<![0-9〇零一二两三四五六七八九十百个半明去前后上下每全当])(?:今年|本年度?)?(?:年底|年末|年内))";

  /** What makes a date in running text a time limit: 前, 为止, 内, or the work being done by it. */
  private static final Pattern DEADLINE =
      Pattern.compile(
          "(?<when>"
              + WHEN
              + ")\\s*(?<by>(?:底前|[以之]?前|为止|内)|(?=(?:全面|基本|全部|彻底|逐步)?(?:完成|办结|到位|整改到位|整改完毕)))");

  /**
   * Words of a time limit that is at once (立行立改 and its synonyms, {@link DeadlineText#IMMEDIATE}).
   */
  private static final Pattern AT_ONCE = Pattern.compile(DeadlineText.AT_ONCE);

  /** 即日起: from today on, at once; no date (the service gives IMMEDIATE its default). */
  private static final Pattern FROM_TODAY = Pattern.compile("即日起|自即日起|从即日起");

  private static final Pattern KEPT_UP = Pattern.compile(DeadlineText.KEPT_UP);

  private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)[0-9]{2}\\s*年");

  /**
   * Whether {@code words} are a time limit and nothing else: 2024年6月底前完成, 年底前, 立行立改, 长期坚持, as a
   * bracket of fields writes one after a comma (（责任人：陈洁，2024年6月底前完成）, {@link FieldGroups}).
   */
  static boolean isTimeLimit(String words) {
    String w = DateSpelling.arabicDates(TextNoise.clean(words)).strip();
    if (AT_ONCE.matcher(w).matches() || KEPT_UP.matcher(w).matches()) {
      return true;
    }
    Matcher m = DEADLINE.matcher(w);
    return m.lookingAt() && DONE.matcher(w.substring(m.end())).matches();
  }

  /** What may follow a time limit in running words: the work being done by then. */
  private static final Pattern DONE =
      Pattern.compile("\\s*(?:全面|基本|全部|彻底|逐步)?(?:完成|办结|到位|整改到位|整改完毕)?(?:整改)?");

  /** A measure's time limit read from its words, and the warning that says so. */
  record Found(DeadlineText.Reading reading, String note) {}

  /**
   * The time limit {@code text} (a measure's words) gives, or null when it names none; {@code year}
   * the document's year (null: a yearless date is not read).
   */
  static Found read(String text, Integer year) {
    String words = TextNoise.clean(text);
    List<String> limits = new ArrayList<>();
    List<String> written = new ArrayList<>();
    List<String> yearNotes = new ArrayList<>();
    String yearBefore = null;
    Matcher m = DEADLINE.matcher(DateSpelling.arabicDates(words));
    while (m.find()) {
      ReadingTime.check();
      written.add(m.group().strip());
      String when = m.group("when").strip().replaceFirst("^(?:今年|本年度?)", "");
      Matcher y = HAS_YEAR.matcher(when);
      if (y.find()) {
        yearBefore = y.group().replaceAll("\\s", "");
      } else if (yearBefore != null) {
        yearNotes.add(
            "「"
                + when
                + "」 has no year; it was read in the year the measure's text names before it, "
                + yearBefore.replace("年", ""));
        when = yearBefore + when;
      }
      limits.add(when + m.group("by"));
    }
    boolean atOnce = AT_ONCE.matcher(words).find();
    boolean fromToday = FROM_TODAY.matcher(words).find();
    boolean keptUp = KEPT_UP.matcher(words).find();
    if (limits.isEmpty() && !atOnce && !fromToday && !keptUp) {
      return null;
    }
    // 即日起 names when the work starts: at once when nothing else says when it ends
    if (atOnce || (fromToday && !keptUp && limits.isEmpty())) {
      limits.add("立行立改");
      Matcher said = (atOnce ? AT_ONCE : FROM_TODAY).matcher(words);
      written.add(said.find() ? said.group() : "立行立改");
    }
    if (keptUp) {
      limits.add("长期坚持");
      written.add("长期坚持");
    }
    String limit = String.join("；", limits);
    DeadlineText.Reading reading = DeadlineText.read(limit, year);
    if (reading.timing() == null) {
      return new Found(
          reading,
          "no 整改时限 is given, and 「"
              + String.join("」「", written)
              + "」 in the measure's text was not read as one ("
              + reading.note()
              + "); set a time limit before creating its ticket");
    }
    List<String> notes = new ArrayList<>(yearNotes);
    if (reading.note() != null) {
      notes.add(reading.note());
    }
    String read =
        reading.timing()
            + (reading.deadline() == null ? "" : " " + reading.deadline())
            + (fromToday && !atOnce && reading.deadline() == null
                ? " (即日起: at once, without a date; the rectification service gives it its"
                    + " default deadline)"
                : "");
    String note =
        "no 整改时限 is given; 「"
            + String.join("」「", written)
            + "」 in the measure's text was read as its time limit, "
            + read
            + (notes.isEmpty() ? "" : "; " + String.join("; ", notes))
            + "; check it";
    return new Found(reading, note);
  }

  /**
   * A note when the words of a measure with a labelled 整改时限 name another deadline (修订办法，2024年7月底前完成
   * / 整改时限：2024年6月30日): the label wins, and the dry run says so; null when they agree or name none.
   */
  static String besideLabelled(String text, DeadlineText.Reading labelled, Integer year) {
    if (labelled.deadline() == null) {
      return null;
    }
    Found found = read(text, year);
    LocalDate said = found == null ? null : found.reading().deadline();
    if (said == null || said.equals(labelled.deadline())) {
      return null;
    }
    return "the measure's text names "
        + said
        + " as its time limit, its 整改时限 "
        + labelled.deadline()
        + "; the 整改时限 was kept";
  }
}

package org.bihuan.problem.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.input.SupportedDates;
import org.bihuan.problem.importing.ParsedMeasure.Timing;

/**
 * Reads a time limit as plans write it (整改时限：2024年6月30日前, 2024年9月底, 立行立改, 长期坚持, …).
 *
 * <p>Rules: a date names the deadline (DEADLINE; IMMEDIATE when the text also says 立行立改). A month
 * without a day is the end of that month (2024年4月 → 2024-04-30, also 6月底 and 6月底前), 上旬 the 10th, 中旬
 * the 20th; a month followed by 前, 以前 or 之前 (2025年5月前) is before that month, the end of the month
 * before it (2025-04-30, 0277); a year alone, 年底 or 年内 is 31 December, but a year followed by a
 * holiday or a season (2025年春节前, 2025年暑假) is not understood, with a note saying so (0273); 上半年 30
 * June; 一季度…四季度 the quarter's last day. Several dates: the latest is the deadline (the measure is
 * done when its last step is), with a note. Without a date 立行立改 is IMMEDIATE (the rectification
 * service gives it its default deadline) and 长期坚持 LONG_TERM. A date or 立行立改 together with 长期坚持
 * (2024年10月底前，长期坚持; 立行立改，长期坚持; numbered or named stages, {@link TimeStages}) is done by the date or
 * at once, then kept up: read as its first stage, {@link Reading#keptUp}, and the measure is held
 * in both ({@link KeptUpStages}, docs/decisions/0330). Anything else is not understood: timing null
 * and a note, never a guessed date. A date outside the dates the services accept ({@link
 * SupportedDates}: 1900-01-01 to 9999-12-31, such as a mistyped 1024年6月) is not understood either.
 * Dates written in Chinese numerals (二〇二四年九月三十日, 二〇二四年九月底, 2024年十二月) read as their Arabic form;
 * this is the one place every importer (plan lines, table cells) reads a time limit. Eight digits
 * 20240930 (a number cell or text, as ledgers exported from other systems write dates) are that
 * day. A year and month with a dot, full-width or not (2024.10, 2024．10), is that month's last day.
 * A two-digit year (24年10月底, 24年底, 24.10.31) is a year of this century, as the organisation that
 * writes it means it (2024), and a note says so. A month or year's end without a year (10月份, 10月底前,
 * 年底前) is read in the document's year ({@link #documentYear}: the year its dates name most often)
 * with a note naming the year, and is not read when the document names no year.
 */
final class DeadlineText {

  /**
   * What a time limit says; {@code timing} null when it was not understood (see note). {@code
   * keptUp}: the time limit is done by its date or at once, then kept up (长期坚持) — {@code timing}
   * and {@code deadline} are its first stage, and the measure is held in both stages ({@link
   * KeptUpStages}).
   */
  record Reading(Timing timing, LocalDate deadline, String note, boolean keptUp) {

    Reading(Timing timing, LocalDate deadline, String note) {
      this(timing, deadline, note, false);
    }
  }

  /**
   * What may follow a year read as its end (2024年, 2024年底前, 2024年内完成, 2024年至2025年): anything but a
   * word that names another time of the year. 2025年春节前, 2025年国庆节前, 2025年暑假, 2025年秋季学期 name a
   * holiday or season, which no table here turns into a date: such a year is no date at all, never
   * its 31 December (0273).
   */
  private static final String YEAR_GOES_ON =
      "(?![\\s\\u3000]*[\\u4e00-\\u9fff&&[^前以之止内完全起至到和及或底末度年、]])";

  /** A year followed by a word that names another time of it (2025年春节前), for the note. */
  private static final Pattern YEAR_AND_OTHER_TIME =
      Pattern.compile(
          "\\d{4}\\s*年\\s*度?(?![\\s\\u3000]*(?:[0-9]|[一二三四五六七八九十]{1,2}月))"
              + "(?=[\\s\\u3000]*[\\u4e00-\\u9fff&&[^前以之止内完全起至到和及或底末度年、]])");

  private static final Pattern DATE =
      Pattern.compile(
          "(?<y1>\\d{4})\\s*年\\s*(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*[日号]?"
              + "|(?<y2>\\d{4})\\s*[-./／．]\\s*(?<m2>\\d{1,2})\\s*[-./／．]\\s*(?<d2>\\d{1,2})(?!\\d)"
              + "|(?<y3>\\d{4})\\s*年\\s*(?<m3>\\d{1,2})\\s*(?:月份|月)\\s*"
              + "(?:(?<p3>上旬|中旬|下旬)|(?<b3>[以之]?前))?"
              + "|(?<y4>\\d{4})\\s*[-./／．]\\s*(?<m4>\\d{1,2})(?![\\d])"
              + "|(?<y5>\\d{4})\\s*年\\s*度?\\s*(?<p5>第?[一二三四1-4]季度|上半年|下半年|年中|年底|年末|底|末|内)?"
              + YEAR_GOES_ON
              + "|(?<![0-9])(?<y6>(?:19|20)[0-9]{2})(?<m6>0[1-9]|1[0-2])(?<d6>[0-2][0-9]|3[01])(?![0-9])");

  /**
   * The set phrases of a time limit that is at once, as a regex alternation: 立行立改 and its synonyms
   * (the words of {@link #IMMEDIATE} without the everyday 立即 and 马上).
   */
  static final String AT_ONCE = "立行立改|立即整改|即知即改|即查即改|立知立改|立查立改";

  /**
   * Words of a time limit that is at once (立行立改, and its everyday synonyms 即知即改, 即查即改, 立知立改, 立查立改:
   * 0361): IMMEDIATE.
   */
  static final Pattern IMMEDIATE = Pattern.compile(AT_ONCE + "|立即|马上");

  /** The set phrase of a time limit that is kept up: 长期坚持. */
  static final String KEPT_UP = "长期坚持";

  /** Words of a time limit that is kept up (长期坚持, 常态化): LONG_TERM. */
  static final Pattern LONG_TERM = Pattern.compile(KEPT_UP + "|长期|持续推进|持续整改|常态化|长效|久久为功|持续");

  private static final Pattern MONTH_WITHOUT_YEAR =
      Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月");

  /** The most dates {@link #documentYear} looks at (a document's text may be long). */
  private static final int YEARS_COUNTED = 10_000;

  /**
   * The year a document's dates name most often, a date written with a two-digit year (24年10月底)
   * counting for its year as it is read ({@link DateSpelling#TWO_DIGIT_YEAR_OF_A_DATE}, 0309), or
   * null when it names none: the year a month without one (10月份) is read in. Of two years named as
   * often the later one is taken: the earlier is often the year a finding happened in (2023年度预算),
   * the later the year of the time limits the plan sets.
   */
  static Integer documentYear(CharSequence text) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    Matcher m = DATE.matcher(text);
    int n = 0;
    for (; n < YEARS_COUNTED && m.find(); n++) {
      for (String g : new String[] {"y1", "y2", "y3", "y4", "y5", "y6"}) {
        if (m.group(g) != null) {
          int year = num(m, g);
          if (year >= 1990 && year <= 2100) {
            counts.merge(year, 1, Integer::sum);
          }
        }
      }
    }
    Matcher twoDigits = DateSpelling.TWO_DIGIT_YEAR_OF_A_DATE.matcher(text);
    for (; n < YEARS_COUNTED && twoDigits.find(); n++) {
      counts.merge(2000 + Integer.parseInt(twoDigits.group("y")), 1, Integer::sum);
    }
    Integer best = null;
    for (var e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || (e.getValue().equals(counts.get(best)) && e.getKey() > best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** 10月, 十月 without a year before it. */
  static final Pattern YEARLESS_MONTH =
      Pattern.compile("(?<![年0-9〇零一二三四五六七八九十个])(?=(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月)");

  /** 年底, 年末, 年内, 年中, 上半年, 下半年 without a year before them. */
  static final Pattern YEARLESS_PART =
      Pattern.compile("(?<![0-9年上下半])(?:年(?=底|末|内|中)|(?=上半年|下半年))");

  /**
   * A time limit as {@link #read(String)} reads it, a month or a year's end without a year (10月份,
   * 10月底前, 年底前) read in {@code year}, the document's year (null: none is guessed), with a note.
   */
  static Reading read(String raw, Integer year) {
    // 1.2024年6月底前；2.长期坚持: stages of one measure (0292); any other numbered list as its items
    Reading staged = TimeStages.read(raw, year);
    if (staged != null) {
      return staged;
    }
    raw = TimeStages.withoutNumbers(raw);
    Reading r = read(raw);
    if (year == null || r.deadline() != null) {
      return r; // 9月底前并建立长效机制 (LONG_TERM without its date) is read in the year too (0422)
    }
    String text = DateSpelling.withRangeYears(DateSpelling.arabicDates(TextNoise.clean(raw)));
    String dated = YEARLESS_MONTH.matcher(text).replaceAll(year + "年");
    dated = YEARLESS_PART.matcher(dated).replaceAll(year + "年");
    if (dated.equals(text)) {
      return r;
    }
    Reading inYear = read(dated);
    if (inYear.deadline() == null) {
      return r;
    }
    String note =
        "「"
            + text
            + "」 has no year; it was read in the document's year, "
            + year
            + " ("
            + inYear.deadline()
            + ")";
    return new Reading(
        inYear.timing(),
        inYear.deadline(),
        inYear.note() == null ? note : note + "; " + inYear.note(),
        inYear.keptUp());
  }

  static Reading read(String raw) {
    String text = DateSpelling.withRangeYears(DateSpelling.arabicDates(TextNoise.clean(raw)));
    if (text.isEmpty()) {
      return new Reading(null, null, "no time limit is given");
    }
    String fullYears = DateSpelling.withFullYears(text);
    if (fullYears != null) {
      Reading r = read(fullYears);
      if (r.deadline() == null) {
        return new Reading(r.timing(), null, r.note(), r.keptUp());
      }
      String note = "「" + text + "」 has a two-digit year, read as " + r.deadline().getYear();
      return new Reading(
          r.timing(), r.deadline(), r.note() == null ? note : note + "; " + r.note(), r.keptUp());
    }
    LocalDate latest = null;
    int dates = 0;
    String before = null;
    // 2024年9月30日完成阶段性任务，年底前全面完成: the later stage in the earlier one's year (0343)
    Matcher m = DATE.matcher(YearCarriedOn.of(text));
    while (m.find()) {
      LocalDate date;
      try {
        date = date(m);
      } catch (DateTimeException e) {
        return new Reading(null, null, "「" + m.group() + "」 is not a calendar date");
      }
      if (!SupportedDates.contains(date)) {
        return new Reading(
            null,
            null,
            "「"
                + m.group().strip()
                + "」 is outside the dates a deadline may have ("
                + SupportedDates.MIN
                + " to "
                + SupportedDates.MAX
                + "); it was not imported");
      }
      dates++;
      if (m.group("b3") != null && before == null) {
        // 2025年5月前 is read as the end of April (0277): said, so that it can be checked
        before =
            "「"
                + m.group().strip()
                + "」 is read as before that month, "
                + date
                + " (the end of the month before it); check it";
      }
      if (m.group("y5") != null && m.group("p5") == null && before == null) {
        // 整改时限：2024年 alone: the year's end is a guess the plan does not make (0366)
        before =
            "「"
                + m.group().strip()
                + "」 names only a year; its end, "
                + date
                + ", was read as the deadline; check it";
      }
      if (latest == null || date.isAfter(latest)) {
        latest = date;
      }
    }
    boolean immediate = IMMEDIATE.matcher(text).find();
    boolean longTerm = LONG_TERM.matcher(text).find();
    if (latest != null) {
      String note = null;
      if (dates > 1) {
        note = "「" + text + "」 names several dates; the latest, " + latest + ", is the deadline";
      }
      if (longTerm) {
        String held = "also says 长期坚持: " + KeptUpStages.held(Timing.DEADLINE, latest);
        note = note == null ? "「" + text + "」 " + held : note + "; it " + held;
      }
      if (before != null) {
        note = note == null ? before : note + "; " + before;
      }
      return new Reading(
          immediate && !longTerm ? Timing.IMMEDIATE : Timing.DEADLINE, latest, note, longTerm);
    }
    if (longTerm && immediate) {
      String note =
          "「" + text + "」 says 立行立改 and 长期坚持: " + KeptUpStages.held(Timing.IMMEDIATE, null);
      return new Reading(Timing.IMMEDIATE, null, note, true);
    }
    if (longTerm) {
      return new Reading(Timing.LONG_TERM, null, null);
    }
    if (immediate) {
      return new Reading(Timing.IMMEDIATE, null, null);
    }
    if (MONTH_WITHOUT_YEAR.matcher(text).find()) {
      // no year is guessed: a plan written in December for 3月底 may mean either year
      return new Reading(
          null,
          null,
          "「"
              + text
              + "」 has no year, and none is guessed; write the year into it (××××年"
              + text.strip()
              + ")");
    }
    if (YEAR_AND_OTHER_TIME.matcher(text).find()) {
      // 2025年春节前: a holiday or a season of the year, not its end; kept as written, no date guessed
      return new Reading(
          null,
          null,
          "「"
              + text
              + "」 names a time of the year (a holiday, a season) that is not a date; no deadline"
              + " was read from it (not the year's end). Write the date it means (××××年×月×日)");
    }
    return new Reading(null, null, "「" + text + "」 is not a date, 立行立改 or 长期坚持");
  }

  private static LocalDate date(Matcher m) {
    if (m.group("y1") != null) {
      return LocalDate.of(num(m, "y1"), num(m, "m1"), num(m, "d1"));
    }
    if (m.group("y2") != null) {
      return LocalDate.of(num(m, "y2"), num(m, "m2"), num(m, "d2"));
    }
    if (m.group("y3") != null) {
      YearMonth month = YearMonth.of(num(m, "y3"), num(m, "m3"));
      String part = m.group("p3");
      if ("上旬".equals(part)) {
        return month.atDay(10);
      }
      if ("中旬".equals(part)) {
        return month.atDay(20);
      }
      if (m.group("b3") != null) {
        // 2025年5月前, 5月以前, 5月之前: before May, so by the end of April (0277); 5月底前 is May's end
        return month.minusMonths(1).atEndOfMonth();
      }
      return month.atEndOfMonth();
    }
    if (m.group("y6") != null) {
      return LocalDate.of(num(m, "y6"), num(m, "m6"), num(m, "d6"));
    }
    if (m.group("y4") != null) {
      return YearMonth.of(num(m, "y4"), num(m, "m4")).atEndOfMonth();
    }
    int year = num(m, "y5");
    String part = m.group("p5") == null ? "" : m.group("p5");
    if (part.contains("季度")) {
      int quarter = "一二三四".indexOf(part.charAt(part.length() - 3)) + 1;
      if (quarter == 0) {
        quarter = part.charAt(part.length() - 3) - '0';
      }
      return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }
    if (part.equals("上半年") || part.equals("年中")) {
      return LocalDate.of(year, 6, 30);
    }
    return LocalDate.of(year, 12, 31);
  }

  private DeadlineText() {}

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}

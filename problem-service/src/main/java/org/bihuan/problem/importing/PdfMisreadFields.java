package org.bihuan.problem.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A field of a problem read from a PDF holding what belongs to another column or another row
 * (docs/decisions/0397): a 责任人 holding dates or time limits (王强2024年12月底李娜2024年10月31日: the 整改时限
 * column and the rows below run into it), a 责任单位 holding one unit twice run together (党委办公室党委办公室:
 * the cells of two rows joined), a problem's title that is nothing but header names run together
 * (序号问题描述), a bare number (1, 4) or a time limit (2024年10月底前, 立行立改): the lines of a table printed
 * without borders read as an outline. Such a reading loses, merges or makes up problems; each
 * finding is added, by page, to what {@link PdfTableReadGuard} refuses.
 */
final class PdfMisreadFields {

  private PdfMisreadFields() {}

  /** A date or a time limit: 2024年12月底, 10月31日, 2025.3.31, 长期坚持, 立行立改. */
  private static final Pattern DATE =
      Pattern.compile(
          "[0-9]{4}\\s*年|[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*日|底)"
              + "|[0-9]{4}[.．/\\-][0-9]{1,2}[.．/\\-][0-9]{1,2}|长期坚持|立行立改");

  /** One time limit: 2024年10月31日, 12月底前, 2024年底, 2025.3.31, 长期坚持. */
  private static final String TIME_LIMIT =
      "(?:[0-9]{4}\\s*年\\s*)?[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*日|底|上旬|中旬|下旬)?\\s*(?:前|以前)?"
          + "|[0-9]{4}\\s*年(?:底|年底)?\\s*(?:前)?"
          + "|[0-9]{4}[.．/\\-][0-9]{1,2}(?:[.．/\\-][0-9]{1,2})?"
          + "|长期坚持|立行立改|持续推进|持续整改";

  /** Nothing but time limits: 2024年10月底前, 长期坚持2025.6.30, 立行立改. */
  private static final Pattern TIME_LIMIT_ONLY =
      Pattern.compile("(?:" + TIME_LIMIT + "|[、，,；;\\s])+");

  private static final Pattern ONE_TIME_LIMIT = Pattern.compile("(?:" + TIME_LIMIT + ")");

  /** Several time limits run on with nothing between: 2024年10月31日持续推进, 2025年3月31日长期坚持立行立改. */
  private static final Pattern LIMITS_RUN_ON = Pattern.compile("(?:" + TIME_LIMIT + "){2,}");

  /**
   * Whether {@code text} is two time limits or more run on with nothing between (2024年10月31日持续推进):
   * the 完成时限 cells of rows joined into one; not one time limit, nor two a row writes apart
   * (立行立改，长期坚持).
   */
  static boolean limitsRunOn(String text) {
    return LIMITS_RUN_ON.matcher(text).matches() && !ONE_TIME_LIMIT.matcher(text).matches();
  }

  /**
   * A person's name, and nothing else, run into a time limit that ends the title: 孙丽2025.3.31,
   * 周涛长期坚持 (a 责任人 cell beside a 完成时限 cell); not 截至2023年12月，3个支部未按期换届.
   */
  static final Pattern NAME_AND_LIMIT =
      Pattern.compile(
          "\\p{IsHan}{2,3}(?:[0-9]{4}[.．/\\-][0-9]{1,2}(?:[.．/\\-][0-9]{1,2})?"
              + "|[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日|底)?前?|长期坚持|立行立改)");

  /**
   * A unit holding a name of four characters or more twice on end: 党委办公室党委办公室 (two rows' cells
   * joined); a name holding a shorter word twice, 学院办公室办公室, may be a unit's own.
   */
  static final Pattern TWICE = Pattern.compile("(\\p{IsHan}{4,})\\1");

  /**
   * Adds to {@code wrong} what the problems of {@code doc}, read from a PDF, show of a misread
   * table: their titles whatever read them, their duties where a table printed without borders was
   * read.
   */
  static void found(DocumentContent content, ParsedDocument doc, Map<Integer, List<String>> wrong) {
    int withDuties = 0;
    java.util.Set<Integer> pages = new java.util.HashSet<>(); // where a borderless table was read
    for (ParsedProblem p : doc.problems()) {
      if (unruled(p, content)) {
        withDuties += (int) p.measures().stream().filter(m -> !noDuty(m)).count();
        pages.add(PdfTableReadGuard.page(p, content));
      }
    }
    pages.remove(null);
    boolean unruledRead = !content.unruledTables().isEmpty();
    Map<Integer, List<String>> joined = PdfJoinedRows.cells(content);
    Map<Integer, List<String>> titles = new java.util.TreeMap<>();
    int untabled = 0; // titles of problems not read from an unruled table that are no problems
    for (ParsedProblem p : doc.problems()) {
      Integer page = PdfTableReadGuard.page(p, content);
      boolean own = unruled(p, content);
      if (own) {
        title(p, wrong, page);
      } else {
        if (!unruledRead) {
          names(p, wrong, page); // where an unruled table was read, PdfTableReadGuard asks them
        }
        // on or after a page whose borderless table was read (its rows may go on over the page)
        boolean after = page != null && pages.stream().anyMatch(t -> t <= page);
        untabled += after && title(p, titles, page) ? 1 : 0;
      }
      if (own) {
        duties(p, wrong, page);
        PdfJoinedRows.persons(p, joined, wrong, page);
      }
      if (withDuties >= 2 && own) {
        List<ParsedMeasure> measures = p.measures();
        for (int j = 0; j < measures.size(); j++) {
          ParsedMeasure m = measures.get(j);
          if (noDuty(m) && cutTail(m, j == 0 ? null : measures.get(j - 1))) {
            PdfTableReadGuard.add(
                wrong,
                page,
                fieldOf("measure", m.measure(), p)
                    + " has none of the duties the table's other measures have: a cell's last"
                    + " lines were read as a row of their own");
          }
        }
      }
    }
    leaked(content, doc, pages, wrong);
    if (untabled >= 2) {
      // on a page whose borderless table was read, one title such as 三、2023年 may be a plan's;
      // several are the table's cells read as lines
      titles.forEach((page, what) -> what.forEach(w -> PdfTableReadGuard.add(wrong, page, w)));
    }
  }

  /**
   * Adds the problems without measures read as lines of a page whose table printed without borders
   * was read, when two or more are: the rows under the table's header that its reading could not
   * tell apart, left to the outline (梳理“三重一大”事项清单, 党委办公室王强张明 …).
   */
  private static void leaked(
      DocumentContent content,
      ParsedDocument doc,
      java.util.Set<Integer> pages,
      Map<Integer, List<String>> wrong) {
    List<ParsedProblem> bare =
        doc.problems().stream()
            .filter(p -> p.origin() != null && p.origin().table() == null)
            .filter(p -> p.measures().isEmpty())
            .filter(p -> pages.contains(PdfTableReadGuard.page(p, content)))
            .toList();
    if (bare.size() >= 2) {
      for (ParsedProblem p : bare) {
        PdfTableReadGuard.add(
            wrong,
            PdfTableReadGuard.page(p, content),
            "「"
                + OutlineParser.shorten(p.title())
                + "」 was read as a line beside the table, not as its row: the rows under its"
                + " header could not be told apart");
      }
    }
  }

  /**
   * Whether {@code m}, a measure naming no duty, reads as the tail of a cell rather than a row the
   * original leaves blank (已整改完成。 under its own 序号): a few characters (查。), or the text after a
   * measure of the same problem that does not end its sentence (…加强日常检 | 查。).
   */
  private static boolean cutTail(ParsedMeasure m, ParsedMeasure before) {
    String text = m.measure() == null ? "" : m.measure().replaceAll("[\\p{P}\\s]", "");
    if (text.codePointCount(0, text.length()) <= 4) {
      return true;
    }
    String last = before == null || before.measure() == null ? "" : before.measure().strip();
    return !last.isEmpty() && !SENTENCE_END.matcher(last).find();
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]$");

  /** Whether {@code p} was read from a table printed without borders. */
  private static boolean unruled(ParsedProblem p, DocumentContent content) {
    return p.origin() != null
        && p.origin().table() != null
        && content.unruledTables().contains(p.origin().table());
  }

  /** A measure naming no unit, leader, person nor time limit. */
  private static boolean noDuty(ParsedMeasure m) {
    return m.responsibleUnits().isEmpty()
        && m.coResponsibleUnits().isEmpty()
        && blank(m.leaderInCharge())
        && blank(m.responsiblePerson())
        && m.timing() == null
        && m.deadline() == null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * How a finding names a field of a measure: the 责任人 「王强、李娜」 of 「部分党员干部理论学习不深入…」, each value
   * shortened.
   */
  static String fieldOf(String field, String value, ParsedProblem p) {
    return "the "
        + field
        + " 「"
        + OutlineParser.shorten(value)
        + "」 of 「"
        + OutlineParser.shorten(p.title())
        + "」";
  }

  /** Adds a title of {@code p} that is a bare number or a table's header words run together. */
  static void names(ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    String title = p.title() == null ? "" : p.title().strip();
    if (!title.isEmpty()
        && (PdfTableReadSigns.noTitle(title) || HeaderNameRuns.madeOfNames(title))) {
      PdfTableReadGuard.add(
          wrong, page, "「" + title + "」 is a number or the table's header words, not a problem");
    }
  }

  /**
   * Adds a title of {@code p} that is a name run into a time limit, or a time limit alone
   * (孙丽2025.3.31, 周涛长期坚持, 2024年10月底前; not 截至2023年12月，3个支部…): a table's cells read as lines. Whether
   * it did.
   */
  static boolean title(ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    String title = p.title() == null ? "" : p.title().strip();
    if (title.isEmpty()) {
      return false;
    }
    if (NAME_AND_LIMIT.matcher(title).matches()) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "「"
              + title
              + "」 is a name or a time limit read as a problem: the table's cells were read as"
              + " lines");
      return true;
    } else if (TIME_LIMIT_ONLY.matcher(title).matches()
        && (DATE.matcher(title).find() || title.contains("持续"))) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "「"
              + title
              + "」 is a time limit read as a problem: the table's cells were read as lines");
      return true;
    }
    return false;
  }

  /** Adds what the duty fields of {@code p} show of columns or rows run together. */
  static void duties(ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    for (ParsedMeasure m : p.measures()) {
      String person = m.responsiblePerson();
      // a date inside brackets (王强（2024年入职）) is the person's own note, not another column's
      if (person != null && DATE.matcher(person.replaceAll("[（(][^（）()]*[）)]", "")).find()) {
        PdfTableReadGuard.add(
            wrong,
            page,
            fieldOf("责任人", person, p) + " holds dates: the columns or rows were run together");
      }
      for (String unit : m.responsibleUnits()) {
        if (unit != null && TWICE.matcher(unit).find()) {
          PdfTableReadGuard.add(
              wrong,
              page,
              fieldOf("责任单位", unit, p) + " holds one unit twice run together: rows were merged");
        }
      }
    }
  }
}

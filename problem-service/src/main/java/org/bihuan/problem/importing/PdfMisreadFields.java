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

  /** Nothing but time limits: 2024年10月底前, 长期坚持2025.6.30, 立行立改. */
  private static final Pattern TIME_LIMIT_ONLY =
      Pattern.compile(
          "(?:(?:[0-9]{4}\\s*年\\s*)?[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*日|底|上旬|中旬|下旬)?\\s*(?:前|以前)?"
              + "|[0-9]{4}\\s*年(?:底|年底)?\\s*(?:前)?"
              + "|[0-9]{4}[.．/\\-][0-9]{1,2}(?:[.．/\\-][0-9]{1,2})?"
              + "|长期坚持|立行立改|持续推进|持续整改|[、，,；;\\s])+");

  /** A word of three characters or more written twice on end: 党委办公室党委办公室, 综合办公室办公室. */
  private static final Pattern TWICE = Pattern.compile("(\\p{IsHan}{3,})\\1");

  /**
   * Adds to {@code wrong} what the problems of {@code doc}, read from a PDF, show of a misread
   * table: their titles whatever read them, their duties where a table printed without borders was
   * read.
   */
  static void found(DocumentContent content, ParsedDocument doc, Map<Integer, List<String>> wrong) {
    int withDuties = 0;
    for (ParsedProblem p : doc.problems()) {
      if (unruled(p, content)) {
        withDuties += (int) p.measures().stream().filter(m -> !noDuty(m)).count();
      }
    }
    for (ParsedProblem p : doc.problems()) {
      Integer page = PdfTableReadGuard.page(p, content);
      title(p, wrong, page);
      if (!content.unruledTables().isEmpty()) {
        duties(p, wrong, page);
      }
      if (withDuties >= 2 && unruled(p, content)) {
        for (ParsedMeasure m : p.measures()) {
          if (noDuty(m)) {
            PdfTableReadGuard.add(
                wrong,
                page,
                "the measure 「"
                    + OutlineParser.shorten(m.measure())
                    + "」 of 「"
                    + OutlineParser.shorten(p.title())
                    + "」 has none of the duties the table's other measures have: a cell's last"
                    + " lines were read as a row of their own");
          }
        }
      }
    }
  }

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

  /** Adds what the title of {@code p}, read from a PDF by any reader, shows of a misread table. */
  static void title(ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    String title = p.title() == null ? "" : p.title().strip();
    if (title.isEmpty()) {
      return;
    }
    if (PdfTableReadSigns.noTitle(title) || HeaderNameRuns.madeOfNames(title)) {
      PdfTableReadGuard.add(
          wrong, page, "「" + title + "」 is a number or the table's header words, not a problem");
    } else if (TIME_LIMIT_ONLY.matcher(title).matches()
        && (DATE.matcher(title).find() || title.contains("持续"))) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "「"
              + title
              + "」 is a time limit read as a problem: the table's cells were read as lines");
    }
  }

  /** Adds what the duty fields of {@code p} show of columns or rows run together. */
  static void duties(ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    for (ParsedMeasure m : p.measures()) {
      String person = m.responsiblePerson();
      if (person != null && DATE.matcher(person).find()) {
        PdfTableReadGuard.add(
            wrong,
            page,
            "the 责任人 「"
                + OutlineParser.shorten(person)
                + "」 of 「"
                + OutlineParser.shorten(p.title())
                + "」 holds dates: the columns or rows were run together");
      }
      for (String unit : m.responsibleUnits()) {
        if (unit != null && TWICE.matcher(unit).find()) {
          PdfTableReadGuard.add(
              wrong,
              page,
              "the 责任单位 「"
                  + OutlineParser.shorten(unit)
                  + "」 of 「"
                  + OutlineParser.shorten(p.title())
                  + "」 holds one unit twice run together: rows were merged");
        }
      }
    }
  }
}

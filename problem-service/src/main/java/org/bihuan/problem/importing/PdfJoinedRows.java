package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The measure rows of one problem joined into one, in a table printed without borders whose 序号 and
 * 存在问题 cells are merged down over the problem's measure rows (docs/decisions/0398): with no rule
 * between them and the problem's cells spanning them, the rows' cells read as the lines of one
 * cell, so the 责任人 column gives one line per joined row (王强 | 李娜 | 张明) run into one value
 * (王强、李娜、张明), the measures run together (…审批流程建立学习台账…) and the units join (各党支部组织部). A 责任人 read
 * from several lines holding names alone is that sign: the PDF is refused, as a person per line
 * cannot be told from the rows it stood in. Each finding is added, by page, to what {@link
 * PdfTableReadGuard} refuses.
 */
final class PdfJoinedRows {

  private PdfJoinedRows() {}

  /**
   * Two persons' names or more, each maybe with its note in brackets, nothing between: 王强李娜,
   * 王强（2024年入职）李娜张明.
   */
  private static final Pattern NAMES =
      Pattern.compile("(?:\\p{IsHan}{2,3}(?:[（(][^（）()]{1,20}[）)])?){2,}");

  /**
   * A name run on after another's note in brackets that holds a figure, nothing between:
   * 王强（2024年入职）李娜 (the next rows' persons joined to the first's cell); not 各县（市、区）主要负责同志.
   */
  private static final Pattern AFTER_NOTE =
      Pattern.compile("[（(][^（）()]*[0-9][^（）()]*[）)]\\p{IsHan}{2,3}");

  /** What a reader puts between names it joins, or an author between names in one line. */
  private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\s]");

  /**
   * The cells of two lines or more in the rows whose 完成时限 holds a time limit a line, two or more,
   * by table: where the lines of rows joined into one stand.
   */
  static Map<Integer, List<String>> cells(DocumentContent content) {
    Map<Integer, List<String>> cells = new HashMap<>();
    for (Grid g : content.tables()) {
      for (Grid.Row row : g.rows()) {
        if (row.cells().stream().anyMatch(c -> limitsOnLines(c.text()))) {
          for (Grid.Cell c : row.cells()) {
            if (c.text() != null && c.text().strip().contains("\n")) {
              cells.computeIfAbsent(g.table(), t -> new ArrayList<>()).add(c.text());
            }
          }
        }
      }
    }
    return cells;
  }

  /**
   * Adds the measures of {@code p}, read from a table printed without borders, whose 责任人 is the
   * lines of one of its table's {@code cells} ({@link #cells}) each holding a name alone, two or
   * more, or a name run on after another's note holding a figure.
   */
  static void persons(
      ParsedProblem p,
      Map<Integer, List<String>> cells,
      Map<Integer, List<String>> wrong,
      Integer page) {
    if (p.origin() == null || p.origin().table() == null) {
      return;
    }
    List<String> own = cells.getOrDefault(p.origin().table(), List.of());
    for (ParsedMeasure m : p.measures()) {
      String person = m.responsiblePerson();
      if (person != null
          && ((namesOnLines(person, own) && twice(m, p)) || AFTER_NOTE.matcher(person).find())) {
        PdfTableReadGuard.add(
            wrong,
            page,
            PdfMisreadFields.fieldOf("责任人", person, p)
                + " runs several rows' names together: the measure rows of a problem whose"
                + " cells span them were joined");
      }
    }
  }

  /**
   * Whether {@code cell} holds two time limits or more run on, each a line of the PDF joined
   * (2024年10月31日 | 持续推进): the 完成时限 cells of rows joined into one. One row's time limit of two
   * stages (立行立改，长期坚持, also wrapped after its comma) is no such cell.
   */
  private static boolean limitsOnLines(String cell) {
    return cell != null && PdfMisreadFields.limitsRunOn(cell.strip().replaceAll("\\R", ""));
  }

  /**
   * Whether another measure of {@code p} carries the text of {@code m}: a row joined from several,
   * split by its time limits (2024年10月31日 | 持续推进) into measures each holding all the rows' text.
   * One row's cell may well write two persons a line each (张伟 | 李娜) beside one measure.
   */
  private static boolean twice(ParsedMeasure m, ParsedProblem p) {
    return m.measure() != null
        && !m.measure().isBlank()
        && p.measures().stream().filter(o -> m.measure().equals(o.measure())).count() >= 2;
  }

  /**
   * Whether {@code person} is what one of {@code cells} holds on two lines or more with nothing
   * between its names: the names of several rows, a cell of one row would write 王强、李娜.
   */
  private static boolean namesOnLines(String person, List<String> cells) {
    String value = SEPARATORS.matcher(person).replaceAll("");
    for (String cell : cells) {
      List<String> lines =
          cell.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.size() >= 2
          && lines.stream().noneMatch(l -> SEPARATORS.matcher(l).find())
          && String.join("", lines).equals(value)
          && NAMES.matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }
}

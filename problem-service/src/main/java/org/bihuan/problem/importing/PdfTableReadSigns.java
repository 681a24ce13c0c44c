package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * More of what a PDF table printed without cell borders leaves when its rows and columns were
 * guessed wrongly (docs/decisions/0384, amended): a problem's title beginning with its own 序号 glued
 * to its words (1理论学习…: the 序号 column ran into the next one, and the rows below were lost), lines
 * left outside the table that begin with the numbers that go on from its 序号 (2修订…, 4对照…: its lost
 * rows), a 完成时限 cell holding dates run together (2024年9月30日2024年10月31日: the cells of several rows
 * joined into one), and a title that is a bare number or one column's header name (13, 责任人). Each
 * finding is added, by page, to what {@link PdfTableReadGuard} refuses.
 */
final class PdfTableReadSigns {

  private PdfTableReadSigns() {}

  /** A number glued to the Chinese words that follow it, without 、 or . between. */
  private static final Pattern GLUED_NUMBER =
      Pattern.compile(
          "^\\s*([0-9]{1,3})\\s*(?![年月日号时名户万元亿批份天周" + Numbering.COUNTER_WORDS + "])\\p{IsHan}");

  /** A date's day followed at once by another date's year: dates of several cells joined. */
  private static final Pattern JOINED_DATES = Pattern.compile("[0-9]{1,2}\\s*日\\s*[0-9]{4}\\s*年");

  /** Whole dates, one after another: 2024年6月30日2024年12月31日. */
  private static final Pattern WHOLE_DATES =
      Pattern.compile("(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日){2,}");

  private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]+");

  /** A title that begins with its position in its table, glued to its words (1理论学习…). */
  static void gluedSeq(
      ParsedProblem p, int position, Map<Integer, List<String>> wrong, Integer page) {
    Matcher m = GLUED_NUMBER.matcher(p.title() == null ? "" : p.title());
    if (m.find() && Integer.parseInt(m.group(1)) == position) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "「"
              + OutlineParser.shorten(p.title())
              + "」 begins with its 序号 run into its words: the 序号 column was not told apart");
    }
  }

  /** A 完成时限 cell of {@code row} holding dates run together (the cells of several rows). */
  static void joinedDates(
      Grid.Row row, int at, ParsedProblem p, Map<Integer, List<String>> wrong, Integer page) {
    if (row == null || at < 0 || at >= row.cells().size()) {
      return;
    }
    String text = row.cells().get(at).text();
    if (text != null && JOINED_DATES.matcher(text).find() && !oneRowsDates(row, at)) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "the 完成时限 「"
              + OutlineParser.shorten(text.replaceAll("\\s+", ""))
              + "」 of 「"
              + OutlineParser.shorten(p.title())
              + "」 runs several rows' dates together: rows were merged");
    }
  }

  /**
   * Whether the 完成时限 cell {@code at} of {@code row} holds whole dates of one row (2024年6月30日 and
   * 2024年12月31日 on two lines of one cell): every other cell of the row one line, as no row joined
   * with another leaves its units, leader and person; dates cut at a cell's edge are not.
   */
  private static boolean oneRowsDates(Grid.Row row, int at) {
    String dates = row.cells().get(at).text().replaceAll("\\s+", "");
    if (!WHOLE_DATES.matcher(dates).matches()) {
      return false;
    }
    for (int c = 0; c < row.cells().size(); c++) {
      if (c != at && row.cells().get(c).text().strip().contains("\n")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lines of {@code outsideText} that begin with a number glued to their words going on from the
   * last 序号 {@code last} of a table: two of them or more are the table's rows read as text.
   */
  static void rowsOutside(
      String outsideText, int last, Map<Integer, List<String>> wrong, Integer page) {
    TreeSet<Integer> numbers = new TreeSet<>();
    for (String line : outsideText.split("\n")) {
      Matcher m = GLUED_NUMBER.matcher(line);
      if (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n > last && n <= last + 50) {
          numbers.add(n);
        }
      }
    }
    if (numbers.size() >= 2) {
      PdfTableReadGuard.add(
          wrong,
          page,
          "lines outside the table begin with the 序号 "
              + numbers.first()
              + "–"
              + numbers.last()
              + " that go on from its last, "
              + last
              + ": its rows were lost");
    }
  }

  /** How many places two glyphs may be printed over each other in a table and it still be read. */
  private static final int OVERPRINTS_READ = 2;

  /**
   * Refuses page {@code page} when, inside one of its tables printed without cell borders ({@code
   * tables} not among {@code ruled}), characters are printed over other characters at more than
   * {@value #OVERPRINTS_READ} places (0423): a spreadsheet printed at its default column widths and
   * row heights, whose cells' texts run on into the cells beside and below them. Which character is
   * whose the print does not say; the columns and rows read from it would run texts together. A
   * character printed twice at one place (bold made by printing it again) is no such place.
   */
  static void overprinted(
      List<PdfLayout.Glyph> glyphs,
      List<PdfColumns.Table> tables,
      List<PdfColumns.Table> ruled,
      int page) {
    if (ruled.containsAll(tables)) {
      return;
    }
    List<PdfLayout.Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(PdfLayout.Glyph::y));
    List<int[]> pairs = overPairs(sorted);
    for (PdfColumns.Table t : tables) {
      if (ruled.contains(t)) {
        continue;
      }
      int places = 0;
      String first = null;
      for (int[] pair : pairs) {
        PdfLayout.Glyph a = sorted.get(pair[0]);
        if (a.y() >= t.top() - 1 && a.y() <= t.bottom() + 1) {
          places++;
          first = first == null ? a.text() + sorted.get(pair[1]).text() : first;
        }
      }
      if (places > OVERPRINTS_READ) {
        PdfTableReadGuard.refuseWhen(
            Map.of(
                page,
                List.of(
                    "its table's cells print their texts over each other ("
                        + places
                        + " places, the first 「"
                        + first
                        + "」): a sheet printed at its default column widths and row heights,"
                        + " whose texts run on into the cells beside them")));
      }
    }
  }

  /**
   * The glyphs of {@code byY} (sorted by baseline) printed over each other: pairs {i, j}, i before
   * j, the j's baseline less than half the i's size below it, in the order i then j. Swept left to
   * right: a glyph is compared only with the glyphs still open where it begins (their right edges
   * beyond its left) whose baselines are near its own, so a line of n texts costs about n
   * comparisons (and n log n to sort), not n(n-1)/2.
   */
  private static List<int[]> overPairs(List<PdfLayout.Glyph> byY) {
    Integer[] byLeft = new Integer[byY.size()];
    float reach = 0;
    for (int i = 0; i < byLeft.length; i++) {
      byLeft[i] = i;
      reach = Math.max(reach, byY.get(i).size() / 2);
    }
    Arrays.sort(byLeft, Comparator.comparingDouble(i -> byY.get(i).left()));
    TreeMap<Float, List<Integer>> open = new TreeMap<>();
    PriorityQueue<Integer> closing =
        new PriorityQueue<>(Comparator.comparingDouble(i -> byY.get(i).right()));
    List<int[]> pairs = new ArrayList<>();
    for (int k : byLeft) {
      PdfLayout.Glyph g = byY.get(k);
      while (!closing.isEmpty() && byY.get(closing.peek()).right() <= g.left()) {
        int done = closing.poll();
        List<Integer> at = open.get(byY.get(done).y());
        at.remove((Integer) done);
        if (at.isEmpty()) {
          open.remove(byY.get(done).y());
        }
      }
      for (List<Integer> near : open.subMap(g.y() - reach, true, g.y() + reach, true).values()) {
        for (int o : near) {
          int i = Math.min(o, k);
          int j = Math.max(o, k);
          if (byY.get(j).y() - byY.get(i).y() < byY.get(i).size() / 2
              && over(byY.get(i), byY.get(j))) {
            pairs.add(new int[] {i, j});
          }
        }
      }
      open.computeIfAbsent(g.y(), y -> new ArrayList<>()).add(k);
      closing.add(k);
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    return pairs;
  }

  /** Whether two glyphs of about one size, different characters, cover half of either's width. */
  private static boolean over(PdfLayout.Glyph a, PdfLayout.Glyph b) {
    if (a.text().equals(b.text())
        || Math.max(a.size(), b.size()) > 1.25f * Math.min(a.size(), b.size())) {
      return false;
    }
    float overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    return overlap > 0.5f * Math.min(a.width(), b.width());
  }

  /** A title that is a bare number or one column's header name (13, 责任人): no problem's. */
  static boolean noTitle(String title) {
    String s = title == null ? "" : title.strip();
    if (BARE_NUMBER.matcher(s).matches()) {
      return true;
    }
    TableReading.Column c = HeaderNameRuns.name(s);
    return c != null && (c == TableReading.Column.SEQ || HeaderNameRuns.isDuty(c));
  }
}

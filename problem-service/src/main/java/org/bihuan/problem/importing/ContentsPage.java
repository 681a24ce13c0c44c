package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 目录 (table of contents) in a document's text: a line 目录 (目 录, 目次) followed by entries that end
 * in a page number, after dot leaders, a tab or spaces or right after the heading's text (（一）财务管理方面
 * 2, 一、存在问题……3, 党的政治建设方面2 in a PDF). The entries repeat the document's headings, so read as text
 * they would be groups and problems of their own: the heading and its entries are blanked out
 * (every other line keeps its number) and named in one warning (docs/decisions/0215). A Word
 * document's table of contents is left out by its styles and field ({@link WordTableOfContents}).
 */
final class ContentsPage {

  private static final Pattern HEADING = Pattern.compile("目\\s*[录次][：:]?\\s*");

  /**
   * A page number at the end of an entry (one to three digits), and the leader or gap before it
   * ({@code [\s.．。·•…⋯_\-—－]*(\d{1,3})$} as a pattern): found by walking back from the line's end,
   * once. The pattern's {@code find} tried every position of a long leader again (a line of 200,000
   * dots took minutes, docs/decisions/0245).
   *
   * @param start where the leader begins (the page number itself when there is none)
   * @param digits where the page number begins
   */
  private record Page(int start, int digits, int number) {

    private static final String LEADER_CHARS = " \t\n\u000B\f\r.．。·•…⋯_-—－";

    /** The page number {@code t} ends with, or null. */
    static Page of(String t) {
      int end = t.length();
      int digits = end;
      while (digits > 0 && end - digits < 3 && isDigit(t.charAt(digits - 1))) {
        digits--;
      }
      if (digits == end) {
        return null;
      }
      int start = digits;
      if (end - digits < 3 || digits == 0 || !isDigit(t.charAt(digits - 1))) {
        while (start > 0 && LEADER_CHARS.indexOf(t.charAt(start - 1)) >= 0) {
          start--;
        }
      }
      return new Page(start, digits, Integer.parseInt(t.substring(digits)));
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final int NAMED = 3;

  private ContentsPage() {}

  /** {@code text} without its table of contents; a warning names what was left out. */
  static String without(String text, List<String> warnings) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      ReadingTime.check();
      String line = lines[i].strip().replace('\u3000', ' ');
      Matcher heading = HEADING.matcher(line);
      if (!heading.lookingAt()) {
        continue;
      }
      String rest = line.substring(heading.end());
      if (!rest.isBlank() && !isEntry(rest)) {
        continue;
      }
      List<Integer> entries = new ArrayList<>();
      if (!rest.isBlank()) {
        entries.add(i); // 目录一、存在问题……2: a PDF set the heading and the first entry on one line
        lines[i] = rest;
      }
      int j = i + 1;
      for (; j < lines.length; j++) {
        if (lines[j].isBlank()) {
          continue;
        }
        if (isEntry(lines[j])) {
          entries.add(j);
          continue;
        }
        int next = nextLine(lines, j);
        if (next < 0 || !isPiece(lines[j])) {
          break;
        }
        if (wrapped(lines[j], lines[next])) {
          // an entry too long for its line: its text goes on, with the leader and page number,
          // in the next line (or only its page number does)
          entries.add(j);
          entries.add(next);
          j = next;
        } else if (Numbering.of(lines[j].strip()) != null && isEntry(lines[next])) {
          entries.add(j); // a part's heading listed without a page number, among the entries
        } else {
          break;
        }
      }
      if (entries.isEmpty()) {
        continue;
      }
      i = leaveOut(lines, i, entries, "目录", warnings);
    }
    withoutHeading(lines, warnings);
    return String.join("\n", lines);
  }

  /** The index of the next non-blank line after {@code at}, or -1. */
  private static int nextLine(String[] lines, int at) {
    for (int k = at + 1; k < lines.length; k++) {
      if (!lines[k].isBlank()) {
        return k;
      }
    }
    return -1;
  }

  /** A sentence's or a clause's end: a heading listed in the contents never holds one. */
  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?：:]");

  /**
   * A line that may be part of an entry without being one: short as a heading, with Chinese text
   * and neither a sentence's end nor a label.
   */
  private static boolean isPiece(String line) {
    String t = line.strip().replace('\u3000', ' ');
    return t.length() <= HEADLESS_ENTRY_CHARS
        && HAN.matcher(t).find()
        && !SENTENCE.matcher(t).find()
        && Labels.find(t).labels().isEmpty();
  }

  /** Digits alone: a page number a leader pushed to the next line. */
  private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,3}");

  /** Dot leaders at a line's end, the page number not on the line. */
  private static final Pattern TRAILING_LEADER =
      Pattern.compile("(?:\\t|[.．。·•…⋯_]{2,})[\\s.．。·•…⋯_]*$");

  /**
   * Whether {@code line} and {@code next} are one entry wrapped over two lines: the entry's text
   * goes on in {@code next}, which ends with a leader and the page number, or {@code line} ends
   * with the leader and {@code next} is the page number alone. Such lines are this class's to read,
   * whatever the page's edge says ({@link PdfWraps}).
   */
  static boolean wrapped(String line, String next) {
    String n = next.strip().replace('\u3000', ' ');
    if (TRAILING_LEADER.matcher(line.strip()).find()) {
      return NUMBER_ALONE.matcher(n).matches() || isEntry(line.strip() + n);
    }
    Page page = Page.of(n);
    return isEntry(n)
        && page != null
        && LEADER.matcher(n.substring(page.start(), page.digits())).find()
        && Numbering.of(n) == null
        && isEntry(line.strip() + n);
  }

  /** The fewest entries a table of contents without a 目录 line is recognised by. */
  private static final int HEADLESS_ENTRIES = 3;

  /** The longest entry text of a table of contents without a 目录 line (headings are short). */
  private static final int HEADLESS_ENTRY_CHARS = 40;

  /** Dot leaders (…… ····· .....) or a tab before an entry's page number. */
  private static final Pattern LEADER = Pattern.compile("\\t|[.．。·•…⋯_]{2,}");

  /**
   * Blanks a table of contents that has no 目录 line above it (a document that starts with its
   * entries, Word's TOC styles exported without their heading): a run of at least {@value
   * #HEADLESS_ENTRIES} entries (blank lines between them aside) whose page numbers never go down,
   * each at most {@value #HEADLESS_ENTRY_CHARS} characters before its number, and each either led
   * to its number by dots or a tab or numbered as a heading is (一、 （一） 1.). A plan's own lines that
   * end in a number (a count, a year) are never such a run: they are not led by dots, and numbered
   * ones do not end in ascending page numbers line after line.
   */
  private static void withoutHeading(String[] lines, List<String> warnings) {
    for (int i = 0; i < lines.length; i++) {
      ReadingTime.check();
      if (!headlessEntry(lines[i])) {
        continue;
      }
      List<Integer> entries = new ArrayList<>();
      int page = 0;
      int j = i;
      for (; j < lines.length; j++) {
        if (lines[j].isBlank()) {
          continue;
        }
        if (!headlessEntry(lines[j])) {
          break;
        }
        int number = pageNumber(lines[j]);
        if (number < page) {
          break;
        }
        page = number;
        entries.add(j);
      }
      if (entries.size() < HEADLESS_ENTRIES) {
        continue;
      }
      i = leaveOut(lines, i, entries, "without a 目录 line", warnings);
    }
  }

  private static boolean headlessEntry(String line) {
    if (!isEntry(line)) {
      return false;
    }
    String t = line.strip().replace('\u3000', ' ');
    Page page = Page.of(t);
    String text = t.substring(0, page.start()).strip();
    if (text.length() > HEADLESS_ENTRY_CHARS) {
      return false;
    }
    return LEADER.matcher(t.substring(page.start(), page.digits())).find()
        || Numbering.of(text) != null;
  }

  private static int pageNumber(String line) {
    Page page = Page.of(line.strip().replace('\u3000', ' '));
    return page == null ? 0 : page.number();
  }

  /** A line of a table of contents: a heading's text, then its page number. */
  static boolean isEntry(String line) {
    String t = line.strip().replace('\u3000', ' ');
    Page page = Page.of(t);
    if (page == null) {
      return false;
    }
    String text = t.substring(0, page.start()).strip();
    // 附件1……9: a heading ending in a digit is an entry when dots lead to its page number
    return !text.isEmpty()
        && HAN.matcher(text).find()
        && (!Character.isDigit(text.charAt(text.length() - 1))
            || LEADER.matcher(t.substring(page.start(), page.digits())).find())
        && Labels.find(text).labels().isEmpty();
  }

  /**
   * Blanks the contents from line {@code first} to its last entry and names it in the warnings
   * ({@code how}: how it was recognised); the index of its last line.
   */
  private static int leaveOut(
      String[] lines, int first, List<Integer> entries, String how, List<String> warnings) {
    List<String> named = new ArrayList<>();
    for (int k = 0; k < Math.min(NAMED, entries.size()); k++) {
      named.add(entryText(lines[entries.get(k)]));
    }
    int last = entries.get(entries.size() - 1);
    warnings.add(
        "Lines "
            + (first + 1)
            + "–"
            + (last + 1)
            + " are the document's table of contents ("
            + how
            + ", "
            + entries.size()
            + " entries: 「"
            + String.join("」「", named)
            + (entries.size() > NAMED ? "」…" : "」")
            + "); they repeat its headings with page numbers and were not imported.");
    for (int k = first; k <= last; k++) {
      lines[k] = "";
    }
    return last;
  }

  static String entryText(String line) {
    String t = line.strip().replace('\u3000', ' ');
    Page page = Page.of(t);
    return page == null ? t : t.substring(0, page.start()).strip();
  }
}

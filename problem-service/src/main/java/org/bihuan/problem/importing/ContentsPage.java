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

  /** A page number at the end of an entry, and the leader or gap before it. */
  private static final Pattern PAGE = Pattern.compile("[\\s.．。·•…⋯_\\-—－]*(\\d{1,3})$");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final int NAMED = 3;

  private ContentsPage() {}

  /** {@code text} without its table of contents; a warning names what was left out. */
  static String without(String text, List<String> warnings) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
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
        if (!isEntry(lines[j])) {
          break;
        }
        entries.add(j);
      }
      if (entries.isEmpty()) {
        continue;
      }
      List<String> named = new ArrayList<>();
      for (int k = 0; k < Math.min(NAMED, entries.size()); k++) {
        named.add(entryText(lines[entries.get(k)]));
      }
      int last = entries.get(entries.size() - 1);
      warnings.add(
          "Lines "
              + (i + 1)
              + "–"
              + (last + 1)
              + " are the document's table of contents (目录, "
              + entries.size()
              + " entries: 「"
              + String.join("」「", named)
              + (entries.size() > NAMED ? "」…" : "」")
              + "); they repeat its headings with page numbers and were not imported.");
      for (int k = i; k <= last; k++) {
        lines[k] = "";
      }
      i = last;
    }
    return String.join("\n", lines);
  }

  /** A line of a table of contents: a heading's text, then its page number. */
  static boolean isEntry(String line) {
    String t = line.strip().replace('\u3000', ' ');
    Matcher m = PAGE.matcher(t);
    if (!m.find()) {
      return false;
    }
    String text = t.substring(0, m.start()).strip();
    return !text.isEmpty()
        && HAN.matcher(text).find()
        && !Character.isDigit(text.charAt(text.length() - 1))
        && Labels.find(text).labels().isEmpty();
  }

  static String entryText(String line) {
    String t = line.strip().replace('\u3000', ' ');
    Matcher m = PAGE.matcher(t);
    return m.find() ? t.substring(0, m.start()).strip() : t;
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.LabelNames.BARE_LABEL;
import static org.bihuan.problem.importing.LabelNames.LABEL;
import static org.bihuan.problem.importing.LabelNames.label;
import static org.bihuan.problem.importing.Labels.eachValue;
import static org.bihuan.problem.importing.Labels.isFreeText;
import static org.bihuan.problem.importing.Labels.plausibleValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;

/**
 * The spaces of a labelled line, read before the line is cleaned ({@link TextNoise}): a bare
 * label's space taken as its colon, a space between the names listed in a units or people value
 * kept.
 */
final class LabelSpacing {

  private LabelSpacing() {}

  /**
   * A line with the colons its bare labels left out (责任单位 财务科 → 责任单位：财务科): a label name at the
   * start of the line followed by a space and its value, and, on such a line or one that already
   * has a label, each further name after a space. A name whose value is not plausible ({@link
   * Labels#plausibleValue}) stays as written, and a measure or progress note only at the line's
   * start.
   */
  static String withColons(String line) {
    line = withoutDashesOrGlue(line);
    Matcher m = BARE_LABEL.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 4);
    int copied = 0;
    int text = textStart(line);
    int firstLabel = -1; // where the line's first label with a colon starts, once looked for
    boolean labelled = false;
    Matcher next = BARE_LABEL.matcher(line);
    Matcher colon = LABEL.matcher(line);
    // each step looks at the text from one bare label to the next only, so that a long line of
    // them is read in linear time (0275); the line's start and its first label are found once
    do {
      ReadingTime.check(); // a line of many bare labels (0270)
      Label label = label(m.group(1));
      boolean atStart = m.start() <= text;
      if (!atStart && !labelled) {
        if (firstLabel < 0) {
          firstLabel = LineScan.find(colon, 0, 0, line.length()) ? colon.start() : line.length();
        }
        // a label's colon cannot reach over the space before a bare name: one before it is whole
        labelled = firstLabel < m.start();
      }
      int end = next.find(m.end()) ? next.start() : line.length();
      colon.useTransparentBounds(false).useAnchoringBounds(true).region(m.end(), end);
      if (colon.find()) {
        end = colon.start();
      }
      boolean counts =
          (atStart || (labelled && !isFreeText(label)))
              && plausibleValue(label, line.substring(m.end(), end));
      if (counts) {
        out.append(line, copied, m.start()).append(m.group(1)).append('：');
        copied = m.end();
        labelled = true;
      }
    } while (m.find());
    out.append(line, copied, line.length());
    return out.toString();
  }

  /**
   * {@code line} with a colon for each label written with a dash (责任单位——办公室) or glued to its value
   * (完成时限2024年6月30日, 责任人张三): a time limit's name only before a date, 立行立改 or 长期坚持, a leader's or
   * person's name only before a name of two to four characters that ends the line or its part and
   * begins with a surname (责任人员要… and 责任领导带头… stay text), docs/decisions/0372.
   */
  static String withoutDashesOrGlue(String line) {
    String s = LabelNames.DASHED_LABEL.matcher(line).replaceAll("$1：");
    ReadingTime.check();
    s = LabelNames.GLUED_TIME_LIMIT.matcher(s).replaceAll("$1：");
    ReadingTime.check();
    Matcher person = LabelNames.GLUED_PERSON.matcher(s);
    StringBuilder out = new StringBuilder(s.length() + 4);
    int copied = 0;
    while (person.find()) {
      if (BracketNames.isName(person.group("name"))) {
        out.append(s, copied, person.end(1)).append('：');
        copied = person.end(1);
      }
    }
    return out.append(s, copied, s.length()).toString();
  }

  /** Where {@code line}'s first character that is not white space is (its length if none). */
  private static int textStart(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.codePointAt(i))) {
      i += Character.charCount(line.codePointAt(i));
    }
    return i;
  }

  /**
   * A space inside a list of units or people, between two words of at least two Chinese characters
   * (责任单位：办公室 财务科 人事科, 责任领导：李明 王五): it separates two names. The line keeps it doubled, so that the
   * cleaning that drops the single spaces a PDF or web copy leaves between Chinese characters does
   * not glue the names together (李明王五); 档 案 室 (one character between spaces) stays one name spaced
   * out.
   */
  private static final Pattern SPACE_IN_LIST =
      Pattern.compile("(?<=\\p{IsHan}{2})[ \\t\\u3000](?=\\p{IsHan}{2})");

  /**
   * A space between two people, one of them a name of one surname and one character typed with a
   * space inside (责任人：李明 王 强, 王 强 李明): the names are two, 王 强 one (docs/decisions/0358).
   */
  private static final Pattern SPACE_AMONG_PEOPLE =
      Pattern.compile(
          "(?<=\\p{IsHan}{2}|(?:^|[ \\t\\u3000])\\p{IsHan}[ \\t\\u3000]\\p{IsHan})[ \\t\\u3000]"
              + "(?=\\p{IsHan}{2}|\\p{IsHan}[ \\t\\u3000]\\p{IsHan}(?:$|[ \\t\\u3000]))");

  /** {@code line} with each space between names in a units or people value doubled. */
  static String listSpacesKept(String line) {
    Matcher first = LABEL.matcher(line);
    if (!first.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 8);
    int[] copied = {0};
    eachValue(
        line,
        first,
        (name, start, end) -> {
          out.append(line, copied[0], start); // the text up to the value, its label last
          out.append(listSpacesKept(label(name), line.substring(start, end)));
          copied[0] = end;
        });
    return out.toString();
  }

  private static String listSpacesKept(Label label, String value) {
    if (label == Label.LEADER || label == Label.PERSON) {
      return SPACE_AMONG_PEOPLE.matcher(value).replaceAll("  ");
    }
    boolean list = label == Label.UNITS || label == Label.CO_UNITS;
    return list ? SPACE_IN_LIST.matcher(value).replaceAll("  ") : value;
  }
}

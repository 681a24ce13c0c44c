package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The noise real documents carry, removed from every line before the outline is read: the {@code
 * ##paidbegin##}/{@code ##paidend##} markers of paid-content sites (they sit mid-sentence), doubled
 * punctuation such as 。。, full-width digits and letters, ideographic and non-breaking spaces,
 * zero-width characters and the single spaces PDF or web copies leave between Chinese characters (a
 * run of spaces, a tab or an ideographic space is kept as one space: plans use it to separate
 * labels on one line).
 */
final class TextNoise {

  private static final Pattern PAID_MARKER =
      Pattern.compile("#{2}\\s*paid\\s*(?:begin|end)\\s*#{2}", Pattern.CASE_INSENSITIVE);

  /** The marks a doubled 。。, ，，, 、、 or ；； is kept once of (spaces between the two dropped too). */
  private static final String DOUBLED_MARKS = "。，、；";

  private static final String WIDE = "\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’";
  private static final Pattern SPACE_BETWEEN_WIDE =
      Pattern.compile("(?<=[" + WIDE + "]) (?=[" + WIDE + "])");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern SPACE_BEFORE_ANY_LABEL =
      Pattern.compile("(?<=\\S)[ \\t](?=\\p{IsHan}{2,8}\\s*[：:])");

  /** A line of punctuation alone (；, 。, ，, ）): no text of its own. */
  private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\s]+");

  /** A line that ends with a mark already: a lone mark under it is dropped. */
  private static final Pattern ENDS_WITH_MARK = Pattern.compile("\\p{P}$");

  private TextNoise() {}

  /** A cleaned line and its 1-based number in the text it was read from. */
  /**
   * A line of the text and the number of the document's line it starts on; {@code last} is the
   * document's line it ends on when a wrap was mended into it (核减金额 / 12.6万元, 0372), so that an
   * item's origin still names every line it came from.
   */
  record SourceLine(String text, int number, int last) {
    SourceLine(String text, int number) {
      this(text, number, number);
    }
  }

  /** The document's non-empty lines, each cleaned. */
  static List<String> lines(String text) {
    return numberedLines(text).stream().map(SourceLine::text).toList();
  }

  /** The document's non-empty lines, each cleaned, with the number of the line it came from. */
  static List<SourceLine> numberedLines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    List<Integer> from = new ArrayList<>();
    List<String> expanded = PlanColumns.expandTabbed(List.of(text.split("\\R", -1)), from);
    for (int i = 0; i < expanded.size(); i++) {
      ReadingTime.check();
      String raw = expanded.get(i);
      int number = from.get(i) + 1;
      // a bracket of duties a PDF or a narrow page wrapped (…（责任领导：李四；责任单位：财务科；整改 / 时限：…）)
      // is joined up to where it closes, over at most two more lines none of which is numbered
      String line = clean(raw);
      if (BracketedDuties.leftOpen(line)) {
        String joined = raw.stripTrailing();
        for (int j = i + 1; j < expanded.size() && j <= i + 2; j++) {
          String next = expanded.get(j).strip();
          if (Numbering.of(clean(next)) != null) {
            break;
          }
          joined += next;
          if (!BracketedDuties.leftOpen(clean(joined))) {
            if (BracketedDuties.split(clean(joined)) != null) {
              raw = joined;
              line = clean(raw);
              i = j;
            }
            break;
          }
        }
      }
      int last = from.get(i) + 1;
      // 整改措施：…。（责任领导：…；责任单位：…）: the bracket's duties are read as a line of their own
      List<String> parts = BracketedDuties.split(raw);
      if (parts == null) {
        parts = BracketedDuties.split(line);
      }
      for (int p = 0; p < (parts == null ? 1 : parts.size()); p++) {
        String cleaned = parts == null ? line : clean(parts.get(p));
        if (PUNCTUATION_ONLY.matcher(cleaned).matches()) {
          // a lone ； or 。 under a line ends that line (0372): never a line, a text or an item of
          // its own
          int end = lines.size() - 1;
          if (end >= 0 && !ENDS_WITH_MARK.matcher(lines.get(end).text()).find()) {
            lines.set(
                end,
                new SourceLine(lines.get(end).text() + cleaned, lines.get(end).number(), number));
          }
        } else if (!cleaned.isEmpty()) {
          int end = lines.size() - 1;
          if (end >= 0
              && ProblemText.opensMidSentence(cleaned)
              && Numbering.of(cleaned) == null
              && !ENDS_WITH_MARK.matcher(lines.get(end).text()).find()) {
            // 核减金额 / 12.6万元: an amount a wrap cut from its words goes on the line before (0372)
            lines.set(
                end,
                new SourceLine(lines.get(end).text() + cleaned, lines.get(end).number(), number));
          } else {
            // the bracket's duties stand on the line where the bracket closes
            lines.add(new SourceLine(cleaned, p == 0 ? number : last));
          }
        }
      }
    }
    return lines;
  }

  /** Each line's first document line mapped to the last one it reaches (0372). */
  static java.util.Map<Integer, Integer> lastLines(List<SourceLine> lines) {
    java.util.Map<Integer, Integer> lastOf = new java.util.HashMap<>();
    for (SourceLine line : lines) {
      lastOf.merge(line.number(), line.last(), Math::max);
    }
    return lastOf;
  }

  /** One line or fragment without noise; never null. */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    // each stage goes over the whole line: the read budget is looked at between them, so that an
    // abandoned reading of a line of megabytes stops within one stage (0270)
    String s = PAID_MARKER.matcher(raw).replaceAll("");
    ReadingTime.check();
    s = narrow(s);
    ReadingTime.check();
    s = withoutDoubledPunctuation(s);
    ReadingTime.check();
    s = LabelSpacing.withColons(s); // 责任单位 财务科: a label written without its colon
    ReadingTime.check();
    // 李四 责任单位：… keeps its space: it separates two labels, not two halves of a word; on a line
    // of labels, so does the space before any other label (办公室 备注：…)
    s = LabelNames.SPACE_BEFORE_LABEL.matcher(s).replaceAll("  ");
    ReadingTime.check();
    if (!Labels.find(s).labels().isEmpty()) {
      ReadingTime.check();
      s = SPACE_BEFORE_ANY_LABEL.matcher(s).replaceAll("  ");
      ReadingTime.check();
      s = LabelSpacing.listSpacesKept(s); // 责任单位：办公室 财务科: two units, not 办公室财务科
      ReadingTime.check();
    }
    s = SPACE_BETWEEN_WIDE.matcher(s).replaceAll("");
    ReadingTime.check();
    s = SPACES.matcher(s).replaceAll(" ");
    return s.strip();
  }

  /**
   * Full-width digits and Latin letters become ASCII (so １． numbers like 1. and ２０２４年 reads as a
   * date); every kind of space becomes a plain space; zero-width characters and stray BOMs go.
   * Chinese punctuation (（），：；) is kept: it is the text, and the patterns accept both widths.
   */
  private static String narrow(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || c == '\t') {
        out.append("  "); // typed on purpose, often to separate 责任领导：… 责任部门：…
      } else if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')) {
        out.append(' ');
      } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
        // dropped
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * 。。 → 。, 、 、、 → 、: a mark repeated, with only spaces between, kept once. Walked by hand, not by
   * a pattern such as {@code ([。，、])(?:\s*\1)+}, which recurses once per repeat and overflowed the
   * stack on a line of 10,000 、 (docs/decisions/0245, amended).
   */
  static String withoutDoubledPunctuation(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i++);
      out.append(c);
      if (DOUBLED_MARKS.indexOf(c) < 0) {
        continue;
      }
      while (true) {
        int k = i;
        while (k < n && isPatternSpace(s.charAt(k))) {
          k++;
        }
        if (k == n || s.charAt(k) != c) {
          break;
        }
        i = k + 1;
      }
    }
    return out.toString();
  }

  /** What {@code \\s} matches by default: space, tab, line breaks, vertical tab and form feed. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

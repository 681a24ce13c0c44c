package org.bihuan.problem.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.PdfFootnotes.LineGlyphs;

/**
 * The marks of the footnotes cut from a PDF page ({@link PdfFootnotes}) taken out of the text above
 * them: a superscript glyph showing a note's number, a number right after a sentence's end, and a
 * circled or bracketed number set full size inside a sentence.
 */
final class PdfNoteMarks {

  private PdfNoteMarks() {}

  private static final Pattern TRAILING_MARK = Pattern.compile("(?<=[。；;！!？?”」）)])(\\d{1,2})\\s*$");

  /**
   * The line without a note's mark at its end (…薄弱环节。1): the number of a note cut from this page
   * right after the sentence's end.
   */
  static String withoutTrailingMark(String text, Set<String> numbers) {
    var m = TRAILING_MARK.matcher(text);
    if (m.find() && numbers.contains(m.group(1))) {
      return text.substring(0, m.start(1)) + text.substring(m.end(1));
    }
    return text;
  }

  /**
   * The line without the marks of the notes cut from this page set full size inside a sentence, as
   * typed documents write them (…整改不到位①，… / …不严格[1]，…): a circled or bracketed number anywhere but
   * at the line's start (where it numbers an item). A plain number inside a sentence is left: it
   * may as well be a count or a reference (见附件1，…).
   */
  static String withoutInlineMarks(String text, Set<String> numbers) {
    String out = text;
    for (String n : numbers) {
      if (n.matches("\\d{1,2}|[*＊※]")) {
        continue;
      }
      int lead = 0;
      while (lead < out.length() && Character.isWhitespace(out.charAt(lead))) {
        lead++;
      }
      int at = out.indexOf(n, lead + 1);
      while (at > lead) {
        out = out.substring(0, at) + out.substring(at + n.length());
        at = out.indexOf(n, at);
      }
    }
    return out;
  }

  /**
   * The line without the superscript glyphs that show one of the notes' numbers; unchanged when its
   * text and its glyphs cannot be matched one to one.
   */
  static String withoutMarks(String text, LineGlyphs line, Set<String> numbers) {
    List<PdfLayout.Glyph> glyphs = line.glyphs();
    if (glyphs.isEmpty() || glyphs.stream().noneMatch(g -> numbers.contains(g.text()))) {
      return text;
    }
    String visible = text.replaceAll("\\s", "");
    if (visible.codePointCount(0, visible.length()) != glyphs.size()) {
      return text;
    }
    Set<Integer> dropped = new HashSet<>();
    for (int k = 0; k < glyphs.size(); k++) {
      PdfLayout.Glyph g = glyphs.get(k);
      if (numbers.contains(g.text()) && line.superscript(g)) {
        dropped.add(k);
      }
    }
    if (dropped.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int k = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)) {
        out.appendCodePoint(c);
      } else if (!dropped.contains(k++)) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordXml.W;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * A Word 目录 (table of contents): the paragraphs of a TOC field, or styled as its entries (toc 1…toc
 * 9, TOC Heading). Their text repeats the document's headings with page numbers after them
 * (（一）财务管理方面 2), so read as text they would be groups and problems of their own; they are left out
 * of the text (as empty lines, so that every other line keeps its number) and named in one warning
 * (docs/decisions/0215). Fed the body's paragraphs in document order: a TOC field begins in one
 * paragraph and ends in another.
 */
final class WordTableOfContents {

  /** toc 1, TOC1, TOC Heading, TOCHeading: the style's name or id. */
  private static final Pattern TOC_STYLE = Pattern.compile("toc\\s*(?:\\d|heading)");

  private static final Pattern PAGE_AT_END = Pattern.compile("\\d{1,4}\\s*$");

  private static final int NAMED = 3;

  private final XWPFStyles styles;

  /** The fields open at this point: true for a TOC field. */
  private final Deque<Boolean> fields = new ArrayDeque<>();

  private final List<String> entries = new ArrayList<>();
  private int firstLine;
  private int lastLine;

  WordTableOfContents(XWPFStyles styles) {
    this.styles = styles;
  }

  /**
   * Whether the paragraph, which would be line {@code line} of the text, belongs to the table of
   * contents; if so it is counted for the warning.
   */
  boolean skips(CTP p, String text, int line) {
    boolean inField = inTocField(p);
    // a TOC field's paragraphs are its entries, each ending in its page number; a field that a
    // damaged file never closes does not take the rest of the document with it
    boolean entry = tocStyle(p) || (inField && PAGE_AT_END.matcher(text).find());
    if (!entry) {
      return false;
    }
    if (!text.isBlank()) {
      entries.add(ContentsPage.entryText(text).replaceAll("\\s+", " "));
    }
    firstLine = firstLine == 0 ? line : firstLine;
    lastLine = line;
    return true;
  }

  /** The warning naming what was left out, or null when the document has no table of contents. */
  String warning() {
    if (firstLine == 0) {
      return null;
    }
    String named =
        String.join("」「", entries.subList(0, Math.min(NAMED, entries.size())))
            + (entries.size() > NAMED ? "」…" : "」");
    return "Lines "
        + firstLine
        + "–"
        + lastLine
        + " are the document's table of contents (目录, "
        + entries.size()
        + " entries: 「"
        + named
        + "); they repeat its headings with page numbers and were not imported.";
  }

  private boolean tocStyle(CTP p) {
    if (p.getPPr() == null || p.getPPr().getPStyle() == null) {
      return false;
    }
    String id = p.getPPr().getPStyle().getVal();
    if (id == null) {
      return false;
    }
    if (TOC_STYLE.matcher(id.toLowerCase(Locale.ROOT)).matches()) {
      return true;
    }
    XWPFStyle style = styles == null ? null : styles.getStyle(id);
    return style != null
        && style.getName() != null
        && TOC_STYLE.matcher(style.getName().toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Follows the fields (w:fldChar begin/end, w:instrText, w:fldSimple) through the paragraph:
   * whether a TOC field is open anywhere in it.
   */
  private boolean inTocField(CTP p) {
    boolean[] toc = {fields.contains(Boolean.TRUE)};
    boolean[] typed = {true}; // the innermost open field's instruction was read
    WordXml.walk(
        p,
        (c, name) -> {
          switch (name) {
            case "fldChar" -> {
              String type = c.getAttributeText(new QName(W, "fldCharType"));
              if ("begin".equals(type)) {
                fields.push(Boolean.FALSE);
                typed[0] = false;
              } else if ("end".equals(type) && !fields.isEmpty()) {
                fields.pop();
                typed[0] = true;
              }
            }
            case "instrText" -> {
              if (!typed[0] && !fields.isEmpty()) {
                boolean isToc = c.getTextValue().strip().toUpperCase(Locale.ROOT).startsWith("TOC");
                fields.pop();
                fields.push(isToc);
                typed[0] = true;
              }
            }
            case "fldSimple" -> {
              String instr = c.getAttributeText(new QName(W, "instr"));
              toc[0] |= instr != null && instr.strip().toUpperCase(Locale.ROOT).startsWith("TOC");
            }
            default -> {}
          }
          toc[0] |= fields.contains(Boolean.TRUE);
          return true;
        });
    return toc[0];
  }
}

package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordShownText.shownText;
import static org.bihuan.problem.importing.WordXml.W;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A .docx's footnotes and endnotes: notes to the text (a source, 根据《…》第二十条), not the text of a
 * problem. Their reference marks are left out of the paragraphs ({@link WordShownText#revised}) and
 * the notes are not imported; each note the document shows is named in the warnings by the number
 * Word shows for it — its place among the references in document order (footnotes 1, 2, 3…,
 * endnotes i, ii, iii… unless the section sets another number format or start), never its w:id in
 * footnotes.xml, which starts anywhere and runs in any order (docs/decisions/0215, 0386). A note
 * whose reference was deleted with track changes on, or that nothing references, is not shown and
 * not named; a note whose reference carries its own mark (w:customMarkFollows) takes no number.
 */
final class WordNotes {

  /** How many characters of a note a warning quotes. */
  private static final int NOTE_QUOTED = 60;

  private WordNotes() {}

  static List<String> warnings(XWPFDocument document) {
    Map<BigInteger, Boolean> footnotes = new LinkedHashMap<>();
    Map<BigInteger, Boolean> endnotes = new LinkedHashMap<>();
    references(document.getDocument().getBody(), footnotes, endnotes);
    CTSectPr section = document.getDocument().getBody().getSectPr();
    List<String> warnings = new ArrayList<>();
    name(
        footnotes,
        "Footnote",
        section == null ? null : section.getFootnotePr(),
        "decimal",
        id -> document.getFootnoteByID(id),
        warnings);
    name(
        endnotes,
        "Endnote",
        section == null ? null : section.getEndnotePr(),
        "lowerRoman",
        id -> document.getEndnoteByID(id),
        warnings);
    return warnings;
  }

  private static void name(
      Map<BigInteger, Boolean> references,
      String kind,
      XmlObject props,
      String defaultFormat,
      java.util.function.IntFunction<XWPFAbstractFootnoteEndnote> notes,
      List<String> warnings) {
    String format = value(props, "numFmt", defaultFormat);
    String start = value(props, "numStart", "1");
    int number = start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1;
    for (var reference : references.entrySet()) {
      boolean numbered = reference.getValue();
      String shown = numbered ? " " + WordListNumbers.render(number++, format) : "";
      XWPFAbstractFootnoteEndnote note = notes.apply(reference.getKey().intValue());
      if (note == null) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (var p : note.getParagraphs()) {
        text.append(shownText(p.getCTP()));
      }
      String t = text.toString().strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        warnings.add(
            kind
                + shown
                + " 「"
                + (t.length() > NOTE_QUOTED ? t.substring(0, NOTE_QUOTED) + "…" : t)
                + "」 is a note to the text, not part of a problem; it and its mark were not"
                + " imported.");
      }
    }
  }

  /** The w:val of a note property (w:numFmt, w:numStart) a section sets, or the default. */
  private static String value(XmlObject props, String property, String otherwise) {
    if (props == null) {
      return otherwise;
    }
    for (XmlObject set : props.selectChildren(W, property)) {
      try (XmlCursor v = set.newCursor()) {
        String val = v.getAttributeText(new QName(W, "val"));
        if (val != null && !val.isBlank()) {
          return val.strip();
        }
      }
    }
    return otherwise;
  }

  /**
   * The ids of the notes the body references in document order, each with whether Word numbers it
   * (false for a reference with its own mark); references in deleted or moved-away runs are not
   * shown and left out.
   */
  private static void references(
      XmlObject body, Map<BigInteger, Boolean> footnotes, Map<BigInteger, Boolean> endnotes) {
    WordXml.walk(
        body,
        (c, name) -> {
          switch (name) {
            case "del", "moveFrom" -> c.toEndToken();
            case "footnoteReference" -> reference(c, footnotes);
            case "endnoteReference" -> reference(c, endnotes);
            default -> {}
          }
          return true;
        });
  }

  private static void reference(XmlCursor c, Map<BigInteger, Boolean> references) {
    String id = c.getAttributeText(new QName(W, "id"));
    if (id == null || !id.strip().matches("-?\\d{1,9}")) {
      return;
    }
    String custom = c.getAttributeText(new QName(W, "customMarkFollows"));
    boolean numbered =
        custom == null || custom.equals("0") || custom.equals("false") || custom.equals("off");
    references.putIfAbsent(new BigInteger(id.strip()), numbered);
  }
}

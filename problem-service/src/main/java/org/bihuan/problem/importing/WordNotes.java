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

/**
 * A .docx's footnotes and endnotes: notes to the text (a source, 根据《…》第二十条), not the text of a
 * problem. Their reference marks are left out of the paragraphs ({@link WordShownText#revised}) and
 * the notes are not imported; each note the document shows is named in the warnings by the number
 * Word shows for it — its place among the references in document order (footnotes 1, 2, 3…,
 * endnotes i, ii, iii… unless the section, or else the document's settings, set another number
 * format or start; a start below 1 counts from 1), never its w:id in footnotes.xml, which starts
 * anywhere and runs in any order (docs/decisions/0215, 0386). A note whose reference was deleted
 * with track changes on, or that nothing references, is not shown and not named; a note whose
 * reference carries its own mark (w:customMarkFollows) takes no number.
 */
final class WordNotes {

  /** How many characters of a note a warning quotes. */
  private static final int NOTE_QUOTED = 60;

  private WordNotes() {}

  static List<String> warnings(XWPFDocument document) {
    Map<BigInteger, Boolean> footnotes = new LinkedHashMap<>();
    Map<BigInteger, Boolean> endnotes = new LinkedHashMap<>();
    references(document.getDocument().getBody(), footnotes, endnotes);
    // the section's note properties, else the document's (settings.xml), property by property
    List<XmlObject> where = new ArrayList<>();
    where.add(document.getDocument().getBody().getSectPr());
    where.add(document.getSettings() == null ? null : document.getSettings().getCTSettings());
    List<String> warnings = new ArrayList<>();
    name(
        footnotes,
        "Footnote",
        where,
        "footnotePr",
        "decimal",
        id -> document.getFootnoteByID(id),
        warnings);
    name(
        endnotes,
        "Endnote",
        where,
        "endnotePr",
        "lowerRoman",
        id -> document.getEndnoteByID(id),
        warnings);
    return warnings;
  }

  private static void name(
      Map<BigInteger, Boolean> references,
      String kind,
      List<XmlObject> where,
      String props,
      String defaultFormat,
      java.util.function.IntFunction<XWPFAbstractFootnoteEndnote> notes,
      List<String> warnings) {
    String format = value(where, props, "numFmt", defaultFormat);
    String start = value(where, props, "numStart", "1");
    // a start below 1 is taken as 1: Word shows no number 0 (nor a blank one) for a note
    int number = start.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(start)) : 1;
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

  /**
   * The w:val of a note property (w:numFmt, w:numStart) in the first of {@code where} (a section's
   * w:sectPr, the document's w:settings) whose {@code props} (w:footnotePr, w:endnotePr) sets it,
   * or the default. Read with a cursor: the settings' note properties are not a type POI loads.
   */
  private static String value(
      List<XmlObject> where, String props, String property, String otherwise) {
    for (XmlObject holder : where) {
      if (holder == null) {
        continue;
      }
      try (XmlCursor c = holder.newCursor()) {
        if (!c.toChild(W, props) || !c.toChild(W, property)) {
          continue;
        }
        do {
          String val = c.getAttributeText(new QName(W, "val"));
          if (val != null && !val.isBlank()) {
            return val.strip();
          }
        } while (c.toNextSibling(W, property));
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

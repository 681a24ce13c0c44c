package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordXml.W;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * What Word shows of a .docx paragraph ({@link WordDocumentText}): its text with tracked changes
 * accepted, hidden and struck-out runs left out and note marks dropped; and the children of a body,
 * table, row or cell with content controls and custom XML unwrapped.
 */
final class WordShownText {

  private WordShownText() {}

  /**
   * Whether a paragraph holds tracked changes (w:ins, w:del, w:moveFrom, w:moveTo), hidden text
   * (w:vanish) or a footnote's or endnote's mark: its text is then read as Word shows it with the
   * changes accepted ({@link #shownText}), without the mark (POI's text would hold [footnoteRef:1]
   * and the note itself).
   */
  static boolean revised(CTP p) {
    return WordXml.walk(
        p,
        (c, name) ->
            switch (name) {
              case "ins",
                  "del",
                  "moveFrom",
                  "moveTo",
                  "vanish",
                  "strike",
                  "dstrike",
                  "footnoteReference",
                  "endnoteReference" ->
                  false;
              default -> true;
            });
  }

  /**
   * A paragraph's text as Word shows it with its tracked changes accepted and hidden text hidden:
   * deleted (w:del) and moved-away (w:moveFrom) runs are dropped, inserted (w:ins) and moved-here
   * runs kept, and a run formatted as hidden (w:vanish) or struck out (w:strike, w:dstrike) is no
   * text — a document's hidden notes and struck-out drafts are not what it says.
   */
  static String shownText(XmlObject paragraph) {
    StringBuilder out = new StringBuilder();
    shown(paragraph, out, 0);
    return out.toString();
  }

  private static void shown(XmlObject container, StringBuilder out, int depth) {
    if (depth > CONTROLS_NESTED) {
      return;
    }
    try (XmlCursor c = container.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        switch (name.getLocalPart()) {
          case "del", "moveFrom", "pPr", "rPr" -> {}
          case "r" -> run(c.getObject(), out);
          default -> shown(c.getObject(), out, depth + 1);
        }
      } while (c.toNextSibling());
    }
  }

  private static void run(XmlObject run, StringBuilder out) {
    try (XmlCursor c = run.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        switch (name.getLocalPart()) {
          case "rPr" -> {
            if (hidden(c.getObject(), "vanish") || hidden(c.getObject(), "strike", "dstrike")) {
              return;
            }
          }
          case "t" -> out.append(c.getTextValue());
          case "tab", "ptab" -> out.append('\t');
          case "br", "cr" -> out.append('\n');
          case "noBreakHyphen" -> out.append('-');
          default -> {}
        }
      } while (c.toNextSibling());
    }
  }

  /**
   * Whether run properties hide the run (w:vanish) or strike it out (w:strike, w:dstrike: a deleted
   * word left visible, which the PDF reading leaves out too), unless w:val turns it off.
   */
  private static boolean hidden(XmlObject rPr, String... flags) {
    for (String flag : flags) {
      for (XmlObject set : rPr.selectChildren(W, flag)) {
        try (XmlCursor v = set.newCursor()) {
          String val = v.getAttributeText(new QName(W, "val"));
          if (val == null || !(val.equals("0") || val.equals("false") || val.equals("off"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The children of a body, table, row or cell in document order, with content controls (w:sdt,
   * whose content is in w:sdtContent) and custom XML (w:customXml) unwrapped: a paragraph, table,
   * row or cell inside a content control is read as if the control were not there. Word uses
   * controls for repeating sections (rows), locked cells and whole tables of a template.
   */
  static List<XmlObject> children(XmlObject container) {
    List<XmlObject> out = new ArrayList<>();
    collect(container, out, 0);
    return out;
  }

  /** How deep content controls are unwrapped inside one another. */
  private static final int CONTROLS_NESTED = 16;

  private static void collect(XmlObject container, List<XmlObject> out, int depth) {
    try (XmlCursor c = container.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        XmlObject o = c.getObject();
        switch (name.getLocalPart()) {
          case "sdt" -> {
            if (depth < CONTROLS_NESTED) {
              for (XmlObject content : o.selectChildren(W, "sdtContent")) {
                collect(content, out, depth + 1);
              }
            }
          }
          case "customXml" -> {
            if (depth < CONTROLS_NESTED) {
              collect(o, out, depth + 1);
            }
          }
          default -> out.add(o);
        }
      } while (c.toNextSibling());
    }
  }
}

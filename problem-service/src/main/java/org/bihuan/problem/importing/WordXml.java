package org.bihuan.problem.importing;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A .docx part's WordprocessingML: its namespace, and the walk through the elements of a body or a
 * paragraph in document order that the readings of tracked changes, notes, shown text and the table
 * of contents share.
 */
final class WordXml {

  /** The WordprocessingML namespace (w:). */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private WordXml() {}

  /** What a walk does at a w: element. */
  @FunctionalInterface
  interface Visit {
    /**
     * Called with the cursor at the element's start and its local name; it may move the cursor to
     * the element's end token to pass over what the element holds. False stops the walk.
     */
    boolean at(XmlCursor element, String name);
  }

  /**
   * Visits every w: element inside {@code within} (not {@code within} itself) in document order;
   * true when a visit stopped the walk.
   */
  static boolean walk(XmlObject within, Visit visit) {
    try (XmlCursor c = within.newCursor();
        XmlCursor end = within.newCursor()) {
      end.toEndToken();
      while (c.toNextToken() != XmlCursor.TokenType.ENDDOC && c.isLeftOf(end)) {
        if (c.isStart()
            && W.equals(c.getName().getNamespaceURI())
            && !visit.at(c, c.getName().getLocalPart())) {
          return true;
        }
      }
    }
    return false;
  }
}

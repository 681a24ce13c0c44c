package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordXml.W;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * A .docx's tracked changes (修订) beyond its runs, read as Word shows the document once every change
 * is accepted ({@link WordShownText} accepts the runs' own): a paragraph whose mark was deleted or
 * moved away (w:pPr/w:rPr/w:del, w:moveFrom) is joined with the next paragraph — and, left without
 * text, is gone, its list number with it — and a deleted table row (w:trPr/w:del) is no row. The
 * paragraphs of one body or cell go through one {@code WordRevisions} in order; the changes are
 * counted for a warning, as the administrator should know the document was read accepted.
 */
final class WordRevisions {

  private final StringBuilder carried = new StringBuilder();

  /**
   * The paragraph's line ending in a newline, as {@link WordDocumentText#paragraph} gives it, or
   * null when its mark was deleted: its text then begins the next paragraph's line. Joined, the
   * paragraph keeps the first one's list number, or the next one's when the first had no text left
   * (as Word keeps the formatting of the paragraph that still has text).
   */
  String line(XWPFParagraph paragraph, WordListNumbers numbers) {
    StringBuilder line = new StringBuilder();
    if (carried.isEmpty()) {
      if (WordDocumentText.gone(paragraph)) {
        return null; // a deleted paragraph: nothing is left of it, not even its list number
      }
      WordDocumentText.paragraph(paragraph, numbers, line);
    } else {
      line.append(carried).append(WordDocumentText.text(paragraph)).append('\n');
      carried.setLength(0);
    }
    if (markGone(paragraph.getCTP())) {
      carried.append(line, 0, line.length() - 1);
      return null;
    }
    return line.toString();
  }

  /** The text of a last paragraph whose mark was deleted (before a table or at the end), or "". */
  String rest() {
    String rest = carried.isEmpty() ? "" : carried + "\n";
    carried.setLength(0);
    return rest;
  }

  /** Whether a table row was deleted with track changes on: Word shows no such row. */
  static boolean deleted(CTRow row) {
    return row.getTrPr() != null && row.getTrPr().selectChildren(W, "del").length > 0;
  }

  /** Whether a paragraph's mark was deleted or moved away: Word joins it with the next one. */
  static boolean markGone(CTP p) {
    if (p.getPPr() == null || p.getPPr().getRPr() == null) {
      return false;
    }
    XmlObject rPr = p.getPPr().getRPr();
    return rPr.selectChildren(W, "del").length > 0 || rPr.selectChildren(W, "moveFrom").length > 0;
  }

  /**
   * How many insertions, deletions and moves (w:ins, w:del, w:moveFrom, w:moveTo: of runs, of
   * paragraph marks and of table rows) a body holds.
   */
  static int count(XmlObject body) {
    int[] count = {0};
    WordXml.walk(
        body,
        (c, name) -> {
          switch (name) {
            case "ins", "del", "moveFrom", "moveTo" -> count[0]++;
            default -> {}
          }
          return true;
        });
    return count[0];
  }

  /** The warning naming a document's tracked changes, or null when it holds none. */
  static String warning(int count) {
    if (count == 0) {
      return null;
    }
    return "The document holds "
        + count
        + " tracked "
        + (count == 1 ? "change" : "changes")
        + " (insertions, deletions, moves) not yet accepted; it was read as Word shows it with every"
        + " change accepted.";
  }
}

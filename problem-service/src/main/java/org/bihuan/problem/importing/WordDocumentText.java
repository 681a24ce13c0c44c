package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.WordShownText.children;
import static org.bihuan.problem.importing.WordShownText.revised;
import static org.bihuan.problem.importing.WordShownText.shownText;
import static org.bihuan.problem.importing.WordTables.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * The text of a .docx, one line per paragraph in document order, the paragraphs of tables included,
 * so that a Word file gives the same text as the same content saved as .txt.
 *
 * <p>Word's automatic list numbering is rebuilt by {@link WordListNumbers}.
 *
 * <p>Tables give their cells' paragraphs row by row, and each table as a {@link Grid} for {@link
 * TableReading}: a rectification table's rows say which problem each measure belongs to.
 */
final class WordDocumentText {

  static {
    // ZipPackage.inspect has measured every part (inflated bytes, XML elements) against the import
    // budget before XWPF opens the package. POI's own guard, a part that inflates more than 100
    // times, refused documents within that budget that are merely repetitive (a form of thousands
    // of
    // identical empty rows), as damaged (docs/decisions/0254).
    ZipSecureFile.setMinInflateRatio(0);
  }

  private WordDocumentText() {}

  static DocumentContent read(byte[] bytes) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      WordListNumbers numbers = new WordListNumbers(document.getNumbering(), document.getStyles());
      StringBuilder all = new StringBuilder();
      StringBuilder outside = new StringBuilder();
      List<Grid> tables = new ArrayList<>();
      List<String> lead = new ArrayList<>();
      WordTableOfContents contents = new WordTableOfContents(document.getStyles());
      Grid.Place.Lines allLines = new Grid.Place.Lines(all);
      Grid.Place.Lines outsideLines = new Grid.Place.Lines(outside);
      List<XmlObject> body = children(document.getDocument().getBody());
      List<CTP> paragraphs = new ArrayList<>();
      for (XmlObject element : body) {
        if (element instanceof CTP p) {
          paragraphs.add(p);
        }
      }
      numbers.groups(WordListGroups.of(paragraphs, numbers));
      for (XmlObject element : body) {
        ReadingTime.check();
        if (element instanceof CTP p) {
          StringBuilder line = new StringBuilder();
          paragraph(new XWPFParagraph(p, document), numbers, line);
          if (contents.skips(p, line.toString(), allLines.count() + 1)) {
            line.setLength(0);
            line.append('\n');
          }
          all.append(line);
          outside.append(line);
          lead(line, lead);
        } else if (element instanceof CTTbl table) {
          int outsideBefore = outsideLines.count();
          int first = tables.size();
          table(table, document, numbers, all, tables, lead);
          Grid.Place place = new Grid.Place(outsideBefore, allLines.count());
          for (int i = first; i < tables.size(); i++) {
            Grid g = tables.get(i);
            tables.set(i, Grid.wordTable(g.rows(), g.table(), g.lead(), place));
          }
          lead.clear();
        }
      }
      List<String> warnings = new ArrayList<>();
      if (contents.warning() != null) {
        warnings.add(contents.warning());
      }
      warnings.addAll(notes(document));
      return new DocumentContent(
          "docx", all.toString(), outside.toString(), tables, List.of(), List.copyOf(warnings));
    }
  }

  /** How many characters of a footnote or endnote a warning quotes. */
  private static final int NOTE_QUOTED = 60;

  /**
   * The document's footnotes and endnotes: notes to the text (a source, 根据《…》第二十条), not the text of
   * a problem. Their reference marks are left out of the paragraphs ({@link WordShownText#revised})
   * and the notes themselves are not imported; each is named (docs/decisions/0215).
   */
  private static List<String> notes(XWPFDocument document) {
    List<String> warnings = new ArrayList<>();
    List<XWPFAbstractFootnoteEndnote> all = new ArrayList<>();
    all.addAll(document.getFootnotes());
    all.addAll(document.getEndnotes());
    for (var note : all) {
      var type = note.getCTFtnEdn().getType();
      if (type != null && type != STFtnEdn.NORMAL) {
        continue; // the separator lines Word draws above notes
      }
      StringBuilder text = new StringBuilder();
      for (var p : note.getParagraphs()) {
        text.append(shownText(p.getCTP()));
      }
      String t = text.toString().strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        continue;
      }
      warnings.add(
          (document.getFootnotes().contains(note) ? "Footnote " : "Endnote ")
              + note.getId()
              + " 「"
              + (t.length() > NOTE_QUOTED ? t.substring(0, NOTE_QUOTED) + "…" : t)
              + "」 is a note to the text, not part of a problem; it and its mark were not imported.");
    }
    return warnings;
  }

  /** Keeps the last few non-blank paragraphs above the next table (its headings). */
  private static void lead(CharSequence text, List<String> lead) {
    String line = text.toString().strip();
    if (!line.isEmpty()) {
      if (lead.size() == LEAD_KEPT) {
        lead.remove(0);
      }
      lead.add(line);
    }
  }

  /** How many paragraphs above a table are kept for it: enough for nested headings. */
  private static final int LEAD_KEPT = 8;

  static void paragraph(XWPFParagraph paragraph, WordListNumbers numbers, StringBuilder out) {
    CTP p = paragraph.getCTP();
    String text = revised(p) ? shownText(p) : paragraph.getText();
    String label = numbers.label(paragraph);
    if (label != null && !text.isBlank()) {
      out.append(label);
    }
    out.append(text).append('\n');
  }
}

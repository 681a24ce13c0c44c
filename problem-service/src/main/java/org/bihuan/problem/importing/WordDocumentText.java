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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

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
        if (element instanceof CTP p && !gone(new XWPFParagraph(p, document))) {
          paragraphs.add(p);
        }
      }
      numbers.groups(WordListGroups.of(paragraphs, numbers));
      WordRevisions revisions = new WordRevisions();
      for (XmlObject element : body) {
        ReadingTime.check();
        if (element instanceof CTP p) {
          String shown = revisions.line(new XWPFParagraph(p, document), numbers);
          if (shown == null) {
            continue;
          }
          StringBuilder line = new StringBuilder(shown);
          if (contents.skips(p, line.toString(), allLines.count() + 1)) {
            line.setLength(0);
            line.append('\n');
          }
          all.append(line);
          outside.append(line);
          lead(line, lead);
        } else if (element instanceof CTTbl table) {
          String rest = revisions.rest();
          all.append(rest);
          outside.append(rest);
          lead(rest, lead);
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
      String rest = revisions.rest();
      all.append(rest);
      outside.append(rest);
      List<String> warnings = new ArrayList<>();
      String tracked = WordRevisions.warning(WordRevisions.count(document.getDocument().getBody()));
      if (tracked != null) {
        warnings.add(tracked);
      }
      if (contents.warning() != null) {
        warnings.add(contents.warning());
      }
      warnings.addAll(WordNotes.warnings(document));
      return new DocumentContent(
          "docx", all.toString(), outside.toString(), tables, List.of(), List.copyOf(warnings));
    }
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
    String text = text(paragraph);
    String label = numbers.label(paragraph);
    if (label != null && !text.isBlank()) {
      out.append(label);
    }
    out.append(text).append('\n');
  }

  /** A paragraph's text as Word shows it (without its list number). */
  static String text(XWPFParagraph paragraph) {
    CTP p = paragraph.getCTP();
    return revised(p) ? shownText(p) : paragraph.getText();
  }

  /** Whether a paragraph is gone once its tracked changes are accepted ({@link WordRevisions}). */
  static boolean gone(XWPFParagraph paragraph) {
    return WordRevisions.markGone(paragraph.getCTP()) && text(paragraph).isBlank();
  }
}
